"""A body's members as the reports give them: "Which NGOs sat on the Bossuyt Commission?" against "The
Commission only consisted of state actors". Lexical and English-only, like the other premise checks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import YEAR, content_stems, passage_text, quote, related_sentences
from qa.lists import list_members
from qa.question import asks_yes_no
from qa.result import Hit
from qa.synonyms import canonical_stem as _stem

# "only consisted of", "was made up solely of", "composed exclusively of": the whole membership
_ONLY_OF = re.compile(r"\b(?:only|solely|exclusively|entirely|purely)\s+(?:consist\w*|compos\w*|made up|formed)\s+of\s+"
                      r"([^.;:]+)|\b(?:consist\w*|compos\w*|made up|formed)\s+(?:only|solely|exclusively|entirely|"
                      r"purely)\s+of\s+([^.;:]+)", re.I)
# kinds of member a question may give a body
_MEMBER_KINDS = re.compile(r"\b(ngo['’]?s?|non-governmental organi[sz]ations?|"
                           r"civil society(?: groups?| organi[sz]ations?)?|academics?|researchers?|universit(?:y|ies)|"
                           r"experts?|citizens?|volunteers?|activists?|migrants?|refugees?|churche?s?|trade unions?|"
                           r"unions?|employers?|businesse?s?|lawyers?|judges?|mayors?|cities|municipalities|"
                           r"politicians?|parties)\b", re.I)
# the question puts them in the body: "sat on", "members", "with its mix of", "made up of", "included"
# (or gives them a say in its work: "How did input from NGOs ... shape the Commission Bossuyt's final report?")
_MEMBERSHIP = re.compile(r"\b(?:sat on|sit on|sits on|seated on|members?|membership|mix of|made up of|composed of|"
                         r"consist\w* (?:\w+ly )?of|includ\w*|represented on|took part in|on board|"
                         r"(?:input|contributions?|advice|proposals?) (?:from|by|of)|"
                         r"consultations? (?:of|with)|"
                         # "The Commission Bossuyt, a body of state actors and civil society organisations, ..."
                         r",\s+(?:a|an|the)\s+(?:body|group|panel|board|committee|commission|coalition|team) of|"
                         # "Why was a temporary commission of civil society organisations set up ...?"
                         r"\b(?:a|an|the)\s+(?:temporary\s+|special\s+|new\s+|independent\s+)?(?:body|panel|"
                         r"committee|commission) of)\b",
                         re.I)

_TITLED = re.compile(r"\w\s+[A-Z][\w’'-]*\s+$")  # a capitalised word inside the sentence, just before


def other_members(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a body members of a kind ("NGOs and academics") that a sentence on that body, naming
    its whole membership ("only consisted of state actors"), leaves out."""
    if not _MEMBERSHIP.search(question) or asks_yes_no(question):  # "Did NGOs sit on it?" may be answered "no"
        return None
    # not a title after a capitalised word: "chaired by Marc Bossuyt, a former Constitutional Judge"
    kinds = {_stem(m.group(1).split()[-1]) for m in _MEMBER_KINDS.finditer(question)
             if not _TITLED.search(question[:m.start()])}
    if not kinds:
        return None
    asked = content_stems(_MEMBER_KINDS.sub(" ", question))
    for sentence, _near in related_sentences(chosen, hits):
        match = _ONLY_OF.search(sentence)
        if not match:
            continue
        members = {_stem(w) for w in re.findall(r"[\w’'-]+", match.group(1) or match.group(2))}
        body = content_stems(sentence[:match.start()])
        if kinds - members and asked & body:
            return f"the reports give its members otherwise: “{quote(sentence)}”"
    return None


# "the lawyer on the ankerkracht team", "the psychologist in ankerkracht's team", "the team's lawyer": a member the
# question gives a team, by what they do
_ON_TEAM = re.compile(r"\b(?:the|a|an|its|their)\s+([a-z][\w-]*)\s+(?:on|in|of|within)\s+(?:the\s+)?"
                      r"(?:[\w’'-]+\s+){0,3}?team\b|\bteam['’]s\s+([a-z][\w-]*)\b", re.I)
# a word for one who does a job: "lawyer", "psychologist", "mediator", "coach"
_WORKER = re.compile(r"(?:er|or|ist|ian|ant|coach|nurse|doctor|expert|officer|assistant)s?$", re.I)
_NOT_WORKER = frozenset({"number", "member", "members", "other", "others", "order", "power", "leader", "manager",
                         "coordinator", "head", "chair", "director"})  # (a team's head is rarely in its list)
# a sentence naming the whole team: "a multidisciplinary team of social workers, a psychologist, a housing coach and a
# job coach"
_TEAM_OF = re.compile(r"\bteam\s+(?:(?:made up|composed|consisting|comprised)\s+)?of\s+", re.I)
_TEAM_CONTEXT = 1  # of the question's other words the passage with the team's list must have, besides "team"


