"""An ending or a visit the question takes as given that no passage read tells of.

"Why did Ghent close the Migratieforum in 2020?" when the reports only say Ghent organises its Migratieforum twice
a year; "Why did Belgium withdraw from the Global Compact for Migration?" when they tell of its support. The
question's verb of ending must be in a sentence of the passages read (in any of its forms) that also names what
the question has ended.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import content_stems, related_sentences
from qa.question import asks_yes_no
from qa.result import Hit

# verbs of ending, with every form of them a sentence may use ("withdrew", "withdrawal"); "closed" before a centre
# is the kind of centre, not a closing
_FORMS = {"close": "close|closed|closes|closing|closure|closures", "shut": "shut|shuts|shutting",
          "abolish": "abolish|abolished|abolishes|abolishing|abolition", "scrap": "scrap|scrapped|scraps|scrapping",
          "cancel": "cancel|cancelled|canceled|cancels|cancellation", "withdraw":
          "withdraw|withdrew|withdrawn|withdraws|withdrawing|withdrawal|pull out|pulled out|pulls out|pulling out",
          "quit": "quit|quits|quitting", "dissolve": "dissolve|dissolved|dissolution",
          "disband": "disband|disbanded|disbanding", "dismantle": "dismantle|dismantled|dismantling",
          "demolish": "demolish|demolished|demolition"}
_PARTICIPLE = {"close": "closed", "shut": "shut down", "abolish": "abolished", "scrap": "scrapped",
               "cancel": "cancelled", "withdraw": "withdrawn", "quit": "quit", "dissolve": "dissolved",
               "disband": "disbanded", "dismantle": "dismantled", "demolish": "demolished"}
# verbs a report may use for the same ending: "a rule ... which got scrapped" is told as "was abolished"
_SAME_ENDING = ({"close", "shut"}, {"abolish", "scrap", "cancel"}, {"dissolve", "disband", "dismantle"},
                {"withdraw", "quit"})
_FAMILY = {verb: next((f for f in _SAME_ENDING if verb in f), {verb}) for verb in _FORMS}
_FORMS_OF = {verb: re.compile(rf"\b(?:{'|'.join(_FORMS[v] for v in _FAMILY[verb])})\b", re.I) for verb in _FORMS}
_VERB_OF = {form: verb for verb, forms in _FORMS.items() for form in forms.split("|")
            if not form.endswith(("ure", "ures", "ion", "al"))}
# "ghent's close city/civil-society collab", "a very close cooperation", "how close had they come", "close to 800
# people": "close" as an adjective or adverb ends nothing
_ENDING = re.compile(r"(?<!['’]s\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bvery\s)(?<!\bso\s)(?<!\bmore\s)(?<!\bquite\s)"
                     r"(?<!\bhow\s)(?<!\btoo\s)(?<!\bas\s)"
                     rf"\b({'|'.join(_VERB_OF)})\b(?!\s+(?:centres?|centers?|detention|doors?)\b)(?!(?<=close)\s+to\b)"
                     r"(?:\s+(?:down|off))?\s+((?:[\w’'-]+\s*){1,5})", re.I)
# the question asks about the ending, or takes it as given before what it asks ("belgium's new govt withdrew from
# the un global compact - what did it say about ...")
_ASKS_ABOUT_IT = re.compile(r"\b(?:why|when|how|who|what|which|whom)\b", re.I)
# an ending told in the passive: "After the pontoon reception centre ... was shut down following ..., how ...?"
_ENDED = re.compile(r"\b(?:after|when|since|once|now that|because|as|that)\s+(?:the\s+)?([^,;?]{3,80}?)\s+"
                    r"(?:was|were|has been|have been|had been|got)\s+(?:\w+ly\s+)?"
                    r"(closed|shut|shut down|abolished|scrapped|cancell?ed|withdrawn|dissolved|disbanded|dismantled|"
                    r"demolished)\b", re.I)
# or asked of in the passive: "why was the ghent pontoon reception centre shut down after protests ..."
_ENDED_ASKED = re.compile(r"\b(?:why|when|how|by whom)\s+(?:was|were|has|have|had)\s+(?:the\s+)?(?!no\b|not\b)"
                          r"([^,;?]{3,80}?)\s+"
                          r"(?:been\s+|got\s+)?(closed|shut|shut down|abolished|scrapped|cancell?ed|withdrawn|"
                          r"dissolved|disbanded|dismantled|demolished)\b", re.I)
_OBJECT_END = re.compile(r"\b(?:in|on|at|after|before|because|since|during|when|and|but|so|to|for|with|without|by)\b.*",
                         re.I)


def _cut_short(what: str) -> str:
    """What a question names, without the small words or dash its cut-off end may leave ("the rules on " -> "the
    rules")."""
    return _DANGLING.sub("", what)


_DANGLING = re.compile(r"(?:\s+(?:from|of|the|on|for|and|to|a|an)|\s*[-–—:])+$", re.I)
_RULES = content_stems("rule rules law laws legislation regulation regulations provision provisions policy")


def ending_untold(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question asks why / when / who of an ending ("close the Migratieforum"); no sentence of the passages
    read has that verb (any form) beside a word of what was ended."""
    if asks_yes_no(question) or not _ASKS_ABOUT_IT.search(question):
        return None
    passive = _ENDED.search(question) or _ENDED_ASKED.search(question)
    match = passive or _ENDING.search(question)
    if not match:
        return None
    said = match.group(2 if passive else 1).lower()
    verb = _VERB_OF[said.split()[0] if passive else said]
    what = match.group(1).strip() if passive else _OBJECT_END.sub("", match.group(2)).strip()
    # "scrap the rules on sham marriages": rules are named by what they are on, which a sentence must name ("the rule
    # that people born in Belgium ... could not be deported was abolished" is another rule)
    rules = not passive and content_stems(what) <= _RULES and re.match(
        rf"\s*{re.escape(what)}\s+(?:on|about|concerning|against)\s+\S", match.group(2), re.I)
    if rules:
        what = match.group(2).strip()
    what = _cut_short(what)
    ended = content_stems(re.sub(r"^(?:from|of|the|its|their|his|her)\s+", "", what, flags=re.I))
    if rules:
        ended -= _RULES
    if not ended:
        return None
    forms = _FORMS_OF[verb]
    for sentence, _near in related_sentences(chosen, hits):
        # "the reno boat" is the Reno-boat
        if forms.search(sentence) and ended & (content_stems(sentence) | content_stems(sentence.replace("-", " "))):
            return None
    if what.lower().startswith(("from ", "of ")):  # "withdraw from the Global Compact", "pulled out of ..."
        return f"no sentence read says that anyone {'pulled out' if said.startswith('pull') else 'withdrew'} {what}"
    return f"no sentence read says that {what} was {_PARTICIPLE[verb]}"


# a visit the question takes as given: "during his visit to the moria camp", "when the mayor visited lesbos"
_VISIT = re.compile(r"\b(?:(?:visit|trip|journey|travels?)\s+to|visited|visiting)\s+((?:the\s+)?(?:[\w’'-]+\s*){1,5})",
                    re.I)
_VISIT_TOLD = re.compile(r"\b(?:visit|visits|visited|visiting|visitors?|trips?|journeys?|travel|travels|travell?ed|"
                         r"travell?ing|went|go|goes|going)\b", re.I)


def visit_untold(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question takes a visit as given ("what did mayor de clercq say during his visit to the moria camp") and
    no sentence of the passages read tells of a visit, a trip or a going beside a word of the place visited."""
    if asks_yes_no(question):
        return None
    match = _VISIT.search(question)
    if not match:
        return None
    what = _cut_short(_OBJECT_END.sub("", match.group(1)).strip())
    visited = content_stems(what)
    if not visited:
        return None
    for sentence, _near in related_sentences(chosen, hits):
        if _VISIT_TOLD.search(sentence) and visited & content_stems(sentence):
            return None
    return f"no sentence read tells of a visit to {what}"
