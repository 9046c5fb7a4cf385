"""The deployment in prefect.yaml works as written: no environment variable, paths relative to the project."""
import shutil
from pathlib import Path

import pytest
import yaml
from prefect.flows import load_flow_from_entrypoint

from eventline.storage.database import connect

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CONFIG = yaml.safe_load((PROJECT_ROOT / "prefect.yaml").read_text(encoding="utf-8"))
(DEPLOYMENT,) = CONFIG["deployments"]


def test_prefect_yaml_needs_no_environment_variable():
    assert "{{" not in str(CONFIG) and "$" not in str(CONFIG)  # no templated values at all


def test_prefect_deploy_records_the_project_root_as_the_working_directory():
    # Without a pull section, `prefect deploy` (run from the project root, no build or push steps) stores
    # set_working_directory(<project root>); an explicit pull section would override that.
    assert not CONFIG.get("pull") and not DEPLOYMENT.get("pull")
    assert not CONFIG.get("build") and not CONFIG.get("push")


def test_the_entrypoint_and_parameters_fit_the_flow():
    path, name = DEPLOYMENT["entrypoint"].split(":")
    assert not Path(path).is_absolute() and (PROJECT_ROOT / path).is_file()
    flow = load_flow_from_entrypoint(f"{PROJECT_ROOT / path}:{name}")
    assert flow.name == "extract-events"
    flow.validate_parameters(DEPLOYMENT["parameters"])
    for path_parameter in ("input_dir", "db_path"):
        assert not Path(DEPLOYMENT["parameters"][path_parameter]).is_absolute()
    assert (PROJECT_ROOT / DEPLOYMENT["parameters"]["input_dir"]).is_dir()  # inbox/ ships with the project


@pytest.mark.slow
def test_a_flow_run_from_the_deployment_parameters_in_a_project_folder(tmp_path, seeds_dir, monkeypatch):
    project = tmp_path / "project"
    inbox = project / DEPLOYMENT["parameters"]["input_dir"]
    inbox.mkdir(parents=True)
    shutil.copy(seeds_dir / "000_404d937e6a2d8139.txt", inbox)
    monkeypatch.chdir(project)  # what the worker does with the recorded working directory
    path, name = DEPLOYMENT["entrypoint"].split(":")
    flow = load_flow_from_entrypoint(f"{PROJECT_ROOT / path}:{name}")
    state = flow(**DEPLOYMENT["parameters"], return_state=True)
    assert state.is_completed(), state.message
    with connect(project / DEPLOYMENT["parameters"]["db_path"], read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM timeline").fetchone()[0] > 0
