"""Words the question gives to one holder of an office that the reports give to another holder of it.

"The coordinator of Refu Interim has argued that nobody can be fully part of society without taking part in
decision-making" against "as the coordinator of Jobteam Ghent has recognised, no person can ever be fully part of
society without participation in decision-making"; "what did mayor daniel termont say after the federal govt
blocked ghents moria pledge" against "only to see the federal government block it. In response, Ghent Mayor Mathias
De Clercq proclaimed that ...". The holder is told by the words between the office and the verb of speech, in the
question and in the sentence, so a name typed in small letters that the passages read never write counts too.
Lexical and English-only, like the other premise checks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from qa.contradiction import (
    OFFICES,
    content_stems,
    quote,
    related_sentences,
    scopes,
    sentence_after,
    sentence_before,
    speaker_at,
)
from qa.result import Hit

_SPOKE = (r"say|says|said|argue|argues|argued|claim|claims|claimed|state|states|stated|declare|declares|declared|"
          r"proclaim|proclaims|proclaimed|recognise|recognised|recognize|recognized|stress|stressed|write|wrote|"
          r"warn|warned|note|noted|explain|explained")
# a holder, the words after the office up to the verb of speech, in the question ("mayor daniel termont say", "The
# coordinator of Refu Interim has argued") and in a sentence ("the coordinator of Jobteam Ghent has recognised",
# "Ghent Mayor Mathias De Clercq proclaimed")
_HOLDER_SPOKE = re.compile(rf"\b({OFFICES})\s+((?:[\w’'-]+\s+){{1,4}}?)(?:has\s+|had\s+|once\s+|also\s+)*"
                           rf"(?:{_SPOKE})\b", re.I)
# "According to the coordinator of Refu Interim, why ...": a holder whose words the question takes as given
_ACCORDING_TO = re.compile(rf"\baccording\s+to\s+(?:the\s+)?({OFFICES})\s+((?:[\w’'-]+\s+){{0,3}}[\w’'-]+)\s*,",
                           re.I)
_FILLER = frozenset("of for the a an in at and has had once also".split())
_SUBJECT_SHARED = 3  # the question's words besides the holder the sentence (and the one before it) must hold


def folded(text: str) -> str:
    """`text` in small letters without accents: "Daniël" is "daniel"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _holder(words: str) -> set[str]:
    """The words naming a holder, folded ("Daniël" and "daniel" alike), without small words."""
    return {w for w in re.findall(r"[a-z][\w'-]*", folded(words)) if w not in _FILLER}


