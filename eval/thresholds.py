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
# the seed sets (eval/questions.jsonl and the held-out sets) at the last change to answering, rounded down.
# A change that makes answers worse fails CI; raise these whenever answering improves. The targets stay
# the goal: `reportqa eval` marks every miss of GATES with "!".


def _floors(hit5: float, hit1: float, correct: float, refused: float,
            wrongly: float) -> dict[str, tuple[str, float, str]]:
    return {
        "hit@5": ("min", hit5, "hit@5"),
        "hit@1": ("min", hit1, "hit@1"),
        "correct": ("min", correct, "correct answers"),
        "refused_unanswerable": ("min", refused, "unanswerable refused"),
        "wrongly_refused": ("max", wrongly, "answerable wrongly refused"),
        "citation_recall": ("min", CITATION_RECALL_MIN, "citation recall"),
        "citation_precision": ("min", CITATION_PRECISION_MIN, "citation precision"),
    }


REGRESSION_FLOORS: dict[str, dict[str, tuple[str, float, str]]] = {
    "questions": _floors(hit5=0.99, hit1=0.87, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout": _floors(hit5=0.99, hit1=0.84, correct=0.94, refused=0.99, wrongly=0.0),
    # heldout2..heldout74 were each written by a helper that never saw the answering code, and scored once
    # before any change they prompted (the README gives those first scores)
    "heldout2": _floors(hit5=0.99, hit1=0.88, correct=0.99, refused=0.99, wrongly=0.0),
    "heldout3": _floors(hit5=0.99, hit1=0.93, correct=0.99, refused=0.99, wrongly=0.0),
    # "how come" asks why (30 Nov): k012 ("how come migrants in one town fare better ...?") lost a key fact
    "heldout4": _floors(hit5=0.99, hit1=0.93, correct=0.99, refused=0.91, wrongly=0.0),
    "heldout5": _floors(hit5=0.95, hit1=0.91, correct=0.91, refused=0.99, wrongly=0.0),
    "heldout6": _floors(hit5=0.99, hit1=0.87, correct=0.99, refused=0.99, wrongly=0.0),
    "heldout7": _floors(hit5=0.99, hit1=0.90, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout8": _floors(hit5=0.99, hit1=0.86, correct=0.91, refused=0.99, wrongly=0.0),
    "heldout9": _floors(hit5=0.99, hit1=0.91, correct=0.95, refused=0.93, wrongly=0.0),
    "heldout10": _floors(hit5=0.99, hit1=0.90, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout11": _floors(hit5=0.99, hit1=0.85, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout12": _floors(hit5=0.95, hit1=0.85, correct=0.99, refused=0.99, wrongly=0.0),
    "heldout13": _floors(hit5=0.95, hit1=0.90, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout14": _floors(hit5=0.99, hit1=0.84, correct=0.99, refused=0.99, wrongly=0.0),
    "heldout15": _floors(hit5=0.95, hit1=0.85, correct=0.90, refused=0.99, wrongly=0.0),
    "heldout16": _floors(hit5=0.99, hit1=0.90, correct=0.90, refused=0.93, wrongly=0.0),
    "heldout17": _floors(hit5=0.99, hit1=0.90, correct=0.95, refused=0.99, wrongly=0.0),
    # a016 refused (5 Dec): "only 18 ... after the fire at Moria" is the count of another event (14/15)
    "heldout18": _floors(hit5=0.99, hit1=0.95, correct=0.95, refused=0.93, wrongly=0.0),
    "heldout19": _floors(hit5=0.95, hit1=0.85, correct=0.90, refused=0.99, wrongly=0.0),
    "heldout20": _floors(hit5=0.99, hit1=0.90, correct=0.90, refused=0.92, wrongly=0.0),
    # aid = assistance = ODA (30 Nov): d012's ODA passage fell from rank 1 to 2 ("development aid" now also meets
    # the SDG sentences), while t008 rose from 3 to 1; the answer is still correct
    "heldout21": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.92, wrongly=0.0),
    "heldout22": _floors(hit5=0.99, hit1=0.85, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout23": _floors(hit5=0.99, hit1=0.90, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout24": _floors(hit5=0.99, hit1=0.90, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout25": _floors(hit5=0.99, hit1=0.94, correct=0.94, refused=0.99, wrongly=0.0),
    "heldout26": _floors(hit5=0.99, hit1=0.95, correct=0.95, refused=0.92, wrongly=0.0),
    "heldout27": _floors(hit5=0.95, hit1=0.86, correct=0.95, refused=0.99, wrongly=0.0),
    # "govt" read as "government" (1 Dec): zc002's "new federal govt plan ... alternatives to detention" finds
    # Objective 13's "The new federal government aims to fully develop alternatives to detention" first, the
    # gold passage second (same answer, still correct)
    "heldout28": _floors(hit5=0.99, hit1=0.91, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout29": _floors(hit5=0.99, hit1=0.80, correct=0.90, refused=0.99, wrongly=0.0),
    "heldout30": _floors(hit5=0.99, hit1=0.95, correct=0.90, refused=0.99, wrongly=0.0),
    "heldout31": _floors(hit5=0.99, hit1=0.95, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout32": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.99, wrongly=0.0),
    "heldout33": _floors(hit5=0.99, hit1=0.85, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout34": _floors(hit5=0.99, hit1=0.95, correct=0.95, refused=0.99, wrongly=0.0),
    # civic integration asked of Wallonia and Refu Interim's aim refused (5 Dec, zj034, zj027): 14/14 refused on both
    # stores
    "heldout35": _floors(hit5=0.99, hit1=0.90, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout36": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.92, wrongly=0.0),
    "heldout37": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.99, wrongly=0.0),
    "heldout38": _floors(hit5=0.99, hit1=0.99, correct=0.99, refused=0.92, wrongly=0.0),
    "heldout39": _floors(hit5=0.99, hit1=0.80, correct=0.90, refused=0.99, wrongly=0.0),
    "heldout40": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.99, wrongly=0.0),
    "heldout41": _floors(hit5=0.99, hit1=0.85, correct=0.99, refused=0.99, wrongly=0.0),
    "heldout42": _floors(hit5=0.99, hit1=0.85, correct=0.99, refused=0.99, wrongly=0.0),
    # "how many refugees live in ghent right now" refused (5 Dec, zr021): 13/14 refused on both stores
    "heldout43": _floors(hit5=0.99, hit1=0.80, correct=0.95, refused=0.92, wrongly=0.0),
    "heldout44": _floors(hit5=0.99, hit1=0.80, correct=0.99, refused=0.99, wrongly=0.0),
    "heldout45": _floors(hit5=0.99, hit1=0.94, correct=0.99, refused=0.99, wrongly=0.0),
    "heldout46": _floors(hit5=0.95, hit1=0.86, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout47": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.99, wrongly=0.0),
    # its eight read misses fixed (3 Dec): 20/21 correct, 14/14 refused, none wrongly refused, on both stores
    "heldout48": _floors(hit5=0.99, hit1=0.90, correct=0.95, refused=0.99, wrongly=0.0),
    # its four read misses fixed (3 Dec): 21/21 correct, 14/14 refused, none wrongly refused, on both stores
    "heldout49": _floors(hit5=0.95, hit1=0.85, correct=0.99, refused=0.99, wrongly=0.0),
    # its read misses worked on (3 Dec): 21/21 correct (e5 20/21), 13/15 refused, none wrongly refused
    # zy026 refused (4 Dec, a working group the question lists among others): 14/15 refused on both stores
    "heldout50": _floors(hit5=0.99, hit1=0.80, correct=0.95, refused=0.93, wrongly=0.0),
    "heldout51": _floors(hit5=0.99, hit1=0.95, correct=0.99, refused=0.92, wrongly=0.0),
    # its three read misses fixed (4 Dec): 21/21 correct, 15/15 refused, none wrongly refused, on both stores
    "heldout52": _floors(hit5=0.99, hit1=0.71, correct=0.99, refused=0.99, wrongly=0.0),
    # its read misses worked on (4 Dec): 20/21 correct, 14/14 refused, none wrongly refused, on both stores
    "heldout53": _floors(hit5=0.99, hit1=0.85, correct=0.95, refused=0.99, wrongly=0.0),
    # its read misses worked on (4 Dec): 21/21 correct (e5 20/21), 15/15 refused, none wrongly refused
    "heldout54": _floors(hit5=0.99, hit1=0.85, correct=0.95, refused=0.99, wrongly=0.0),
    # its read misses fixed (4 Dec): 21/21 correct, 15/15 refused, none wrongly refused, on both stores
    "heldout55": _floors(hit5=0.99, hit1=0.95, correct=0.99, refused=0.99, wrongly=0.0),
    # its read misses worked on (4 Dec): 20/21 correct, 15/15 refused, none wrongly refused, on both stores
    "heldout56": _floors(hit5=0.99, hit1=0.90, correct=0.95, refused=0.99, wrongly=0.0),
    "heldout57": _floors(hit5=0.99, hit1=0.84, correct=0.94, refused=0.85, wrongly=0.0),
    # its read misses worked on (4 Dec): 19/19 correct, 14/14 refused, none wrongly refused, on both stores
    "heldout58": _floors(hit5=0.99, hit1=0.94, correct=0.99, refused=0.99, wrongly=0.0),
    "heldout59": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.99, wrongly=0.0),
    # its read misses fixed (5 Dec): 18/18 correct, 14/14 refused, none wrongly refused, on both stores
    "heldout60": _floors(hit5=0.99, hit1=0.94, correct=0.99, refused=0.99, wrongly=0.0),
    # its read misses fixed (5 Dec): 21/21 correct and 15/15 refused on MiniLM, 20/21 and 14/15 on e5
    "heldout61": _floors(hit5=0.99, hit1=0.90, correct=0.95, refused=0.93, wrongly=0.0),
    # its read misses fixed (5 Dec): 21/21 correct and 15/15 refused on both stores
    "heldout62": _floors(hit5=0.99, hit1=0.85, correct=0.99, refused=0.99, wrongly=0.0),
    # its read misses fixed (5 Dec): 21/21 correct and 15/15 refused on both stores
    "heldout63": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.99, wrongly=0.0),
    # its read misses worked on (5 Dec): 21/21 correct on both stores, 14/15 refused on MiniLM and 13/15 on e5
    "heldout64": _floors(hit5=0.99, hit1=0.76, correct=0.99, refused=0.86, wrongly=0.0),
    # its read misses worked on (5 Dec): 21/21 correct on MiniLM and 20/21 on e5 (yn024), 15/15 refused on both;
    # yn024's passage is ranked sixth on MiniLM
    "heldout65": _floors(hit5=0.95, hit1=0.90, correct=0.95, refused=0.99, wrongly=0.0),
    # its read misses worked on (5 Dec): 20/21 correct on both stores, 14/15 refused on MiniLM and 13/15 on e5; yo024's
    # passage is not retrieved on MiniLM (wrongly refused there), yo020 and yo031 (e5) still answered
    "heldout66": _floors(hit5=0.95, hit1=0.85, correct=0.95, refused=0.86, wrongly=0.05),
    # its read misses worked on (6 Dec): 21/21 correct on MiniLM and 20/21 on e5 (yp024), 14/15 refused on both;
    # yp015 ("If the GCM is legally binding ...") is still answered: "non-binding" is in a passage not retrieved
    "heldout67": _floors(hit5=0.99, hit1=0.85, correct=0.95, refused=0.93, wrongly=0.0),
    # its read misses worked on (6 Dec): 20/21 correct on MiniLM and 19/21 on e5, 14/15 refused on both; yq033 ("does
    # the 2019 flemish coalition agreement say anything about the global compact") is answered with the federal
    # agreement's sentences; e5 also misses half of yq031 (two bodies asked); yq025 (the name of a closed centre the
    # reports never name) is answered: a reading of it wrongly refused a question of the unread heldout69
    "heldout68": _floors(hit5=0.99, hit1=0.85, correct=0.90, refused=0.93, wrongly=0.05),
    # its read misses worked on (6 Dec): 20/21 correct on MiniLM and 19/21 on e5, 15/15 refused on both; yr017 ("what
    # measure ... and when?") is answered with the sentence before the one naming the 1939 decree law; e5 also misses
    # yr033's listed obstacles
    "heldout69": _floors(hit5=0.99, hit1=0.80, correct=0.90, refused=0.99, wrongly=0.0),
    # its read misses worked on (6 Dec): 21/21 correct on both stores, 15/15 refused; e5 ranks ys024's passage second
    "heldout70": _floors(hit5=0.99, hit1=0.85, correct=0.99, refused=0.99, wrongly=0.0),
    # its read misses worked on (6 Dec): 21/21 correct, 15/15 refused, none wrongly refused on both stores; hit@1 20/21
    "heldout71": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.99, wrongly=0.0),
    # its read misses worked on (6 Dec): 21/21 correct, 15/15 refused, none wrongly refused on both stores; hit@1 19/21
    "heldout72": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.99, wrongly=0.0),
    # read the session it was written (6 Dec), after two unread scores: 21/21 correct, 15/15 refused, none wrongly
    # refused on both stores; hit@1 20/21 (e5 19/21)
    "heldout73": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.99, wrongly=0.0),
    # its read misses worked on (6 Dec), after three unread scores: 21/21 correct, 15/15 refused, none wrongly refused
    # on both stores; hit@1 20/21 (e5 21/21)
    "heldout74": _floors(hit5=0.99, hit1=0.90, correct=0.99, refused=0.99, wrongly=0.0),
}
