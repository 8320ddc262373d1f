"""A named plan or text the question has one body announce, that the reports have another announce.

"When the European Parliament announced its "New Pact on Migration and Asylum" on 23 September 2020, what did it
emphasise about integration?" against "The European Commission announced its ‘New Pact on Migration and Asylum’ on
23 September 2020": the pact is the Commission's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import content_stems, quote, related_sentences, stands_for
from qa.result import Hit

_ANNOUNCE = r"(?:announced|presented|published|unveiled|launched|proposed)"
# the question's clause: "when/after/since/once <who> announced its/the <Name>" (a name: a capital or a quote)
_ASKED = re.compile(rf"\b(?:when|after|since|once)\s+(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+){{0,3}}?)\s+{_ANNOUNCE}\s+"
                    r"(?:its|their|the|a|an)\s+(?P<what>[\"“‘'(]?[A-Z][^?,;]*)", re.I)
# ... or the name first: "the 'New Pact on Migration and Asylum', which the European Parliament announced on ...",
# "the New Pact, announced by the European Parliament in September 2020"
_NAMED = r"\b(?:the|its|their|a|an)\s+(?P<what>[\"“‘'(]?[A-Z][^?,;]*?)[’'\"”)]?"
_ASKED_AFTER = (re.compile(rf"{_NAMED},?\s+(?:which|that)\s+(?:the\s+)?(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+){{0,3}}?)\s+"
                           rf"(?:had\s+|has\s+)?{_ANNOUNCE}\b"),
                re.compile(rf"{_NAMED},?\s+(?:(?:first|initially)\s+)?{_ANNOUNCE}\s+by\s+(?:the\s+)?"
                           rf"(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+){{0,3}}?)(?=\s+(?:on|in|at|during|last)\b|\s*[,?;]|$)"),
                # "the New Pact on Migration and Asylum, a European Parliament initiative, ..."
                re.compile(rf"{_NAMED},\s+(?:a|an|the)\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){{1,4}}?)(?:initiative|proposal)\b"))
_TOLD = re.compile(rf"^(?P<who>.*?)\b{_ANNOUNCE}\s+(?:its|their|the|a|an)\s+(?P<what>.+)$", re.I)
_NAME_WORDS = 6  # the words of the name the question gives, from its start
_NAME_SHARED = 3  # ... a sentence telling of its announcing must hold


def other_announcer(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has one body announce a named thing; the sentences read that tell of its announcing name
    another body before the verb, and none names the one asked about (all its words, or its initials)."""
    asked = _ASKED.search(question) or next((m for p in _ASKED_AFTER if (m := p.search(question))), None)
    if not asked or not asked.group("what")[:1].isupper() and asked.group("what")[:1] not in "\"“‘'(":
        return None
    who = content_stems(asked.group("who"))
    acronyms = [w for w in asked.group("who").split() if w.isupper() and len(w) > 1]
    name = content_stems(" ".join(re.findall(r"[\w’'-]+", asked.group("what"))[:_NAME_WORDS]))
    if not who or len(name) < _NAME_SHARED:
        return None
    other = None
    for sentence, _near in related_sentences(chosen, hits):
        told = _TOLD.match(sentence)
        if not told or len(name & content_stems(told.group("what"))) < _NAME_SHARED:
            continue
        if who <= content_stems(told.group("who")) or stands_for(acronyms, told.group("who")):
            return None  # (by its initials too: "the EC" is "The European Commission")
        other = other or sentence
    return f"the reports say another announced it: “{quote(other)}”" if other else None
