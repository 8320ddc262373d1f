"""A body the question calls by another kind than the reports, or gives to another organisation.

"what does the local political party gent zonder grenzen stand for" against "the citizen initiative Gent Zonder
Grenzen": the word of kind just before a name in the question, against the one the passages read put before it.
"the EU global compact for safe, orderly and regular migration" against "the UN Global Compact for Safe, Orderly and
Regular Migration": the organisation just before a name, the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import quote
from qa.question import question_names
from qa.result import Hit
from qa.roles import sentence_around

_KINDS = ("party|movement|initiative|organisation|organization|ngo|association|office|agency|court|council|ministry|"
          "union|network|platform|foundation|charity|company|firm|project|programme|program|festival")
# international owners only: "the federal Immigration Office" is "the Belgian Immigration Office" too
_OWNERS = "EU|UN|United Nations"
_SAME = {"organization": "organisation", "program": "programme"}


def other_kind_of_body(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The reason the question's kind of body or owner before a name is not the reports', or None."""
    text = " ".join(h.chunk.text for h in hits)
    for name in question_names(question):
        # "the EU Global Compact": the owner typed with a capital runs into the name
        owner = re.match(rf"(?:{_OWNERS})\s+", name)
        if owner:
            question, name = question.replace(name, f"{owner.group()}{name[owner.end():]}"), name[owner.end():]
        if len(name.split()) < 2:
            continue
        for words in (_KINDS, _OWNERS):
            before = re.compile(rf"\b(?:((?:(?!(?:the|a|an)\s)[^\W\d_][\w-]*\s+)?)({words}))\s+{re.escape(name)}\b",
                                re.I)
            asked = before.search(question)
            if not asked:
                continue
            given = list(before.finditer(text))
            said = {_word(m.group(2)) for m in given}
            if given and _word(asked.group(2)) not in said and _word(asked.group(2)) not in _words_in(text, name):
                m = given[0]
                sentence = next((s for s in chosen if m.group() in s), None) or sentence_around(text, m.start())
                called, typed = (f"{found.group(1)}{found.group(2)}".strip() for found in (m, asked))
                return f"the reports write '{called} {name}', not '{typed} {name}': “{quote(sentence)}”"
    return None


def _word(word: str) -> str:
    return _SAME.get(word.lower(), word.lower())


def _words_in(text: str, name: str) -> set[str]:
    """The kinds the passages give the name in other ways, near it: "An example of such a movement is Gent Zonder
    Grenzen", "Gent Zonder Grenzen, a citizen movement"."""
    near = " ".join(text[max(0, m.start() - _NEAR):m.end() + _NEAR] for m in re.finditer(re.escape(name), text))
    return {_word(m.group()) for m in re.finditer(rf"\b(?:{_KINDS})\b", near, re.I)}


_NEAR = 80  # characters

