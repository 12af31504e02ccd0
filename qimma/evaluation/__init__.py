"""Evaluation of Qimma: test sets, per-item metrics, run folders, reports and comparisons.

    from qimma.evaluation import load_testset, evaluate, EvalRun
    summary = evaluate(service, load_testset("testsets/samples.jsonl"), "runs/today")

The metrics are written here by hand (see `metrics.py`); LlamaIndex's LLM judges are an
optional extra (`judge=True`) reported apart from them.
"""

from qimma.evaluation.runner import evaluate
from qimma.evaluation.testset import TestItem, TestsetError, load_testset, parse_testset
from qimma.evaluation.types import EvalRun

__all__ = ["EvalRun", "TestItem", "TestsetError", "evaluate", "load_testset", "parse_testset"]
