"""`eventline timeline`: an offline page, checked in a real headless Chromium where one is installed."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from eventline.cli import main


def test_the_timeline_page_and_picture_are_written(analyst_db, tmp_path, capsys):
    out = tmp_path / "report" / "timeline.html"
    assert main(["timeline", "--db", str(analyst_db), "--out", str(out), "--png"]) == 0
    assert out.is_file() and out.with_suffix(".png").read_bytes()[:4] == b"\x89PNG"
    assert "2 dated and 1 undated events" in capsys.readouterr().out


def test_by_default_the_page_goes_beside_the_database_and_a_folder_gets_timeline_html(analyst_db, tmp_path):
    assert main(["timeline", "--db", str(analyst_db)]) == 0
    assert (analyst_db.parent / "timeline.html").is_file()
    assert main(["timeline", "--db", str(analyst_db), "--out", str(tmp_path)]) == 0
    assert (tmp_path / "timeline.html").is_file()


def test_filters_choose_the_events_drawn(analyst_db, tmp_path, capsys):
    main(["timeline", "--db", str(analyst_db), "--out", str(tmp_path / "t.html"), "--actor", "rus", "--from", "2022-01-01"])
    assert "1 dated and 0 undated events" in capsys.readouterr().out
    main(["timeline", "--db", str(analyst_db), "--out", str(tmp_path / "t.html"), "--type", "reject"])
    assert "1 dated and 1 undated events" in capsys.readouterr().out


def test_an_inverted_date_window_and_a_missing_database_are_usage_errors(analyst_db, tmp_path, capsys):
    assert main(["timeline", "--db", str(analyst_db), "--from", "2024-01-01", "--to", "2023-01-01"]) == 2
    assert main(["timeline", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no database at" in capsys.readouterr().err


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    pytest.skip("no headless Chromium installed (Debian: apt-get install chromium)")


def headless(url: str, *extra: str) -> subprocess.CompletedProcess:
    # No network: every host resolves to nothing and any proxy connection goes to a closed local port.
    command = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=40000", "--window-size=1400,900", *extra, url,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)


@pytest.mark.slow
def test_in_a_real_browser_without_network_the_page_draws_every_dated_event(analyst_db, tmp_path):
    page = tmp_path / "timeline.html"
    assert main(["timeline", "--db", str(analyst_db), "--out", str(page)]) == 0
    dom = headless(page.as_uri(), "--dump-dom").stdout
    drawn = re.findall(r'aria-label="([^"]*trigger: [^"]*)"', dom)  # one label per drawn mark, hover text included
    assert any("trigger: blockierte" in label and "evidence: Am Samstag blockierte China" in label for label in drawn)
    assert any("trigger: beschoss" in label for label in drawn)
    assert not any("trigger: undatiert" in label for label in drawn)  # undated: in the table, not on the axis
    screenshot = tmp_path / "timeline.png"
    headless(page.as_uri(), f"--screenshot={screenshot}")
    assert screenshot.read_bytes()[:4] == b"\x89PNG" and screenshot.stat().st_size > 10_000
