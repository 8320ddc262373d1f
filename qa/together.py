"""Names a why-question puts together that no passage puts together: "Why did UNHCR award Ghent an URBACT Good
Practice label?" when the reports say URBACT awarded the label and UNHCR declared Ghent a solidarity city;
"Why did Mayor Daniël Termont pledge after the Moria fire ...?" when Termont is named only as the mayor of 2018;
"What did Alderman Rudy Coddens say about World Refugee Day 2020?" when the mayor said it."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ingest.bm25 import Bm25Index, tokenize_query
from qa.contradiction import (
    OFFICES,
    PLACE_WORDS,
    TOWNS,
    context_of,
    quote,
    related_sentences,
    scopes,
    sentence_before,
    speaker_at,
    stands_for,
)
from qa.question import MONTHS, REFERS_BACK, asks_yes_no, initials, name_acronyms, question_names, split_resolved
from qa.result import Hit
from qa.synonyms import canonical_stem

_WORD = re.compile(r"\w+")
# "What did Alderman Rudy Coddens say about World Refugee Day 2020?" puts a speaker with a topic, as a why-question
# puts an actor with a deed
# ("what clear signal did mayor de clercq say ghent sent": what was said, with a noun between)
# (and a point made: "what point about the coronavirus did Alderman Rudy Coddens make")
POINT_WORDS = "point|argument|remark|comment|message|warning"  # what is said, by the word for it
ASKS_WHAT_WAS_SAID = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){0,3}?did\b.*\b(say|said|state|stated|argue|argued|"
                                r"claim|claimed|write|wrote|"
                                rf"declare|declared)\b|\bwhat\s+(?:{POINT_WORDS})s?\s+"
                                r"(?:[\w’'-]+\s+){0,4}?did\b[^?]*\b(make|raise)\b", re.I)
# places and the adjectives of where: "Ghent", "Belgian", "European" name no actor of the claim
_PLACES = PLACE_WORDS | {"european", "europe", "eu", "un"}


def names_apart(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """A question naming two or more actors or things (places aside) that no sentence read names together, with
    the sentence before it, its section heading, its report's title, author and publisher. The caller asks it of
    why-questions and what-did-X-say questions only: a question of several parts ("After the Moria fire, how
    many ... and how many ...?") spreads its names over several sentences; on the fourteen evaluation sets,
    checking every question wrongly refused 13 answers."""
    if asks_yes_no(question):
        return None
    names = _named(question)
    if len(names) < 2:
        return None
    # a possessive's "s" is no word of the name ("Ghent's OCMW" against "the OCMW of Ghent"), nor is a place in it
    # ("Belgium's Aliens Act" against "Belgian immigration law is the Aliens Act")
    wanted = [{canonical_stem(w) for w in _WORD.findall(re.sub(r"[’']s\b", "", name)) if not _is_place(w)}
              for name in names]
    for sentence, _near in related_sentences(chosen, hits):
        chunk, before = sentence_before(sentence, hits)
        context = [sentence, before]
        # "They first gained public attention through ... Facebook" after "This movement, ... launched in early
        # 2020, ..." after "A well-known citizen movement is Gent Zonder Grenzen": the subject it leans back to
        for _ in range(_LEANING_BACK):
            if not REFERS_BACK.match(before) and not _LEAD_THEN_PRONOUN.match(before):
                break
            before = sentence_before(before, hits)[1]
            context.append(before)
        if chunk is not None:
            # "Together with Julie from the Jobteam, I continued my search.", in the quotation "Renaud Teukam, a
            # participant in the coaching program, states: “..." opened: the speaker's words
            context.append(speaker_at(chunk.text, chunk.text.find(sentence)))
            meta = chunk.metadata or {}
            context += [chunk.title, str(meta.get("author", "")), str(meta.get("publisher", "")), chunk.section or ""]
        text = " ".join(context)
        said = {canonical_stem(w) for w in _WORD.findall(text)}
        # an acronym is said by its words' initials: "the EC" in "The European Commission announced ..."
        if all(words <= said or name.isupper() and stands_for([name], text)
               for name, words in zip(names, wanted, strict=True)):
            return None
    return f"no passage read names {', '.join(_as_written(question, names))} together"


_LEANING_BACK = 2  # sentences before the one before that may name what it leans back to
# a sentence whose subject, after a short lead, is a pronoun: "With the support of Ghent, they then addressed this
# request to the federal government" leans back to who wrote the letter on Moria
_LEAD_THEN_PRONOUN = re.compile(r"^\W*[^,.;:]{3,40},\s*(?:it|they|he|she|this|these)\b", re.I)


# a name as the question writes it, small words and numbers within: "Council of State", "M.A. v. Belgium", "Article 3"
_WRITTEN_NAME = re.compile(r"[A-Z][\w.’'-]*(?:\s+(?:(?:of|for|v\.|vs\.|de|van|voor|zonder)\s+)*"
                           r"(?:[A-Z][\w.’'-]*|\d+\b))*")


def _as_written(question: str, names: Sequence[str]) -> list[str]:
    """The question's spans that hold the names ("Council", "State" -> "Council of State"), each once, in order;
    the names themselves when no span holds them."""
    # a full stop after a word ends it ("... through Facebook. Why did they ..."), not after initials ("M.A. v.")
    spans = [piece.rstrip(".’'") for m in _WRITTEN_NAME.finditer(question)
             for piece in re.split(r"(?<=[a-z]{3})\.\s+", m.group())]
    firsts = [re.findall(r"\w+", name)[:1] for name in names]
    out = [span for span in spans if any(first and re.search(rf"\b{re.escape(first[0])}\b", span) for first in firsts)]
    return list(dict.fromkeys(out)) or list(names)


def _named(question: str) -> list[str]:
    """The question's names that are not only places. A comma ends a name: "Rudy Coddens, Ghent's alderman for
    Social Policy" names Rudy Coddens, not "Rudy Coddens Ghent's"."""
    pieces = question.split(",")
    return [n for k, piece in enumerate(pieces) for n in question_names(piece, first=k > 0)
            if not all(_is_place(w) or w.lower() in MONTHS for w in n.split())]  # "December" is a date


def _is_place(word: str) -> bool:
    """ "Ghent", "Belgian", "Belgium's": a place or the adjective of one."""
    return word.lower().removesuffix("’s").removesuffix("'s") in _PLACES


# a name of several capitalised words, which "of", "for" and Dutch particles may join ("Council for Alien Law
# Litigation", "Hart voor Vluchtelingen"); "and" and a possessive end it ("Yar and Laurentsyeva", "Cirq's Batahlan")
_JOINING = ("of", "for", "voor", "van", "de", "der", "the", "zonder")  # the small words a name's words join by
_NAME = re.compile(rf"[A-Z][\w-]+(?:\s+(?:(?:{'|'.join(_JOINING)})\s+)*[A-Z][\w-]+)+")
# capitalised words that are no part of a name: months, and question words after a first clause
_NOT_NAME = frozenset("january february march april may june july august september october november december "
                      "what which who whom whose how why when where is are was were does did do can could "
                      "according".split())


_MEDIUM = frozenset({"tv", "radio"})


def unmentioned_name(question: str, hits: Sequence[Hit], index: Bm25Index | None = None) -> str | None:
    """A name of two or more capitalised words (places aside) that no passage retrieved contains as a phrase, in its
    text, title, section, author or publisher, nor as an acronym: "the Ghent Light Festival" when the reports speak
    of the Gentse Feesten. Every word of it may be in the reports ("light", "festival"); the name is not. Passages
    are retrieved for the question's words, so a name the reports use would be among them; one told in a passage of
    its own, with a word no more than RARE_NAME_PASSAGES passages use, is found by the `index` ("the Open Vld mayor
    of Ghent", in the data box "Mathias De Clercq (Open Vld)")."""
    asked = split_resolved(question)[0]
    words = asked.split()
    body = asked[len(words[0]):] if words else asked  # the first word is capitalised anyway
    retrieved = " | ".join(_plain(_searchable(h)) for h in hits)
    tokens = set(retrieved.split())
    spelled: set[str] | None = None  # the passages' initials, read only for a name not found otherwise
    for name in _names(body):
        core = [w for w in _plain(name).split() if not _is_place(w)]
        # "Ghent for World Refugee Day": a place joined on by a small word is no part of the name
        while core and core[0] in _JOINING:
            del core[0]
        # "the Global Compact for Migration for Belgium": a place joined on at the end leaves its small word behind
        while core and core[-1] in _JOINING:
            del core[-1]
        # "City Councillor Rudy Coddens" where a report has "Rudy Coddens, City Councillor ...": the person is the
        # name (an office the reports give another is for the checks of offices)
        # ("Special Envoy Jean-Luc Bodson": an office of two words)
        while len(core) > 2 and (office := _office_words(core)):
            del core[:office]
        if sum(1 for w in name.split() if w[:1].isupper() and not _is_place(w)) < 2:
            continue
        # "a Pano TV documentary" where a report cites "Pano": the medium is no part of the programme's name
        core = [w for w in core if w not in _MEDIUM] or core
        if len(core) < 2 and core[0] in tokens:
            continue
        if " ".join(core) in retrieved or any(a.lower() in tokens for a in name_acronyms(name)):
            continue
        # "the FPS Interior": an acronym of a name the passages spell out, with the name's other words
        spelled = initials(h.chunk.text for h in hits) if spelled is None else spelled
        if any(w in spelled for w in name.split()) and all(w in tokens for w in core if w.upper() not in spelled):
            continue
        # "the French-speaking Community" is one of "the Flemish, French-speaking and German-speaking communities"
        head = re.escape(core[-1].rstrip("ys"))
        if len(core) >= 2 and re.search(rf"\b{' '.join(map(re.escape, core[:-1]))}(?: \w+){{0,4}}? "
                                        rf"(?:and|or) (?:\w+ ){{1,3}}{head}(?:s|es|ies|y)?\b", retrieved):
            continue
        # "Refugee Task Force" is "Refugee Taskforce", "Refugees Taskforce" is "Refugee Taskforce" (stemmed only
        # when needed: a few milliseconds)
        if "".join(core) in retrieved.replace(" ", "") or " ".join(canonical_stem(w) for w in core) in " ".join(
                canonical_stem(w) for w in retrieved.split()):
            continue
        # "a production by vzw Cirq for the Gentse Feesten": two names the passages each give, joined by small words
        parts = [part.split() for part in re.split(rf"\s+(?:{'|'.join(_JOINING)})(?:\s+(?:{'|'.join(_JOINING)}))*\s+",
                                                    " ".join(core))]
        if len(parts) >= 2 and all(f" {' '.join(part)} " in f" {retrieved} " for part in parts):
            continue
        if index is None or not _together_in_one(core, index):
            return f"the reports never mention {name}"
    # a name or title the question quotes: "the European Commission's 'New Pact on Integration and Inclusion'"
    # where the reports quote the ‘New Pact on Migration and Asylum’
    stemmed = " ".join(canonical_stem(w) for w in retrieved.split())
    for quoted in (a or b for a, b in _QUOTED.findall(asked)):
        words = _plain(quoted).split()
        if len(words) >= 2 and f" {' '.join(words)} " not in f" {retrieved} " and \
                f" {' '.join(canonical_stem(w) for w in words)} " not in f" {stemmed} ":
            return f"the reports never mention “{quoted.strip()}”"
    return None


RARE_NAME_PASSAGES = 3


def _together_in_one(words: Sequence[str], index: Bm25Index) -> bool:
    """Do all the words (as the index stems them) occur in one passage, one of them in few passages only?"""
    terms = [t for w in words for t in tokenize_query(w, index.langs)]
    if not terms or not all(index.has_term(t) for t in terms) or \
            min(index.doc_freq(t) for t in terms) > RARE_NAME_PASSAGES:
        return False
    together = np.logical_and.reduce([index.scores([term]) > 0 for term in terms])
    return bool(together.any())


# words the question puts in quotation marks (an apostrophe within or after a word is none)
_QUOTED = re.compile(r"(?:^|(?<=\s))['‘]([^'‘’\n]{3,80}?)['’](?=[\s,.?!;:)-]|$)|[\"“]([^\"“”\n]{3,80}?)[\"”]")


_OFFICE_WORD = re.compile(rf"(?:{OFFICES}|city)", re.I)  # "Ghent" is a place, left out of `core` already


def _office_words(core: list[str]) -> int:
    """How many of a name's first words are an office: "councillor" 1, "special envoy" 2 (leaving two words)."""
    if _OFFICE_WORD.fullmatch(core[0]):
        return 1
    return 2 if len(core) > 3 and _OFFICE_WORD.fullmatch(" ".join(core[:2])) else 0


def _names(text: str) -> list[str]:
    """The capitalised names in `text`, split at months and question words ("June", "What")."""
    out = []
    for match in _NAME.finditer(text):
        run: list[str] = []
        for word in [*match.group().split(), "June"]:
            if word.lower() in _NOT_NAME:
                if run:
                    out.append(" ".join(run))
                run = []
            else:
                run.append(word)
    return out


def _plain(text: str) -> str:
    """Lower case, possessives and titles of address dropped, words joined by single spaces: "Ghent’s Refugee\n
    Taskforce" -> "ghent refugee taskforce", "Asylum Mr. Jean-Luc Bodson" -> "asylum jean luc bodson"."""
    return " ".join(w for w in re.findall(r"\w+", re.sub(r"['’]s\b", "", text.lower())) if w not in _ADDRESS)


_ADDRESS = frozenset({"mr", "mrs", "ms", "dr"})


def _searchable(hit: Hit) -> str:
    """A passage's text with its title, section, author and publisher."""
    meta = hit.chunk.metadata or {}
    return " ".join([hit.chunk.title, hit.chunk.section or "", str(meta.get("author", "")),
                     str(meta.get("publisher", "")), hit.chunk.text])



def named_elsewhere(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question puts a name in a town ("when Rose ran Refu Interim's operation in Ostend") and every sentence
    read that names it with a town names another ("they were looking for someone to run the operation in
    Lokeren"), none the asked one, not even in the sentence before."""
    towns = scopes(question) & TOWNS
    if not towns or asks_yes_no(question):
        return None
    names = _named(question)
    sentences = [sentence for sentence, _near in related_sentences(chosen, hits)]
    for name in names:
        named = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        placed = [(sentence, scopes(sentence) & TOWNS) for sentence in dict.fromkeys(sentences)
                  if named.search(sentence)]
        placed = [(sentence, where) for sentence, where in placed if where]
        if placed and not any(where & towns or towns & scopes(context_of(sentence, hits))
                              for sentence, where in placed):
            sentence, where = placed[0]
            return f"the reports place {name} in {', '.join(sorted(where))}: “{quote(sentence)}”"
    return None
