"""A word of a kind swapped for another of the same kind, in a phrase the reports write with the other.

"the Immigration Office's quarterly activity report" against "the Immigration Office now has to draft an annual
activity report"; "a high degree of autonomy at the provincial and municipal levels" against "at the regional and
municipal levels". Only words of a closed kind (how often, which level of government), each kind's words that mean
the same counted as one ("yearly" is "annual", "local" is "municipal"), and only when the words after it are the
sentence's too: the phrase is the same, its one word is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import quote, related_sentences
from qa.result import Hit

# each kind: its words, those meaning the same in one group
_KINDS: tuple[tuple[frozenset[str], ...], ...] = (
    (frozenset({"annual", "yearly", "annually"}), frozenset({"quarterly"}), frozenset({"monthly"}),
     frozenset({"weekly"}), frozenset({"daily"}), frozenset({"biannual", "half-yearly", "semi-annual"}),
     frozenset({"biennial"})),
    # (a region is regional: "which regional coalition agreement" is the Flemish one)
    (frozenset({"regional", "flemish", "walloon"}), frozenset({"provincial"}),
     frozenset({"municipal", "local", "communal"}),
     frozenset({"federal", "national"}), frozenset({"european", "eu"}), frozenset({"international", "global"})),
    # ("the first episode of the so-called 'sudan crisis'" against "the last episode of the so-called ‘Sudan crisis’")
    (frozenset({"first", "earliest", "initial", "opening"}), frozenset({"last", "latest", "final", "closing"})),
    # ("Given that newcomers settle mostly in rural areas" against "Newcomers settle mostly in cities")
    (frozenset({"rural", "countryside", "villages"}), frozenset({"cities", "urban", "towns"})),
    # ("a low degree of autonomy at regional and municipal level" against "high degree of autonomy at the regional and
    # municipal levels")
    (frozenset({"low"}), frozenset({"high"})),
)
_GROUP = {word: (k, group) for k, kind in enumerate(_KINDS) for group in kind for word in group}
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_AFTER = 2  # the words after the swapped one that the sentence must have after its own
_BEFORE = 3  # ... or the words before it
_CLAUSE_END = re.compile(r"[,;:?.!()]")
_ASKING = frozenset({"which", "what", "whose"})


def swapped_kind_word(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The reason a word of a closed kind in the question ("quarterly") is another of that kind ("annual") in a
    sentence read that writes the same words after it ("activity report"), and no sentence near the answer has the
    question's; or None."""
    words = list(_WORD.finditer(question))
    asked = [m.group().lower() for m in words]
    # (not one asked for: "which regional coalition agreement plans ...?")
    swaps = [(i, word) for i, word in enumerate(asked) if word in _GROUP and len(asked) - i > _AFTER
             and not (i and asked[i - 1] in _ASKING)]
    if not swaps:
        return None
    sentences = [(sentence, near, [w.lower() for w in _WORD.findall(sentence)])
                 for sentence, near in related_sentences(chosen, hits)]
    near_words = {w for _s, near, told in sentences if near for w in told}
    for i, word in swaps:
        kind, group = _GROUP[word]
        if group & near_words:
            continue
        # (or those left of its clause, one at least: "are decided at regional level, where does ...")
        clause_after = [w.lower() for w in _WORD.findall(_CLAUSE_END.split(question[words[i].end():], 1)[0])]
        after = asked[i + 1:i + 1 + _AFTER] if len(clause_after) >= _AFTER else clause_after
        # ... or the words before it, more of them, in its clause, in any order: "(mostly) settle (mostly) in rural
        # areas" against "settle mostly in cities"
        before = sorted(asked[i - _BEFORE:i]) if i >= _BEFORE and not _CLAUSE_END.search(
            question[words[i - _BEFORE].start():words[i].start()]) else []
        if not after and not before:
            continue
        # the words of the kind the sentences read write before the question's next words (or after its words before),
        # in the order read
        found = [(sentence, j, other, by_after)
                 for sentence, _near, told in sentences for j, other in enumerate(told)
                 if other in _GROUP and _GROUP[other][0] == kind
                 for by_after in [bool(after) and told[j + 1:j + 1 + len(after)] == after]
                 if by_after or before and sorted(told[max(0, j - _BEFORE):j]) == before]
        # (the reports writing the question's phrase too, anywhere read, write both: "the Flemish coalition
        # agreement" and "the federal coalition agreement")
        if any(other in group for _s, _j, other, _by_after in found):
            continue
        if found:
            sentence, j, _other, by_after = found[0]
            told_words = _WORD.findall(sentence)
            phrase = " ".join(told_words[j:j + 1 + len(after)] if by_after else told_words[max(0, j - _BEFORE):j + 1])
            return f"the reports write '{phrase}', not '{word}': “{quote(sentence)}”"
    return None
