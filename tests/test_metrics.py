import pytest

from eventline.metrics import f1, ratio


def test_a_ratio_over_nothing_is_zero_not_an_error():
    assert ratio(0, 0) == 0.0
    assert ratio(3, 4) == 0.75


def test_f1_is_the_harmonic_mean_and_zero_when_both_are_zero():
    assert f1(0.0, 0.0) == 0.0
    assert f1(1.0, 0.5) == pytest.approx(2 / 3)
