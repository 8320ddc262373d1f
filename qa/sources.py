"""A finding, praise or label the question gives to one source that the reports give to another.

"according to urbact what does jobteam gent score the maximum on" against "According to ESF, “the project scores
the maximum on expertise ...”"; "What did the European Commission declare Ghent to be?" against "UNHCR declared
Ghent a “solidarity city”". The source the question names must be in no chosen sentence, and the sentence giving
the other source must share words with the question besides both sources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import OFFICES, content_stems, quote

_VERBS = r"declared?|declares|praised?|praises|called?|calls|named?|names|rated?|rates|found|finds?|concluded?|"\
         r"concludes|described?|describes|labell?ed|recogni[sz]ed?|recogni[sz]es|awarded?|awards"
# a source: a name or acronym, maybe after "the", of at most five words
_SOURCE = r"(?:the\s+)?([\w’'-]+(?:\s+[\w’'-]+){0,4}?)"
_ASKED = (
    # "according to urbact, what ...", "according to the european social fund what does ..."
    re.compile(rf"\baccording\s+to\s+{_SOURCE}(?=\s*,|\s+(?:what|which|who|whom|how|why|when|where|is|are|was|were|"
               rf"did|does|do|has|have)\b)", re.I),
    # "What did the European Commission declare Ghent to be?"
    re.compile(rf"\b(?:what|how|why|when)\s+(?:did|does|do|has|have)\s+{_SOURCE}\s+(?:{_VERBS})\b", re.I),
    # "caritas praised jobteam gent as scoring max on expertise - why", "Unia has called for a major national survey"
    re.compile(rf"^\W*{_SOURCE}\s+(?:has\s+|have\s+|had\s+)?(?:{_VERBS})\b", re.I),
    # "UNHCR is cited as calling Ghent's Refugee Taskforce a replicable ... solution", "caritas was quoted saying"
    re.compile(rf"^\W*{_SOURCE}\s+(?:is|was|has\s+been|have\s+been)\s+(?:cited|quoted|said|reported)\b", re.I),
    # "unhcr welcoming award for circle of cycle - what was that project", "the award from caritas"
    re.compile(rf"^\W*{_SOURCE}\s+(?:[\w-]+\s+)?(?:award|prize)\b", re.I),
    re.compile(rf"\b(?:award|prize)\s+(?:from|by|of)\s+{_SOURCE}(?=\s*(?:[,;?.]|[-–—]\s|$|\s+(?:for|to|in|and)\b))",
               re.I),
    # "Besides being declared a "solidarity city" with refugees by URBACT, ...": the source after "by"
    re.compile(rf"\b(?:{_VERBS})\s+[^,;?]{{0,60}}?\bby\s+{_SOURCE}(?=\s*(?:[,;?.]|[-–—]\s|$))", re.I),
)
# a sentence's source: "According to ESF, ...", "UNHCR declared Ghent ..." (a capitalised name or an acronym)
_NAME = r"((?:[A-Z][\w’'-]*)(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w’'-]*){0,5})"
_GIVEN = (re.compile(rf"\b[Aa]ccording\s+to\s+(?:the\s+)?{_NAME}\s*,"),  # "Lastly, according to URBACT, ..."
          # "According to alderman Coddens, together with the mayor ...": a person by office and name
          re.compile(rf"\b[Aa]ccording\s+to\s+((?i:{OFFICES})\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})\s*,"),
          re.compile(rf"(?:^|[,;]\s+|\b(?:the|and)\s+){_NAME}\s+(?:has\s+|have\s+|had\s+)?(?:{_VERBS})\b"),
          # "granted a welcoming award by Vluchtelingenwerk Vlaanderen"
          re.compile(rf"\b(?:award|prize)\w*\s+(?:by|from)\s+(?:the\s+)?{_NAME}"))
_QUOTED = re.compile(r"[“\"‘]([^”\"’]{3,60})[”\"’]")
_SHARED_MIN = 2  # words a sentence must share with the question, sources aside, to tell what it asks


def other_source(question: str, chosen: Sequence[str]) -> str | None:
    """The reason the chosen sentences give the question's finding to another source, or None."""
    asked = next((m.group(1) for pattern in _ASKED if (m := pattern.search(question))
                  and content_stems(m.group(1)) and m.group(1).split()[0].lower() not in _NOT_FIRST), None)
    if not asked:
        return None
    asked_words = _words(asked)
    if asked_words <= _GENERIC:
        return None  # "according to the reports", "what did the study find"
    # a label the question quotes ("solidarity city") is the finding: a sentence naming the source without it gives
    # the source something else ("Ghent has been awarded an URBACT Good Practice")
    labels = [content_stems(label) for label in _QUOTED.findall(question)]
    if any(asked_words & _words(sentence) or _initials(asked) & _words(sentence) for sentence in chosen
           if all(label <= content_stems(sentence) for label in labels)):
        return None  # a sentence names the question's source
    subject = content_stems(question) - content_stems(asked)
    for sentence in chosen:
        for pattern in _GIVEN:
            for given in pattern.finditer(sentence):
                source = given.group(1)
                if _words(source) & asked_words or _initials(source) & asked_words:
                    continue
                if len(subject & (content_stems(sentence) - content_stems(source))) >= _SHARED_MIN:
                    return f"the reports give this to {source}, not {asked}: “{quote(sentence)}”"
    return None


def _words(text: str) -> set[str]:
    """The lower-case words of a source, less the small ones ("the", "of")."""
    return {w.lower() for w in re.findall(r"[\w’'-]+", text) if len(w) > 2 and w.lower() not in _SMALL}


def _initials(text: str) -> set[str]:
    """ "the European Social Fund" -> {"esf"}: the initials of its capitalised or long words."""
    words = [w for w in re.findall(r"[\w’'-]+", text) if w.lower() not in _SMALL]
    return {"".join(w[0] for w in words).lower()} if len(words) > 1 else set()


_SMALL = frozenset("the of for and a an to".split())
# no source: what the reports themselves are, and who a pronoun stands for
_GENERIC = frozenset("report reports study studies article paper author authors text document documents research "
                     "analysis data survey profile researchers city town country government it they he she this that "
                     "these those you one".split())
# the first word of a question, not of a source: "why was ghent praised", "Besides being declared a ... by UNHCR"
_NOT_FIRST = frozenset("what which who whom whose how why when where is are was were did does do has have had can "
                       "could would will should besides apart aside after before since once while being having "
                       "although though if".split())
