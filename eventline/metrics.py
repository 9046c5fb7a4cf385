"""Ratios shared by the evaluation commands (temporal, events, entities)."""
from __future__ import annotations


def ratio(numerator: int, denominator: int) -> float:
    """numerator / denominator, 0.0 where nothing was counted."""
    return numerator / denominator if denominator else 0.0


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall, 0.0 where both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
