"""A list in the question with one member swapped for another than the reports list.

"how do the flemish, french-speaking and english-speaking communities share responsibility" against "the Flemish,
French-speaking and German-speaking communities are jointly responsible": both list three, two of them the same;
the question's third is not the report's. Only lists of the same length, of three or more, with exactly one member
different and that member named nowhere in the answer's sentences; the report's member must be a name or have an
article (a list of describing words is often put otherwise).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.bm25 import tokenize
from qa.contradiction import BROKEN_HYPHEN, PLACE_STEMS, content_stems, quote, related_sentences
from qa.result import Hit
from qa.synonyms import canonical_stem as _stem

# "A, B and C", "A, a B c, D or E": each member known by one word, the word before the first comma and the first
# word after each separator (after an article); a member may run to three words ("a housing coach")
_WORD = r"[^\W\d_][\w’'-]*"
_ITEM = rf"(?:(?:the|a|an)\s+)?(?!(?:and|or)\b)({_WORD})(?:\s+(?!(?:and|or)\b){_WORD}){{0,2}}?"
_LIST = re.compile(rf"({_WORD})((?:\s*,\s*{_ITEM})+)\s*,?\s+(?:and|or|&)\s+{_ITEM}", re.I)
_MIDDLE = re.compile(rf",\s*{_ITEM}", re.I)
_OPENER = re.compile(rf"^\W*{_WORD},\s+(?:the|a|an)\s", re.I)  # "Finally, the Flemish, ...": no member


def list_members(text: str) -> list[list[tuple[str, str]]]:
    """The lists of three or more members in the text, each member as (its word, its words): "a team of social
    workers, a psychologist, a housing coach and a job coach" -> [[("workers", "workers"), ("psychologist", "a
    psychologist"), ("housing", "a housing coach"), ("job", "a job")]]."""
    out = []
    # "a working group on shelter, a working group on integration and one on volunteers": the members after the head
    text = _REPEATED_HEAD.sub(lambda m: f"{m.group('head')}s {m.group('prep')} {m.group('a')}, {m.group('b')} and ",
                              text)
    # "groups on shelter, on integration and on employment": the preposition said once
    text = _REPEATED_PREP.sub(lambda m: f"{m.group('prep')} {m.group('a')}, {m.group('b')} and ", text)
    for match in _LIST.finditer(text):
        keys = [match.group(1), *_MIDDLE.findall(match.group(2)), match.group(match.re.groups)]
        pieces = _SEPARATOR.split(match.group())
        members = list(zip(keys, pieces, strict=True)) if len(pieces) == len(keys) else [(k, k) for k in keys]
        if not text[:match.start()].strip() and _OPENER.match(text):
            members = members[1:]
        # "covers intra-eu migrants too, mostly from poland, slovakia and romania": the list starts after the last
        # preposition before its last member
        led = [(j, lead) for j, (_key, words) in enumerate(members[:-1]) if (lead := _LEAD_IN.search(words))]
        if led:
            j, lead = led[-1]
            members = [(lead.group(1), lead.group(1)), *members[j + 1:]]
        if len(members) >= 3:
            out.append(members)
    return out


_REPEATED_HEAD = re.compile(r"\b(?:a|an)\s+(?P<head>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?P<prep>on|for|about)\s+"
                            r"(?P<a>[^,;:]+?),\s*(?:a|an)\s+(?P=head)\s+(?P=prep)\s+(?P<b>[^,;:]+?),?\s+and\s+"
                            r"(?:one|(?:a|an)\s+(?P=head))\s+(?P=prep)\s+", re.I)
_REPEATED_PREP = re.compile(r"\b(?P<prep>on|for|about|in|to|with)\s+(?P<a>[^,;:]+?),\s*(?P=prep)\s+(?P<b>[^,;:]+?),?\s+"
                            r"and\s+(?P=prep)\s+", re.I)
