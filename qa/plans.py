"""A plan the question takes as done: "Since the new Migration Code replaced the 1980 Aliens Act, ...?" against
"One of its priorities is the development of a new Migration Code to replace the opaque 1980 Aliens Act"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from qa.contradiction import AS_NOUN, YEAR, chunk_sentences, content_stems, quote, related_sentences
from qa.figures import number_value
from qa.question import OUTCOME_ASKED, asks_yes_no
from qa.result import Hit
from qa.synonyms import canonical_stem as _stem

_WORD = re.compile(r"[\w’'-]+")
# the question asks about the plan itself ("What does the agreement plan to replace?")
_ABOUT_PLANS = re.compile(r"\b(plan|plans|planned|aim|aims|intend|intends|intended|will|would|want|wants|envisag\w*|"
                          r"priorit\w*|propos\w*|promis\w*|target\w*|goal|goals|supposed|expected|meant)\b", re.I)
# "to replace" after one of these reports a deed ("Ghent decided to transform ..."), not a plan
_DONE_BEFORE_TO = frozenset("decided agreed chose managed started began continued used tried failed refused "
                            "helped had went came".split())
_PLANNING = frozenset("will would shall plans plan planned aims aim intends intend wants want envisages envisage "
                      "should".split())
# a sentence about what is to come: present or future ("priorities", "envisages", "will"), not a past wish
# ("wanted to make a production ... to perform at the festival", which happened)
_PLAN_SENTENCE = re.compile(r"\b(will|shall|plans?|aims|intends|intention|wants|envisages?|priorit(y|ies)|"
                            r"proposes?|proposals?)\b", re.I)


_DID_CLAUSE = re.compile(r"^\W*why\s+did\b([^,;?]*)", re.I)


def planned_not_done(question: str, chosen: Sequence[str]) -> str | None:
    """The question states as done ("replaced", "has introduced") what a chosen sentence on the same subject
    gives only as a plan ("a priority ... to replace", "will introduce"), and no chosen sentence says it
    happened. A purpose ("a commission was established to evaluate") is no plan: the sentence must speak of
    what is to come."""
    if _ABOUT_PLANS.search(question):
        return None
    done = {_stem(w) for w in _WORD.findall(question) if len(w) > 4 and w.lower().endswith("ed")}
    subject = content_stems(question) - done
    # "why did the new migration code replace the 1980 aliens act": the deed asked why of is told as done too
    done |= {_stem(w) for clause in _DID_CLAUSE.findall(question) for w in _WORD.findall(clause) if len(w) > 4}
    if not done:
        return None
    # the deeds the question takes as done, by their start ("introduced": "introd", as of "introduction")
    deeds = {w.lower()[:_DEED_PREFIX] for w in _WORD.findall(question)
             if len(w) > _DEED_PREFIX and w.lower().endswith("ed")} if _ALREADY.search(question) else set()
    tokens = [(sentence, words, [_stem(w) for w in words]) for sentence in chosen
              for words in [_WORD.findall(sentence)]]
    for sentence, words, stems in tokens:
        if len(subject & set(stems)) < 2 or not _PLAN_SENTENCE.search(sentence):
            continue
        for i, stem in enumerate(stems):
            if stem not in done:
                continue
            # "will be fully developed": the passive's "be" and adverbs stand between
            before = _before_deed(words, i)
            planned = before[-1:] in (["to"], ["will"], ["would"], ["shall"]) and not (
                before[-1:] == ["to"] and before[:1] and before[0] in _DONE_BEFORE_TO)
            if planned and not _said_done(stem, tokens):
                return f"the reports give this only as a plan: “{quote(sentence)}”"
        # "the minimum fee that Flanders has already introduced" against "the 2019 coalition agreement envisages
        # making the course tougher through the introduction of a minimum fee": the deed as a noun after a plan
        envisaged = _ENVISAGES.search(sentence) if deeds else None
        after = [w.lower() for w in _WORD.findall(sentence[envisaged.end():])] if envisaged else []
        if any(w.startswith(deed) and not w.endswith("ed") for w in after for deed in deeds):
            return f"the reports give this only as a plan: “{quote(sentence)}”"
    return None


# a thing the question takes as done in a clause of its own: "the external audit ... that was completed under the
# new federal government"
_DONE_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:was|were|has been|have been|had been)\s+(?:[a-z]+ly\s+)?"
                          r"(?:[a-z]+ed|done|carried out|made|held|set up|built|written|undertaken)\b", re.I)
# "has the new federal govt already fully rolled out": done, by now
_DONE_DEED = r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|done|carried out|set up|built|rolled out|put in place)\b"
# ("has already been realised": the passive too)
_ALREADY_DONE = re.compile(rf"\b(?:has|have)\s+(?:[\w’'-]+\s+){{0,4}}?already\s+(?:been\s+)?{_DONE_DEED}|"
                           # "now that the urban partnership ... has delivered a comprehensive european agenda"
                           rf"^\W*now\s+that\b[^,;?–—]*?\b(?:has|have)\s+{_DONE_DEED}", re.I)
# what a sentence has still to be done: "will be fully developed and systematically evaluated"
_TO_BE_DONE = re.compile(r"\b(?:will|shall|would|is to|are to|can|could)\s+be\s+(?:[a-z]+ly\s+)?[a-z]+ed\b", re.I)
_PLANNED_THING = 3  # the words of the thing taken as done a sentence must give after its plan


def plan_taken_as_done(question: str, chosen: Sequence[str]) -> str | None:
    """The question takes as done a thing ("the external audit of Belgium's asylum and migration authorities that
    was completed ...", "which alternatives to detention has the new federal govt already fully rolled out") that a
    chosen sentence gives, in the words after its plan, as still to come ("The federal coalition agreement also
    envisages an external audit of the asylum and migration authorities"; "announces that alternatives to detention
    ... will be fully developed"). Not when the question asks about plans itself, nor a yes/no question."""
    already = _ALREADY_DONE.search(question)
    # "now that X has delivered Y - what else did she say would be realised": the premise is its own clause
    premise = already.group() if already and _NOW_THAT.match(already.group()) else question
    if _ABOUT_PLANS.search(premise) or asks_yes_no(question):
        return None
    clause = _DONE_CLAUSE.search(question)
    if clause:  # the thing is what the clause is said of: the words before it
        thing = content_stems(" ".join(_WORD.findall(question[:clause.start()])[-8:]))
    elif already:
        thing = content_stems(_ALREADY_DONE.sub(" ", question))
    else:
        return None
    for sentence in chosen:
        if clause:  # the thing after the plan: "envisages an external audit of ..."
            # (not a "will" in what is told or explained: "we organised information sessions to explain which new
            # arrivals will come to the neighbourhood")
            plan = next((m for m in _ENVISAGES.finditer(sentence) if not _TOLD_WHAT.search(sentence[:m.start()])),
                        None)
            told = sentence[plan.end():] if plan else ""
        else:  # the thing still to be done: "alternatives to detention ... will be fully developed", or what a plan
            # aims at ("The Flemish coalition agreement aims to exclude private persons from obtaining legal
            # information from the helpdesk")
            aim = _AIMS_TO.search(sentence)
            told = sentence if _TO_BE_DONE.search(sentence) else sentence[aim.end():] if aim else ""
        if told and len(thing & content_stems(told)) >= min(_PLANNED_THING, len(thing)):
            return f"the reports give this only as a plan: “{quote(sentence)}”"
    return None


_TOLD_WHAT = re.compile(r"\b(?:explain|tell|show|ask|know|inform|decide)\w*\s+(?:[\w’'-]+\s+){0,3}?"
                        r"(?:which|what|who|how|where|when|whether|if)\s+(?:[\w’'-]+\s+){0,4}$", re.I)
_AIMS_TO = re.compile(r"\b(?:agreement|plan|programme|program|bill|proposal|government|govt)\s+(?:also\s+)?"
                      r"(?:aims?|intends?|seeks?|proposes?|envisages?|wants?)\s+to\b", re.I)
_BETWEEN = 3  # words that may stand between "will" and the deed: "will be fully developed"
_ALREADY = re.compile(r"\b(?:already|has been|have been)\b|\b(?:has|have)\s+(?:\w+\s+)?\w+ed\b", re.I)
# ("which agreements has parliament already scrutinised" against "which will be subject to parliamentary scrutiny")
_ENVISAGES = re.compile(r"\b(?:envisag\w*|intends?|intended|foresees?|plans? to|planned to|will|shall)\b", re.I)
_DEED_PREFIX = 6  # "introduced" and "introduction" share "introd"


# a start asked of an obligation: "since when do newcomers have to sign ..." (not "since when is the new migration
# code in the works")
_SINCE_WHEN = re.compile(r"\bsince when\b(?=[^?,;]*\b(?:has to|have to|must|needs? to|obliged|required)\b)", re.I)
# the question takes a measure as in force: "Now that the newcomers' declaration is in force, ..."
_TAKEN_AS_DONE = re.compile(r"\b(now that|in force|in place|in effect|into effect|into force|into practice|"
                            r"implemented|introduced|adopted|applied|"
                            r"came into|has been|have been|took effect|taken effect|went into effect|entered into|"
                            # "since govt brought it in", "how has the declaration worked out": in use, taken as done
                            r"brought (?:it |them |this |that )?in|rolled (?:it |them |this |that )?out|"
                            r"how (?:has|have)(?=(?:\s+[\w’'-]+){1,6}?\s+(?:worked|fared|gone|turned out)\b)|"
                            rf"{_SINCE_WHEN.pattern}|"
                            # an obligation stated of someone, as today's: "a newcomer who has to sign the newcomers'
                            # declaration" (not asked: "what do newcomers have to sign?")
                            # (or since some time: "the newcomers' declaration, which newcomers have had to sign since
                            # 2016")
                            r"(?:who|that|which)\s+(?:[\w’'-]+\s+){0,2}?(?:has to|have to|has had to|have had to|must|"
                            r"is obliged to|are obliged to|is required to|are required to)|"
                            # what is done now: "the newcomers' declaration that migrants in Belgium now sign"
                            r"(?:who|that|which)\s+(?:[\w’'-]+\s+){1,4}?now\s+(?!that\b|and\b|or\b)[a-z]+)\b", re.I)
# a sentence that says it is not: "The newcomers' declaration is not implemented yet"
# ("an unrealised intention of the 2014 coalition agreement")
_NOT_YET = re.compile(r"\bnot\s+(?:\w+\s+){0,2}yet\b|\bnot\s+yet\b|\b(?:has|have|is|are)\s+yet\s+to\b|"
                      r"\bstill\s+(?:has|have|needs?)\s+to\s+be\b|\bunreali[sz]ed\b", re.I)


_NOT_DONE = re.compile(r"\b(?:not|never)\s+(?:yet\s+|been\s+|fully\s+)?(?:implemented|in force|in place|in effect|"
                       r"introduced|adopted|applied)\b", re.I)


def not_yet_done(question: str, chosen: Sequence[str]) -> str | None:
    """The question takes as in force what a chosen sentence on the same subject says is not yet:
    "Now that the newcomers' declaration is in force, what do newcomers sign?" against "The newcomers'
    declaration is not implemented yet". Not when the question asks about plans or whether it is."""
    # "What happens if he refuses to sign it?" is a condition, not a yes/no question
    taken_as_done = _TAKEN_AS_DONE.search(question) or _NOW_THAT.search(question)
    if not taken_as_done or asks_yes_no(_WHAT_IF.sub("what happens when", question)):
        return None
    # "Although newcomers ... do not sign the newcomers' declaration yet because it is not implemented, ...": the
    # question says itself that it is not in force
    if _NOT_YET.search(question) or _NOT_DONE.search(question):
        return None
    subject = content_stems(_TAKEN_AS_DONE.sub(" ", question))
    for sentence in chosen:
        match = _NOT_YET.search(sentence)
        if match and len(subject & content_stems(sentence[:match.start()])) >= 2 and not _ABOUT_PLANS.search(question):
            return f"the reports say this is not in force yet: “{quote(sentence)}”"
    # "Now that the Agency no longer answers private persons, where ...?" against "the coalition agreement aims to
    # exclude private persons from ... the helpdesk of the Agency": a plan, taken as done
    # "since when do newcomers have to sign the newcomers declaration" against "newcomers will be obliged in the
    # future to sign a 'newcomers' declaration'": a start asked of what is still to come (a sentence giving a year
    # may tell when it started)
    since_when = _SINCE_WHEN.search(question)
    now_that = _NOW_THAT.search(question) or since_when
    if now_that and not _ABOUT_PLANS.search(question[now_that.start():].split(",")[0]):
        for sentence in chosen:
            plan = _PLAN_VERB.search(sentence)
            if plan and len(subject & content_stems(sentence[plan.end():])) >= 3 and not (
                    since_when and YEAR.search(sentence)):
                return f"the reports give this only as a plan: “{quote(sentence)}”"
        if since_when:
            return None
        # "Now that private persons can't get legal info from the AGII helpdesk anymore, ...?" against "the
        # coalition agreement proposes to limit the accessibility of the Agency ... Private persons would no longer
        # be able to obtain information from the Agency": what the plan would do, beside the plan
        plans = [sentence for sentence in chosen if _PLAN_VERB.search(sentence)]
        for sentence in chosen:
            if plans and _WOULD.search(sentence) and len(subject & content_stems(sentence)) >= 2:
                return f"the reports give this only as a plan: “{quote(plans[0])}”"
    return None


# "now that ...", "since the new migration code was adopted, ...": what follows is taken as done
_NOW_THAT = re.compile(r"\bnow that\b|^\W*since\b(?=[^,?]*\b(?:was|were|has been|have been|had been)\s+"
                       r"(?:adopted|introduced|implemented|passed|approved|enacted|launched)\b|"
                       # "Since newcomers have had to sign the declaration, ...": an obligation taken as in force
                       r"[^,?]*\b(?:has|have|had)\s+had\s+to\b|"
                       # "Since newcomers started signing the declaration, ...": a practice taken as begun
                       r"[^,?]*\b(?:started|began|begun)\s+\w+ing\b)|"
                       # "what effects has it had since belgium began requiring newcomers to sign it": the same, after
                       # what is asked
                       r"\bsince\b(?=[^,?;]*?\b(?:started|began|begun)\s+\w+ing\b)", re.I)
_WHAT_IF = re.compile(r"\bwhat (?:happens|would happen|will happen|happened) if\b|\bwhat if\b", re.I)
_WOULD = re.compile(r"\bwould\b(?!\s+have\b)", re.I)  # "would no longer be able to", not "would have been"
_PLAN_VERB = re.compile(r"\b(?:will|shall|plans? to|aims? to|intends? to|wants? to|envisages?|proposes? to)\b", re.I)


def _before_deed(words: Sequence[str], i: int) -> list[str]:
    """The two words before the deed at `i`, in small letters, past the passive's "be" and adverbs that may stand
    between it and "will" or "to": "will be fully developed", "aims to fully develop"."""
    before = [w.lower() for w in words[max(0, i - 2 - _BETWEEN):i]]
    while len(before) > 2 and (before[-1] in ("be", "been") or before[-1].endswith("ly")):
        before.pop()
    return before[-2:]


def _said_done(stem: str, tokens: Sequence[tuple[str, list[str], list[str]]]) -> bool:
    """Some chosen sentence uses the verb not after "to" / "will": "the Act was replaced", "it replaces"."""
    for _sentence, words, stems in tokens:
        for i, word_stem in enumerate(stems):
            if word_stem == stem and (i == 0 or _before_deed(words, i)[-1] not in {"to", *_PLANNING}):
                return True
    return False


# the question takes a figure as in force by acting on it ("when it struck down the 360 euro fee", "how many paid
# the 500 euro fee")
_ACTED_ON = re.compile(r"\b(?:struck|strike|strikes) down|\b(?:annul|abolish|scrap|overturn|uphold|upheld|challeng|"
                       r"enforc|collect|charg|paid|pay|pays|appeal|rais|lower|reduc|increas|cut)\w*\b", re.I)
_FIGURE = re.compile(r"(?<![\w.,])\d[\d.,]*\d(?![\w])|(?<![\w.,])\d(?![\w.,])")


def figure_only_planned(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question acts on a figure ("the 360 euro fee" struck down) that the reports give only in a plan
    ("the coalition agreement envisages ... a minimum fee of 360 euros"): every sentence read that gives the
    figure speaks of what is to come."""
    if not _ACTED_ON.search(AS_NOUN.sub(" ", question)) or _ABOUT_PLANS.search(question) or asks_yes_no(question):
        return None
    figures = [f for f in _FIGURE.findall(question) if not YEAR.fullmatch(f)]  # a year is a date, not a figure
    for figure in figures:
        giving = [sentence for sentence, _near in related_sentences(chosen, hits)
                  if re.search(rf"(?<![\w.,]){re.escape(figure)}(?![\w])", sentence)]
        if giving and all(_PLAN_SENTENCE.search(sentence) for sentence in giving):
            return f"the reports give {figure} only as a plan: “{quote(giving[0])}”"
    return None


# a sentence that tells how something came out: "the initiative was rejected by the Belgian federal government"
OUTCOME = re.compile(r"\b(rejected|refused|blocked|block|approved|accepted|granted|denied|adopted|dropped|"
                     r"abandoned|failed|succeeded|led to|resulted|turned down|taken over|took over|transformed|"
                     r"closed|ended)\b", re.I)
# a sentence that tells something as still going on: "as well as – currently – a hunger strike"
_GOING_ON = re.compile(r"\b(?:currently|ongoing|under ?way|at present|at the moment|still going on)\b", re.I)
_GOING_ON_REACH = 6  # the words after "currently" that name what is going on
# how it came out, besides what OUTCOME_ASKED reads: "did they eventually get their papers", "how did the hunger
# strike end" (not read by the composer, which would add an outcome sentence to "why did it end up online?")
# "did the hunger strike lead to regularisation"
_CAME_OUT = re.compile(r"\beventually\b|\bend(?:ed)? up\b|\bin the end\b|\bhow did (?:[\w’'-]+\s+){1,10}end\b|"
                       r"\b(?:did|has|have|had)\s+(?:[\w’'-]+\s+){1,6}(?:lead|led|result(?:ed)?)\s+(?:to|in)\b", re.I)


def no_outcome_yet(question: str, chosen: Sequence[str]) -> str | None:
    """The question asks how something came out ("Did the undocumented migrants on hunger strike eventually get
    their papers?") and a chosen sentence tells it as still going on ("... the occupation of a church and
    university buildings as well as – currently – a hunger strike"), with no chosen sentence telling an outcome."""
    if not (OUTCOME_ASKED.search(question) or _CAME_OUT.search(question)) or any(
            OUTCOME.search(sentence) for sentence in chosen):
        return None
    asked = content_stems(question)
    for sentence in chosen:
        for match in _GOING_ON.finditer(sentence):
            around = " ".join(_WORD.findall(sentence[match.end():])[:_GOING_ON_REACH])
            if asked & content_stems(around):
                return f"the reports tell this as still going on, with no outcome: “{quote(sentence)}”"
    return None


# "the rule that people born in Belgium or who had moved to Belgium before the age of 12 could not be deported was
# abolished": a rule, and its end
_RULE_ENDED = re.compile(r"\bthe (?:rule|provision|principle|protection|possibility|exception|requirement|"
                         r"obligation|right) that (?P<rule>[^.;:]{10,200}?),? (?:was|were|has been|have been|had been) "
                         r"(?:abolished|repealed|annulled|scrapped|removed|withdrawn|struck down|lifted|ended)\b",
                         re.I)
# a question that knows the rule ended: "Since the under-12 rule was abolished, ...", "used to", "no longer"
_KNOWS_ENDED = re.compile(r"\b(?:abolish\w*|repeal\w*|chang\w*|amend\w*|annul\w*|scrap\w*|remov\w*|"
                          r"withdr[ae]w\w*|struck|lifted|ended|used to|no longer|anymore|any more|before|previously|"
                          r"formerly|once|until)\b", re.I)
# "is the under-12 rule still in force?" asks; "belgium still can't deport people ... - why was that protection
# kept" claims it is
_STILL = re.compile(r"\bstill\b", re.I)


def ended_rule_taken_as_current(question: str, chosen: Sequence[str]) -> str | None:
    """The question takes as in force a rule the reports say was abolished: "nobody who came to Belgium before
    age 12 can be deported" against "the rule that people born in Belgium or who had moved to Belgium before the
    age of 12 could not be deported was abolished". Most of the rule's words (three or more) are the question's;
    a question that knows the rule ended, or asks about it as past, is left alone."""
    if (_KNOWS_ENDED.search(_RULE_WORDS.sub(" ", question)) or OUTCOME_ASKED.search(question)
            or _STILL.search(question) and asks_yes_no(question)
            or _NAMES_RULE.search(question)):  # "What happened to the rule that ...?" asks about it
        return None
    asked = content_stems(question)
    for sentence in chosen:
        for match in _RULE_ENDED.finditer(sentence):
            rule = content_stems(match.group("rule"))
            shared = rule & asked
            if len(shared) >= 3 and len(shared) >= 0.5 * len(rule):
                return f"the reports say this rule was abolished: “{quote(sentence)}”"
    return None


_NAMES_RULE = re.compile(r"\bthe (?:rule|provision|principle) that\b", re.I)
# "before the age of 12" is part of the rule, not a sign the question knows it ended
_RULE_WORDS = re.compile(r"\bbefore (?:the )?age(?: of)? \d+\b|\bbefore (?:they were|turning) \d+\b", re.I)


# taking people in, as the question tells it done: "the 300 asylum seekers from Moria that Ghent took in"
_TAKEN_IN = re.compile(r"\b(?:took|taken|take|takes|taking) in\b|\b(?:received|welcomed|hosted|housed|sheltered|"
                       r"accepted|admitted|resettled|relocated|brought (?:in|over))\b", re.I)
_REQUESTED = re.compile(r"\b(?:request\w*|asked|asking|ask for|call(?:ed|ing)? for|appeal\w*|plea|petition\w*|"
                        r"open letter)\b", re.I)
_REJECTED = re.compile(r"\b(?:rejected|refused|turned down|declined|denied|dismissed)\b", re.I)
_OFFERED = re.compile(r"\b(?:offer\w*|propos\w*|pledg\w*|want\w*|plan\w*|intend\w*|would)\b", re.I)
_REJECTION_REACH = 3  # sentences after a request in which its rejection is told
_HOW_MANY_OF = re.compile(r"\bhow many of (?:the|those|these)\s+\d", re.I)
# the question has the request or offer granted: "after the feds approved ghent's offer to take 300 ..."
_GRANTED = re.compile(r"\b(?:approved?|accept(?:ed)?|grant(?:ed)?|agreed? to|endorsed?|okayed|green-?lit|"
                      r"said yes to)\s+"
                      r"(?:[\w’'-]+\s+){0,3}?(?:offer|request|plea|proposal|pledge|appeal|initiative)\b", re.I)

# a question on how or where people were taken in, in its main clause
_CARRIED_OUT = re.compile(r"^\W*(?:so\s+|and\s+)?(?:how|where)\s+(?:did|do|does|were|was|has|have|had)\b[^?]*?"
                          r"\b(?:hous(?:e|ed|ing)|shelter(?:ed|ing)?|accommodat\w+|(?:take|took|taking) in|"
                          r"receiv(?:e|ed|ing)|welcom(?:e|ed|ing)|host(?:ed|ing)?|resettl\w+|relocat\w+)\b", re.I)


def request_taken_as_granted(question: str, hits: Sequence[Hit]) -> str | None:
    """The question has a number of people taken in ("How were the 300 asylum seekers from Moria that Ghent took
    in during 2020 housed?"), or an offer or request for them granted, and the passages read tell of a request for
    that number ("an open letter ... requesting the shelter of 300 asylum seekers") that was rejected in the
    sentences after it ("However, the initiative was rejected by the Belgian federal government"), and of no taking
    in. Not for yes/no questions, which may be answered no."""
    numbers = {n for n in _FIGURE.findall(question) if not YEAR.fullmatch(n)}
    # a question that knows of the request or offer ("how many did ghent ask to take in") takes nothing as done,
    # unless it has it granted ("after the feds approved ghent's offer to take 300 asylum seekers from moria")
    # ... or asks how the request was carried out: "How did Ghent go about housing the 300 asylum seekers from Moria
    # that Gent Zonder Grenzen asked it to take in?"
    carried_out, requested = _CARRIED_OUT.search(question), _REQUESTED.search(question)
    # ... or asks how many of the number asked for were taken in: "After Gent Zonder Grenzen's open letter in June
    # 2020, how many of the 300 asylum seekers from Moria ended up being housed in Ghent?"
    counted_in = _HOW_MANY_OF.search(question)
    granted = bool(_GRANTED.search(question)
                   or carried_out and requested and carried_out.end() <= requested.start()
                   or counted_in and _TAKEN_IN.search(question, counted_in.end()))
    if not numbers or asks_yes_no(question) or not granted and (
            not _TAKEN_IN.search(question) or requested or _OFFERED.search(question)):
        return None
    for hit in hits:
        sentences = chunk_sentences(hit.chunk)
        for i, sentence in enumerate(sentences):
            if not (numbers & set(_FIGURE.findall(sentence)) and _REQUESTED.search(sentence)):
                continue
            taken = _TAKEN_IN.search(sentence)
            if taken and not _REQUESTED.search(sentence[:taken.start()]):
                continue  # "Ghent received 300 ..., as requested": taken in
            rejection = next((s for s in sentences[i:i + 1 + _REJECTION_REACH] if _REJECTED.search(s)), None)
            if rejection is not None:
                return f"the reports say this was asked for and rejected: “{quote(rejection)}”"
    return None


# a target the question takes as met: "since jobteam gent had already hit its targets in yr 1", "Jobteam Gent
# already hit its target of 1,500 people"
# ("had already reached more than its target of 1,500 people")
_TARGET_MET = re.compile(r"\b(?:hit|met|meet|meets|reached|reaching|achieved|achieving|exceeded|surpassed|beat)\s+"
                         r"(?:(?:more than|over|beyond|above)\s+)?(?:all\s+)?"
                         r"(?:(?:its|their|the|his|her|those|these|all)\s+)?(?:[\w.,%-]+\s+){0,2}"
                         r"(?:targets?|goals?|objectives?|norms?)\b", re.I)
# a share to be reached later, after what was reached: "ODA amounted to 0,44% of the GNI, whereas this should
# increase to 0,7% by 2030"
_SHARE_TARGET = re.compile(r"\b(?:should|must|needs? to|has to|is to|aims? to|wants? to)\s+(?:increase|rise|grow|"
                           r"reach|be)\s+(?:to\s+)?(\d+(?:[.,]\d+)?)\s*%", re.I)
_PERCENT = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*%")
# a sentence giving a target: "Jobteam Gent wants to reach 1.500 persons", "a target of 920 participants"
_TARGET = re.compile(r"\b(?:wants? to reach|aims? to reach|aims? (?:at|for)|intends? to reach|plans? to reach|"
                     r"targets?(?: of)?|goals? of|should (?:reach|increase to))\b", re.I)
# a later sentence giving what was reached: "After one year, they have already reached 798 people"
_REACHED = re.compile(r"\b(?:have|has|had)\s+(?:already\s+)?(?:reached|achieved|helped|supported|enrolled)\b|"
                      r"\bso far\b", re.I)
_AMOUNT = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?![\w.,]?\d)|(?<![\w.,])\d+(?![\w.,]?\d)")


# a number the question has reached: "how did jobteam gent get 920 ppl into intensive coaching", "after it reached
# 1,500 people"
_GOT_NUMBER = re.compile(r"\b(?:did\s+(?:[\w’'-]+\s+){1,3}?(?:get|reach|help|enrol|enroll|place|bring|coach|train)|"
                         r"got|gotten|reached|helped|enrolled|placed|brought|coached|trained)\s+"
                         r"(?:(?:all|the|its|their)\s+)?(\d{1,3}(?:[.,]\d{3})+|\d+)(?![\w.,]?\d)(?!\s*%)", re.I)


def target_taken_as_met(question: str, hits: Sequence[Hit]) -> str | None:
    """The question takes a target as met ("since jobteam gent got extended bc it had already hit its targets in
    yr 1", "how did jobteam gent get 920 ppl into intensive coaching in its first year") and a passage on its
    subject gives the target ("Jobteam Gent wants to reach 1.500 persons and have 920 participants") and, in one of
    the next two sentences, less reached ("After one year, they have already reached 798 people").
    Not for yes/no questions ("Did it reach its target?"), which may be answered no, nor negated ones."""
    # (not of a number the question asks of as an aim: "how did jobteam gent plan to get 920 ppl into coaching")
    got = None if _ABOUT_PLANS.search(question) else _GOT_NUMBER.search(question)
    if not (_TARGET_MET.search(question) or got) or asks_yes_no(question) or \
            re.search(r"\b(?:not|never|n't|yet)\b", question, re.I):
        return None
    asked = content_stems(question)
    shares = {number_value(p) for p in _PERCENT.findall(question)}
    for hit in hits:
        sentences = chunk_sentences(hit.chunk)
        for i, sentence in enumerate(sentences):
            to_reach = _SHARE_TARGET.search(sentence)
            if to_reach and number_value(to_reach.group(1)) in shares and len(asked & content_stems(sentence)) >= 2:
                below = [p for p in _PERCENT.findall(sentence[:to_reach.start()])
                           if number_value(p) < number_value(to_reach.group(1))]
                if below:
                    return (f"the reports give {below[-1]}% and a target of {to_reach.group(1)}%: "
                            f"“{quote(sentence)}”")
            target = _TARGET.search(sentence)
            goal = _AMOUNT.search(sentence[target.end():]) if target else None
            if got and target:  # the number the question has reached is the target's: "... and have 920 participants"
                goal = next((m for m in _AMOUNT.finditer(sentence[target.end():])
                             if number_value(m.group()) == number_value(got.group(1))), None)
            if goal is None or len(asked & content_stems(f"{hit.chunk.section or ''} {sentence}")) < 2:
                continue
            for later in sentences[i + 1:i + 3]:
                reached = _REACHED.search(later)
                got = _AMOUNT.search(later[reached.end():]) if reached else None
                if got is not None and number_value(got.group()) < number_value(goal.group()):
                    return (f"the reports give a target of {goal.group()} and {got.group()} reached: "
                            f"“{quote(later)}”")
    return None


# a start the question puts off: "integration should only start once asylum seekers are recognised", "not begin
# until ...", "only after ..."
_STARTS_LATE = re.compile(r"\b(?:only\s+(?:start|begin|commence)s?|(?:start|begin|commence)s?\s+only|"
                          r"(?:not|n[o’']t)\s+(?:start|begin|commence))\s+(?:once|after|when|until|upon|on)\b|"
                          # "to start the integration process once an asylum seeker has been recognised"
                          # "to hold off on integration support until asylum seekers were formally recognised"
                          r"\b(?:only\s+|(?:start|begin|commence|hold\w* off|wait\w*|delay\w*|postpon\w*|put\w* off|"
                          r"defer\w*)\w*\s+(?:[\w’'-]+\s+){0,4}?)(?:once|after|until)\s+"
                          r"(?:[\w’'-]+\s+){1,6}(?:is|are|was|were|has been|have been)\s+(?:[a-z]+ly\s+)?"
                          r"(?:recognised|recognized|granted|approved|accepted)\b|"
                          # any deed done only after a later step: "were only brought into Ghent's Taskforce on
                          # Refugees after the administration had set it up"
                          r"\bonly\b(?=\s+(?:[\w’'-]+\s+){0,8}?(?:once|after|until)\s)", re.I)
# a sentence that starts it at once: "we believe in starting the integration process from day one"
_STARTS_AT_ONCE = re.compile(r"\bfrom (?:day one|the (?:very )?first day|arrival|"
                             r"the (?:very )?(?:start|beginning|outset)|scratch)\b|"
                             r"\b(?:as soon as|the moment) (?:[\w’'-]+\s+){1,3}(?:arrive|arrives|arrived|come|comes)\b|"
                             r"\b(?:upon|on) (?:their )?arrival\b|\bimmediately\b", re.I)
_STARTS_SUBJECT = 2  # the question's words the sentence must share besides the start


def start_put_off(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has something start only once a condition is met ("why does the ghent taskforce coordinator
    say integration should only start once asylum seekers are recognised") and a sentence read on the same subject
    starts it at once ("As such, asylum seekers are starting the integration process from day one")."""
    late = _STARTS_LATE.search(question)
    if not late or asks_yes_no(question):  # "Does Ghent hold off on ... until ...?" may be answered "no"
        return None
    if _STARTS_AT_ONCE.search(question):  # "start ... from day one instead of waiting until ..." (probes68 #10)
        return None
    asked = content_stems(question) - content_stems(late.group())
    at_once = [(len(asked & content_stems(sentence)) - (not near), sentence)
               for sentence, near in related_sentences(chosen, hits) if _STARTS_AT_ONCE.search(sentence)]
    shared, sentence = max(at_once, default=(0, ""), key=lambda pair: pair[0])  # the first of the most shared
    return f"the reports have it start at once: “{quote(sentence)}”" if shared >= _STARTS_SUBJECT else None


# a plan asked when: "When are Ghent and other European cities planning to send their Public Statement ...?"
_WHEN_PLANNED = re.compile(r"^\W*(?:so\s+|and\s+)?(?:by\s+)?when\b[^?]*?\b(?:planning|plan|plans|going|intends?|"
                           r"intending|expects?|expected|supposed|due|will|shall)\b", re.I)
# ... which a sentence tells as done at a past time: "addressed the statement in April 2020 to the presidents"
# (not "is expected to enter into force in 2023")
_DONE_AT = re.compile(r"\b(?!(?:expect|plann|schedul|suppos|intend|propos|envisag|aim|target)ed\b)[a-z]+ed\s+"
                      r"(?:[\w’'-]+\s+){0,4}?(?:in|on)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
_DONE_SHARED = 5  # the question's words the sentence telling the deed done must hold


def done_taken_as_planned(question: str, chosen: Sequence[str]) -> str | None:
    """The question asks when something is planned to happen that a chosen sentence on the same subject tells as
    done at a past time: "When are Ghent and other European cities planning to send their Public Statement ... to
    the presidents of the EU institutions?" against "Ghent, together with other European cities, addressed the
    statement in April 2020 to the presidents of the EU institutions"."""
    if not _WHEN_PLANNED.search(question):
        return None
    subject = content_stems(question)
    for sentence in chosen:
        if _DONE_AT.search(sentence) and not _PLAN_SENTENCE.search(sentence) and len(
                subject & content_stems(sentence)) >= _DONE_SHARED:
            return f"the reports tell this as already done: “{quote(sentence)}”"
    return None


# the question has a thing still to be done: "Refu Interim is planning to expand beyond Ghent"
_STILL_PLANNED = re.compile(r"\b(?:is|are)\s+(?:planning|intending|hoping|aiming|preparing)\s+to\s+([a-z]+)|"
                            r"\b(?:plans|intends|aims|hopes)\s+to\s+([a-z]+)|\b(?:is|are)\s+considering\s+([a-z]+)ing\b",
                            re.I)
_DEED_STEM = 5  # "expand" and "expanded" share "expan"
_PLANNED_SHARED = 2  # the question's words besides the deed the sentence telling it done must hold


def done_taken_as_still_planned(question: str, chosen: Sequence[str]) -> str | None:
    """The question has a thing still planned ("Refu Interim is planning to expand beyond Ghent") that a chosen
    sentence on the same subject tells as done ("due to their success in Ghent has expanded into other regions in
    Flanders"), speaking of no plan itself. Not a yes/no question."""
    planned = _STILL_PLANNED.search(question)
    if not planned or asks_yes_no(question):
        return None
    deed = next(g for g in planned.groups() if g).lower()[:_DEED_STEM]
    if len(deed) < _DEED_STEM:
        return None
    subject = content_stems(question[:planned.start()] + " " + question[planned.end():])
    done = re.compile(rf"\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?:been\s+)?{re.escape(deed)}[a-z]*ed\b", re.I)
    for sentence in chosen:
        if done.search(sentence) and not _PLAN_SENTENCE.search(sentence) and len(
                subject & content_stems(sentence)) >= _PLANNED_SHARED:
            return f"the reports tell this as already done: “{quote(sentence)}”"
    return None


# the question has a thing go on since a year: "the centre-right coalition in power since 2014 currently taking"
_SINCE_YEAR = re.compile(r"\bsince\s+((?:19|20)\d\d)\b", re.I)
_ONGOING = re.compile(r"\b(?:currently|now|still|today|at present|presently|ongoing|these days|nowadays|"
                      r"(?:is|are)\s+(?:\w+ing))\b", re.I)
# ... which a sentence has end: "From 2014 until 2018, a centre-right coalition adopted ..."
_FROM_UNTIL = re.compile(r"\b(?:from|between)\s+((?:19|20)\d\d)\s+(?:until|till|to|and)\s+((?:19|20)\d\d)\b", re.I)
_SPAN_SHARED = 3  # the question's words, besides the years, the sentence must hold


def ended_span_taken_as_ongoing(question: str, chosen: Sequence[str]) -> str | None:
    """The question has a thing go on since a year, and now ("what measures is the centre-right coalition in power
    since 2014 currently taking"), and a chosen sentence on the same subject has it run from that year until a later
    one ("From 2014 until 2018, a centre-right coalition adopted numerous measures"). Not for a yes/no question."""
    since = _SINCE_YEAR.search(question)
    if not since or not _ONGOING.search(question) or asks_yes_no(question):
        return None
    for sentence, span in _spans_on_subject(question, chosen):
        if span.group(1) == since.group(1) and span.group(2) > span.group(1):
            return f"the reports say this ran from {span.group(1)} until {span.group(2)}: “{quote(sentence)}”"
    return None


def _spans_on_subject(question: str, sentences: Iterable[str]) -> Iterator[tuple[str, re.Match[str]]]:
    """(sentence, its "from <year> until <year>") for the spans of the sentences that hold _SPAN_SHARED of the
    question's words besides years, in their order."""
    subject = content_stems(YEAR.sub(" ", question))
    for sentence in sentences:
        spans = list(_FROM_UNTIL.finditer(sentence))
        if spans and len(subject & content_stems(YEAR.sub(" ", sentence))) >= _SPAN_SHARED:
            yield from ((sentence, span) for span in spans)


def other_years_span(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has a thing run from one year until another ("the centre-right coalition that governed Belgium
    from 2010 until 2018") and a sentence read on the same subject gives it the same end and another start, or the
    same start and another end ("From 2014 until 2018, a centre-right coalition adopted ..."). Not for a yes/no
    question."""
    asked = _FROM_UNTIL.search(question)
    if not asked or asks_yes_no(question):
        return None
    read = (sentence for sentence, _near in related_sentences(chosen, hits))
    for sentence, span in _spans_on_subject(question, read):
        if (span.group(1) == asked.group(1)) != (span.group(2) == asked.group(2)):
            return (f"the reports say this ran from {span.group(1)} until {span.group(2)}, not from "
                    f"{asked.group(1)} until {asked.group(2)}: “{quote(sentence)}”")
    return None


# an agreement the question has still being made: "which the two are still negotiating", "not yet signed"
_STILL_AGREEING = re.compile(r"\b(?:still|currently|yet\s+to|not\s+yet)\s+(?:\w+\s+){0,2}?(?:negotiat|discuss|draft|"
                             r"sign|finalis|finaliz|work\w*\s+out)\w*|\bbeing\s+(?:negotiated|drafted|discussed)\b|"
                             r"\bunder\s+negotiation\b", re.I)
_AGREEMENT_WORDS = r"agreement|contract|deal|covenant|convention"
_AGREEMENT = re.compile(rf"\b(?:{_AGREEMENT_WORDS})s?\b", re.I)
# ... which a sentence dates: "the cooperation agreement of December 2020 between Ghent and vzw Thope"
_AGREEMENT_DATED = re.compile(rf"\b(?:{_AGREEMENT_WORDS})\s+(?:of|from|signed\s+(?:in|on))\s+"
                              r"((?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b")
_AGREEMENT_SHARED = 2  # the question's other words the dating sentence must hold


def agreement_taken_as_pending(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question has an agreement still being made ("the cooperation agreement between Ghent and vzw Thope, which
    the two are still negotiating") that a sentence on it dates ("the cooperation agreement of December 2020 between
    Ghent and vzw Thope"). Not a yes/no question."""
    pending = _STILL_AGREEING.search(question)
    if not pending or not _AGREEMENT.search(question) or asks_yes_no(question):
        return None
    subject = content_stems(question[:pending.start()])
    for sentence, _near in related_sentences(chosen, hits):
        dated = _AGREEMENT_DATED.search(sentence)
        if dated and len(subject & content_stems(sentence)) >= _AGREEMENT_SHARED:
            return f"the reports give the agreement as made, in {dated.group(1)}: “{quote(sentence)}”"
    return None
