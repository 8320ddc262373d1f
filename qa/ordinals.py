"""A thing counted past what the reports count: "What was the fourth working group of Ghent's taskforce
responsible for?" against "we set up three working groups". Lexical and English-only, like the other premise
checks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import quote, related_sentences
from qa.figures import WORD_NUMBERS
from qa.result import Hit
from qa.synonyms import canonical_stem as _stem

_ORDINALS = {word: n for n, word in enumerate(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=2)}
_COUNTS = {word: n for word, n in WORD_NUMBERS.items() if n >= 2}
_ORDINAL_DIGITS = r"\d{1,2}(?:st|nd|rd|th)"
# "the fourth working group", "its third pillar": an ordinal that picks one of a counted set ("a third of" is a
# share, "third-country nationals" a kind of person: neither is matched)
_ASKED = re.compile(rf"\b(?:the|its|their|this|that)\s+({'|'.join(_ORDINALS)}|{_ORDINAL_DIGITS})\s+"
                    r"((?:[A-Za-z’'-]+\s+){0,2}[A-Za-z’'-]+)", re.I)
# a sentence naming the n-th one: "a fourth working group was added"
_NAMED = re.compile(rf"\b({'|'.join(_ORDINALS)}|{_ORDINAL_DIGITS})\s+((?:[A-Za-z’'-]+\s+){{0,2}}[A-Za-z’'-]+)", re.I)
_COUNTED = re.compile(rf"\b({'|'.join(_COUNTS)}|\d{{1,2}})\s+((?:[A-Za-z’'-]+\s+){{0,2}}[A-Za-z’'-]+)", re.I)
# words that end the counted noun: "the fourth working group, the one on housing", "the third pillar of the plan"
_ENDS_NOUN = frozenset("of on in for to and or with was were is are that which who the a an by from at about "
                       "did does do has have had".split())


def beyond_count(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question asks for the n-th of something ("the fourth working group") and a sentence read counts fewer
    of it ("three working groups"), while no sentence names the n-th one."""
    asked = [(_ordinal(m.group(1)), _noun(m.group(2))) for m in _ASKED.finditer(question)]
    sentences = [sentence for sentence, _near in related_sentences(chosen, hits)] if asked else []
    for number, noun in asked:
        if not noun or any(_ordinal(word) == number for sentence in sentences
                           for word, _ in _numbered(sentence, _NAMED, noun)):
            continue
        for sentence in sentences:
            fewer = [f"{word} {said}" for word, said in _numbered(sentence, _COUNTED, noun)
                     if 0 < _count(word) < number]
            if fewer:
                return f"the reports count {fewer[0]}: “{quote(sentence)}”"
    return None


def _numbered(sentence: str, pattern: re.Pattern[str], noun: list[str]) -> list[tuple[str, str]]:
    """(number, words) for each "<number> <noun>" of `sentence` that `pattern` finds."""
    out = []
    for match in pattern.finditer(sentence):
        words = match.group(2).split()[:len(noun)]
        if [_stem(w) for w in words] == noun:
            out.append((match.group(1), " ".join(words)))
    return out


def _noun(words: str) -> list[str]:
    """The stems of the words naming the counted thing, up to the first function word."""
    out: list[str] = []
    for word in words.split():
        if word.lower() in _ENDS_NOUN:
            break
        out.append(_stem(word))
    return out


def _ordinal(word: str) -> int:
    word = word.lower()
    return int(word[:-2]) if word[:-2].isdigit() else _ORDINALS.get(word, 0)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS.get(word.lower(), 0)


# "ww1", "world war I", "the First World War"
_WORLD_WAR = re.compile(r"\b(?:(first|second|1st|2nd)\s+world\s+war|world\s+war\s+(one|two|ii|i|1|2)|"
                        r"ww\s?(ii|i|1|2))\b", re.I)
_WAR_NUMBER = {"first": 1, "1st": 1, "one": 1, "i": 1, "1": 1, "second": 2, "2nd": 2, "two": 2, "ii": 2, "2": 2}
_WAR_NAME = {1: "the First World War", 2: "the Second World War"}


def other_world_war(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question names one world war ("why did the outbreak of ww1 end belgium's liberal policy") and a chosen
    sentence the other ("... ended with the outbreak of the Second World War"), while no sentence read names the
    one asked."""
    asked = {_war(m) for m in _WORLD_WAR.finditer(question)}
    if len(asked) != 1:
        return None
    sentences = [sentence for sentence, _near in related_sentences(chosen, hits)]
    if any(_war(m) in asked for sentence in sentences for m in _WORLD_WAR.finditer(sentence)):
        return None
    for sentence in chosen:
        told = {_war(m) for m in _WORLD_WAR.finditer(sentence)} - asked
        if told:
            return f"the reports say {_WAR_NAME[min(told)]}, not {_WAR_NAME[asked.pop()]}: “{quote(sentence)}”"
    return None


def _war(match: re.Match[str]) -> int:
    return _WAR_NUMBER[next(g for g in match.groups() if g).lower()]
