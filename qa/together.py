"""Names a why-question puts together that no passage puts together: "Why did UNHCR award Ghent an URBACT Good
Practice label?" when the reports say URBACT awarded the label and UNHCR declared Ghent a solidarity city;
"Why did Mayor Daniël Termont pledge after the Moria fire ...?" when Termont is named only as the mayor of 2018;
"What did Alderman Rudy Coddens say about World Refugee Day 2020?" when the mayor said it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.contradiction import SCOPES, related_sentences, sentence_before
from qa.question import asks_yes_no, question_names
from qa.result import Hit
from qa.synonyms import canonical_stem

_WORD = re.compile(r"\w+")
# "What did Alderman Rudy Coddens say about World Refugee Day 2020?" puts a speaker with a topic, as a why-question
# puts an actor with a deed
ASKS_WHAT_WAS_SAID = re.compile(r"\bwhat did\b.*\b(say|said|state|stated|argue|argued|claim|claimed|write|wrote|"
                                r"declare|declared)\b", re.I)
# places and the adjectives of where: "Ghent", "Belgian", "European" name no actor of the claim
_PLACES = frozenset(w for words in SCOPES.values() for w in words) | {"european", "europe", "eu", "un"}


def names_apart(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """A question naming two or more actors or things (places aside) that no sentence read names together, with
    the sentence before it, its section heading, its report's title, author and publisher. The caller asks it of
    why-questions and what-did-X-say questions only: a question of several parts ("After the Moria fire, how
    many ... and how many ...?") spreads its names over several sentences; on the fourteen evaluation sets,
    checking every question wrongly refused 13 answers."""
    if asks_yes_no(question):
        return None
    names = [n for n in question_names(question) if not all(_is_place(w) for w in n.split())]
    if len(names) < 2:
        return None
    wanted = [{canonical_stem(w) for w in _WORD.findall(name)} for name in names]
    for sentence, _near in related_sentences(chosen, hits):
        chunk, before = sentence_before(sentence, hits)
        context = [sentence, before]
        if chunk is not None:
            meta = chunk.metadata or {}
            context += [chunk.title, str(meta.get("author", "")), str(meta.get("publisher", "")), chunk.section or ""]
        said = {canonical_stem(w) for w in _WORD.findall(" ".join(context))}
        if all(name <= said for name in wanted):
            return None
    return f"no passage read names {', '.join(names)} together"


def _is_place(word: str) -> bool:
    """ "Ghent", "Belgian", "Belgium's": a place or the adjective of one."""
    return word.lower().removesuffix("’s").removesuffix("'s") in _PLACES
