"""The quality thresholds, in one place: the quality gate test and `reportqa eval` read them from here.

The first five come from the answering issue's acceptance criteria. Shares are in [0, 1].
"""

HIT_AT_5_MIN = 0.95  # a supporting passage in the top 5, share of answerable questions with quotes
HIT_AT_1_MIN = 0.80  # a supporting passage first
CORRECT_MIN = 0.85  # answers containing enough of the reference's key facts, share of answerable questions
REFUSED_UNANSWERABLE_MIN = 0.90  # unanswerable questions refused
WRONGLY_REFUSED_MAX = 0.05  # answerable questions refused

# Extractive answers quote their cited sentence, so both are 1.0 by construction; anything lower means a
# citation points at the wrong passage. Generative answers are checked sentence by sentence before they
# are shown, so their recall is also near 1.0; precision may dip when a sentence cites more than it needs.
CITATION_RECALL_MIN = 0.95
CITATION_PRECISION_MIN = 0.90

# summary key -> (minimum or maximum, threshold, label shown in tables and gate messages)
GATES: dict[str, tuple[str, float, str]] = {
    "hit@5": ("min", HIT_AT_5_MIN, "hit@5"),
    "hit@1": ("min", HIT_AT_1_MIN, "hit@1"),
    "correct": ("min", CORRECT_MIN, "correct answers"),
    "refused_unanswerable": ("min", REFUSED_UNANSWERABLE_MIN, "unanswerable refused"),
    "wrongly_refused": ("max", WRONGLY_REFUSED_MAX, "answerable wrongly refused"),
    "citation_recall": ("min", CITATION_RECALL_MIN, "citation recall"),
    "citation_precision": ("min", CITATION_PRECISION_MIN, "citation precision"),
}

# What the quality gate in CI enforces while the targets above are not all met: the figures measured on
# the seed sets (eval/questions.jsonl, eval/heldout.jsonl, eval/heldout2.jsonl) at the last change to
# answering, rounded down.
# A change that makes answers worse fails CI; raise these whenever answering improves. The targets stay
# the goal: `reportqa eval` marks every miss of GATES with "!".
REGRESSION_FLOORS: dict[str, dict[str, tuple[str, float, str]]] = {
    "questions": {
        "hit@5": ("min", 0.97, "hit@5"),
        "hit@1": ("min", 0.84, "hit@1"),
        "correct": ("min", 0.80, "correct answers"),
        "refused_unanswerable": ("min", 0.75, "unanswerable refused"),
        "wrongly_refused": ("max", 0.05, "answerable wrongly refused"),
        "citation_recall": ("min", CITATION_RECALL_MIN, "citation recall"),
        "citation_precision": ("min", CITATION_PRECISION_MIN, "citation precision"),
    },
    "heldout": {
        "hit@5": ("min", 0.95, "hit@5"),
        "hit@1": ("min", 0.78, "hit@1"),
        "correct": ("min", 0.73, "correct answers"),
        "refused_unanswerable": ("min", 0.83, "unanswerable refused"),
        "wrongly_refused": ("max", 0.05, "answerable wrongly refused"),
        "citation_recall": ("min", CITATION_RECALL_MIN, "citation recall"),
        "citation_precision": ("min", CITATION_PRECISION_MIN, "citation precision"),
    },
    # written by a helper that never saw the answering code, then scored once (see the README)
    "heldout2": {
        "hit@5": ("min", 0.95, "hit@5"),
        "hit@1": ("min", 0.94, "hit@1"),
        "correct": ("min", 0.72, "correct answers"),
        "refused_unanswerable": ("min", 0.41, "unanswerable refused"),
        "wrongly_refused": ("max", 0.06, "answerable wrongly refused"),
        "citation_recall": ("min", CITATION_RECALL_MIN, "citation recall"),
        "citation_precision": ("min", CITATION_PRECISION_MIN, "citation precision"),
    },
}