_ARTICLE = re.compile(r"(?:the|a|an)\s", re.I)
_LEAD_IN = re.compile(rf"\b(?:from|in|of|to|by|with|like|including|such as|on|about|concerning|regarding|namely|"
                      rf"cover|covered|covering|covers|include|includes|included)\s+"
                      rf"({_WORD})$", re.I)
_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+", re.I)


def other_list_member(question: str, chosen: Sequence[str]) -> str | None:
    """The reason a list of the question has a member the reports' list of the same things does not, or None."""
    asked_lists = list_members(question)
    if not asked_lists:
        return None
    said = {_stem(w) for sentence in chosen for w in re.findall(_WORD, sentence)}
    # "Christian- democratic": a word the page broke at its hyphen is one word
    listed_in = [(sentence, list_members(BROKEN_HYPHEN.sub("-", sentence))) for sentence in chosen]
    for asked in asked_lists:
        asked_stems = {_stem(key) for key, _ in asked}
        for sentence, lists in listed_in:
            for listed in lists:
                listed_stems = {_stem(key) for key, _ in listed}
                if len(listed) != len(asked):
                    continue
                extra = [(key, words) for key, words in asked if _stem(key) not in listed_stems]
                missing = [(key, words) for key, words in listed if _stem(key) not in asked_stems]
                # a name ("German-speaking") or a thing with its article ("a housing coach"), not a describing word
                # the question may have put otherwise ("long, risky and expensive" for "dangerous, expensive and long")
                # ... or a member of a list of what the question and the sentence both name before it ("working
                # groups on reception, integration and employment" against "three working groups were created,
                # respectively concerning reception, integration and sensibilisation")
                if (len(extra) == 1 and len(missing) == 1 and _stem(extra[0][0]) not in said
                        and (missing[0][0][:1].isupper() or _ARTICLE.match(missing[0][1])
                             or _of_one_topic(question, asked[0][1], sentence, listed[0][1]))):
                    return f"the reports name {missing[0][1]}, not {extra[0][1]}: “{quote(sentence)}”"
    return None


def _of_one_topic(question: str, asked_first: str, sentence: str, listed_first: str) -> bool:
    """The question's list is of a thing it names just before ("working groups on reception, ..."), which the
    sentence names within _TOPIC_REACH words before its own list."""
    topic = re.search(rf"({_WORD})\s+(?:on|concerning|about|covering)\s+(?:the\s+)?{re.escape(asked_first)}\b",
                      question, re.I)
    at = re.search(rf"\b{re.escape(listed_first)}\b", sentence)
    if not at:
        return False
    words_before = re.findall(_WORD, sentence[:at.start()])
    if topic:
        return _stem(topic.group(1)) in {_stem(w) for w in words_before[-_TOPIC_REACH:]}
    # ("the working groups of Ghent's Taskforce on Refugees, which covered shelter, ..." against "we set up three
    # working groups: a working group on shelter, ...": words of what is listed, before both lists)
    asked_at = re.search(rf"\b{re.escape(asked_first)}\b", question)
    if not asked_at:
        return False
    asked_before = content_stems(" ".join(re.findall(_WORD, question[:asked_at.start()])[-_TOPIC_REACH:]))
    before = {_stem(w) for w in words_before[-2 * _TOPIC_REACH:]}
    return len((asked_before - PLACE_STEMS) & before) >= _TOPIC_SHARED


_TOPIC_REACH = 8
_TOPIC_SHARED = 2


