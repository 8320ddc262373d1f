"""A sentence of the passages read that denies what the question takes for granted, naming both its sides.

"How does the 2020 federal coalition agreement implement the Commission Bossuyt's proposal ...?" against "The
federal coalition agreement of 30 September 2020 does not endorse the suggestions of the Commission Bossuyt";
"How does the 2019 Flemish coalition agreement put the Global Compact for Migration into practice?" against "On
30 September 2019, the coalition agreement of the Flemish government ... was adopted ... This agreement does not
refer to the GCM". The question's terms must stand on both sides of the negation: before it (the sentence's
subject, or the sentence before it when the subject is "This agreement"/"It") and after it. A name the sentence
abbreviates ("GCM") counts as the words it stands for.

qa.contradiction's `_negated` reads the answer sentences only and what follows the negation; this reads every
sentence of the passages read, because the denial is rarely the sentence that scores best ("does not" shares
fewer words with the question than the sentence the question was written from).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.bm25 import tokenize
from qa.contradiction import (
    ASKS_AMOUNT,
    CLAUSE_END,
    DECLINED_TO,
    DENYING_VERBS,
    LEVELS,
    NEGATION_WORDS,
    NOT_DENYING,
    QUOTED_TITLE,
    RULE_CONTENT,
    STOP_FROM,
    chunk_sentences,
    content_stems,
    context_of,
    manner_only,
    passage_text,
    quote,
    quote_from,
    related_sentences,
    scopes,
    sentence_before,
)
from qa.question import MONTHS, asks_yes_no, name_acronyms, told_before_yes_no, unshortened
from qa.result import Hit
from qa.synonyms import canonical_stem as _stem

_WORD = re.compile(r"[\w’'%-]+")
_DENIAL = re.compile(rf"\b(?:not|never|\w+n['’]t)\b(?!\s+(?:{'|'.join(NOT_DENYING)})\b)", re.I)
_CLAUSE_START = re.compile(r"[,;:()–]|\b(?:when|if|unless|because|although|though|while|whereas|where|that|which|"
                           r"who|whom|whose|as|since|so)\b", re.I)
_ASKS_NEGATIVE = re.compile(rf"\b(?:{NEGATION_WORDS}|fail\w*|lack\w*|refus\w*|{DENYING_VERBS}|little|hardly|barely|"
                            r"scarcely)\b", re.I)
# "What does the agreement say about the Commission's suggestions?" may be answered by "does not endorse them"
_ASKS_WHAT_SAID = re.compile(r"\b(say|says|said|state|states|stated|position|stance|view|think|react|respond|"
                             r"mention|mentions)\b", re.I)
_LEANS = re.compile(r"^\W*(?:this|that|these|those|it|they|its|their|such)\b", re.I)
# the words after the negation that can carry the denied relation: "does not endorse the suggestions of the
# Commission Bossuyt" (8 words take "Commission Bossuyt" in)
_AFTER = 8
# "is not a (real) interim agency": the last word of the denied kind
_NOT_A = re.compile(r"not\s+(?:an?|the)\s+(?:real|true|proper|actual|genuine|regular)?\s*(?:[\w-]+\s+)?([\w-]+)\b",
                    re.I)
SIDE_MIN = 2  # the question's stems needed on each side of the negation
_STUDIES = r"stud(?:y|ies)|research|evaluations?|surveys?|assessments?|analys[ie]s|impact studies|audits?"


def denied(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The reason for refusing when a sentence read denies the question's premise, naming its terms on both sides
    of the negation; None otherwise. Not for a question that is itself negative, a yes/no question ("Does the
    agreement refer to the GCM?" is answered by the denial), or one asking what was said."""
    if _ASKS_NEGATIVE.search(question) or DECLINED_TO.search(question) or STOP_FROM.search(question) \
            or asks_yes_no(question) or _ASKS_WHAT_SAID.search(question) or ASKS_AMOUNT.match(question):
        return None
    # "the 2019 flemish coalition ... - did their agreement refer to the gcm at all": the yes/no question after the
    # dash may be answered by the denial ("This agreement does not refer to the GCM"); what is told before it is
    # claimed
    question = told_before_yes_no(question) or question
    asked = _stems(question)
    levels = scopes(question) & LEVELS
    names = {acronym: _stems(name) for acronym, name in name_acronyms(question).items() if len(acronym) >= 3}
    denied_names: dict[str, set[str]] | None = None
    for sentence, _near in related_sentences(chosen, hits):
        if not _DENIAL.search(sentence):  # most sentences deny nothing: skip them before anything costlier
            continue
        if denied_names is None:  # "does not refer to the GCM" denies "refer ... to the global compact" (what is
            # denied only: "The GCM does not seem to have influenced case law" is not on "the UN migration compact")
            denied_names = {**defined_acronyms(hits), **names}
        text = QUOTED_TITLE.sub("", sentence)  # the game ‘This is not a Game’ denies nothing, nor a quote
        match = _DENIAL.search(text)
        if not match:
            continue
        # "the rule that people who had moved to Belgium before the age of 12 could not be deported was abolished":
        # the negation tells what the rule said, not that the question's deed was not done
        if RULE_CONTENT.search(text[:match.start()]):
            continue
        manner = _WORD.match(text[match.end():].lstrip())  # "not automatically obtain": only the manner denied
        if manner and manner_only(manner.group(), asked):
            continue
        # "the Global Compact for Migration (GCM) did not": an acronym in brackets is part of the subject
        lead = _BRACKETED_ACRONYM.sub(r" \1", text[:match.start()])
        clause = _CLAUSE_START.split(lead)[-1]  # "... when the person has not made": the person
        # "During its drafting and negotiation process, the GCM did not attract ...": a time the sentence opens with
        # belongs to the subject's clause
        opening = _OPENING_TIME.match(lead)
        if opening and lead.count(",") == 1:
            clause = f"{opening.group(1)} {clause}"
        # up to the clause's end: "is not a real interim agency: their main focus is ..." denies no focus
        after = " ".join(_WORD.findall(CLAUSE_END.split(text[match.end():])[0])[:_AFTER])
        subject = _stems(clause, names)
        # "This agreement does not ...": the agreement the sentence before names, when the question asks about an
        # agreement (a bare "It does not ..." takes the sentence before as it is)
        if _LEANS.match(clause) and (subject & asked or not subject):
            before = sentence_before(sentence, hits)[1]
            # ... not when that one is about another level of government: "the coalition agreement of the Flemish
            # government" is not "the 2020 federal coalition agreement"
            told = scopes(before) & LEVELS
            if levels and told and not levels & told:
                continue
            subject |= _stems(before, names)
        # the denied side names something else than the subject: "The GCM has not influenced the migration case
        # law" does not deny "how Belgium could implement the Global Compact for Migration" twice over
        denied_side = (_stems(after, denied_names) & asked) - subject
        # "Refu Interim is not a real interim agency": the kind denied, when the question gives it that kind
        kind = _NOT_A.match(text[match.start():])
        denied_kind = bool(kind and _stems(kind.group(1)) & asked - subject)
        # "what does the flemish development policy offer diaspora organisations": the words between "does" and the
        # denial's subject are the question's own subject, not what it claims of the organisations, so "Diaspora
        # organisations are not recognized as full-fledged partners in development cooperation policies" denies it
        # nothing ("Which of the Commission Bossuyt's proposals made it into ...?" has no such words)
        denied_side -= _asker_subject(question, subject & asked)
        # (a date is no subject: "The federal coalition agreement of 30 September 2020 does not endorse the
        # suggestions of the Commission Bossuyt" is not on "its final report of 15 September 2020")
        shared = {stem for stem in subject & asked if stem not in _DATE_STEMS and not stem.isdigit()}
        if len(shared) >= SIDE_MIN and (len(denied_side) >= SIDE_MIN or denied_kind):
            return f"the reports say otherwise: “{quote(sentence)}”"
    return None


