"""A skill level the question gives a group that a deed was for, where the reports say it of another level.

"why did flanders relax work permits for low skilled migrants in 2019" against "The Flemish government has relaxed
the conditions for obtaining a work permit for (some) foreign employees as from 1 January 2019, in order to attract
(especially higher qualified) foreign personnel": the sentence that tells the deed names another level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import BROKEN_HYPHEN, FOOTNOTE_END, content_stems, quote
from qa.question import asks_yes_no

_WORD = re.compile(r"[a-z]+")
_LEVELS = {"low": "low", "lower": "low", "unskilled": "low", "medium": "medium", "middle": "medium",
           "high": "high", "higher": "high", "highly": "high"}
_HEADS = frozenset({"skilled", "qualified", "educated"})
_BEFORE = 3  # words before "skilled" a level may stand at: "medium and higher-skilled"
# a level with its head, stripped from the question to leave what it is said of ("un" of "unskilled")
_LEVEL_PHRASE = re.compile(rf"\b(?:{'|'.join(w for w in _LEVELS if w != 'unskilled')}|un)?[\s-]*"
                           rf"(?:{'|'.join(sorted(_HEADS))})\b", re.I)
_DEED_SHARED = 3  # the question's words the deed's sentence must hold that no sentence on the asked level holds


def levels(text: str) -> set[str]:
    """The skill levels a text names: "medium and higher-skilled" -> {"medium", "high"}; "unskilled" -> {"low"}."""
    words = _WORD.findall(BROKEN_HYPHEN.sub("-", text.lower()))
    found = {"low"} if "unskilled" in words else set()
    for i, word in enumerate(words):
        if word in _HEADS:
            found |= {_LEVELS[w] for w in words[max(0, i - _BEFORE):i] if w in _LEVELS}
    return found


def other_skill_level(question: str, chosen: Sequence[str]) -> str | None:
    """The question gives one skill level; a chosen sentence that tells what the question says was done names
    only another level, and no sentence on the asked level tells it. Not for a yes/no question ("can low skilled
    workers still get work permits?" may be answered "only in exceptional cases")."""
    asked = levels(question)
    if len(asked) != 1 or asks_yes_no(question):
        return None
    level = next(iter(asked))
    subject = content_stems(_LEVEL_PHRASE.sub(" ", question))
    pieces = [piece for sentence in chosen for piece in FOOTNOTE_END.split(sentence)]
    on_level: set[str] = set()
    for piece in pieces:
        if level in levels(piece):
            on_level |= content_stems(piece)
    for piece in pieces:
        named = levels(piece)
        if named and level not in named and len((subject & content_stems(piece)) - on_level) >= _DEED_SHARED:
            others = " and ".join(sorted(named, key=["low", "medium", "high"].index))
            return f"the reports say this of {others}-skilled people, not {level}-skilled: “{quote(piece)}”"
    return None