def apart_from_unlisted(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """ "Apart from Ghent University and JES vzw, who organised the 2018 cycling tour?" takes two members of a group
    as given; the sentence read naming most of them names one ("youth organisations (JES vzw and Tumult vzw), ... a
    university college (Odisee)") and not the other. Only members named with capitals, and two or more of them."""
    match = _APART_FROM.search(question)
    members = _MEMBER_BREAK.split(match.group(1)) if match else []
    # each a name: a capital first (after an article), in at most four words (not "the 18 unaccompanied minors
    # relocated from Lesbos and Samos")
    named_ones = len(members) >= 2 and all(_A_NAME.match(m) and len(m.split()) <= _NAME_WORDS for m in members)
    # ... or three or more things in small letters, to the comma before the question ("besides inclusion in the
    # welfare system, labour market regulations and local housing allocation, which integration policies ..."), of
    # which the sentence read names two or more
    things = _APART_FROM_LIST.search(question) if not named_ones else None
    # ... or one thing in small letters, when no such list is set aside
    listed = _MEMBER_BREAK.split(things.group(1)) if things else []
    if match and not named_ones and len(members) == 1 and (
            len(listed) < _THINGS_MIN or any(not 1 < len(m.split()) <= _THING_WORDS for m in listed)):
        return _apart_from_one(question, members[0], match.end(), chosen, hits)
    if things:
        members = _MEMBER_BREAK.split(things.group(1))
        # (each a phrase of two to five words: "apart from a place to sleep, wash and eat" lists deeds, not things)
        if len(members) < _THINGS_MIN or any(not 1 < len(m.split()) <= _THING_WORDS for m in members):
            return None
    elif not named_ones:
        return None
    best, held = "", 0
    for sentence, _near in related_sentences(chosen, hits):
        count = sum(1 for m in members if _names(sentence, m))
        if count > held:
            best, held = sentence, count
    if not held or held == len(members) or things and held < 2:
        return None
    named = [_names(best, m) for m in members]
    present = [m.strip() for m, told in zip(members, named, strict=True) if told]
    missing = [m.strip() for m, told in zip(members, named, strict=True) if not told]
    return f"the reports name {', '.join(present)} with others, not {', '.join(missing)}: “{quote(best)}”"


def _apart_from_one(question: str, member: str, end: int, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """ "Apart from housing, one of the policies ... the article says are decided at national level, which other such
    policies does it name?" takes one thing in small letters as a member of a list; the chosen sentence listing what
    the question names ("many policies ... are decided at national level, namely inclusion in the welfare system,
    labour market regulations, ...") lists three or more without it, and no sentence near the answer names it."""
    member = member.strip()
    if not member or member[:1].isupper() or len(member.split()) > _NAME_WORDS:
        return None
    rest = content_stems(question[end:]) - PLACE_STEMS
    related = related_sentences(chosen, hits)
    if any(_names(sentence, member) for sentence, near in related if near):
        return None
    for sentence in chosen:
        lists = list_members(BROKEN_HYPHEN.sub("-", sentence))
        if lists and len(lists[0]) >= _THINGS_MIN and len(rest & content_stems(sentence)) >= _APART_SHARED:
            return f"the reports list others, not {member}: “{quote(sentence)}”"
    return None


_APART_SHARED = 3  # words of the question after "apart from X," a sentence listing what it asks about must have


def _names(sentence: str, member: str) -> bool:
    """The sentence names the member: its words in a row, its last word after the others in a list ("the Flemish
    Community" in "the Flemish, French-speaking and German-speaking communities"), or its words close together."""
    words = [w for w in re.findall(r"\w+", member.lower()) if w not in ("the", "a", "an")]
    text = " ".join(re.findall(r"\w+", sentence.lower()))
    if not words or f" {' '.join(words)} " in f" {text} ":
        return bool(words)
    head = re.escape(_stem(words[-1]))
    if len(words) > 1 and re.search(rf"\b{' '.join(map(re.escape, words[:-1]))}(?: \w+){{0,6}}? {head}\w*\b", text):
        return True
    # ... or its words close together in another order: "Odisee university college" in "a university college
    # (Odisee)"
    tokens = [_stem(t) for t in text.split()]
    at = [[i for i, t in enumerate(tokens) if t == _stem(w)] for w in words]
    return all(at) and any(all(min(abs(i - j) for j in other) <= len(words) + 1 for other in at) for i in at[0])


# "Apart from the Flemish Community and the Brussels Community, which community ...": the members taken as given
_APART_LEAD = r"\b(?:apart from|besides|aside from|other than|in addition to)\s+"
_APART_FROM = re.compile(rf"{_APART_LEAD}([^,?;]+?)\s*(?:,|\s(?=(?:who|which|what|where|how|when)\b))", re.I)
_APART_FROM_LIST = re.compile(rf"{_APART_LEAD}([^?;]+?),\s*(?=(?:who|which|what|where|how|when)\b)", re.I)
_THINGS_MIN = 3
_THING_WORDS = 5
_MEMBER_BREAK = re.compile(r"\s*,\s*|\s+(?:and|or|&)\s+", re.I)
_A_NAME = re.compile(r"^(?:(?:the|a|an)\s+)?[A-Z]")
_NAME_WORDS = 4


# "the taskforce's working group on border security": a group named by what it works on
_GROUP_ON = re.compile(rf"\bgroups?\s+(?:on|for|about|concerning)\s+(?:the\s+)?({_WORD}(?:\s+{_WORD}){{0,2}}?)"
                       r"(?=\s+(?:do|does|did|was|were|is|are|and|to|in|of|that|which|who|work|focus)\b|\s*[?,;:.]|\s*$)",
                       re.I)
# the groups a sentence names one by one: "a working group on shelter, a working group on integration and one on
# volunteers"
_GROUP_TOLD = re.compile(rf"\b(?:group|one)\s+(?:on|for|about|concerning)\s+(?:the\s+)?({_WORD})", re.I)
_GROUPS_LISTED = 2
# ... and the others it lists after the first: "groups on shelter, integration and health", "a working group on
# shelter and one on employment"
# ("groups on shelter, on integration and on volunteers": the preposition alone)
_ONE_ON = re.compile(r"(?:(?:one|another|an?\s+(?:working\s+)?group)\s+)?(?:on|for|about)\s+(?:the\s+)?", re.I)
# (a member is no verb in -ed: "..., on volunteers and public awareness, adopted this triple-pronged approach")
_GROUPS_ON_MORE = re.compile(rf"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:{_ONE_ON.pattern})?(?![a-z]+ed\b)"
                             rf"{_WORD}(?:\s+{_WORD}){{0,2}}?(?=\s*[,;:?.–—-]|\s+and\s|\s*$))*", re.I)


def other_group(question: str, chosen: Sequence[str]) -> str | None:
    """The question names a group by what it works on ("working group on border security"); a chosen sentence names
    the groups one by one ("a working group on shelter, a working group on integration and one on volunteers") and
    no chosen sentence has a word of what the question's group works on."""
    said = {_stem(w) for sentence in chosen for w in re.findall(_WORD, sentence)}
    # "working groups on shelter, integration and health": each one the question lists (the sentence listing the
    # groups must leave the one out; another may speak of health without a group on it)
    asked_topics = [(asked, topic, listed) for asked in _GROUP_ON.finditer(question)
                    for more in [_GROUPS_ON_MORE.match(question, asked.end())]
                    for listed in [_MEMBER_BREAK.split(more.group())[1:] if more else []]
                    for topic in [asked.group(1), *(_ONE_ON.sub("", member) for member in listed)]]
    for asked, topic_words, listed in asked_topics:
        topic = {_stem(w) for w in re.findall(_WORD, topic_words) if tokenize(w, "en")}
        if not topic or topic & said and not listed:
            continue
        for sentence in chosen:
            if len(_GROUP_TOLD.findall(sentence)) >= _GROUPS_LISTED \
                    and not topic & {_stem(w) for w in re.findall(_WORD, sentence)}:
                return f"the reports name other groups than one on {topic_words}: “{quote(sentence)}”"
            if listed:
                continue
            # "the Eurocities working group Migration & Integration": the one group of that body, by its name
            owner = re.search(rf"({_WORD})\s+working\s+$", question[:asked.start()], re.I)
            named = _GROUP_NAMED.search(sentence)
            if owner and named and named.group(1).lower() == owner.group(1).lower():
                return f"the reports name the {named.group(1)} working group {named.group(2)}: “{quote(sentence)}”"
    return None


# a working group named by its body and its name: "the Eurocities working group Migration & Integration"
_GROUP_NAMED = re.compile(r"\b([A-Z][\w’'-]+)\s+working\s+group\s+([A-Z][\w’'-]*(?:\s+(?:&|and)\s+[A-Z][\w’'-]*)*)")


# two names joined: "lesbos n chios", "Lesbos and Samos"
_PAIR_ASKED = re.compile(rf"\b({_WORD})\s+(?:and|n|&)\s+({_WORD})\b", re.I)
_PAIR_TOLD = re.compile(r"(?<=\w )([A-Z][\w’'-]+)\s+(?:and|&)\s+([A-Z][\w’'-]+)\b")


def other_pair_member(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question names two things together ("relocate from lesbos n chios") and an answer sentence names the
    first with another name ("from the Greek islands of Lesbos and Samos"); the question's second is named in no
    passage read. Names inside a sentence only (a capital after its first word), and a second that is a content
    word."""
    read: set[str] | None = None  # the words of the passages read, stemmed once a pair is told otherwise
    for asked in _PAIR_ASKED.finditer(question):
        first, second = asked.group(1), asked.group(2)
        if not tokenize(second, "en"):
            continue
        lead = _lead(question, asked.start())
        for sentence in chosen:
            for told in _PAIR_TOLD.finditer(sentence):
                if _stem(told.group(1)) != _stem(first) or _stem(told.group(2)) == _stem(second):
                    continue
                # "initiated by Ghent and Vluchtelingenwerk Vlaanderen" against "initiated by Ghent and IN-Gent vzw":
                # the pair after the same words is the same pair, whatever else the passages name
                if len(lead) == _LEAD_WORDS and lead == _lead(sentence, told.start()) and _stem(second) not in {
                        _stem(w) for w in re.findall(_WORD, sentence)}:
                    return f"the reports name {told.group(1)} with {told.group(2)}, not {second}: “{quote(sentence)}”"
                if read is None:
                    read = {_stem(w) for hit in hits for w in re.findall(_WORD, hit.chunk.text)} | {
                        _stem(w) for s in chosen for w in re.findall(_WORD, s)}
                if _stem(second) not in read:
                    return f"the reports name {told.group(1)} with {told.group(2)}, not {second}: “{quote(sentence)}”"
    return None


def _lead(text: str, at: int) -> list[str]:
    return [_stem(w) for w in re.findall(_WORD, text[:at])[-_LEAD_WORDS:]]


_LEAD_WORDS = 2
_LISTED_MIN = 4  # members of the question's list, all but one named in one sentence read
_TYPED_AND = re.compile(r"\s+n\s+", re.I)  # "SINGA n MENA"


def list_with_unlisted(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question lists four or more ("the 2018 cycle tour by JES, tumult, KAJ de mug, ghent university, SINGA n
    MENA"); one sentence near the answer names all of them but one ("a collaboration between youth organisations (JES
    vzw and Tumult vzw), a youth movement (KAJ De Mug), a university college (Odisee) and refugee organisations (SINGA
    and MENA)"), and no sentence read names that one."""
    read = related_sentences(chosen, hits)
    for asked in list_members(_TYPED_AND.sub(" and ", question)):
        if len(asked) < _LISTED_MIN:
            continue
        members = [words for _key, words in asked]
        for sentence, near in read:
            named = [_names(sentence, m) for m in members]
            if not near or sum(named) != len(members) - 1:
                continue
            missing = members[named.index(False)]
            if any(_names(other, missing) for other, _near in read):
                continue
            present = [m.strip() for m, told in zip(members, named, strict=True) if told]
            return f"the reports name {', '.join(present)} with others, not {missing.strip()}: “{quote(sentence)}”"
    return None