# a negation and what it denies, up to the clause's end: "we cannot afford the time it takes to lobby national
# governments"
_NEGATED_PHRASE = re.compile(r"\b(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t|do\s+not|does\s+not|did\s+not|"
                             r"don['’]t|doesn['’]t|didn['’]t|is\s+not|are\s+not|isn['’]t|aren['’]t|was\s+not|"
                             r"were\s+not|never)\s+(?P<phrase>[^,;:.?!()–—]+)", re.I)
_PHRASE_WORDS = 5  # the denied words the question must write, word for word, in the same order
_PHRASE_STEMS = 3  # ... of which content words


def negation_affirmed(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question affirms, word for word, what a sentence near the answer denies: "Kathleen Van de Kerckhove, who
    writes that cities can afford the time it takes to lobby national governments" against "As more people arrive in
    the city, we cannot afford the time it takes to lobby national governments". Not a negative or yes/no question."""
    if _ASKS_NEGATIVE.search(question) or asks_yes_no(question):
        return None
    asked = " " + " ".join(_WORD.findall(question.lower())) + " "
    for sentence, near in related_sentences(chosen, hits):
        if not near:
            continue
        for denial in _NEGATED_PHRASE.finditer(sentence):
            words = _WORD.findall(denial.group("phrase").lower())[:_PHRASE_WORDS]
            if len(words) == _PHRASE_WORDS and len(content_stems(" ".join(words))) >= _PHRASE_STEMS \
                    and f" {' '.join(words)} " in asked:
                return f"the reports say otherwise: “{quote_from(sentence, denial.start())}”"
    return None


# a denial the question takes for granted, in a lead or a relative clause: "Although the 2020 federal government
# declined to recognise the importance of the Global Compact ...", "..., which did not recognise ..., ..."
_DENIAL_GRANTED = re.compile(r"(?:^\W*(?:although|though|even though|since|given that|as|because|now that|while|if|"
                             r"considering that)\b[^,;?]*?|\b(?:which|who|that)\s+)"
                             r"\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|never|"
                             r"(?:declin|refus|fail)(?:e|es|ed|ing|s)?\s+to)\s+(?P<phrase>[^,;:.?!()–—]+)", re.I)
_AFFIRMED_WORDS = 4  # the question's denied words a sentence must write in a row, affirmed (by their stems)


def denial_affirmed(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question takes for granted that something was not done ("Although the 2020 federal government declined to
    recognise the importance of the Global Compact for Migration, ...") and a sentence near the answer says it was,
    in the same words ("The new federal government explicitly recognises the importance of the Global Compact for
    Migration"), with no denial before them. (A yes/no question, "Did it decline to ...?", takes nothing for
    granted: the denial must stand in a lead or a relative clause.)"""
    for granted in _DENIAL_GRANTED.finditer(question):
        words = [_stem(w) for w in _WORD.findall(granted.group("phrase"))][:_AFFIRMED_WORDS + 2]
        if len(words) < _AFFIRMED_WORDS or len(content_stems(granted.group("phrase"))) < _PHRASE_STEMS:
            continue
        for sentence, near in related_sentences(chosen, hits):
            if not near:
                continue
            said = _WORD.findall(sentence)
            stems = [_stem(w) for w in said]
            for i in range(len(stems) - _AFFIRMED_WORDS + 1):
                if stems[i:i + _AFFIRMED_WORDS] == words[:_AFFIRMED_WORDS] \
                        and not _ASKS_NEGATIVE.search(" ".join(said[max(0, i - 3):i])):
                    return f"the reports say otherwise: “{quote(sentence)}”"
    return None


_DATE_STEMS = frozenset(_stem(month) for month in MONTHS)
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z]{2,8})\)")


def defined_acronyms(hits: Sequence[Hit]) -> dict[str, set[str]]:
    """The acronyms the passages read define in brackets after a name of capitalised words, with the name's stems:
    "the Global Compact for Migration (GCM)" -> {"GCM": {global, compact, migrat}}. Three letters or more."""
    out: dict[str, set[str]] = {}
    for hit in hits:
        for match in _BRACKETED_ACRONYM.finditer(hit.chunk.text):
            acronym = match.group(1)
            name = name_acronyms(" ".join(hit.chunk.text[max(0, match.start() - _NAME_BEFORE):match.start()].split()))
            if len(acronym) >= 3 and acronym in name:
                out.setdefault(acronym, content_stems(name[acronym]))
    return out


_NAME_BEFORE = 100  # the characters before "(GCM)" that may hold its name
_OPENING_TIME = re.compile(r"^\W*(?:during|throughout|in|after|before|since|until)\s+([^,]{3,60}),", re.I)


def _asker_subject(question: str, subject: set[str]) -> set[str]:
    """The stems of a wh-question between its auxiliary and its first stem of `subject` ("what does the flemish
    development policy offer diaspora organisations" -> flemish, development, policy, offer); none without one."""
    aux = _WH_AUX.match(question)
    if not aux:
        return set()
    out: set[str] = set()
    for word in _WORD.findall(question[aux.end():]):
        stems = content_stems(word)
        if stems & subject:
            break
        out |= stems
    return out


_WH_AUX = re.compile(r"^\W*(?:what|how|which|why|when|where|who)\s+(?:[\w’'-]+\s+){0,2}?(?:does|did|do|is|are|was|"
                     r"were|has|have|will|would|can|could)\s+", re.I)


def _stems(text: str, names: dict[str, set[str]] | None = None) -> set[str]:
    """The text's content stems; an acronym of one of the question's names (`names`: "GCM" -> its words' stems)
    stands for the name's words."""
    out = content_stems(text)
    for word in _WORD.findall(text):
        if names and word in names:
            out |= names[word]
    return out


# the question denies a right or access ("Why are irregular migrants denied any access to health care?") ...
_ACCESS_DENIED = re.compile(r"\b(?:denied|deny|denies|refused|excluded from|barred from|cut off from|no|lacks?|"
                            r"(?:can ?not|can['’]t|cannot) (?:get|have)|(?:do|does|did)n['’]t have)\s+(?:any\s+)?"
                            r"(?:(?:the|a)\s+)?(access|right)\s+to\s+((?:[\w’'-]+\s*){1,3})", re.I)
# ... which a sentence grants: "Irregular migrants in Belgium have access to health care through ..."
_ACCESS_HAD = re.compile(r"\b(?:have|has|had|get|gets|got|enjoy|enjoys|retain|retains|keep|keeps)\s+(?:\w+\s+){0,2}?"
                         r"(access|right)\s+to\s+((?:[\w’'-]+\s*){1,3})", re.I)


def access_granted(question: str, chosen: Sequence[str]) -> str | None:
    """The question takes a right or access as denied and a chosen sentence on the same people gives it, with no
    negation before it: "Why are irregular migrants in Belgium denied any access to health care?" against
    "Irregular migrants in Belgium have access to health care through the procedure “urgent medical assistance”"."""
    asked = _ACCESS_DENIED.search(question)
    if not asked or asks_yes_no(question):
        return None
    kind, what = asked.group(1).lower(), content_stems(asked.group(2))
    who = content_stems(question[:asked.start()])
    for sentence in chosen:
        for had in _ACCESS_HAD.finditer(sentence):
            before = sentence[:had.start()]
            if had.group(1).lower() != kind or _DENIAL.search(CLAUSE_END.split(before)[-1]):
                continue
            if what & content_stems(had.group(2)) and len(who & content_stems(before)) >= 2:
                return f"the reports say otherwise: “{quote(sentence)}”"
    return None


# the question takes a study as done ("What did the study measuring the impact of Ghent's approach find?", "Research
# has shown that ...") ...
_STUDY_TAKEN = re.compile(rf"\b(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?({_STUDIES})\b|"
                          rf"\b({_STUDIES})\s+(?:(?:has|have|had)\s+)?(?:already\s+|also\s+)?(?:find|finds|found|"
                          r"show|shows|showed|shown|conclude|concluded|reveal|revealed)\b", re.I)
# ... which a sentence says was never done: "Until now, no research has been conducted to measure the impact"
_NONE_DONE = re.compile(rf"\bno\s+(?:[\w-]+\s+){{0,2}}?({_STUDIES})\s+(?:has|have|had|was|were)\s+(?:yet\s+|ever\s+)?"
                        r"(?:been\s+)?(?:conducted|done|carried out|made|undertaken|performed|published|"
                        r"commissioned)\b", re.I)

_NO_STUDY = re.compile(rf"\bno\s+(?:[\w-]+\s+){{0,2}}?(?:{_STUDIES})\b", re.I)


def study_never_done(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question speaks of a study's findings and a sentence on the same subject, chosen or in a chosen one's
    passage, says no such study was done. Not for a yes/no question ("Has anybody checked whether it works?" is
    answered by the sentence)."""
    # "Given that no study has yet measured the impact ...": the question says it was never done itself
    if not _STUDY_TAKEN.search(question) or asks_yes_no(question) or _NO_STUDY.search(question):
        return None
    # what the study was of stays ("the impact study": "impact")
    subject = content_stems(re.sub(rf"\b(?:{_STUDIES})\b", " ", question, flags=re.I))
    near = [sentence for sentence, is_near in related_sentences(chosen, hits) if is_near]
    for sentence in near:
        none = _NONE_DONE.search(sentence)
        if none:
            after = sentence[none.end():]
            shared = subject & content_stems(after)
            # "no research has been conducted to measure the impact of this approach": what "this approach" is,
            # the other chosen sentences tell ("Building on the ideas of contact theory ...")
            if {_stem(w) for w in _POINTS_BACK.findall(after)} & subject:
                shared |= subject & content_stems(" ".join(near))
            if len(shared) >= SIDE_MIN:
                return f"the reports say no such study was done: “{quote(sentence)}”"
        # "What did the external audit of Belgium's asylum and migration authorities conclude?" against "The federal
        # coalition agreement also envisages an external audit of the asylum and migration authorities"
        planned = _STUDY_PLANNED.search(sentence)
        if planned and _FOUND.search(question) and len(subject & content_stems(sentence[planned.end():])) >= SIDE_MIN:
            return f"the reports give this study only as a plan: “{quote(sentence)}”"
    return None


_POINTS_BACK = re.compile(r"\b(?:this|that|these|those)\s+([\w’'-]+)", re.I)


# a study to come: "envisages an external audit of the asylum and migration authorities"
_STUDY_PLANNED = re.compile(rf"\b(?:envisag\w*|plans?|intends?|proposes?|announces?|will)\s+(?:to\s+(?:carry out|"
                            rf"conduct|commission|launch|do|have)\s+)?(?:an?|the)\s+(?:[\w’'-]+\s+){{0,2}}?"
                            rf"({_STUDIES})\b", re.I)
# what the question says it found: "What did the audit conclude?", "the audit's findings"
_FOUND = re.compile(r"\b(?:did|has|have)\b[^?]*\b(?:conclude|find|show|reveal|recommend)\b|\b(?:concluded|found|"
                    r"showed|shown|revealed|recommended|findings|conclusions|results)\b", re.I)


# a compound a sentence gives only with "non-": "more than one million were non-EU citizens"
_NON = re.compile(r"\bnon-\s*([\w’']+)\s+([\w’'-]+)", re.I)
_NON_SHARED = 3  # the question's words, besides the compound, the sentence must hold


def non_taken_away(question: str, chosen: Sequence[str]) -> str | None:
    """The question says of a group what a chosen sentence on the same subject says of its "non-" group only: "over
    1 million of belgium's foreign-born residents were eu citizens" against "more than one million were non-EU
    citizens". Not when the question says "non-" itself, or a chosen sentence gives the group without it too."""
    if re.search(r"\bnon\b", question, re.I):
        return None
    words = [w.lower() for w in _WORD.findall(question)]
    pairs = set(zip(words, words[1:], strict=False))
    every = " ".join(chosen).lower()
    for sentence in chosen:
        for match in _NON.finditer(sentence):
            pair = (match.group(1).lower(), match.group(2).lower())
            if pair not in pairs:
                continue
            bare = [m.start() for m in re.finditer(rf"\b{re.escape(' '.join(pair))}\b", every)]
            if any(not every[:at].rstrip().endswith("non-") and not every[:at].endswith("non ") for at in bare):
                continue
            rest = content_stems(question) - content_stems(" ".join(pair))
            if len(rest & content_stems(sentence)) >= _NON_SHARED:
                return f"the reports say “{match.group()}”: “{quote(sentence)}”"
    return None


# "There are no clear criteria on the basis of which such a regularization is granted": a thing, with what it is
# said to be, that the sentence says there is none of
_THERE_NONE = re.compile(r"\bthere\s+(?:is|are|was|were|has been|have been|exist)\s+no\s+"
                         r"((?:(?!(?:at|on)\s)[\w’'-]+\s+){1,3})"
                         # "no specific policy at the federal level": the level is said of it too
                         r"(?:(?:at|on)\s+the\s+([\w-]+)\s+level\b)?", re.I)
# "no specific policy": a thing made for the purpose, which a question asking for "the scheme that funds ..." takes
# as given without the word
_HEDGES = {"specif", "dedic", "separ", "particular"}
# kinds of public measure a question may name for one another: "the federal scheme" against "no specific policy"
_MEASURES = {_stem(w) for w in ("policy", "policies", "scheme", "schemes", "programme", "programmes", "program",
                                "programs", "measure", "measures", "mechanism", "mechanisms")}
_NONE_SHARED = 2  # the question's other words the sentence must hold


def none_such(question: str, chosen: Sequence[str]) -> str | None:
    """The question takes as existing a thing of a kind a chosen sentence says there is none of: "What are the clear
    legal criteria used to decide ... a humanitarian regularisation?" against "There are no clear criteria on the
    basis of which such a regularization is granted". The kind must be named with what it is said to be ("clear
    criteria", in that order, in the question): "what criteria are used?" is answered by the denial."""
    # ("what are the criteria used to decide whether ...?" asks what, not whether)
    if _ASKS_NEGATIVE.search(question) or asks_yes_no(question) and not _ASKING.match(question):
        return None
    # "... at the discretion of the secretary of state - are there clear criteria for granting it": only what is told
    # before the yes/no question is claimed
    question = told_before_yes_no(question) or question
    asked, told = [_stem(w) for w in _WORD.findall(question)], content_stems(question)
    for sentence in chosen:
        for match in _THERE_NONE.finditer(sentence):
            words = [_stem(w) for w in _WORD.findall(match.group(1))]
            for k in range(2, len(words) + 1):
                kind, noun = [w for w in words[:k - 1] if w not in _HEDGES], words[k - 1]
                level = match.group(2) if k == len(words) else None  # "no specific policy at the federal level"
                if level:
                    kind.append(_stem(level))
                if noun in _MEASURES:
                    noun = next((w for w in asked if w in _MEASURES), noun)
                if noun not in asked:
                    continue
                # each word of what it is said to be shortly before the noun (where the question first has it)
                at = asked.index(noun)
                if not all(w in asked[max(0, at - _BEFORE_NOUN):at] for w in kind):
                    continue
                rest = told - set(words[:k])
                if len(rest & content_stems(sentence)) >= _NONE_SHARED:
                    said = " ".join(_WORD.findall(match.group(1))[:k])
                    said += f" at the {level} level" if level else ""
                    verb = "is" if re.search(r"\b(?:is|was|has)\s", match.group()) else "are"
                    return f"the reports say there {verb} no {said}: “{quote_from(sentence, match.start())}”"
    return None


_BEFORE_NOUN = 3  # "clear legal criteria": "clear" within three words before "criteria"
# "Besides Dutch, in which languages ...?", "which included civil society representatives alongside state
# actors": something more than the named one is taken for granted
_BESIDES = re.compile(r"\b(?:besides|apart from|aside from|other than|in addition to|alongside|as well as|"
                      r"together with)\s+(?:the\s+|an?\s+)?([\w’'-]+)", re.I)
_ONLY_SHARED = 2  # the question's other words the sentence must hold


def only_one(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question asks for others besides one ("Besides Dutch, in which languages does the AGII's website explain
    immigration rules?") and a sentence on the same subject, chosen or in a chosen one's passage, says it is that one
    only ("information on immigration rules and procedures, albeit only in Dutch")."""
    besides = _BESIDES.search(question)
    if not besides or not _ASKS_FOR.search(question):
        return None
    one = besides.group(1)
    only = _only(one)
    rest = content_stems(question) - content_stems(one)
    for sentence, near in related_sentences(chosen, hits):
        if near and only.search(sentence) and len(rest & content_stems(sentence)) >= _ONLY_SHARED:
            return f"the reports say only {one}: “{quote(sentence)}”"
    return None


# the question has a thing found in one place only: "has so far been documented only in Belgium"
_ONLY_IN_PLACE = re.compile(r"\bonly\s+(?:in|across|within)\s+(?:the\s+)?([A-Za-z][\w-]+)\b", re.I)
# ... which a sentence finds in many: "a fact that has been documented in many EU member states"
_IN_MANY_PLACES = re.compile(r"\b(?:in|across|throughout)\s+(?:many|several|most|all|various|numerous)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:member\s+states|states|countries|cities|regions|municipalities)\b",
                             re.I)


def one_place_taken_for_many(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question has a thing found in one place only ("Immigrants' underperformance ... has so far been documented
    only in Belgium") and a sentence on it, chosen or in a chosen one's passage, finds it in many ("a fact that has
    been documented in many EU member states")."""
    one = _ONLY_IN_PLACE.search(question)
    if not one or not scopes(one.group(1)) or _ASKS_NEGATIVE.search(question[:one.start()]):
        return None
    rest = content_stems(question[:one.start()] + " " + question[one.end():])
    for sentence, near in related_sentences(chosen, hits):
        many = _IN_MANY_PLACES.search(sentence)
        if near and many and _shared(rest, sentence, hits) >= _ONLY_SHARED:
            return f"the reports say {many.group().strip()}, not only in {one.group(1)}: “{quote(sentence)}”"
    return None


def _only(*words: str) -> re.Pattern[str]:
    """ "only" shortly before one of the words: "only in Dutch", "only consisted of state actors"."""
    return re.compile(rf"\bonly\s+(?:[\w’'-]+\s+){{0,2}}?({'|'.join(map(re.escape, words))})\b", re.I)


def only_taken_for_more(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question says only one thing ("Ghent offered only the basic 'bed, bath, bread' services") and a sentence
    chosen or in a chosen one's passage, naming two of its words and another of the question's, gives more besides
    it ("In addition to the basic “bed, bath, bread” services, Ghent invested in guidance and support")."""
    only = _ONLY_THING.search(question)
    if not only or _ASKS_NEGATIVE.search(question[:only.start()]):
        return None
    thing = content_stems(only.group(1))
    rest = content_stems(question) - thing
    if len(thing) < _ONLY_SHARED:
        return None
    for sentence, near in related_sentences(chosen, hits):
        more = _BESIDES.search(sentence) if near else None
        if more and len(thing & content_stems(sentence[more.start():more.start() + _MORE_REACH])) >= _ONLY_SHARED \
                and rest & content_stems(sentence):
            return f"the reports give more than {' '.join(only.group(1).split())}: “{quote(sentence)}”"
    return _pair_taken_for_more(only.group(1), rest, chosen)


# two things and what they are: "(only) the Flemish and French-speaking communities"
_ONLY_PAIR = re.compile(r"^(?:the\s+)?([\w-]+)\s+and\s+(?:the\s+)?([\w-]+)\s+([\w-]+?)s?\b")


def _pair_taken_for_more(only: str, rest: set[str], chosen: Sequence[str]) -> str | None:
    """ "the joint responsibility of only the Flemish and French-speaking communities" against "the Flemish,
    French-speaking and German-speaking communities are jointly responsible": a chosen sentence lists the two with
    others of the same kind."""
    pair = _ONLY_PAIR.match(only.strip())
    if not pair:
        return None
    one, other, kind = (w.lower() for w in pair.groups())
    listed = re.compile(rf"\b((?:[\w-]+,\s+)+(?:[\w-]+,?\s+)?and\s+(?:the\s+)?[\w-]+)\s+{re.escape(kind)}", re.I)
    for sentence in chosen:
        for m in listed.finditer(sentence):
            items = [i for i in re.split(r",\s*|\s+and\s+(?:the\s+)?", m.group(1)) if i]
            if {one, other} <= {i.lower() for i in items} and len(items) > 2 and rest & content_stems(sentence):
                more = [i for i in items if i.lower() not in (one, other)]
                return f"the reports name {', '.join(more)} too: “{quote(sentence)}”"
    return None


# "offered only the basic 'bed, bath, bread' services": the one thing, up to its clause's end
_ONLY_THING = re.compile(r"\bonly\s+((?:[^,;:?.–—‘'\"“]|[‘'\"“][^’'\"”]*[’'\"”])+)", re.I)
_MORE_REACH = 80  # the characters after "in addition to" that name what the more comes besides


def both_taken_for_only(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question says both of two ("the AGII website on immigration rules is in both dutch and french"), or
    several ("in Dutch, French and English"), and a sentence on the same subject, chosen or in a chosen one's
    passage, says only one ("information on immigration rules and procedures, albeit only in Dutch")."""
    both = _BOTH.search(question)
    # (not a name's own words: "the Flemish Agency for Integration and Civic Integration")
    several = next((m for m in _IN_SEVERAL.finditer(question)
                    if not re.search(r"\b[A-Z][\w-]+\s+$", question[:m.start()])), None)
    if both:
        sides = [both.group(1), both.group(2)]
    elif several:
        sides = re.findall(r"[A-Z][\w-]+", several.group(1))
    else:
        return None
    rest = content_stems(question) - content_stems(" ".join(sides))
    only = _only(*sides)
    related = related_sentences(chosen, hits)
    # a sentence as much on the subject that names them all, and no "only": "This website is mainly in French and
    # Dutch" is on the Immigration Office's website, "albeit only in Dutch" on the AGII's
    said_all = max((_shared(rest, sentence, hits) for sentence, _near in related if not only.search(sentence)
                    and _names_all(sides, sentence)), default=0)
    for sentence, near in related:
        told = only.search(sentence) if near else None
        # (not "only in Dutch and French"; "only consisted of state actors, with very minimal consultation of civil
        # society" still says only one)
        reach = sentence[told.start():told.end() + _ONLY_REACH] if told else ""
        if told and not _names_all(sides, reach) \
                and len(rest & content_stems(sentence)) >= _ONLY_SHARED and _shared(rest, sentence, hits) > said_all:
            return f"the reports say only {told.group(1)}: “{quote(sentence)}”"
    return None


def _names_all(sides: Sequence[str], text: str) -> bool:
    """Does the text name every one of the sides, as a word in any case?"""
    return all(re.search(rf"\b{re.escape(side)}\b", text, re.I) for side in sides)


def _shared(words: set[str], sentence: str, hits: Sequence[Hit]) -> int:
    """How many of the question's `words` the sentence and the one before it in its passage hold."""
    return len(words & (content_stems(sentence) | content_stems(sentence_before(sentence, hits)[1])))


def only_one_of_pair(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question says a thing is only one ("Apart from being available only in Dutch, what other shortcomings
    ... the Belgian Immigration Office's website ...?", "the city of Ghent, as Jobteam Gent's only sponsor") and a
    sentence on the same subject, chosen or in a chosen one's passage, pairs it with another ("This website is mainly
    in French and Dutch") and no sentence as much on the subject says it only."""
    one = _ONLY_ONE.search(question) or _ONLY_HOLDER.search(question)
    if not one or _ASKS_NEGATIVE.search(question[:one.start()]):
        return None
    word = one.group(1)
    rest = content_stems(question) - content_stems(word)
    # ("the city of Ghent and the Ministry of Culture": the one may be named further after its word)
    paired = re.compile(rf"\b{re.escape(word)}(?:\s+of\s+[A-Z][\w-]+)?\s+(?:and|&)\s+(?:the\s+)?"
                        rf"([\w-]+(?:\s+[A-Z][\w-]+){{0,3}})|"
                        rf"\b([\w-]+),?\s+(?:and|&)\s+(?:the\s+)?{re.escape(word)}\b", re.I)
    related = related_sentences(chosen, hits)
    only = _only(word)
    # a sentence as much on the subject says it only: "The AGII website is only in Dutch" against "(AGII) offers a
    # ... website ..., albeit only in Dutch", while the Immigration Office's website "is mainly in French and Dutch"
    said_only = max((_shared(rest, sentence, hits) for sentence, _near in related if only.search(sentence)),
                    default=0)
    for sentence, near in related:
        pair = paired.search(sentence) if near else None
        if pair and not only.search(sentence) and len(rest & content_stems(sentence)) >= _ONLY_SHARED \
                and _shared(rest, sentence, hits) > said_only:
            return f"the reports say {' '.join(pair.group().split())}, not only {word}: “{quote(sentence)}”"
    return None


# a list of two or three single words: "in dutch, french and english", "in Dutch and French"
_LISTED_WORDS = re.compile(r"\b(?:in|into|of)\s+([\w-]+)(?:,\s+([\w-]+))?,?\s+(?:and|&)\s+([\w-]+)\b", re.I)


_SUBJECT_TOLD = 0.8  # of the words before a list, the share a sentence giving only one of it must hold
_QUALIFIERS = frozenset(content_stems("mostly mainly largely partly chiefly primarily"))


def list_taken_for_one(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question lists things ("agii, the flemish integration agency with a website in dutch, french and english")
    of which a sentence on the same subject, chosen or in a chosen one's passage, gives only one and none of the
    others ("information on immigration rules and procedures, albeit only in Dutch")."""
    listed = _LISTED_WORDS.search(question)
    if not listed or _ASKS_NEGATIVE.search(question[:listed.start()]):
        return None
    items = [w for w in listed.groups() if w and tokenize(w, "en")]
    if len(items) < 2:
        return None
    only = _only(*items)
    rest = content_stems(question[:listed.start()] + " " + question[listed.end():])
    related = related_sentences(chosen, hits)
    # the sentence is on the thing the list is of ("agii, the flemish integration agency with a website"), not on
    # another ("if the immigration office website is mostly in french and dutch" against the AGII's "only in Dutch")
    subject = content_stems(question[:listed.start()]) - _QUALIFIERS
    # a sentence as much on the subject that gives two of them tells the list ("the immigration office website, in
    # french and dutch" against "This website is mainly in French and Dutch", beside the AGII's "only in Dutch")
    def names(sentence: str) -> set[str]:
        return {w.lower() for w in items if re.search(rf"\b{re.escape(w)}\b", sentence, re.I)}

    told = max((_shared(rest, sentence, hits) for sentence, _near in related if len(names(sentence)) >= 2),
               default=-1)
    for sentence, near in related:
        one = only.search(sentence) if near else None
        if one and len(rest & content_stems(sentence)) >= _ONLY_SHARED and _shared(rest, sentence, hits) > told \
                and len(subject & content_stems(sentence)) >= _SUBJECT_TOLD * len(subject) \
                and names(sentence) == {one.group(1).lower()}:
            return f"the reports say only {one.group(1)}, not {' '.join(listed.group().split())}: " \
                   f"“{quote(sentence)}”"
    return None


# "which she calls one of several ways cities can meet ...": one of many; "are the only way that cities can ..."
_ONE_OF_MANY = re.compile(r"\bone\s+of\s+(?:several|many|the|a\s+number\s+of|various|multiple|a\s+few)\s+"
                          r"(?:possible\s+)?(way|means|option|route|tool|solution|approach|alternative)(?:e?s)?\b",
                          re.I)
# ("the only ‘alternative to detention’": the kind may open a quotation)
_THE_ONLY = r"\b(?:the|their|its)\s+only\s+(?:possible\s+)?[‘'\"“]?{kind}s?\b"
_MANY_SHARED = 3  # the question's other words a sentence calling it the only one must hold


def many_taken_for_only(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question calls a thing one of several ways ("direct funding streams, which she calls one of several ways
    cities can meet the demands of newcomers") that a sentence near the answer calls the only one ("direct funding
    streams are the only way that cities can possibly meet the demands of a population with complex needs")."""
    many = _ONE_OF_MANY.search(question)
    if not many:
        return None
    kind = many.group(1).lower()
    the_only = re.compile(_THE_ONLY.format(kind=re.escape(kind)), re.I)
    rest = content_stems(question[:many.start()] + " " + question[many.end():])
    for sentence, near in related_sentences(chosen, hits):
        if near and the_only.search(sentence) \
                and len(rest & content_stems(sentence)) >= _MANY_SHARED:
            return f"the reports call it the only {kind}, not one of several: “{quote(sentence)}”"
    return None


# "ankerkracht was the only project the ghent ocmw chose", "the only other reason": one kind of thing, the only one
_ONLY_OF_KIND = re.compile(r"\b(?:the|its|their|his|her)\s+only\s+(?:other\s+)?([a-z]{3,})\b", re.I)
_ASKS_IF = re.compile(r"^\W*(?:is|was|are|were|did|does|do)\b", re.I)  # "was it the only project ...?" asks it


def only_taken_for_one_of(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question calls a thing the only one of its kind ("ankerkracht was the only project the ghent ocmw chose to
    take over", "if international protection was the only other reason for ...") that a sentence near the answer
    names as one of several ("Ankerkracht was one of the selected projects", "other reasons, with international
    protection being among them")."""
    only = _ONLY_OF_KIND.search(question)
    if not only or _ASKS_IF.match(question) or _ASKS_NEGATIVE.search(question[:only.start()]):
        return None
    kind = only.group(1).lower()
    kinds = rf"{re.escape(kind)}s|{re.escape(kind[:-1])}ies" if kind.endswith("y") else rf"{re.escape(kind)}s"
    one_of = re.compile(rf"\bone\s+of\s+(?:the|its|their|several|many|various)\s+(?:[\w-]+\s+){{0,2}}?(?:{kinds})\b|"
                        rf"\b(?:{kinds})\b[^.;]{{0,80}}?\b(?:being\s+)?among\s+(?:them|these|those)\b", re.I)
    rest = content_stems(question[:only.start()] + " " + question[only.end():])
    for sentence, near in related_sentences(chosen, hits):
        told = one_of.search(sentence) if near else None
        # (with the sentence before it: "Ankerkracht was one of the selected projects." follows the OCMW's choice)
        if told and len(rest & content_stems(context_of(sentence, hits))) >= _MANY_SHARED:
            return f"the reports give it as one of several {kind}s, not the only one: “{quote(sentence)}”"
    return None


# the one doer of a deed: "UNHCR is the only organisation to have recognised Ghent for its refugee policy"
_ONLY_DOER = re.compile(r"\b(?P<who>(?:[\w’'.-]+\s+){0,2}?[\w’'.-]+)\s+(?:is|was|has\s+been|had\s+been)\s+the\s+only\s+"
                        r"(?:one|[a-z]{3,})\s+(?:to\s+(?:have\s+)?|that\s+|which\s+|who\s+)(?P<deed>[^,;?]+)", re.I)
_ALSO = re.compile(r"\b(?:also|too|as\s+well)\b", re.I)
_FRAMING = re.compile(r"^(?:given|since|assuming|if|as|now|so)\s+(?:that\s+)?", re.I)  # "Given that UNHCR": UNHCR
_DEED_SHARED = 2  # the deed's words the doer's sentence must hold ...
_ALSO_SHARED = 2  # ... and the words an "also" sentence after it must share with it
_ALSO_AFTER = 2  # the sentences after the doer's that may name another


def only_doer_among_others(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question calls one the only doer of a deed ("Given that UNHCR is the only organisation to have recognised
    Ghent for its refugee policy") and a passage read, after a sentence naming it doing so ("UNHCR declared Ghent a
    “solidarity city” with refugees"), names another that did so too ("A collaboration between Vluchtelingenwerk
    Vlaanderen, Amnesty International, ... also granted Ghent solidarity status")."""
    only = _ONLY_DOER.search(question)
    if not only or _ASKS_IF.match(question):
        return None
    who = content_stems(_FRAMING.sub("", only.group("who")))
    deed = content_stems(only.group("deed")) - who
    if not who or len(deed) < _DEED_SHARED:
        return None
    for hit in hits:
        if not any(sentence in hit.chunk.text for sentence in chosen):
            continue  # a passage the answer chose from
        sentences = chunk_sentences(hit.chunk)
        for n, sentence in enumerate(sentences):
            stems = content_stems(sentence)
            if not who <= stems or len(deed & stems) < _DEED_SHARED:
                continue
            if re.search(r"\bonly\b", sentence, re.I):
                return None  # the reports call it the only one too
            for other in sentences[n + 1:n + 1 + _ALSO_AFTER]:
                others = content_stems(other)
                if _ALSO.search(other) and not who & others and deed & others \
                        and len((stems - who) & others) >= _ALSO_SHARED:
                    return f"the reports name another that did so too: “{quote(other)}”"
    return None


# the only holder of a part: "the city of Ghent, as Jobteam Gent's only sponsor"
_ONLY_HOLDER = re.compile(r"\b([A-Z][\w-]{2,}),?\s+(?:as|the)\s+(?:[\w’'-]+\s+){0,3}?only\s+(?:sponsor|funder|"
                          r"financer|backer|partner|member|organi[sz]er|owner)\b")
# "available only in Dutch", "only by the city": one named thing (a language, a place, a body)
_ONLY_ONE = re.compile(r"\bonly\s+(?:in|by|to|for|from)\s+(?:the\s+)?([A-Za-z][\w-]{2,})\b(?!\s+(?:and|or)\b)", re.I)


_ONLY_REACH = 25  # the characters after "only <one>" that may name the others it is said with
# ... or in several named ones: "available in Dutch, French and English"
_IN_SEVERAL = re.compile(r"\b(?:in|by|to|for)\s+((?:[A-Z][\w-]+,\s+)*[A-Z][\w-]+,?\s+(?:and|&)\s+[A-Z][\w-]+)")
# "Only the federal coalition agreement, not the Flemish one, reaffirms ...": one of two, and the other set aside
_ONLY_NOT = re.compile(r"\bonly\s+(?:the\s+)?([\w-]+)\b[^,;.?]{0,60}?,?\s+(?:not|and not|rather than|unlike)\s+"
                       r"(?:the\s+)?([\w-]+)", re.I)
# ... against "Both the federal and the Flemish coalition agreement reaffirm ..."
_BOTH = re.compile(r"\bboth\s+(?:the\s+)?([\w-]+)\b[^.;]{0,40}?\band\s+(?:the\s+)?([\w-]+)", re.I)


def only_of_both(question: str, chosen: Sequence[str]) -> str | None:
    """The question gives a thing to one of two and not the other ("Only the federal coalition agreement, not the
    Flemish one, reaffirms a commitment to the SDGs") and a chosen sentence on it gives it to both ("Both the federal
    and the Flemish coalition agreement reaffirm their commitment to realizing the sustainable development goals")."""
    claim = _ONLY_NOT.search(question)
    if not claim:
        return None
    one, other = _stem(claim.group(1)), _stem(claim.group(2))
    rest = content_stems(question) - {one, other}
    for sentence in chosen:
        both = _BOTH.search(sentence)
        if both and {one, other} <= {_stem(both.group(1)), _stem(both.group(2))} \
                and len(rest & content_stems(sentence)) >= _ONLY_SHARED:
            return f"the reports say both: “{quote_from(sentence, both.start())}”"
        # "involve only city services, not citizens and NGOs" against "the partnership between city services, NGOs,
        # civil society organizations and individual citizens": both in one list
        listed = _LISTED.search(sentence)
        if listed and {one, other} <= {_stem(w) for w in _WORD.findall(listed.group())} \
                and len(rest & content_stems(sentence)) >= _ONLY_SHARED:
            return f"the reports name both: “{quote_from(sentence, listed.start())}”"
    return None


# a list of three or more: "city services, NGOs, civil society organizations and individual citizens"
_LISTED = re.compile(r"(?:[\w-]+\s+){0,2}[\w-]+(?:,\s+(?:[\w-]+\s+){0,2}[\w-]+)+,?\s+(?:and|as well as)\s+"
                     r"(?:[\w-]+\s+){0,2}[\w-]+")


_ASKS_FOR = re.compile(r"\b(?:what|which|who|where|how many)\b", re.I)
_ASKING = re.compile(rf"\W*{_ASKS_FOR.pattern}", re.I)  # a question that opens with what it asks for


# the question takes it that a text tells how: "how exactly does the federal coalition agreement say it'll avoid
# brain drain"
_HOW_TOLD = re.compile(r"\bhow\b(?!\s+(?:many|much|long|often|far|old)\b)[^?]*?\b(?:say|says|said|state|states|stated|"
                       r"specify|specifies|specified|explain|explains|explained|propose|proposes|proposed|plan|"
                       r"plans|planned|intend|intends|describe|describes|set out|sets out|spell out|spells out)\b",
                       re.I)
# ... which a sentence says it does not: "It is not stipulated how this brain drain will be avoided."
_HOW_UNTOLD = re.compile(r"\b(?:not|never)\s+(?:[a-z]+ly\s+)?(?:stipulated|specified|explained|spelled out|spelt out|"
                         r"set out|made clear|clear|detailed|described|indicated)\s+how\b|\bunclear\s+how\b", re.I)
_HOW_SHARED = 2  # the question's words the sentence must hold after its "how" ...
_HOW_COVERED = 0.75  # ... and the share of the words of what it says is untold


def manner_untold(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question asks how a text says a thing will be done ("how exactly does the federal coalition agreement say
    it'll avoid brain drain when attracting talent from abroad") and a sentence read says it is not told ("It is not
    stipulated how this brain drain will be avoided"). Not a yes/no question ("does the agreement say how ...?"),
    which the sentence answers."""
    if not _HOW_TOLD.search(question) or asks_yes_no(question):
        return None
    asked = content_stems(question)
    for sentence, _near in related_sentences(chosen, hits):
        untold = _HOW_UNTOLD.search(sentence)
        # what is untold, to the clause's end, must be the question's: "this brain drain will be avoided" (not
        # "how family reunification policies will evolve" for "how does it plan to make the conditions consistent")
        what = content_stems(CLAUSE_END.split(sentence[untold.end():])[0]) if untold else set()
        shared = asked & what
        if len(shared) >= _HOW_SHARED and len(shared) >= _HOW_COVERED * len(what):
            return f"the reports say this is not told: “{quote(sentence)}”"
    return None


# "in order “to control, but not limit, the discretionary power”": the one thing done, the other denied
_BUT_NOT = re.compile(r"\b([a-z]{3,})[,”’\"']?\s+but\s+not\s+([a-z]{3,})\b", re.I)
_BUT_NOT_SUBJECT = 3  # words a sentence must share with the question besides the denied one


def but_not(question: str, chosen: Sequence[str]) -> str | None:
    """The question says a thing does what a chosen sentence on it says it does not, in "A, but not B": "the
    immigration office's new annual activity report on humanitarian visas is meant to limit the discretionary power"
    against "draft an annual activity report in order “to control, but not limit, the discretionary power”". Not
    when the question says A too, or denies B itself."""
    asked = content_stems(question)
    for sentence in chosen:
        for match in _BUT_NOT.finditer(sentence):
            kept, denied_word = (_stem(w.lower()) for w in match.groups())
            if denied_word not in asked or kept in asked or _DENIAL.search(question):
                continue
            if len(asked & content_stems(sentence) - {denied_word}) >= _BUT_NOT_SUBJECT:
                said = f"{match.group(1)}, but not {match.group(2)}"
                return f"the reports say “{said}”: “{quote(sentence)}”"
    return None


# "with no cities or ngos involved": kinds of actor the question leaves out
_LEFT_OUT = re.compile(r"\b(?:with\s+no|without(?:\s+any)?)\s+((?:[a-z]+\s+){0,1}[a-z]+(?:\s+(?:or|and|nor)\s+"
                       r"(?:[a-z]+\s+){0,1}[a-z]+)*)\s+(?:being\s+)?(?:involved|included|taking\s+part|participating|"
                       r"consulted)\b", re.I)
_SPELLED = {"ngo": "non-governmental", "ngos": "non-governmental"}
_LEFT_OUT_SUBJECT = 3  # words a sentence naming one of them must share with the question besides it


def left_out_listed(question: str, chosen: Sequence[str]) -> str | None:
    """The question leaves kinds of actor out ("fed coalition agreement wants return counselling left only to fedasil
    and the immigration office, with no cities or ngos involved") that a chosen sentence on the same subject counts in
    ("A varied group of relevant actors should be involved in this counselling and orientation, including Fedasil, the
    Immigration Office, major cities, social services and non-governmental organisations")."""
    asked = _LEFT_OUT.search(question)
    if not asked:
        return None
    kinds = re.split(r"\s+(?:or|and|nor)\s+", asked.group(1).lower())
    subject = content_stems(question[:asked.start()] + " " + question[asked.end():])
    for sentence in chosen:
        words = {w.lower() for w in _WORD.findall(sentence)}
        stems = content_stems(sentence)
        named = [k for k in kinds
                 if _SPELLED.get(k.split()[-1]) in words or content_stems(k) and content_stems(k) <= stems]
        if named and len(subject & stems) >= _LEFT_OUT_SUBJECT:
            return f"the reports count {', '.join(named)} in: “{quote(sentence)}”"
    return None


# "why ... get EU funds via national govts, not directly": the question's way, and the way it sets aside, at its end
_NOT_THIS = re.compile(r"(?P<yes>(?:[\w’'-]+\s+){1,3}[\w’'-]+)(?:\s*,\s*(?:and\s+)?not|\s*,?\s*(?:rather than|"
                       r"instead of))\s+(?P<no>[\w’'-]+)\s*[?.!]*\s*$", re.I)
_CONTRAST_SUBJECT = 2  # the question's other words the sentence must share


def set_aside_told(question: str, chosen: Sequence[str]) -> str | None:
    """The question ends by setting a way aside ("why does the ghent article say cities should get EU funds via
    national govts, not directly"), which a chosen sentence on the same subject gives ("it is important that cities
    can have direct access to European funds") without the question's own way."""
    asked = _NOT_THIS.search(question)
    if not asked or asks_yes_no(question):
        return None
    # the way itself: the words after its last preposition ("funds via national govts": "national govts")
    way = re.split(r"\b(?:via|through|by|with|from|in|at|on|to|for)\s+", asked.group("yes"), flags=re.I)[-1]
    yes, no = content_stems(unshortened(way)), content_stems(asked.group("no"))
    if not yes or len(no) != 1:
        return None
    subject = content_stems(question[:asked.start()]) - yes - no
    for sentence in chosen:
        stems = content_stems(sentence)
        if no <= stems and not yes & stems and len(subject & stems) >= _CONTRAST_SUBJECT:
            return f"the reports say {asked.group('no')}, not {way.strip()}: “{quote(sentence)}”"
    return None


# the question narrows who a thing is for: "its Migratieforum, which is restricted to recognised refugees"
_RESTRICTED = re.compile(r"\b(?:restricted|limited|confined|reserved|open\s+only|only\s+open)\s+to\s+"
                         r"(?:the\s+)?((?:[\w’'-]+\s*){1,4})|\b(?:only|just|exclusively)\s+for\s+(?:the\s+)?"
                         r"((?:[\w’'-]+\s*){1,4})", re.I)
# ... which a sentence opens to all: "This Migratieforum concerns all people with a migrant background"
_FOR_ALL = re.compile(r"\b(?:concerns?|covers?|includes?|is\s+for|are\s+for|open\s+to|targets?|addresses?|"
                      r"welcomes?)\s+(?:all|every|any)\s+(?!the\s+different\b)[\w’'-]+", re.I)


def restricted_taken_for_all(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question says a thing is for some only ("How often does Ghent convene its Migratieforum, which is
    restricted to recognised refugees?") and a sentence on it, chosen or in a chosen one's passage, says it is for
    all ("This Migratieforum concerns all people with a migrant background")."""
    narrowed = _RESTRICTED.search(question)
    if not narrowed or _ASKS_NEGATIVE.search(question[:narrowed.start()]) or asks_yes_no(question):
        return None
    rest = content_stems(question[:narrowed.start()])
    for sentence, near in related_sentences(chosen, hits):
        if near and _FOR_ALL.search(sentence) and _shared(rest, sentence, hits) >= _ONLY_SHARED:
            return f"the reports do not restrict it to {' '.join((narrowed.group(1) or narrowed.group(2)).split())}" \
                   f": “{quote(sentence)}”"
    return None


# people whose asylum claim is still pending, said to be taken in: "ankerkracht also takes young asylum seekers still
# waiting on a decision"
_PENDING = re.compile(r"\b(?:still\s+)?(?:waiting|awaiting)\s+(?:on|for)?\s*(?:a|an|the|their)?\s*(?:decision|"
                      r"recognition|outcome|status|ruling)\b|\bwhose\s+(?:asylum\s+)?(?:claims?|applications?|"
                      r"requests?|cases?)\s+(?:is|are)\s+(?:still\s+)?(?:pending|open|undecided)\b|"
                      r"\b(?:not\s+yet|before\s+(?:being|they\s+are))\s+recogni[sz]ed\b|\bpending\s+(?:asylum\s+)?"
                      r"(?:claims?|applications?|decisions?)\b", re.I)
# ... where a sentence sets the target group by a status already granted: "have been recognised as a refugee or
# granted subsidiary protection"
_STATUS_GRANTED = re.compile(r"\b(?:target\s+group|eligible|members|participants|aimed\s+at|open\s+to|intended\s+for)"
                             r"\b[^.;]*\b(?:recogni[sz]ed\s+as\s+(?:a\s+)?refugees?|granted\s+(?:subsidiary\s+|"
                             r"international\s+)?protection|status\s+holders?)\b", re.I)
_PENDING_SHARED = 1  # the question's other words (the programme's name) the sentence's passage must hold
_PENDING_GROUP = content_stems("asylum seekers young people also take takes")  # who is taken, not the programme


def pending_taken_as_eligible(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question says a programme takes people whose asylum claim is pending ("ankerkracht also takes young
    asylum seekers still waiting on a decision") and a sentence on it sets its target group by a status already
    granted ("Members of the target group ... have been recognised as a refugee or granted subsidiary protection")."""
    pending = _PENDING.search(question)
    if not pending or _ASKS_NEGATIVE.search(question) or asks_yes_no(question):
        return None
    rest = content_stems(question[:pending.start()]) - _PENDING_GROUP
    for sentence, near in related_sentences(chosen, hits):
        granted = _STATUS_GRANTED.search(sentence)
        if near and granted and len(rest & content_stems(passage_text(sentence, hits))) >= _PENDING_SHARED:
            return f"the reports limit it to people already granted a status: “{quote(sentence)}”"
    return None


# a way a sentence says was left behind: "moving away from the traditional model where job seekers are required to
# visit an office"
_LEFT_BEHIND = re.compile(r"\b(?:mov(?:e|es|ed|ing)|turn(?:s|ed|ing)?|shift(?:s|ed|ing)?|break(?:s|ing)?|broke)\s+"
                          r"away\s+from\s+([^.;:?!()]+)", re.I)
# a question that tells of the change itself, or of the old way as old: "how does it differ from the traditional model"
_TELLS_CHANGE = re.compile(r"\b(?:away|instead|rather|traditional\w*|used to|anymore|no longer|old|former\w*|"
                           r"previous\w*|before|compar\w*|contrast\w*|differ\w*|unlike)\b", re.I)
_LEFT_SHARED = 3  # the words of the way left behind the question must hold


def left_behind_taken_as_done(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question takes as what is done the way a sentence on the same subject says was left behind: "Since
    Jobteam Gent makes job seekers come to its office, what support does it offer ...?" against "The project's
    strategy is an outreaching approach, moving away from the traditional model where job seekers are required to
    visit an office"."""
    if _TELLS_CHANGE.search(question) or _ASKS_NEGATIVE.search(question) or asks_yes_no(question):
        return None
    asked = content_stems(question)
    for sentence, near in related_sentences(chosen, hits):
        left = _LEFT_BEHIND.search(sentence) if near else None
        if left and len(asked & content_stems(left.group(1))) >= _LEFT_SHARED:
            return f"the reports say this was moved away from: “{quote(sentence)}”"
    return None


# the question takes a getting as open to some: "what new info can private persons get from the agii helpdesk"
_CAN_GET = re.compile(r"\b(?:can|could|will|may|do|does)\s+(?P<who>(?:[\w’'-]+\s+){1,4}?)(?:still\s+)?(?:get|obtain|"
                      r"receive|access|use)\b(?P<what>[^?;]*)", re.I)
# ... which a sentence excludes them from: "aims to exclude private persons from obtaining legal information from the
# helpdesk"
_EXCLUDED_FROM = re.compile(r"\b(?:exclud\w*|bar\w*|ban\w*|prevent\w*|stop\w*)\s+(?P<who>(?:[\w’'-]+\s+){1,4}?)from\s+"
                            r"(?:obtaining|getting|receiving|accessing|using)\b(?P<what>[^.;]*)", re.I)


def excluded_taken_as_getting(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question takes as open to some a getting that a sentence read excludes them from: "under the 2019 flemish
    coalition deal, what new info can private persons get from the agii helpdesk" against "The Flemish coalition
    agreement aims to exclude private persons from obtaining legal information from the helpdesk of the Agency"."""
    asked = _CAN_GET.search(question)
    if not asked or _ASKS_NEGATIVE.search(question) or asks_yes_no(question):
        return None
    who, what = content_stems(asked.group("who")), content_stems(asked.group("what"))
    for sentence, near in related_sentences(chosen, hits):
        told = _EXCLUDED_FROM.search(sentence) if near else None
        if told and who and who <= content_stems(told.group("who")) and what & content_stems(told.group("what")):
            return f"the reports say they are excluded from it: “{quote(sentence)}”"
    return None


# a thing the question calls the only one of its kind: "electronic supervision, currently Belgium's only 'alternative
# to detention'", "X, which is the only ..."
_CALLED_ONLY = re.compile(r"(?P<one>(?:[\w’'‘-]+\s+){0,4}[\w’'‘-]+),\s+(?:(?:which|that)\s+(?:is|was|are|were)\s+)?"
                          r"(?:(?:currently|now|still|today)\s+)?(?:(?:the|its|their|[\w-]+['’]s)\s+)?only\s+"
                          r"(?P<kind>[^,;:?()]{3,60}?)(?=\s*[,;:?]|\s+(?:is|are|was|were)\b)", re.I)
_ONLY_PHRASE = re.compile(r"\bonly\s+([^.;:]{3,80})", re.I)


def another_only_one(question: str, chosen: Sequence[str], hits: Sequence[Hit] = ()) -> str | None:
    """The question calls a thing the only one of its kind ("electronic supervision, currently Belgium's only
    'alternative to detention'") and a sentence read calls another the only one, without naming it ("Currently, the
    only ‘alternative to detention’ – ... – are the so-called ‘return homes’ (terugkeerhuizen) for families with minor
    children")."""
    for match in _CALLED_ONLY.finditer(question):
        one, kind = content_stems(match.group("one")), content_stems(match.group("kind"))
        if not one or not kind:
            continue
        for sentence, _near in related_sentences(chosen, hits):
            told = _ONLY_PHRASE.search(sentence)
            if told and kind <= content_stems(told.group(1)) and not one & content_stems(sentence):
                return f"the reports call another the only {match.group('kind').strip()}: “{quote(sentence)}”"
    return None
