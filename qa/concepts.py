"""A named concept the question gives that the reports name otherwise.

"ghent's double-pronged approach builds on assimilation theory" against "Building on the ideas of contact theory":
the question names a theory (a principle, a doctrine, a paradigm) the passages read never name, and an answer
sentence names another of that kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import quote
from qa.result import Hit

_CONCEPT = re.compile(r"\b([^\W\d_][\w-]*)\s+(theory|principle|doctrine|paradigm)\b", re.I)
_NOT_A_NAME = frozenset("the a an this that its their which what whose same new old other".split())


def other_concept(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The reason the question's named theory is not the one the reports name, or None."""
    read = " ".join(h.chunk.text for h in hits).lower()
    for asked in _CONCEPT.finditer(question):
        name, kind = asked.group(1).lower(), asked.group(2).lower()
        if name in _NOT_A_NAME or f"{name} {kind}" in read:
            continue
        for sentence in chosen:
            said = [m.group() for m in _CONCEPT.finditer(sentence)
                    if m.group(2).lower() == kind and m.group(1).lower() not in _NOT_A_NAME]
            if said:
                return f"the reports name {said[0]}, not {asked.group()}: “{quote(sentence)}”"
    return None
