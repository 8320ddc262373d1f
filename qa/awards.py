"""An award or label the question has one body give, that the reports have another give.

"Why did UNHCR give Ghent the URBACT good practice label?" against "Ghent has been awarded an URBACT Good Practice
for its policy toward refugees": the label is URBACT's; UNHCR declared Ghent a "solidarity city" (another sentence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import chunk_sentences, content_stems, quote, related_sentences
from qa.question import question_names
from qa.result import Hit

# "<giver> give / award / grant <someone> <the thing>"
_GIVES = re.compile(r"\b(?:give|gives|gave|given|giving|award|awards|awarded|awarding|grant|grants|granted|"
                    r"granting|hand|hands|handed|confer|conferred|bestow|bestowed)\b", re.I)
# a sentence that tells of an award, a label or a prize
_AWARD = re.compile(r"\b(?:award\w*|label\w*|prizes?|distinction|recognised as|recognized as|good practice)\b",
                    re.I)

# "award" as a noun: "won a welcoming award from Vluchtelingenwerk Vlaanderen" (no giver before it)
_AS_NOUN = re.compile(r"\b(?:a|an|the|this|that|its|their|his|her|our|any|no|welcoming|\w+ing)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?:from|for|of|by)\b", re.I)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+$", re.I)


def other_giver(question: str, chosen: Sequence[str]) -> str | None:
    """The question names a giver before "give/award/grant" and a named thing after it; the chosen sentence that
    tells of that thing's award names the thing but not the giver."""
    # (not a passive: "was granted a welcoming award by Vluchtelingenwerk Vlaanderen" has its giver after it, which
    # other_giver_by reads)
    verb = next((m for m in _GIVES.finditer(question) if not _AS_NOUN.search(question[:m.start()])
                 and not _PASSIVE.search(question[:m.start()]) and not _NOUN_AFTER.match(question[m.end():])), None)
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


# "was granted a welcoming award by UNHCR", "won a welcoming award from UNHCR": the giver after the award
_AWARDED_BY = re.compile(r"\b(?:granted|given|awarded|won|received|got)\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,3}?)"
                         r"(?:award|label|prize|distinction)\s+(?:by|from)\s+(?:the\s+)?"
                         r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


# ... or before it, asking whom it was given to: "which cycling-tour collaboration did UNHCR grant a welcoming award
# to?" (the kind first, as _AWARDED_BY has it)
_GAVE_WHOM = re.compile(r"(?=\b(?:did|does|has|had)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+"
                        r"(?:grant|give|award)\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,3}?)(?:award|label|prize|distinction)"
                        r"\s+to\b)\b(?:did|does|has|had)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def other_giver_by(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question names the giver after the award ("If the collaboration ... was granted a welcoming award by
    UNHCR, ...") and the sentence on that award, chosen or beside a chosen one, names another ("This collaboration was
    granted a welcoming award by Vluchtelingenwerk Vlaanderen")."""
    asked = _AWARDED_BY.search(question) or _GAVE_WHOM.search(question)
    if not asked:
        return None
    kind, giver = content_stems(asked.group(1)), asked.group(2)
    for sentence in (s for s, near in related_sentences(chosen, hits) if near):
        told = _AWARDED_BY.search(sentence)
        if told and kind <= content_stems(told.group(1)) and giver.lower() not in told.group(2).lower() \
                and told.group(2).lower() not in giver.lower():
            return f"the reports do not say {giver} gave it: “{quote(sentence)}”"
    return None


# "why did the european commission name ghent a solidarity city": who the question has name whom, and as what
# ("for what did the european commission declare ghent a 'solidarity city' with refugees")
_NAMES_AS = re.compile(r"^\W*(?:why|when|how|(?:for\s+)?what)\s+(?:did|does|has|had)\s+"
                       r"(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?)\s+"
                       r"(?:name|declare|designate|label|dub|recogni[sz]e)\s+(?P<whom>[\w’'-]+)\s+(?:as\s+)?"
                       r"(?:(?:a|an|the)\s+)?(?P<what>[^?,;]+)", re.I)
# ... or told in a clause of time: "After URBACT declared Ghent a "solidarity city" with refugees, what recognition did
# UNHCR give ...?"
_NAMED_AS = re.compile(r"\b(?:after|when|since|once)\s+(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?)\s+"
                       r"(?:named|declared|designated|labell?ed|dubbed|recogni[sz]ed)\s+(?P<whom>[\w’'-]+)\s+(?:as\s+)?"
                       r"(?:(?:a|an|the)\s+)?(?P<what>[^?,;]+)", re.I)
# ... or in the passive: "ghent was declared a 'solidarity city' with refugees by the european commission - what ..."
_NAMED_BY = re.compile(r"\b(?P<whom>[\w’'-]+)\s+(?:was|were|has been|had been|got)\s+(?:named|declared|designated|"
                       r"labell?ed|dubbed|recogni[sz]ed)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?(?P<what>[^?,;]+?)\s+by\s+"
                       r"(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?)(?=\s*[?,;:–—]|\s+-\s|\s*$)", re.I)
# a sentence telling of such a naming
_NAMING = re.compile(r"\b(?:named|declared|designated|labell?ed|dubbed|recogni[sz]ed|granted|awarded)\b", re.I)
_WHAT_SHARED = 2  # the words of what it was named as a sentence telling of the naming must hold


def other_namer(question: str, hits: Sequence[Hit]) -> str | None:
    """The question has one name a place or body something ("why did the european commission name ghent a
    solidarity city for refugees", "after URBACT declared Ghent a ..."); the sentences read that tell of that naming
    best give it to another ("UNHCR declared Ghent a “solidarity city” with refugees"), none of them to the one asked
    about (all its words)."""
    asked = _NAMES_AS.search(question) or _NAMED_AS.search(question) or _NAMED_BY.search(question)
    if not asked:
        return None
    who, what, whom = content_stems(asked.group("who")), content_stems(asked.group("what")), asked.group("whom")
    if not who or len(what) < _WHAT_SHARED:
        return None
    # the sentences telling of the naming that share most of what it was named as decide ("UNHCR declared Ghent a
    # “solidarity city” with refugees", not "Ghent has been awarded an URBACT Good Practice ... called “Refugee
    # Solidarity”")
    told: list[tuple[int, str]] = []
    for hit in hits:
        for sentence in chunk_sentences(hit.chunk):
            shared = len(what & content_stems(sentence))
            if re.search(rf"\b{re.escape(whom)}\b", sentence, re.I) and _NAMING.search(sentence) and \
                    shared >= _WHAT_SHARED:
                told.append((shared, sentence))
    best = [sentence for shared, sentence in told if shared == max(told)[0]] if told else []
    if not best or any(who <= content_stems(sentence) for sentence in best):
        return None
    return f"the reports do not say {' '.join(asked.group('who').split())} did: “{quote(best[0])}”"
