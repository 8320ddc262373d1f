"""Two events the question puts in one order that the reports date in the other.

"batahlan, the gentse feesten show staged after refu interim was created - ..." against "... to perform at the Gentse
Feesten ... in 2016" and "Refu Interim was created in 2017"; "The Council of State declared the royal decree on family
units partly illegal before suspending some of its provisions" against "the Council of State suspended in April 2019 a
number of provisions ..." and "On 1 October 2020, the Council of State declared the royal decree partly illegal".
Each event is dated by the sentence read that holds most of its own words (those the other event's words do not
share), at least two of them, when it gives one year only; not when that is one sentence for both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import chunk_sentences, content_stems, quote, quote_from, related_pieces, related_sentences
from qa.figures import STARTED, STARTING
from qa.result import Hit

# "<one event> before/after <the other>": the other runs to the clause's end, the first from the sentence's start
_ORDER = re.compile(r"(?P<first>[^.?!;,–—]*(?:,[^.?!;,–—]*)?)\s\b(?P<order>before|after|(?:that|which)\s+"
                    r"(?:followed|preceded|came\s+after|came\s+before))\s+"
                    r"(?P<other>(?:(?!\s-\s)[^.?!;,–—])+)", re.I)
# "After <the other>, <one event>": the order word leads ("After the Council of State declared the royal decree ...
# partly illegal on 1 October 2020, it went on to suspend a number of its provisions")
_ORDER_LEAD = re.compile(r"(?:^|[.?!;]\s+)(?P<order>before|after)\s+(?P<other>[^,.?!;]+),\s*(?P<first>[^.?!;]+)", re.I)
# "<one event> first and then <the other>": "refu interim existed first and then its volunteers put on batahlan"
# (or "... first and later ...": "refu interim was set up first and later produced batahlan", probes68 #29)
_FIRST_THEN = re.compile(r"(?P<first>[^.?!;,–—]+?)\s+first,?\s+(?:and\s+)?(?:then|later|afterwards|subsequently)\s+"
                         r"(?P<other>[^.?!;,–—]+)", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# an event that is a thing's start, in the question ("refu interim existed first") and in a sentence
# ("the creation of Refu Interim" is its start; so is "refu interim was already running before ...", probes67 #9)
_EXISTED = re.compile(rf"\b(?:exist(?:s|ed)?|{STARTING}|creation|founding|foundation|launch|establishment|start|"
                      r"beginning|inception|(?:already\s+)?(?:running|operating|operational|active))\b", re.I)
_OWN = 2  # the event's own words a sentence must hold to date it
_FOOTNOTE = re.compile(r"^\W*\d{1,3}\s+[A-Z]")


def _dated(own: set[str], pieces: Sequence[str], start: bool = False, hits: Sequence[Hit] = ()
           ) -> tuple[int, str] | None:
    """(year, sentence) of the sentence that holds most of an event's own words (two or more), when it gives a
    single year; None when another holding as many gives another year or none. For an event that is a thing's
    start (`start`), a sentence telling a start is read first ("Refu Interim was created in 2017", not "Refu Interim
    has worked with 69 different organisations in 2019")."""
    held = [(len(own & content_stems(piece)), piece) for piece in pieces]
    most = max((n for n, _piece in held), default=0)
    best = [(set(_YEAR.findall(piece)), piece) for n, piece in held if n == most]
    if start:
        best = [(years, piece) for years, piece in best if STARTED.search(piece)] or best
    # a sentence as close that gives no year leaves the one that gives it ("Vzw Cirq wanted to involve newcomers
    # themselves in their production, Batahlan" beside "... to perform at the Gentse Feesten ... in 2016")
    best = [(years, piece) for years, piece in best if years] or best
    # ... and the sentence just before or after it, holding one word fewer, gives it when none of the closest gives a
    # year ("Vzw Cirq wanted to involve newcomers themselves in their production, Batahlan" follows "The project
    # originated from an initiative of vzw Cirq, who wanted to make an artistic production ... in 2016")
    if not any(years for years, _piece in best) and most - 1 >= _OWN:
        beside = {other for _years, piece in best for other in _beside(piece, hits)}
        best = [(set(_YEAR.findall(piece)), piece) for n, piece in held
                if n == most - 1 and piece in beside and _YEAR.search(piece)] or best
    if most < _OWN or any(len(years) != 1 for years, _piece in best) or len({y for ys, _p in best for y in ys}) > 1:
        return None
    years, piece = best[0]
    return int(years.pop()), piece


_OWN_NEXT_DEED = re.compile(r"\s+and\s+(?=[a-z]+ed\s+(?:its|their|the|his|her)\b)", re.I)


def _is_after(order: str) -> bool:
    """ "after", "that followed", "which came after": the first event came after the other."""
    return order.lower().split()[-1] in ("after", "followed")


def _beside(sentence: str, hits: Sequence[Hit]) -> list[str]:
    """The sentences just before and just after the sentence, in the passages read that hold it."""
    out = []
    for hit in hits:
        sentences = chunk_sentences(hit.chunk)
        for i, other in enumerate(sentences):
            if other == sentence:
                out += sentences[max(0, i - 1):i] + sentences[i + 1:i + 2]
    return out


def order_reversed(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The reason the reports date the question's two events the other way round, or None."""
    claim = _ORDER_LEAD.search(question) or _ORDER.search(question) or _FIRST_THEN.search(question)
    if not claim:
        return None
    # (the other event ends where the first's own next deed begins: "refu interim was already running before vzw
    # cirq's batahlan production and supplied its volunteers")
    other_event = _OWN_NEXT_DEED.split(claim.group("other"))[0]
    # (the words telling a start date no event: "already running" is in "Rose ... had already ... Refu Interim")
    first, other = content_stems(_EXISTED.sub(" ", claim.group("first"))), content_stems(_EXISTED.sub(" ", other_event))
    if not first - other or not other - first:
        return None
    # ("... near Brussels airport.34 Following an application ...": one sentence each side of a footnote's number;
    # a footnote itself, "35 Council of State, ... 4 April 2019", dates no event)
    pieces = [piece for piece, _near in related_pieces(chosen, hits) if not _FOOTNOTE.match(piece)]
    one = _dated(first - other, pieces, bool(_EXISTED.search(claim.group("first"))), hits)
    two = _dated(other - first, pieces, bool(_EXISTED.search(other_event)), hits)
    if not one or not two or one[1] == two[1]:
        return None  # (one sentence telling both tells their order itself)
    if any(year not in {str(one[0]), str(two[0])} for year in _YEAR.findall(question)):
        return None  # a year the question gives that the reports give neither event is checked elsewhere
    # ("the vzw Cirq production that followed the creation of Refu Interim": after it)
    after = claim.re is not _FIRST_THEN and _is_after(claim.group("order"))
    if (after and one[0] < two[0]) or (not after and one[0] > two[0]):
        return f"the reports date them the other way round: “{quote(one[1])}” “{quote(two[1])}”"
    return None


# a deed the question puts before or after an event: "a coalition of ngos put out an action plan ... in the run-up to
# the compact's adoption"
_BEFORE_WORDS = r"before|prior\s+to|ahead\s+of|in\s+the\s+(?:run|lead)[\s-]?up\s+to"
_PUT = re.compile(rf"(?P<deed>[^.?!;,–—]+?)\s+(?P<order>{_BEFORE_WORDS}|after)\s+(?P<event>[^.?!;,–—]+)", re.I)
# ... and a sentence that tells it after or before the event itself: "One year after the adoption of the GCM, a
# coalition of NGOs ... presented an action plan" (after a footnote's number too: "judgments.6 One year after")
_TOLD = re.compile(rf"(?:^|[.;]\d{{0,3}}\s+)(?:[\w-]+\s+){{0,3}}?(?P<order>{_BEFORE_WORDS}|after)\s+"
                   r"(?P<event>[^,.;]+),\s*(?P<deed>[^.;]+)", re.I)
# ... or after the deed: "and of another 11 unaccompanied minors in December 2020 after a fire destroyed the Moria
# camp" (the event's words must then be more than one: the deed runs from the clause's start)
_TOLD_AFTER = re.compile(rf"(?P<deed>[^.;,]+?)\s+(?P<order>{_BEFORE_WORDS}|after)\s+(?P<event>[^,.;]+)", re.I)
_DEED_SHARED = 2  # the deed's words a sentence must hold to tell it (and one of the event's)


def order_told_reversed(question: str, chosen: Sequence[str]) -> str | None:
    """The question puts a deed before an event ("... put out an action plan on implementing the GCM in belgium in the
    run-up to the compact's adoption") and a chosen sentence tells it after that event ("One year after the adoption
    of the GCM, a coalition of NGOs ..."; "the relocation ... of another 11 unaccompanied minors in December 2020
    after a fire destroyed the Moria camp"), or the other way round."""
    for asked in _PUT.finditer(question):
        deed, event = content_stems(asked.group("deed")), content_stems(asked.group("event"))
        before = asked.group("order").lower() != "after"
        for sentence in chosen:
            for told in [*_TOLD.finditer(sentence), *_TOLD_AFTER.finditer(sentence)]:
                if (told.group("order").lower() != "after") == before:
                    continue
                if len(deed & content_stems(told.group("deed"))) >= _DEED_SHARED \
                        and len(event & content_stems(told.group("event"))) >= (1 if told.re is _TOLD else 2):
                    told_at = quote_from(sentence, told.start("order"))
                    return f"the reports tell it {'after' if before else 'before'} that: “{told_at}”"
    return None


# a sentence telling what came next: "Afterwards we invited those citizens to further develop their ideas together"
_AFTERWARDS = re.compile(r"^\W*(?:afterwards|after that|later on|later|subsequently|then)\b", re.I)


def sequence_reversed(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question puts one event before the other ("Before it held information sessions about the new pontoon
    reception centre, the city invited citizens to develop their ideas together") and a passage tells them one after
    the other, the other way round: "we organised information sessions ..." then "Afterwards we invited those citizens
    to further develop their ideas together". One of the two sentences is chosen; each holds more of its event's own
    words (two or more) than of the other's."""
    claim = _ORDER_LEAD.search(question) or _ORDER.search(question)
    if not claim:
        return None
    first, other = content_stems(claim.group("first")), content_stems(claim.group("other"))
    # the event the question has come later, and the one it has come first
    later, earlier = (first - other, other - first) if _is_after(claim.group("order")) else (
        other - first, first - other)
    for hit in hits:
        sentences = chunk_sentences(hit.chunk)
        for before, next_one in zip(sentences, sentences[1:], strict=False):
            if not _AFTERWARDS.match(next_one) or not ({before, next_one} & set(chosen)):
                continue
            told_first, told_next = content_stems(before), content_stems(next_one)
            if _holds(later, told_first, earlier) and _holds(earlier, told_next, later):
                return f"the reports tell them the other way round: “{quote(before)}” “{quote(next_one)}”"
    return None


def _holds(own: set[str], told: set[str], others: set[str]) -> bool:
    return len(own & told) >= _OWN and len(own & told) > len(others & told)


# "given that the batahlan production grew out of the success of refu interim": one thing came of another's success
_GREW_FROM = re.compile(r"(?P<one>[\w’'-]+(?:\s+[\w’'-]+){0,3})\s+(?:grew|came|emerged|arose|resulted|sprang|"
                        r"stemmed)\s+(?:out\s+of|from)\s+the\s+success\s+of\s+(?P<other>[^,?;]+)", re.I)
# ... which a sentence tells the other way round: "Due to the success and enthusiasm for Batahlan, Refu Interim was
# created in 2017"
_AFTER_SUCCESS = re.compile(r"\b(?:due\s+to|because\s+of|thanks\s+to|after|following)\s+the\s+success\s+"
                            r"(?:and\s+[\w-]+\s+)?(?:of|for|with)\s+(?:the\s+)?(?P<other>[^,;.]+),\s*(?P<one>[^.;]+?)\s+"
                            r"(?:was|were|got|has\s+been|had\s+been)\s+(?:created|founded|set\s+up|established|launched|"
                            r"born|started)\b", re.I)


def success_reversed(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has one thing come of another's success and a sentence near the answer has it the other way
    round: the question's first thing is the one whose success the sentence tells, and its second the one made."""
    asked = _GREW_FROM.search(question)
    if not asked:
        return None
    one, other = content_stems(asked.group("one")), content_stems(asked.group("other"))
    for sentence, near in related_sentences(chosen, hits):
        told = _AFTER_SUCCESS.search(sentence) if near else None
        if told and one & content_stems(told.group("other")) and other & content_stems(told.group("one")) \
                and not one & content_stems(told.group("one")):
            return f"the reports tell it the other way round: “{quote_from(sentence, told.start())}”"
    return None

