"""An award or label the question has one body give, that the reports have another give.

"Why did UNHCR give Ghent the URBACT good practice label?" against "Ghent has been awarded an URBACT Good Practice
for its policy toward refugees": the label is URBACT's; UNHCR declared Ghent a "solidarity city" (another sentence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import quote
from qa.question import question_names

# "<giver> give / award / grant <someone> <the thing>"
_GIVES = re.compile(r"\b(?:give|gives|gave|given|giving|award|awards|awarded|awarding|grant|grants|granted|"
                    r"granting|hand|hands|handed|confer|conferred|bestow|bestowed)\b", re.I)
# a sentence that tells of an award, a label or a prize
_AWARD = re.compile(r"\b(?:award\w*|label\w*|prizes?|distinction|recognised as|recognized as|good practice)\b",
                    re.I)


def other_giver(question: str, chosen: Sequence[str]) -> str | None:
    """The question names a giver before "give/award/grant" and a named thing after it; the chosen sentence that
    tells of that thing's award names the thing but not the giver."""
    verb = _GIVES.search(question)
    if not verb:
        return None
    givers = question_names(question[:verb.start()])
    after = question[verb.end():]
    taken = question_names("X " + after)
    if taken and after.lstrip().startswith(taken[0]):
        taken = taken[1:]  # "give Ghent the URBACT label": Ghent receives it
    if not givers or not taken:
        return None
    giver = givers[-1]
    for sentence in chosen:
        low = sentence.lower()
        named = any(t.split()[0].lower() in low for t in taken)
        if named and _AWARD.search(sentence) and giver.lower() not in low and _GIVES.search(sentence):
            return f"the reports do not say {giver} gave it: “{quote(sentence)}”"
    return None
