"""A town the question places a thing in, when the reports list the towns it is in and that one is not among them.

"When did Refu Interim open its Antwerp branch?" against "Refu Interim ... has expanded into other regions in
Flanders: Ostend, Kortrijk, Bruges, Leuven, Sint-Niklaas and Lokeren". A sentence that names two or more towns and
the thing asked about (in its words or by its section's title), in a passage that never names the asked town, says
where the thing is; the asked town is not one of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import (
    COMPARES,
    PLACE_STEMS,
    PLACE_WORDS,
    SCOPES,
    SET_ASIDE,
    TOWNS,
    content_stems,
    quote,
    related_sentences,
    scopes,
)
from qa.question import asks_yes_no, question_names
from qa.result import Hit


def town_not_listed(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The reason the question's town is not where the reports place the thing it asks about, or None."""
    asked = scopes(question) & TOWNS
    if len(asked) != 1 or _OTHER_THAN.search(question):
        return None  # "which towns besides Ghent ...", "where did it spread from Ghent": the town is not a claim
    town = next(iter(asked))
    if any(town in scopes(sentence) for sentence in chosen):
        return None
    names = [name for name in question_names(question) if not scopes(name)]
    typed = question.lower()
    for sentence in chosen:
        listed = scopes(sentence, origins=False) & TOWNS
        if len(listed) < 2:
            continue
        where = next((h for h in hits if sentence in h.chunk.text), None)
        if where is None or town in scopes(where.chunk.text):
            continue
        # the thing asked about: a name of the question in the sentence, or a section title the question types
        # ("3.3 Refu Interim" for "when did refu interim open ...")
        titles = [re.sub(r"^[\d.]+\s*", "", part).strip() for part in (where.chunk.section or "").split(" > ")]
        thing = next((name for name in names if name.lower() in sentence.lower()), None) or next(
            (title for title in titles if len(title.split()) <= 4 and not scopes(title)
             and re.search(rf"\b{re.escape(title.lower())}\b", typed)), None)
        if thing:
            towns = ", ".join(sorted(listed, key=lambda name: _first_at(name, sentence)))
            return f"the reports place {thing} in {towns}, not {town}: “{quote(sentence)}”"
    return None