def words_of_another_holder(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives words to the holder of an office; a sentence read on the same subject, chosen or in a
    chosen one's passage, gives them to another holder of that office, and no such sentence names the question's."""
    asked = _HOLDER_SPOKE.search(question) or _ACCORDING_TO.search(question)
    if not asked:
        return None
    office, holder = asked.group(1).lower(), _holder(asked.group(2))
    if not holder:
        return None
    subject = content_stems(question[:asked.start()] + " " + question[asked.end():]) - content_stems(office)
    related = related_sentences(chosen, hits)

    def shared(sentence: str, close: bool) -> int:
        """The subject's words the sentence holds with the one before it (and, further away, the one after: a
        quotation may go on past a full stop)."""
        _, before = sentence_before(sentence, hits)
        return len(subject & content_stems(f"{before} {sentence} {'' if close else sentence_after(sentence, hits)}"))

    if any(holder <= _holder(sentence) and shared(sentence, True) >= _SUBJECT_SHARED
           for sentence, close in related if close):
        return None  # the question's holder is named beside the words
    # a sentence further away must hold most of the subject: "after the moria fire, why did ghent mayor daniël
    # termont say the coronavirus doesn't know any borders?" against "After the Moria fire, ... only to see the
    # federal government block it. In response, Ghent Mayor Mathias De Clercq proclaimed that “... The coronavirus
    # doesn’t know any borders.”", in a passage the answer did not choose from
    far_shared = max(_SUBJECT_SHARED + 1, -(-2 * len(subject) // 3))
    for sentence, close in related:
        told = next((m for m in _HOLDER_SPOKE.finditer(sentence) if m.group(1).lower() == office), None)
        if told is None:
            continue
        other = _holder(told.group(2))
        if not other or other & holder:
            continue
        if shared(sentence, close) >= (_SUBJECT_SHARED if close else far_shared):
            return (f"the reports give these words to the {office} {told.group(2).strip()}, not "
                    f"{asked.group(2).strip()}: “{quote(sentence)}”")
    return None


# a person the question has say words: "rose, a participant in jobteam gent's coaching program, says her first job
# in belgium was very irregular", "Renaud Teukam said that ..."
_PERSON_SAYS = re.compile(r"^\W*(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,2}?)(?:,\s+[^,;?]{3,80}?,)?\s+"
                          r"(?:has\s+|had\s+|once\s+)?(?:says|said|states|stated|tells|told|recalls|recalled|explains|"
                          r"explained|writes|wrote|claims|claimed|argues|argued)\s+(?:that\s+)?"
                          # (not a thing written: "Daniël Termont, who was then the mayor of Ghent, wrote a 2018 open
                          # letter calling on the European Council to create what?")
                          r"(?!(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:letters?|articles?|op-eds?|"
                          r"pieces?|reports?|books?|papers?|notes?|messages?|columns?|blogs?|posts?)\b)"
                          # (to the question that follows: "..., how else did the jobteam help her")
                          r"(?P<words>(?:(?!,\s*(?:how|what|why|which|who|when|where|does|do|did|is|are|can)\b)"
                          r"[^—–?;:])+)", re.I)
_WORDS_SHARED = 3  # the words said the quoted sentence must hold
_NOT_A_PERSON = frozenset("the a an this that these those it its he she they we i you one some many most who which "
                          "what why when how where whom did does do has have had is was report reports study article "
                          "paper author authors text document research after before besides apart although though "
                          "since while once if given following".split())


def words_of_another_person(question: str, hits: Sequence[Hit]) -> str | None:
    """The question opens with a person saying words that a passage read quotes from another person: "rose, a
    participant in jobteam gent's coaching program, says her first job in belgium was very irregular" against
    "Renaud Teukam, a participant in the coaching program, states: “My first job here in Belgium was very
    irregular. ...”". The person may be typed in any case; not a pronoun, a report or a place."""
    asked = _PERSON_SAYS.match(question)
    if not asked:
        return None
    who = asked.group("who").split()
    if {w.lower() for w in who} & _NOT_A_PERSON or scopes(asked.group("who")) or not all(map(content_stems, who)):
        return None  # no person ("the report says", "it says", "Ghent says")
    texts = [hit.chunk.text for hit in hits]
    words = content_stems(asked.group("words"))
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            shared = len(words & content_stems(sentence))
            if shared < _WORDS_SHARED or 2 * shared < len(words):
                continue
            speaker = speaker_at(text, text.find(sentence) + len(sentence) - 1)  # (a quotation may open in it)
            if speaker and not {folded(w) for w in who} & set(folded(speaker).split()):
                return f"the reports give these words to {speaker}, not {asked.group('who')}: “{quote(sentence)}”"
    return None


# an office the question has argue something: "why does Ghent's mayor argue that integrating refugees should rest on
# solidarity rather than charity"
# (the verbs of speech of `_SPOKE`, and of arguing a view)
_SPEAKING = (rf"(?:{_SPOKE}|arguing|outlines?|outlined|believes?|believed|thinks?|reckons?|explains|stresses|"
             r"emphasi[sz]es|emphasi[sz]ed|insists?|insisted)")
_OFFICE_ASKED = re.compile(rf"\b(?:the|a|an|[\w-]+['’]s)\s+(?:(?:then|city|current|former)\s+)?(?P<office>{OFFICES})"
                           rf"\s+(?:of\s+[\w-]+\s+)?{_SPEAKING}\s+(?:that\s+)?(?P<words>[^?;]+)", re.I)
# ... which a sentence gives to another office: "A coordinator from the Ghent Taskforce on Refugees outlines that the
# best approach to integrating refugees is one grounded in solidarity, not charity"
_OFFICE_SAID = re.compile(rf"\b(?P<office>{OFFICES})\b[^.;:]{{0,60}}?\b{_SPEAKING}\s+(?:that\s+)?(?P<words>[^;]+)",
                          re.I)
_OFFICE_WORDS_SHARED = 3  # the words said a sentence giving them to another office must share with the question's


def words_of_another_office(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has one office say something ("why does Ghent's mayor argue that integrating refugees should
    rest on solidarity rather than charity") and a sentence read has another office say it ("A coordinator from the
    Ghent Taskforce on Refugees outlines that the best approach to integrating refugees is one grounded in
    solidarity, not charity"), none the question's. A sentence naming no office (the article's own author) is no
    other speaker."""
    asked = _OFFICE_ASKED.search(question)
    if not asked:
        return None
    office, words = asked.group("office").lower(), content_stems(asked.group("words"))
    other = None
    for sentence, near in related_sentences(chosen, hits):
        for told in _OFFICE_SAID.finditer(sentence):
            if len(words & content_stems(told.group("words"))) < _OFFICE_WORDS_SHARED:
                continue
            if told.group("office").lower() == office:
                return None
            other = other or (told.group("office").lower(), sentence) if near else other
    if other is None:
        return None
    return f"the reports give these words to a {other[0]}, not the {office}: “{quote(other[1])}”"
