"""Answering: `qa.answer(question, history)` returns an Answer whose every sentence cites a passage."""

from __future__ import annotations

from typing import Any


def answer(*args: Any, **kwargs: Any):  # noqa: ANN201 - re-exported lazily to keep imports light
    from qa.engine import answer as _answer

    return _answer(*args, **kwargs)