def town_never_read(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question places the thing it asks about in a town that no passage read names, and an answer sentence on
    the same subject places it in another: "why was the reno boat moored in antwerp instead of ghent" against "a
    boat that docked at the port of Ghent". What the question sets aside ("instead of Ghent") is no claim."""
    if asks_yes_no(question) or COMPARES.search(question):
        return None
    claimed = SET_ASIDE.sub(" ", question)
    found = [(m, scopes(m.group(1)) & TOWNS) for m in _PLACED_IN.finditer(claimed)]
    placed = {town for _m, towns in found for town in towns}
    # a town set apart near where it is placed ("in Ghent and other cities", "newcomers from other towns in Ghent");
    # "... docked in the port of antwerp - what cooperation between the city and other orgs" sets nothing apart
    if len(placed) != 1 or any(towns and _OTHER_THAN.search(claimed[max(0, m.start() - _APART):m.end() + _APART])
                               for m, towns in found):
        return None
    town = next(iter(placed))
    if any(town in scopes(hit.chunk.text) for hit in hits):
        return None
    subject = content_stems(claimed) - PLACE_STEMS
    for sentence in chosen:
        other = sorted((scopes(sentence) & TOWNS) - {town}, key=lambda name: _first_at(name, sentence))
        said = content_stems(sentence) | content_stems(sentence.replace("-", " "))  # "Reno-boat": "reno boat"
        if other and len(subject & said) >= _SUBJECT_SHARED:
            return f"the reports place this in {', '.join(other)}, not {town}: “{quote(sentence)}”"
    return None


# where the question puts the thing: "moored in antwerp", "at the port of Antwerp", "a closed centre near Ostend"
_PLACED_IN = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:(?:city|port|town|harbou?r)\s+of\s+)?([\w’'-]+)", re.I)
_SUBJECT_SHARED = 2
_APART = 30  # characters either side of a town placed that a word setting it apart must be within


# a town the question sets apart, or starts from, is no claim about where the thing is
_OTHER_THAN = re.compile(r"\b(?:other|besides|apart from|except|excluding|outside|beyond|than|from|beside)\b", re.I)


def _first_at(town: str, sentence: str) -> int:
    """Where the sentence first names the town (in any of its spellings), for listing towns in its order."""
    spots = [m.start() for word in SCOPES[town] for m in re.finditer(rf"\b{re.escape(word)}\b", sentence.casefold())]
    return min(spots, default=len(sentence))


# where a thing is offered or used: "offered in Ghent's reception centres", "used at the schools of Ghent"
_VENUE = re.compile(r"\b(offered|used|played|taught|given|held|organi[sz]ed|distributed|available|provided)\s+"
                    r"(?:in|at)\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s*(?:[.,;:?!]|$|\s(?:to|for|by|and|since|"
                    r"from|with|in|as|what|who|how|why|when|which)\b))", re.I)
_VENUE_SHARED = 2  # the question's words besides the venue the sentence must hold


def other_venue(question: str, chosen: Sequence[str]) -> str | None:
    """The question has a thing offered (used, held, ...) in one kind of place ("The board game 'This is not a Game'
    is offered in Ghent's reception centres") and a chosen sentence on the same thing has it offered in another
    ("offered in the schools of Ghent"), naming the question's nowhere. Towns aside (town_not_listed)."""
    asked = _VENUE.search(question)
    if not asked or asks_yes_no(question):
        return None
    venue = content_stems(asked.group(2)) - PLACE_STEMS
    subject = content_stems(question[:asked.start()] + " " + question[asked.end():]) - PLACE_STEMS
    if not venue:
        return None
    for sentence in chosen:
        told = next((m for m in _VENUE.finditer(sentence) if m.group(1).lower() == asked.group(1).lower()), None)
        if told is None:
            continue
        other, said = content_stems(told.group(2)) - PLACE_STEMS, content_stems(sentence)
        if other and not venue & said and len(subject & said) >= _VENUE_SHARED:
            return f"the reports say {told.group(1)} in {told.group(2)}, not {asked.group(2)}: “{quote(sentence)}”"
    return None


# a place named by its side: "west flanders", "East Flanders", "southern Europe", "north-africa"
_SIDE = re.compile(r"\b(north|south|east|west)(?:ern)?(?:[- ]|\s+of\s+)([A-Za-z]\w{3,})\b", re.I)


def other_side(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question names a place by a side ("ghent is in west flanders province") that no passage read gives it,
    while a passage read names the same place by another side ("East Flanders (province)")."""
    if asks_yes_no(question):
        return None
    texts = [*chosen, *(hit.chunk.text for hit in hits)]
    for asked in _SIDE.finditer(question):
        side, place = asked.group(1).lower(), asked.group(2).lower()
        told = [m for text in texts for m in _SIDE.finditer(text) if m.group(2).lower() == place]
        if told and not any(m.group(1).lower() == side for m in told):
            return (f"the reports say {told[0].group(1)} {told[0].group(2)}, not {asked.group(1)} "
                    f"{asked.group(2)}")
    return None


# a deed done in a town: "to run its operation in Kortrijk", "looking for someone to run the operation in Lokeren"
_DONE_IN = re.compile(r"((?:[\w’'-]+\s+){1,4})(?:in|at|near)\s+(?:the\s+)?(?:(?:city|port|town)\s+of\s+)?"
                      r"([A-Z][\w’'-]+|[a-z][\w’'-]+)", re.I)
_DEED_SHARED = 2  # the words before "in <town>" the question and a sentence must share to tell one deed


def _deeds_in_towns(text: str) -> list[tuple[set[str], str]]:
    """(stems of the words before it, town) for each town the text places a deed in."""
    out = []
    for m in _DONE_IN.finditer(text):
        towns = scopes(m.group(2)) & TOWNS
        if len(towns) == 1:
            out.append((content_stems(m.group(1)) - PLACE_STEMS, next(iter(towns))))
    return out


def other_town_of_deed(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question places a deed in one town and a chosen sentence tells that deed in another, while no passage
    read tells it in the question's: "Rose ... was taken on by Refu Interim to run its operation in Kortrijk"
    against "They [Refu Interim] were looking for someone to run the operation in Lokeren" (Kortrijk is only in a
    list of towns Refu Interim has expanded to)."""
    if asks_yes_no(question) or COMPARES.search(question) or _OTHER_THAN.search(question):
        return None
    asked = [(deed, town) for deed, town in _deeds_in_towns(SET_ASIDE.sub(" ", question)) if deed]
    if len(asked) != 1:
        return None
    deed, town = asked[0]
    texts = [*chosen, *(hit.chunk.text for hit in hits)]
    if any(len(deed & told) >= _DEED_SHARED for text in texts for told, t in _deeds_in_towns(text) if t == town):
        return None
    for sentence in chosen:
        for told, other in _deeds_in_towns(sentence):
            if other != town and len(deed & told) >= _DEED_SHARED:
                return f"the reports tell this of {other}, not {town}: “{quote(sentence)}”"
    return None


_REGIONS = frozenset({"Flanders", "Wallonia", "Brussels"})
_TOPIC = re.compile(r"\b(?=([a-z]{4,})\s+([a-z]{4,})\b)")  # two words in a row, overlapping: "civic integration"


def region_of_topic_untold(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question asks about a thing of two words in one region ("Is civic integration compulsory for newcomers in
    Wallonia, and what does the Walloon course involve?"), or in two side by side, and every sentence read that holds
    the thing and names a region names another ("the coalition agreement of the Flemish government ... the civic
    integration trajectory stricter"), none naming an asked region."""
    asked = scopes(question) & _REGIONS
    # one region compared with something else may be the yardstick ("how does Ghent's course compare with
    # Flanders?"); two regions asked side by side each need telling ("How much does the civic integration programme
    # cost in Wallonia compared with Flanders?": the reports give Flanders' fee only)
    if not asked or (len(asked) == 1 and COMPARES.search(question)):
        return None
    sentences = [sentence for sentence, _near in related_sentences(chosen, hits)]
    for first, second in _TOPIC.findall(question.lower()):
        if {first, second} & PLACE_WORDS or first in _NOT_TOPIC or second in _NOT_TOPIC:
            continue
        topic = re.compile(rf"\b{first}\s+{second}\b", re.I)
        told = [(sentence, scopes(sentence) & _REGIONS) for sentence in sentences if topic.search(sentence)]
        untold = asked - {region for _sentence, found in told for region in found}
        if not untold:
            return None
        other = next(((sentence, found) for sentence, found in told if found - untold), None)
        if other:
            return f"the reports tell {first} {second} of {', '.join(sorted(other[1]))}, not " \
                   f"{', '.join(sorted(untold))}: “{quote(other[0])}”"
    return None


_NOT_TOPIC = frozenset("what which does have that this there with from they their about into when where".split())
