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


# examples the question gives: "atypical migrant profiles such as international students", "alternatives to
# detention, like open reception centres and community service" (not "e.g.": "unhappy about how the city structures
# its partnerships, e.g. with Jobteam Gent" gives no example of a kind)
_EXAMPLES_ASKED = re.compile(r"(?:\bsuch as|,\s*like)\s+([^?;:.()]+?)"
                             r"(?=\s+-\s|\s*[?;:.(),]|\s+(?:what|which|who|how|why|when|will|does|do|did|is|are)\b|$)",
                             re.I)
_EXAMPLES_GIVEN = re.compile(r"\b(?:e\.g\.|such as|for example|for instance|including|etc)\b", re.I)


def other_examples(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives an example the passage of an answer sentence giving its own examples never names:
    "such as international students" against "(e.g., cross-border workers and posted workers)"."""
    given = next((s for s in chosen if _EXAMPLES_GIVEN.search(s)), None)
    where = next((h for h in hits if given and given in h.chunk.text), None)
    if given is None or where is None:
        return None
    # the passage giving the examples: a question's example named elsewhere is not one of these
    read = " ".join(where.chunk.text.split()).lower()
    for match in _EXAMPLES_ASKED.finditer(question):
        items = [re.sub(r"^(?:the|a|an)\s+", "", item.strip().lower())
                 for item in re.split(r",|\band\b|\bor\b", match.group(1))]
        unknown = [item for item in items if item and item not in read]
        if unknown:
            return f"the reports give other examples than {unknown[0]}: “{quote(given)}”"
    return None