def team_member_untold(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a team a member by their job ("what does the lawyer on the ankerkracht team do") that a
    sentence of the passages read, listing the team ("the OCMW set up a multidisciplinary team of social workers, a
    psychologist, a housing coach and a job coach"), leaves out, and that neither that passage nor the answer names."""
    asked = [w for m in _ON_TEAM.finditer(question)
             if _WORKER.search(w := m.group(1) or m.group(2)) and w.lower() not in _NOT_WORKER]
    if not asked or asks_yes_no(question):  # "Is there a lawyer on the team?" may be answered "no"
        return None
    # the sentences read that list a team
    lists = [sentence for sentence, _near in related_sentences(chosen, hits)
             if (listed := _TEAM_OF.search(sentence)) and list_members(sentence[listed.end():])]
    answered = {_stem(w) for sentence in chosen for w in re.findall(r"[\w’'-]+", sentence)}
    for worker in asked:
        if _stem(worker) in answered:
            continue
        context = content_stems(question) - content_stems(f"{worker} team")
        for sentence in lists:
            # (the worker named nowhere in the passage with the team's list: not "a lawyer joined the team later")
            passage = passage_text(sentence, hits)
            told = {_stem(w) for w in re.findall(r"[\w’'-]+", passage)}
            if _stem(worker) not in told and len(context & content_stems(passage)) >= _TEAM_CONTEXT:
                return f"the reports list the team and name no {worker} in it: “{quote(sentence)}”"
    return None


# a government's coalition and the political families it joins: "a coalition of liberal, socialist, Christian-
# democratic and green parties"
_COALITION = re.compile(r"\bcoalition\s+(?:of|between)\s+([^.;:?–—]+)", re.I)
_FAMILIES = {family: re.compile(pattern, re.I) for family, pattern in (
    ("green", r"\b(?:greens?|ecolo|groen)\b"),
    ("socialist", r"\b(?:socialists?|social[- ]democrat\w*|vooruit|sp\.a)\b"),
    ("liberal", r"\b(?:liberals?|open vld)\b"),
    ("christian democratic", r"\bchristian\b|\bcd&v\b|\bcdh\b"),
    ("nationalist", r"\bnationalists?\b|\bn-va\b"),
)}
# "The federal coalition formed on 30 September 2020, which included N-VA, ..."
_COALITION_WITH = re.compile(r"\bcoalition\b[^.;:?]{0,60}?\b(?:included|includes|including|with)\s+([^.;:?–—]+)",
                             re.I)
# "The federal government formed on 30 September 2020 brought together liberal, socialist, green and
# Flemish-nationalist parties": a coalition told without the word
_BROUGHT_TOGETHER = re.compile(r"\b(?:brought together|brings together|bringing together|united|unites|was made up of|"
                               r"is made up of|consisted of|consists of|comprised|comprises)\s+([^.;:?–—]+)", re.I)
# "the flemish govt coalition agreement of 2019 (nationalists, christian democrats n greens)"
_COALITION_BRACKETED = re.compile(r"\bcoalition\b[^.;:?()]{0,60}?\(([^()]+)\)", re.I)
# "the Flemish coalition agreement adopted on 30 September 2019 by Flemish-nationalist, Christian democratic and
# green parties"
_COALITION_BY = re.compile(r"\bcoalition\b[^.;:?]{0,80}?\b(?:adopted|formed|signed|agreed|concluded|made)\b"
                           r"[^.;:?]{0,40}?\bby\s+([^.;:?–—]+)", re.I)
_CONTEXT_MIN = 2  # words besides the families a sentence must share with the question to be on its coalition


def political_families(text: str) -> set[str]:
    """The political families a text names ("liberal, socialist, Christian-democratic and green parties")."""
    return {family for family, pattern in _FAMILIES.items() if pattern.search(text)}


def other_coalition(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a coalition a political family ("the 2019 flemish coalition of flemish-nationalists, greens
    and liberals", "the federal government ... brought together liberal, socialist, green and Flemish-nationalist
    parties") that the sentence on that coalition leaves out ("by a coalition of Flemish-nationalist, Christian
    democratic and liberal political parties")."""
    asked = _COALITION.search(question) or _COALITION_WITH.search(question)
    together = (_BROUGHT_TOGETHER.search(question) or _COALITION_BRACKETED.search(question)
                or _COALITION_BY.search(question)) if asked is None else None
    if together and len(political_families(together.group(1))) >= 2:  # (political families, two at least)
        asked = together
    claimed = political_families(asked.group(1)) if asked else set()
    if asked is None or not claimed:
        return None
    context = content_stems(_FAMILY_WORDS.sub(" ", question))
    told = [(sentence, given, political_families(given.group(1)))
            for sentence, _near in related_sentences(chosen, hits)
            if (given := _COALITION.search(sentence))]
    # a sentence giving the coalition the question does tells it, whatever another coalition was ("the federal govt
    # formed on 30 sept 2020 ... and green parties" against the Flemish one of 30 September 2019), when it is on the
    # question's coalition ("the 2019 flemish coalition agreement, which was adopted by socialist and green parties"
    # is not told by the federal coalition of 2020 "of liberal, socialist, Christian-democratic and green parties")
    # (of the question's year, when both give one: "the federal government formed on 30 September 2020, which was a
    # coalition of Flemish-nationalist, ..." is not told by the Flemish coalition "On 30 September 2019")
    years = set(YEAR.findall(question))
    if any(claimed <= members and len(context & content_stems(sentence[:given.start()])) >= _CONTEXT_MIN
           and not (years and (said := set(YEAR.findall(sentence[:given.start()]))) and not years & said)
           for sentence, given, members in told):
        return None
    for sentence, given, members in told:
        if len(members) < 2 or not claimed - members:
            continue
        if len(context & content_stems(sentence[:given.start()])) >= _CONTEXT_MIN:
            return f"the reports give the coalition otherwise: “{quote(sentence)}”"
    return None


_FAMILY_WORDS = re.compile("|".join(p.pattern for p in _FAMILIES.values()), re.I)
