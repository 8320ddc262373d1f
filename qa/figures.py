"""A figure the question states for a year, against the figure the reports give for that year.

"Belgium already reached the 0,7% of GNI aid target in 2018, so ...?" against "In 2018, Belgian ODA amounted to
0,44% of the gross national income (GNI), whereas this should increase to 0,7% by 2030": the question's 0,7% is
in the reports, but for 2030; for 2018 they give 0,44%.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from qa.contradiction import (
    PLACE_STEMS,
    YEAR,
    chunk_sentences,
    clause_about,
    content_stems,
    on_subject,
    quote,
    quote_from,
    quote_within,
    related_pieces,
    related_sentences,
    scopes,
    sentence_before,
)
from qa.question import MONTHS, months_written_out, question_names, question_parts, unshortened
from qa.result import Hit
from qa.synonyms import canonical_stem as _stem

# numbers written as words, with their values ("three working groups", "from five to three years")
WORD_NUMBERS = {word: n for n, word in enumerate("zero one two three four five six seven eight nine ten eleven "
                                                 "twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                                 "twenty".split())}
WORD_NUMBERS |= {word: 10 * n for n, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)}
# a small count, in digits or a word: "three times", "the other three", "2 yrs after"
_SMALL_COUNT = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"


def _small_count(word: str) -> float:
    """The value of a _SMALL_COUNT as written: "three" -> 3, "10" -> 10."""
    return float(WORD_NUMBERS[word.lower()]) if word.lower() in WORD_NUMBERS else number_value(word)


# a percentage or an amount in euros: "0,7%", "16.8 %", "360 euros", "€ 1.200"
# (or a count in millions: "Belgium's foreign-born population, 3.5 million people as of 2018" against "16.8% (or 1.9
# million) of the Belgian population came from a foreign country")
_FIGURE = re.compile(r"(?<![\w.,])(?:€\s*)?(\d+(?:[.,]\d+)*)\s*(%|percent\b|per cent\b|euros?\b|eur\b|million\b)?",
                     re.I)


def _figures(text: str) -> list[tuple[float, str, str | None, str]]:
    """(value, unit, year, as written) of each percentage, euro amount or count in millions in `text`; the year is
    the nearest one in the text (by characters), None when the text names no year."""
    years = [(m.start(), m.group()) for m in YEAR.finditer(text)]
    out = []
    for m in _FIGURE.finditer(text):
        unit = _unit(m)
        if not unit or YEAR.fullmatch(m.group(1)):
            continue
        year = min(years, key=lambda y: abs(y[0] - m.start()))[1] if years else None
        out.append((number_value(m.group(1)), unit, year, m.group().strip()))
    return out


def _unit(match: re.Match) -> str | None:
    word = (match.group(2) or "").lower()
    if word in ("%", "percent", "per cent"):
        return "%"
    if word.startswith("eur") or match.group().startswith("€"):
        return "EUR"
    if word == "million":
        return "million"
    return None


def rounded_from(value: float, numbers: Iterable[float]) -> bool:
    """Whether `value` is one of `numbers` rounded, up or down, to its last two or more zeros, and within 3% of it:
    "about 263,000 inhabitants" for "263,608". Not below 10,000, where years would be taken for counts ("3,000
    asylum seekers" is no rounded "2020")."""
    if value < _ROUNDED_FROM or value != int(value):
        return False
    zeros = len(str(int(value))) - len(str(int(value)).rstrip("0"))
    return zeros >= 2 and any(abs(n - value) < min(10 ** zeros, _ROUNDED_SHARE * value) for n in numbers)


_ROUNDED_FROM = 10_000
_ROUNDED_SHARE = 0.03


def roughly_stated(text: str) -> set[float]:
    """The values of the numbers the text gives roughly: "about 10%", "~45k" (written out first)."""
    return {number_value(m.group(1)) for m in _ROUGH_NUMBER.finditer(text)}


def same_value(given: float, stated: float, rough: set[float]) -> bool:
    """Whether a number the reports give is the one a question states, exactly or, when stated roughly, within
    _ROUGH_SHARE of it ("about 10%" for "10.08%")."""
    return abs(given - stated) < 1e-9 or stated in rough and abs(given - stated) <= _ROUGH_SHARE * stated


def number_value(number: str) -> float:
    """ "0,44" and "0.44" are 0.44; "1.200" and "1,200" (thousands) are 1200."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number):
        return float(re.sub(r"[.,]", "", number))
    return float(number.replace(",", "."))


# a percentage and what the ones it counts do: "70% of asylum seekers are getting recognised as refugees", "Most of
# them (60%) are getting recognised as refugees"
_SHARE_DOING = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*%\)?(?:\s+of\s+(?:[\w’'-]+\s+){0,3}?)?\s*(?:are|were|is|was|"
                          r"have|has|had|get|got)\s+((?:[\w’'-]+\s*){1,6})", re.I)
_DOING_SHARED = 3  # the content stems after the percentage both must share


def other_share_of_deed(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives the share of those who do something ("in belgium, where 70% of asylum seekers are getting
    recognised as refugees, ...") and a sentence near the answer gives another share of them doing it ("Most of them
    (60%) are getting recognised as refugees"), and none the question's."""
    claims = [(number_value(m.group(1)), content_stems(m.group(2))) for m in _SHARE_DOING.finditer(question)]
    if not claims:
        return None
    related = [s for s, near in related_sentences(chosen, hits) if near]
    given = [(number_value(m.group(1)), content_stems(m.group(2)), s) for s in related
             for m in _SHARE_DOING.finditer(s)]
    rough = roughly_stated(question)  # "about 37%" is "37,1%"
    for value, doing in claims:
        alike = [(v, s) for v, did, s in given if len(doing & did) >= _DOING_SHARED]
        if alike and not any(same_value(v, value, rough) for v, _s in alike):
            return f"the reports give {alike[0][0]:g}%: “{quote(alike[0][1])}”"
    return None


# ("By what year should ODA, at 0.44% of GNI in 2018, rise to 0.7%?": the figure it is to rise to; "still below the
# 0.7% of gni target": the target's)
_TARGET_FIGURE = re.compile(r"\b(?:reach|reaching|achieve|achieving|meet|meeting|hit|hitting|(?:rise|rises|rising|"
                            r"increase|increases|increasing|grow|grows|growing|climb|climbs|climbing)\s+to)\s+"
                            r"(?:the\s+|a\s+|its\s+)?"
                            r"(?P<figure>\d+(?:[.,]\d+)?\s*%)|(?P<aimed>\d+(?:[.,]\d+)?\s*%)\s+(?:of\s+[\w-]+\s+)?(?:target|goal|norm)\b",
                            re.I)


_BELOW_FIGURE = re.compile(r"\b(?:below|under|beneath|short\s+of|far\s+from|less\s+than|lower\s+than)\s+"
                           r"(?:the\s+|a\s+|its\s+)?(?P<figure>\d+(?:[.,]\d+)?\s*%)", re.I)


def other_figure(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question states a percentage or amount for a year, and a sentence on the same subject gives another
    figure of that kind for that year and not the question's."""
    # a target beside a figure of the year is not the year's: "at 0.44% of GNI in 2018, how does it plan to reach the
    # 0.7% target?" (but "Belgium hit the 0.7% target in 2018" claims it for the year)
    targets = {(m.group("figure") or m.group("aimed")).replace(" ", "") for m in _TARGET_FIGURE.finditer(question)}
    # ... nor is one the year's figure stays below ("if belgium's oda in 2018 was still below the 0.7% of gni target")
    short_of = {m.group("figure").replace(" ", "") for m in _BELOW_FIGURE.finditer(question)}
    figures = [(value, unit, year, written.replace(" ", "") in targets) for value, unit, year, written
               in _figures(question) if year and written.replace(" ", "") not in short_of]
    claims = [(value, unit, year) for value, unit, year, target in figures
              if not (target and any(not t and u == unit for _v, u, _y, t in figures))]
    if not claims:
        return None
    # "Belgium" and "Belgian" are one place
    subject = content_stems(YEAR.sub(" ", _FIGURE.sub(" ", question))) | scopes(question)
    related = [(sentence, near, _figures(sentence)) for sentence, near in related_sentences(chosen, hits)]
    # "belgium gave 37.1% of its ODA to least developed countries in 2018 - what was total ODA as % of GNI": a
    # sentence gives the figure for that year ("In the same year, Belgium spent 37,1% of ODA to least developed
    # countries"), so the 0,44% of GNI given for 2018 is another figure, not another value of it
    rough = roughly_stated(question)  # "about 10%" is "10.08%"
    claims = [(value, unit, year) for value, unit, year in claims
              if not any(same_value(v, value, rough) and u == unit and (y == year or SAME_YEAR.match(sentence))
                         for sentence, _near, given in related for v, u, y, _w in given)]
    for sentence, near, given in related:
        if not on_subject(subject & (content_stems(sentence) | scopes(sentence)), near):
            continue
        for value, unit, year in claims:
            same = [(v, written) for v, u, y, written in given if u == unit and y == year]
            if same and not any(same_value(v, value, rough) for v, _ in same):
                return f"the reports give {same[0][1]} for {year}: “{quote(sentence)}”"
    return None


# a share given to one of several: "10.08% to Algeria, 8.87% to DRC, 5.05% to Morocco and 7.94% to Turkey"
_SHARE_TO = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*%\s+(?:to|for|in|of|from)\s+(?:the\s+)?"
                       r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


# ... or to one of several purposes: "about 50% were for the purpose of family reunification, 11% for education, and 9%
# for work"
_SHARE_FOR = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*%\s+(?:(?:were|was|are|is)\s+)?for\s+"
                        r"(?:the\s+purpose\s+of\s+)?"
                        r"((?-i:[a-z][\w-]*(?:\s+(?!and\b|or\b|the\b)[a-z][\w-]*){0,2}))(?=[,;.]|\s+and\b|$)")


def figure_of_another(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives one of several a share a sentence read gives another ("sending remittances from belgium to
    the drc cost 5.05%" against "8.87% to DRC, 5.05% to Morocco"): the share is the sentence's for a name the
    question does not name, and the sentence gives the question's name another share."""
    # (or says it in words: "Work accounted for about half of Belgium's first residence permits")
    asked = [(number_value(m.group(1)), m.start()) for m in SHARE_STATED.finditer(question)]
    asked += [(_FRACTIONS[m.group(1).lower()], m.start()) for m in _FRACTION.finditer(question)]
    if not asked:
        return None
    rough = roughly_stated(question)  # "about 10%" is "10.08%"

    def named(name: str) -> re.Match | None:
        return re.search(rf"\b{re.escape(name)}\b", question, re.I)

    for sentence, near in related_sentences(chosen, hits):
        shares = [(number_value(m.group(1)), m.group(1), m.group(2)) for pattern in (_SHARE_TO, _SHARE_FOR)
                  for m in pattern.finditer(sentence)]
        if len(shares) < 2 or not near:
            continue
        for value, written, name in shares:
            at = next((at for a, at in asked if same_value(value, a, rough)), None)
            if at is None or named(name):
                continue
            # the question's name nearest the share it states: "Work accounted for about half ... — what share was
            # issued for education?" gives the half to work
            others = [(abs(found.start() - at), w, n) for v, w, n in shares
                      if n != name and v != value and (found := named(n))]
            other = min(others)[1:] if others else None
            if other:
                return (f"the reports give {other[0]}% for {other[1]}; {written}% is for {name}: "
                        f"“{quote_within(sentence, sentence.find(written))}”")
    return None


def other_century(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question puts something in a century ("Belgium's liberal 20th-century policy towards foreigners") that a
    sentence on the same subject puts in another ("The 19th century's overall liberal policy towards foreigners")."""
    asked = {m.group(1) for m in _CENTURY.finditer(question)}
    if not asked:
        return None
    subject = content_stems(_CENTURY.sub(" ", question))
    for sentence, near in related_sentences(chosen, hits):
        said = {m.group(1) for m in _CENTURY.finditer(sentence)}
        if said and not asked & said and on_subject(subject & content_stems(sentence), near):
            return f"the reports give another century: “{quote(sentence)}”"
    return None


_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[\s-]+centur(?:y|ies)\b", re.I)


# a number the question states, as a word of its own: "54,000", "2018", "0,7"
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[\w’'-]+|%")
# words that measure rather than name what is counted: "3 months", "360 euros", "50%"
_UNITS = frozenset("% percent per cent euro euros eur million billion thousand hundred year years month months "
                   "week weeks day days hour hours times time january february march april may june july august "
                   "september october november december".split())
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?:-|$)", re.I)
_ITEM_NUMBER = re.compile(r"^\W*\(?\d{1,2}[.)]\s|\(\d{1,2}\)")
_NOTE_MARK = re.compile(r"(?<=[^\W\d_]|[)\"”’])([.!?,;:])\d{1,3}(?=\s|$)")  # "levels.3 These"
_WINDOW = 8  # words either side of a number that its subject may stand in: "54,000 first residence permits"
_COUNTED_REACH = 6  # the words after a count in a sentence that may say what it counts, after a name


def _names_read(words: Sequence[str], hits: Sequence[Hit]) -> bool:
    """The words are a name the passages read write with capitals ("refu interim": "Refu Interim")."""
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return False
    name = r"\s+".join(re.escape(w[0].upper() + w[1:].lower()) for w in words)
    return any(re.search(rf"\b{name}\b", hit.chunk.text) for hit in hits)


def other_binding(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """A number the question ties to a thing, which the reports tie to another: "Why did Belgium issue around
    54,000 work permits a year?" against "an average of 54,000 first residence permits per year"; "What did the
    exhibition show for World Refugee Day 2018?" against "launched to celebrate World Refugee Day 2020".

    The thing is the two words after a count ("work permits") or the name before a year ("World Refugee Day").
    A count the passages read give only for something else, or a year they give the named thing another of, is
    refused; a number they never give is left to the other checks."""
    words = _TOKEN.findall(unshortened(question))  # "10 partner orgs": "10 partner organisations"
    sentences = [sentence for sentence, _near in related_sentences(chosen, hits)]
    held = {number for number, within, _sentence, _asked in bounded_counts(question, hits) if within}
    for i, word in enumerate(words):
        if not _NUMBER.fullmatch(word) or word in held:  # "more than 40 active participants": "between 50 and 60"
            continue
        if i + 1 < len(words) and _ORDINAL_SUFFIX.match(words[i + 1]):
            continue  # "19th-century policy": an ordinal, not a count
        year = bool(YEAR.fullmatch(word))
        if not year and re.search(rf"(?<![\d.,]){re.escape(word)}\s*[,;:–-]", question):
            continue  # "ghent pop 263,608, province east flanders": what is counted came before the number
        bound = _named_before(words, i) if year else _counted_after(words, i)
        if len(bound) < 2:
            continue
        if any(_near(s, bound, word) or not year and _counts_one_of(s, bound, word) for s in sentences):
            continue
        # "the 35 jobteam gent staff members": a name may stand between the count and what it counts ("35 staff");
        # and the sentence may tell what they are after what they did ("65 of the 210 refu interim volunteers" against
        # "210 asylum seekers, refugees and migrants volunteered")
        ahead = content_stems(" ".join(words[i + 1:i + 5])) if not year else set()
        # (further only after a name the passages write: "work permits" is not told by "first residence permits")
        reach = _COUNTED_REACH if ahead and _names_read(words[i + 1:i + 3], hits) else 2
        if ahead and any(content_stems(" ".join(told[j + 1:j + 1 + reach])) & ahead for s in sentences
                         for told in [_TOKEN.findall(s)] for j, t in enumerate(told) if t == word):
            continue
        if year:
            other = next((s for s in sentences if _near(s, bound, word, other_year=True)), None)
            if other:
                return f"the reports give another year: “{quote(other)}”"
        else:
            # "- (4) Lastly, ...": the number of an item in a list counts nothing
            # "... at the regional and municipal levels.3 These factors": a note's mark counts nothing either
            given = next((s for s in sentences
                          if word in _TOKEN.findall(_NOTE_MARK.sub(r"\1", _ITEM_NUMBER.sub(" ", s)))), None)
            if given:
                return f"the reports give {word} for something else: “{quote(given)}”"
    return None


# words between a deed and its figure: "reached already 798", "received about 120"
_FIGURE_LEAD = frozenset("about around some already nearly almost over roughly approximately only just".split())
_DEEDS_DONE = frozenset("got had took made saw won gave sent paid ran".split())


def _deed_figures(words: Sequence[str]) -> list[tuple[str, str]]:
    """(the deed's stem, its figure) for each past deed right before a count: "reached 532 ppl" -> ("reach",
    "532"); a year is no count."""
    out = []
    for i, word in enumerate(words):
        if not _NUMBER.fullmatch(word) or YEAR.fullmatch(word):
            continue
        j = i - 1
        while j >= 0 and words[j].lower() in _FIGURE_LEAD:
            j -= 1
        deed = words[j].lower() if j >= 0 else ""
        if deed.endswith("ed") and len(deed) > _DEED_MIN or deed in _DEEDS_DONE:
            out.append((_stem(deed), word))
    return out


_DEED_MIN = 4  # letters: "reached", not "red" or "ned"


def other_deed_figure(question: str, chosen: Sequence[str]) -> str | None:
    """The question gives a deed a figure ("jobteam gent reached 532 ppl after its first year") that an answer
    sentence gives another of the same sentence's deeds, and it gives the question's deed another figure: "they
    have already reached 798 people, of which 532 people have entered in intensive coaching programs"."""
    asked = _deed_figures(_TOKEN.findall(question))
    for sentence in chosen:
        words = _TOKEN.findall(sentence)
        told = _deed_figures(words)
        for deed, figure in asked:
            others = [given for done, given in told if done == deed]
            if others and figure not in others and figure in words:
                return f"the reports give {others[0]}, and {figure} for something else: “{quote(sentence)}”"
    return None


def _named_before(words: Sequence[str], i: int) -> set[str]:
    """The stems of the capitalised name just before words[i] ("World Refugee Day 2018"), not the question's
    first word."""
    name = []
    j = i - 1
    while j > 0 and words[j][:1].isupper():
        name.append(words[j])
        j -= 1
    return content_stems(" ".join(name))


def _counted_after(words: Sequence[str], i: int) -> set[str]:
    """The stems of the (up to) two words naming what words[i] counts ("54,000 work permits"), none when a unit
    follows ("3 months")."""
    after = []
    for word in words[i + 1:i + 3]:
        if word.lower() in _UNITS or not word[:1].isalpha() or not content_stems(word):
            break
        after.append(word)
    return content_stems(" ".join(after)) if len(after) == 2 else set()


def _counts_one_of(sentence: str, bound: set[str], number: str) -> bool:
    """Whether the sentence counts one of `bound` with `number`, as the word right after it: "300 moria asylum
    seekers" against "the shelter of 300 asylum seekers following ... in Moria"."""
    words = _TOKEN.findall(sentence)
    return any(w == number and bool(content_stems(" ".join(words[k + 1:k + 2])) & bound)
               for k, w in enumerate(words))


def _near(sentence: str, bound: set[str], number: str, other_year: bool = False) -> bool:
    """Whether `sentence` has `number` (or, with `other_year`, a year other than `number`) with all `bound` stems
    within _WINDOW words of it."""
    return any(bool(YEAR.fullmatch(word)) and word != number if other_year
               else word == number or str(WORD_NUMBERS.get(word.lower())) == number  # "ten" is 10
               for word, _after in _numbers_near(sentence, bound))


def _numbers_near(sentence: str, bound: set[str]) -> list[tuple[str, str]]:
    """(number, the word after it) for each number of `sentence`, in digits or a word ("ten"), with all `bound`
    stems within _WINDOW words of it."""
    words = _TOKEN.findall(sentence)
    stems = [next(iter(content_stems(w)), "") for w in words]
    return [(word, words[k + 1] if k + 1 < len(words) else "") for k, word in enumerate(words)
            if (word[:1].isdigit() or word.lower() in WORD_NUMBERS)
            and bound <= set(stems[max(0, k - _WINDOW):k + _WINDOW + 1])]


_LEADING_NAME = re.compile(r"^\W*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")
START_ASKED = re.compile(r"\b(since|founded|set up|launched|established|created|started|began|begun|been around|"
                          r"in existence|existed|dates back)\b", re.I)
_STARTED = re.compile(r"\b(?:launched|founded|set up|established|created|started|began|initiated)\b[^.;:]{0,25}?\b"
                      r"((?:early |late |mid-?|the end of |the beginning of )?(?:1[89]|20)\d\d)\b", re.I)


def start_lookup(question: str) -> str | None:
    """A query for the passages that tell when what the question dates began: its names and words of starting, or
    None when it dates no start or names nothing. "Refu Interim was set up back in 2015 during the refugee crisis
    right?" looks up "Refu Interim created founded ..." (the passages read for the answer may not be those that
    tell of its start: "Refu Interim was created in 2017"). Names typed in lower case must be recased first."""
    if not YEAR.search(question) or not START_ASKED.search(question):
        return None
    lead = _LEADING_NAME.match(question)  # "Refu Interim was set up ...": a name may open the question
    names: list[str] = []
    for name in [*([lead.group().strip()] if lead else []), *question_names(question)]:
        if content_stems(name) - PLACE_STEMS and not any(name in n for n in names):
            names.append(name)
    return f"{' '.join(names)} {_START_WORDS}" if names else None


_START_WORDS = "created founded launched established started set up initiated"


_TOLD_APART = re.compile(r"\s+[—–-]\s+|;\s*")  # the parts of a question a dash or a semicolon sets apart
_AFTER_EVENT = re.compile(r"\b(?:after|following)\b[^,;?]*", re.I)


def other_start(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question dates a thing's start ("Gent Zonder Grenzen has been around since the 2015 refugee crisis") and
    an answer sentence about it, read with the sentence before it, starts it in another year ("This movement,
    consisting of committed citizens and launched in early 2020, ...")."""
    # "Refu Interim was set up after vzw Cirq's Batahlan production at the 2016 Gentse Feesten": a year after "after"
    # dates an event before the start (not "set up before ... the 2016 Gentse Feesten": a start in 2017 is not before)
    question = _DEED_AT_EVENT.sub(" ", _AFTER_EVENT.sub(" ", question))
    years = set(YEAR.findall(question))
    if not years or not START_ASKED.search(question):
        return None
    # "Refu Interim grew out of ... the 2016 Gentse Feesten — in what year was Refu Interim itself created?": the
    # start's year is asked, and the question's year dates something else
    starting = [part for part in _TOLD_APART.split(question) if START_ASKED.search(part)]
    if all(_YEAR_WANTED.search(part) and not YEAR.search(part) for part in starting):
        return None
    lead = _LEADING_NAME.match(question)  # "Jobteam Gent started in 2017 ...": a name may open the question
    names = [content_stems(name) for name in [*question_names(question), *(lead.group().split()[:1] if lead else [])]]
    names = [name for name in names if name]
    # beyond the answer, only a sentence about a named thing that is not a town: "Ghent" starts many things
    things = [name for name in names if name - PLACE_STEMS]
    for sentence, near in [(s, True) for s in chosen] + ([(s, False) for s, _ in related_sentences((), hits)]
                                                           if things else []):
        before = sentence_before(sentence, hits)[1]
        # "jobteam gent was started ... in 2020 and refu interim grew out of ...": the year is of the clause the
        # sentence is about
        asked = set(YEAR.findall(clause_about(question, f"{before} {sentence}")))
        if not asked or asked & set(YEAR.findall(sentence)):
            continue
        started = _STARTED.search(sentence)
        year = started.group(1) if started else _year_before(sentence, before)
        if not year or asked & set(YEAR.findall(year)):
            continue
        # a start dated by the sentence before must name the thing itself ("European cities" there is no "EU")
        context = content_stems(f"{before} {sentence}" if started else sentence)
        # (a thing the question names besides towns, when it names one: "Hart voor Vluchtelingen, which was founded in
        # 2015 by a citizen of Ghent" is not dated by Gent Zonder Grenzen's "launched in early 2020" in Ghent)
        if any(name <= context for name in ((things or names) if near and started else things)):
            told = f"{quote(before)}. {quote(sentence)}" if not started else quote(sentence)
            return f"the reports give another start, {year}: “{told}”"
    return None


# a rough amount: "millions of euros", "thousands of refugees"
_MAGNITUDE = re.compile(r"\b(tens|hundreds|thousands|millions|billions)\s+of\s+([\w’'-]+)", re.I)


def other_magnitude(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """A rough amount the question gives that a sentence on the same subject gives otherwise: "accepted millions of
    euros" against "had accepted money (arguably thousands of euros)"."""
    asked = {(m.group(1).lower(), _stem(m.group(2))) for m in _MAGNITUDE.finditer(question)}
    if not asked:
        return None
    subject = content_stems(_MAGNITUDE.sub(" ", question))
    for sentence, near in related_sentences(chosen, hits):
        said = {(m.group(1).lower(), _stem(m.group(2))): m.start() for m in _MAGNITUDE.finditer(sentence)}
        if not said or asked & set(said) or not on_subject(subject & content_stems(sentence), near):
            continue
        given = [at for (_size, unit), at in said.items() if unit in {unit for _size, unit in asked}]
        if given:
            return f"the reports give another amount: “{quote_from(sentence, given[0])}”"
    return None


# a rough count the question gives: "hundreds of unaccompanied minors", "the dozens of cases where applicants ..."
# (or "many applicants having invoked the GCM", not "how many", "as many", "so many")
_ROUGH_COUNT = re.compile(r"\b(dozens|hundreds|thousands|millions)\s+of\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)|"
                          r"(?<!\bhow\s)(?<!\bas\s)(?<!\bso\s)(?<!\btoo\s)\b(many|numerous)\s+(?!of\b|more\b|other\b)"
                          r"((?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.I)
# the least each rough count means, halved: a count below it is far from the question's
_ROUGH_FLOOR = {"dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 1_000_000, "many": 5, "numerous": 5}
_ROUGH_SUBJECT = 2  # of the question's other words a chosen sentence giving the small count must have


def below_rough_count(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a rough count ("How does Belgium manage to relocate hundreds of unaccompanied minors from
    the Greek islands every month?", "With many applicants having invoked the GCM before the Council for Alien Law
    Litigation by 1 June 2020, ...") and a chosen sentence on its subject counts the same thing far lower ("the
    relocation of 18 unaccompanied minors ... and of another 11 unaccompanied minors"), while no sentence read
    counts it as high on that subject. The counted thing is a word of the four after "of"."""
    asked = _ROUGH_COUNT.search(question)
    if not asked:
        return None
    rough, things = (asked.group(1), asked.group(2)) if asked.group(1) else (asked.group(3), asked.group(4))
    floor = _ROUGH_FLOOR[rough.lower()]
    counted = {_PEOPLE.get(stem, stem) for stem in content_stems(things)}
    subject = content_stems(question[:asked.start()] + " " + question[asked.end():]) - counted
    # (a count on another subject is no count of the question's: "48 Applicants for international protection ...")
    if any(value >= floor and stem in counted and on_subject(subject & content_stems(sentence), near)
           for sentence, near in related_sentences(chosen, hits) for value, stem, _written in _counts_of(sentence)):
        return None
    for sentence in chosen:
        low = [written.split()[0] for value, stem, written in _counts_of(sentence) if stem in counted and value < floor]
        if low and len(subject & content_stems(sentence)) >= _ROUGH_SUBJECT:
            return f"the reports count {' and '.join(low)}, not {rough.lower()}: “{quote(sentence)}”"
    return None


# "most of the 210 refu interim volunteers in 2019 had newly registered": a part of a count claimed as most of it
_MOST_OF = re.compile(r"\b(?:most|the\s+(?:vast\s+)?majority)\s+of\s+(?:the|those|these|its|their)?\s*"
                      r"(?P<whole>\d+(?:[.,]\d{3})*)\s+(?P<rest>[^?;]+)", re.I)
# ... against a sentence giving the part: "210 asylum seekers, refugees and migrants volunteered ..., 65 of whom had
# newly registered that year"
_PART_OF_WHOLE = re.compile(r"(?<![\d.,])(?P<whole>\d+(?:[.,]\d{3})*)\s+(?=[a-z])[^.;]*?,\s*(?P<part>\d[\d,.]*)\s+of\s+"
                            r"(?:whom|which|them|those|these)\s+(?P<deed>[^.;]+)", re.I)


# a few of a group claimed: "if only a small minority of asylum seekers in belgium get recognised as refugees"
_FEW_CLAIMED = re.compile(r"\b(?:(?:only|just)\s+)?(?:a\s+)?(?:(?:small|tiny)\s+)?(?:minority|handful)\s+of\s+"
                          r"(?P<claim>[^,;?–—]{3,100})|\b(?:only|very)\s+few\s+(?P<few>[^,;?–—]{3,100})", re.I)
# ... and most of them, told: "Most of them (60%) are getting recognised as refugees."
_MOST_TOLD = re.compile(r"\b(?:most|the\s+majority|a\s+majority|the\s+bulk|(?:[5-9]\d|100)(?:[.,]\d+)?\s*%)\b", re.I)
_FEW_SHARED = 2  # content words of the claim a sentence telling most must share


def few_taken_for_most(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has a few of a group do something ("if only a small minority of asylum seekers in belgium get
    recognised as refugees") and a sentence near the answer has most of them do it ("Most of them (60%) are getting
    recognised as refugees"; probes67 #10)."""
    for match in _FEW_CLAIMED.finditer(question):
        claim = content_stems(match.group("claim") or match.group("few"))
        for sentence, near in related_sentences(chosen, hits):
            if near and _MOST_TOLD.search(sentence) and len(claim & content_stems(sentence)) >= _FEW_SHARED:
                return f"the reports say most: “{quote(sentence)}”"
    return None


def most_of_a_smaller_part(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question claims most of a count did something ("given that most of the 210 refu interim volunteers in 2019
    had newly registered that year") and a sentence read gives the part that did, under half ("210 asylum seekers,
    refugees and migrants volunteered ..., 65 of whom had newly registered that year")."""
    asked = _MOST_OF.search(question)
    if not asked:
        return None
    whole, rest = asked.group("whole"), content_stems(asked.group("rest"))
    for sentence, _near in related_sentences(chosen, hits):
        for told in _PART_OF_WHOLE.finditer(sentence):
            try:
                part, total = number_value(told.group("part")), number_value(told.group("whole"))
            except ValueError:
                continue
            if told.group("whole") == whole and part * 2 < total and rest & content_stems(told.group("deed")):
                return f"the reports give {told.group('part')} of {whole}: “{quote(sentence)}”"
    return None


# the year the question sets what it asks about in: "why did the belgian govt fall over the UN migration compact in
# 2016" (not "since 2016", "by 2030", "the 2020 coalition agreement", which bound or name)
# ("from 1 January 2021", read with its short months written out)
_IN_YEAR = re.compile(rf"\b(?:in|during|from|on)\s+(?:(?:early|late|mid|spring|summer|autumn|fall|winter)\s+|"
                      rf"(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTHS)})\s+)?"
                      r"((?:19|20)\d\d)\b(?!\s*(?:-|–|and|to)\s*\d)", re.I)
_YEAR_WANTED = re.compile(r"\b(?:when|what year|which year|what date|how long|since when)\b", re.I)
_EVENT_SHARED = 3  # the question's words, besides the year, that a sentence giving another year must hold
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{'|'.join(MONTHS)})\b", re.I)
_DATE = re.compile(rf"{_DAY_MONTH.pattern}\s+((?:19|20)\d\d)\b", re.I)  # "1 January 2019"


def other_event_year(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question sets an event in a year that no passage read gives, and an answer sentence on the same subject
    gives another: "why did the belgian govt fall over the UN migration compact in 2016" against "the endorsement
    of the UN Global Compact ... by the previous federal government in 2018 led to its collapse". A year that some
    passage read names is left to the checks that read what it is the year of."""
    written_out = months_written_out(question)
    asked = {m.group(1) for m in _IN_YEAR.finditer(written_out)}
    if len(asked) != 1 or len(set(YEAR.findall(question))) != 1 or _YEAR_WANTED.search(question):
        return None
    year = next(iter(asked))
    subject = content_stems(_DAY_MONTH.sub(" ", YEAR.sub(" ", written_out)))
    if any(year in YEAR.findall(hit.chunk.text) for hit in hits):
        # "relax work permit conditions for foreign employees from 1 jan 2021" against "has relaxed the conditions
        # for obtaining a work permit for (some) foreign employees as from 1 January 2019": a day's date, and the
        # sentence read most about the event dates it to a day of another year (2021 is the year of a report)
        if not _DATE.search(written_out):
            return None
        # "which parties formed the new federal government on 30 September 2020?": a passage gives that very day
        passages = " ".join(" ".join(hit.chunk.text.split()) for hit in hits).lower()
        if any(" ".join(m.group().split()).lower() in passages for m in _DATE.finditer(written_out)):
            return None
        dated = [(len(subject & content_stems(s)), s) for s, _near in related_sentences(chosen, hits) if YEAR.search(s)]
        shared, sentence = max(dated, key=lambda pair: pair[0], default=(0, ""))
        days = list(_DATE.finditer(sentence))  # the reports write their months out
        if shared < _EVENT_SHARED or not days or year in {m.group(1) for m in days} or any(
                year in YEAR.findall(s) for n, s in dated if n >= shared - 1):
            return None
        return f"the reports give another year: “{quote_from(sentence, days[0].start())}”"
    dated = [(len(subject & content_stems(s)), s) for s in chosen if YEAR.search(s)]
    shared, sentence = max(dated, default=(0, ""))
    if shared >= _EVENT_SHARED:
        return f"the reports give another year: “{quote(sentence)}”"
    return None


# an act dated by its year: "was updated in 2021", "adopted on 30 September 2019"
_ACT_YEAR = re.compile(r"\b([^\W\d_]{3,}ed)\s+(?:in|on)\s+(?:(?:\d{1,2}\s+)?[A-Za-z]+\s+)?((?:19|20)\d\d)\b")


# ... further on in its clause: "declared the royal decree on family units partly illegal in April 2019"
# (not past another act: "declared it partly illegal and then in april 2019 suspended parts of it")
# (a word in -ed that names a kind is no act: "adopted its master plan to increase places in closed centres in 2019")
_ED_KINDS = r"(?:closed|limited|skilled|unskilled|based|united|related|detailed|qualified|unaccompanied|undocumented)"
_ACT_THEN_YEAR = re.compile(rf"\b([^\W\d_]{{3,}}ed)\s+(?:(?!(?!{_ED_KINDS}\b)[\w’'-]*ed\b|then\b)[\w’'‘“”\"-]+\s+)"
                            r"{1,12}?(?:in|on)\s+(?:(?:\d{1,2}\s+)?[A-Za-z]+\s+)?((?:19|20)\d\d)\b")
# ... or by a date its sentence opens with: "On 1 October 2020, the Council of State declared the royal decree ..."
# (or after "For example, in 2018 the then mayor of Ghent, Daniël Termont, wrote ...", "In 2016, when then-mayor
# Daniël Termont wrote ...": a past that is not regular)
_PAST = r"(?:[^\W\d_]{3,}ed|wrote|sent|held|began|took|gave|built|brought|sought|spoke)"
_YEAR_THEN_ACT = re.compile(rf"(?:^\W*|^\W*for\s+(?:example|instance),\s+)(?:in|on)\s+(?:\d{{1,2}}\s+)?"
                            rf"(?:[A-Za-z]+\s+)?((?:19|20)\d\d),?\s+(?:[\w’'-]+,?\s+){{1,8}}?({_PAST})\b", re.I)


def _acts_dated(text: str) -> list[tuple[str, str]]:
    """(act, year) for each act the text dates; the acts of starting are one ("founded in 2015", "started in 2015")."""
    pairs = [*((m.group(1), m.group(2)) for pattern in (_ACT_YEAR, _ACT_THEN_YEAR) for m in pattern.finditer(text)),
             *((m.group(2), m.group(1)) for m in _YEAR_THEN_ACT.finditer(text))]
    return [(_START_ACT if _stem(verb) in _STARTING_ACTS else _stem(verb), year) for verb, year in pairs]


_STARTING_ACTS = frozenset(_stem(w) for w in "started launched founded established created initiated set opened"
                           .split())
_START_ACT = _stem("started")
# a start told in answer to what the sentence before dates: "In 2015 Ghent ... was facing an increasing number of
# refugees ... In response, Ghent expanded ... by establishing a temporary reception initiative called the Reno-boat."
_IN_ANSWER = re.compile(r"^\W*(?:in\s+response|as\s+a\s+result|consequently|therefore|to\s+that\s+end)\b", re.I)
_STARTED_WHAT = re.compile(r"([\w-]{3,})\s+(?:was\s+|were\s+|got\s+)?(?:opened|started|launched|founded|established|"
                           r"created|set\s+up)\s+(?:in|on)\b", re.I)
_OPENS_DATED = re.compile(r"^\W*(?i:in)\s+(?:(?:early|late|mid|[A-Z][a-z]+)\s+)?((?:19|20)\d\d)\b")


def _start_dated_before(sentence: str, hits: Sequence[Hit]) -> list[tuple[str, str, str]]:
    """(the start act, the year, both sentences) for a sentence telling a start in answer to the sentence before
    it, which opens with its year; none otherwise."""
    if not _IN_ANSWER.match(sentence) or not STARTED.search(sentence) or YEAR.search(sentence):
        return []
    before = sentence_before(sentence, hits)[1]
    dated = _OPENS_DATED.match(before)
    return [(_START_ACT, dated.group(1), f"{before} {sentence}")] if dated else []


def other_year_of_act(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question dates an act to a year ("was updated in 2021") and a sentence on its subject dates the same act
    to another ("Report from 2021, updated in 2023"), and none to that one. A start told in answer to the sentence
    before takes that sentence's year ("In 2015 Ghent ... In response, Ghent ... established the Reno-boat")."""
    asked = _acts_dated(months_written_out(question))
    if not asked:
        return None
    subject = content_stems(YEAR.sub(" ", question))
    # (each side of a footnote's number: "... the detention regime.35 On 1 October 2020, the Council of State ...")
    # (a start told in answer to the sentence before need only name what the question says started: "the
    # reno-boat opened in 2017")
    started = {_stem(m.group(1)) for m in _STARTED_WHAT.finditer(question)}
    told = [(act, year, sentence) for sentence, near in related_pieces(chosen, hits)
            if on_subject(subject & content_stems(sentence), near) for act, year in _acts_dated(sentence)]
    told += [dated for sentence, _near in related_pieces(chosen, hits) if started & content_stems(sentence)
             for dated in _start_dated_before(sentence, hits)]
    for act, year in asked:
        others = [(y, sentence) for a, y, sentence in told if a == act]
        if others and year not in {y for y, _sentence in others}:
            return f"the reports give {others[0][0]}, not {year}: “{quote(others[0][1])}”"
    return None


# a document by its year: "the Flemish government's 2014 coalition agreement", "the 2016 law"
_DOCUMENT_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+(?-i:[A-Z][a-z]+\s+)?(coalition\s+agreement|government\s+agreement|"
                            r"agreement|law|decree|strategy|action\s+plan|act|bill)s?\b", re.I)
_DOCUMENT_SUBJECT = 3  # words besides the document's a sentence must share with the question


def other_year_of_document(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question dates a document ("Why did the Flemish government's 2014 coalition agreement introduce a 360
    euro fee ...?") and the sentences on its subject give that kind of document only other years ("the 2019
    coalition agreement of the Flemish government envisages ... a minimum fee of 360 euros")."""
    asked = [(m.group(1), m.group(2).lower()) for m in _DOCUMENT_YEAR.finditer(question)]
    if len(asked) != 1:
        return None
    year, kind = asked[0]
    subject = content_stems(YEAR.sub(" ", _DOCUMENT_YEAR.sub(" ", question)))
    told = [(sentence, m.group(1)) for sentence, _near in related_sentences(chosen, hits)
            if len(subject & content_stems(sentence)) >= _DOCUMENT_SUBJECT
            for m in _DOCUMENT_YEAR.finditer(sentence) if m.group(2).lower() == kind]
    if told and not any(y == year for _s, y in told):
        sentence, other = told[0]
        return f"the reports give the {other} {kind}, not the {year} one: “{quote(sentence)}”"
    return None


# "a few yrs after the eu subsidies for ankerkracht stopped, the ocmw of ghent took it over": years between two events
_YEARS_AFTER = re.compile(rf"\b(?:a\s+few|several|some|many|{_SMALL_COUNT})\s+(?:years?|yrs?)\s+(?:after|later)\b",
                          re.I)
# "The same year, the OCMW of Ghent decided ...": the later event in the year of the one told before (the composer
# brings such a sentence in after the one before it)
SAME_YEAR = re.compile(r"^\W*(?:in\s+)?(?:the|that)\s+same\s+year\b", re.I)
_SAME_YEAR_SUBJECT = 2  # words of the question's events each sentence must hold


def same_year_taken_as_later(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question puts years between two events ("a few yrs after the eu subsidies for ankerkracht stopped, the
    ocmw of ghent took it over") that the reports tell in one year ("However, in 2015 European subsidies were ended.
    The same year, the OCMW of Ghent decided ... which projects ... would be taken over with regular funds")."""
    asked = _YEARS_AFTER.search(question)
    if not asked:
        return None
    subject = content_stems(question)
    for sentence, _near in related_sentences(chosen, hits):
        if not SAME_YEAR.match(sentence) or len(subject & content_stems(sentence)) < _SAME_YEAR_SUBJECT:
            continue
        _chunk, before = sentence_before(sentence, hits)
        if len(subject & content_stems(before)) >= _SAME_YEAR_SUBJECT:
            return f"the reports tell both in the same year: “{quote(f'{before} {sentence}'.strip())}”"
    return None


# how many times a thing was done: "extended three times", "granted to Jobteam Gent once" (not "once their procedure
# is over", a time)
_TIMES = re.compile(rf"\b(?:(once|twice|thrice)|({_SMALL_COUNT})\s+times)\b"
                    r"(?!\s+(?:their|the|they|it|its|he|she|his|her|a|an|we|you|this|that|these|those|more|as|again)\b)",
                    re.I)
_TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}
_ACT_STEM = 5  # letters an act's words share: "extended" and "extension"


def _times(text: str) -> list[tuple[int, str, int]]:
    """(how many times, as written, where) in `text`."""
    return [(_TIMES_WORDS[m.group(1).lower()] if m.group(1) else
             int(_small_count(m.group(2))), m.group(), m.start())
            for m in _TIMES.finditer(text)]


def other_times(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question says how many times a thing was done ("has already been extended three times") and a sentence
    on its subject that tells of the act gives another number of times ("This was already granted to Jobteam Gent
    once, with a current extension of one year")."""
    claims = _times(question)
    if len(claims) != 1:
        return None
    count, claimed, at = claims[0]
    acts = [w.lower()[:_ACT_STEM] for w in re.findall(r"[^\W\d_]{5,}", question[max(0, at - 30):at])]
    if not acts:
        return None
    act = acts[-1]  # the verb just before: "extended"
    subject = content_stems(_TIMES.sub(" ", question))
    for sentence, near in related_sentences(chosen, hits):
        told = [(n, written) for n, written, _at in _times(sentence)]
        if not told or count in {n for n, _w in told}:
            continue
        words = {w.lower()[:_ACT_STEM] for w in re.findall(r"[^\W\d_]{5,}", sentence)}
        if act in words and on_subject(subject & content_stems(sentence), near):
            return f"the reports say {told[0][1]}, not {claimed}: “{quote(sentence)}”"
    return None


# a start told right after its year: "In 2015 Ghent ... was facing an increasing number of refugees. In response,
# Ghent expanded its reception capacities ... by establishing a temporary reception initiative called the Reno-boat."
_FOLLOWS_ON = re.compile(r"^\W*(?:in response|as a result|consequently|that year|the same year|then)\b", re.I)
# the words of starting a thing
STARTING = r"(?:launch(?:ed|ing)|found(?:ed|ing)|set(?:ting)? up|establish(?:ed|ing)|creat(?:ed|ing)|start(?:ed|ing)|" \
           r"began|begun|initiat(?:ed|ing))"
STARTED = re.compile(rf"\b{STARTING}\b", re.I)  # a word telling a start
# a year dating a named event another deed was done at: "which production that vzw Cirq staged at the 2016 Gentse
# Feesten led to Refu Interim being set up" (not "set up at the 2016 Gentse Feesten": a start dated so)
_DEED_AT_EVENT = re.compile(rf"\b(?!{STARTING}\b)[a-z]+ed\s+(?:at|during|for|in)\s+the\s+(?:1[89]|20)\d\d\s+"
                            r"(?=[A-Z])")


def _year_before(sentence: str, before: str) -> str | None:
    """The one year of the sentence before, when `sentence` tells a start that followed on from it and has no year
    of its own."""
    if not _FOLLOWS_ON.match(sentence) or not STARTED.search(sentence) or YEAR.search(sentence):
        return None
    given = set(YEAR.findall(before))
    return given.pop() if len(given) == 1 else None


# a share said in words: "only about a third of asylum seekers get recognised"
_FRACTIONS = {"a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0,
              "three quarters": 75.0, "half": 50.0, "a fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0,
              "one in three": 100 / 3, "one in four": 25.0, "one in five": 20.0, "one in ten": 10.0}
# not "a third-country national"
_FRACTION = re.compile(rf"\b({'|'.join(sorted(_FRACTIONS, key=len, reverse=True))})\b(?!-)", re.I)
_SHARE_REACH = 6  # the words after a share that say what it is a share of and what they do
_SHARE_GAP = 5.0  # percentage points between the share said in words and the one given, at least
_SHARE_GAP_PART = 0.25  # and at least this part of the share said: 16.8% is not "about a quarter"
_ASIDE = re.compile(r"^\s*\([^()]*\)")


def _far(given: float, claimed: float) -> bool:
    return abs(given - claimed) > max(_SHARE_GAP, _SHARE_GAP_PART * claimed)


def other_fraction(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question says in words what share of something does a thing ("only about a third of asylum seekers get
    recognised as refugees") and a sentence read gives a percentage far from it for the same ("Most of them (60%)
    are getting recognised as refugees")."""
    for match in _FRACTION.finditer(question):
        claimed = _FRACTIONS[match.group(1).lower()]
        said = content_stems(" ".join(_TOKEN.findall(question[match.end():])[:_SHARE_REACH]))
        for sentence, near in related_sentences(chosen, hits):
            percentages = [m for m in _FIGURE.finditer(sentence) if _unit(m) == "%"]
            # "37,1% of ODA ..., which should be 50% by 2030": a sentence that gives the share claimed too
            if not all(_far(number_value(m.group(1)), claimed) for m in percentages):
                continue
            for given in percentages:
                # "16.8% (or 1.9 million) of the Belgian population came from ...": what follows the aside
                after = content_stems(" ".join(_TOKEN.findall(_ASIDE.sub("", sentence[given.end():], count=1))
                                               [:_SHARE_REACH]))
                if on_subject(said & after, near) and _far(number_value(given.group(1)), claimed):
                    return f"the reports give {given.group().strip()}: “{quote(sentence)}”"
    return None


def numbers_written_out(text: str) -> str:
    """A busy user's numbers in digits: "~45k" -> "~45,000", "about a dozen" -> "about 12"."""
    text = _THOUSANDS.sub(lambda m: f"{round(float(m.group(1)) * 1000):,}", text)
    return _DOZEN.sub(lambda m: "6" if m.group(1) else "12", text)


_THOUSANDS = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s?k\b", re.I)
_DOZEN = re.compile(r"\b(half\s+)?a\s+dozen\b", re.I)


def other_count(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """A count the question states of a thing ("jobteam gent only has 10 staff"), where a sentence on its subject
    counts the same thing with another number ("The team is composed of 35 staff members, originating from ten
    different partner organisations") and no sentence read gives the question's count of it. The thing is the
    word right after the number, in the question and in the reports alike. A rough count ("about a dozen
    applicants") only when the reports' is less than half or more than twice it ("only two applicants")."""
    question = numbers_written_out(question)
    claims = [(value, stem, claimed, False) for value, stem, claimed in
              _counts_of(_PART_COUNTED.sub(" ", _ROUGHLY.sub(" ", question)))]
    claims += [(value, stem, claimed, True) for rough in _ABOUT.finditer(question)
               for value, stem, claimed in _counts_of(rough.group(1))]
    if not claims:
        return None
    related = related_sentences(chosen, hits)
    near_ones = {sentence for sentence, near in related if near}
    asked = content_stems(question)
    given = {(value, stem): (written, sentence)
             for sentence, _near in related for value, stem, written in _counts_of(sentence)}
    for value, stem, claimed, rough in claims:
        if (value, stem) in given:
            continue
        for (v, s), (written, sentence) in given.items():
            if s == stem and v != value and (not rough or not value / 2 <= v <= value * 2) \
                    and _on_subject(sentence, near_ones, asked, hits):
                return f"the reports give {written}, not {claimed}: “{quote(sentence)}”"
    return None


# a share a text states: "10.08%", "about 10 %"
SHARE_STATED = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*%")
# the words of a rough number: "about 12", "some 300"
APPROXIMATELY = r"(?:about|around|nearly|almost|roughly|approximately|some|close to)"
_ROUGH_NUMBER = re.compile(rf"(?:\b{APPROXIMATELY}\s+|~\s*)(\d+(?:[.,]\d+)?)(?![\d.,]*\d)", re.I)
_ROUGH_SHARE = 0.05  # how far from a number the reports give a rough one may be
# a rough count: "about 12 applicants", "some 300 volunteers"
_ABOUT = re.compile(rf"(?:\b{APPROXIMATELY}\s+|~\s*)([\d.,]+\s+[\w’'-]+)", re.I)


# the parts of an enumeration counted: "four dimensions", "three different objectives", "the five key success factors"
_ENUMERATED = (r"dimensions|factors|pillars|objectives|goals|aims|steps|priorities|phases|stages|reasons|elements|"
               r"aspects|components|principles|recommendations|criteria|categories|lessons|challenges|strands|tracks|"
               r"axes|domains|themes|features|characteristics|ingredients|building\s+blocks|strategies|approaches")
_ENUMERATION = re.compile(rf"\b({_SMALL_COUNT})\s+((?:[\w’'-]+\s+){{0,3}}?)(?:{_ENUMERATED})\b", re.I)
_ENUMERATION_SUBJECT = 2  # of the question's other words a chosen sentence counting the parts otherwise must have


def other_enumeration_count(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question counts the parts of an enumeration ("the five key success factors that the Moving Cities report
    attributes to Ghent's Refugee Taskforce") and a chosen sentence on its subject counts them otherwise ("The
    success story of the Refugee Taskforce can be attributed to four dimensions"), while no sentence read counts
    any such parts with the question's number."""
    asked = _ENUMERATION.search(question)
    if not asked:
        return None
    value = _small_count(asked.group(1))
    if any(_small_count(m.group(1)) == value for sentence, _near in related_sentences(chosen, hits)
           for m in _ENUMERATION.finditer(sentence)):
        return None
    subject = content_stems(question[:asked.start()] + " " + question[asked.end():])
    for sentence in chosen:
        told = next((m for m in _ENUMERATION.finditer(sentence) if _small_count(m.group(1)) != value), None)
        if told and len(subject & content_stems(sentence)) >= _ENUMERATION_SUBJECT:
            return f"the reports give {told.group().strip()}, not {asked.group().strip()}: “{quote(sentence)}”"
    return None


# a count given as a bound or a rough figure claims no exact number: "meant for more than 200 asylum seekers?"
_ROUGHLY = re.compile(r"\b(?:(?:more|fewer|less|greater|higher|lower)\s+than|at least|at most|over|under|above|below|"
                      rf"up to|{APPROXIMATELY})\s+[\d.,]+", re.I)


# a count of some of them: "what are the other three dimensions" (of four, one named), "the first two", "the last two"
_PART_COUNTED = re.compile(r"\b(?:other|remaining|further|additional|first|last|next|top)\s+"
                           rf"(?:{_SMALL_COUNT})\b", re.I)


def _on_subject(sentence: str, near_ones: set[str], asked: set[str], hits: Sequence[Hit]) -> bool:
    """Whether `sentence` is near the answer or sits in a passage sharing three of the question's stems, its
    section heading included ("3.2 Jobteam Gent")."""
    return sentence in near_ones or any(
        sentence in hit.chunk.text and len(asked & content_stems(f"{hit.chunk.section or ''} {hit.chunk.text}")) >= 3
        for hit in hits)


# words counting people alike: "1,500 people" is "1.500 persons"
_PEOPLE = {stem: "people" for stem in content_stems("people persons person individuals")}


# a number number_value reads: "1.500", "0,44", "35"; not the name "11.11.11"
_NUMERAL = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?")


def _counts_of(text: str) -> list[tuple[float, str, str]]:
    """(number, stem of the word right after it, the two words) for each count in `text` that is no year and has no
    unit: "10 staff" -> (10, "staff", "10 staff"), "ten different partner organisations" -> (10, "differ", ...)."""
    words = _TOKEN.findall(text)
    out = []
    for i, word in enumerate(words[:-1]):
        if word.lower() in WORD_NUMBERS:
            value = float(WORD_NUMBERS[word.lower()])
        elif _NUMBER.fullmatch(word) and not YEAR.fullmatch(word) and _NUMERAL.fullmatch(word):
            value = number_value(word)
        else:
            continue
        after = words[i + 1]
        stems = content_stems(after)
        if after.lower() in _UNITS or not after[:1].isalpha() or not stems:
            continue
        stem = next(iter(stems))
        out.append((value, _PEOPLE.get(stem, stem), f"{word} {after}"))
    return out


# a change told as a factor: "asylum applications doubled within one year" (not a "double-pronged approach")
_FACTOR = re.compile(r"\b(doubl|tripl|quadrupl|halv)(?:e|ed|es|ing)\b(?!-)", re.I)
_FACTOR_WORD = {"doubl": "doubled", "tripl": "tripled", "quadrupl": "quadrupled", "halv": "halved"}
_FACTOR_SUBJECT = 2  # of the question's words a sentence giving another factor must have


def other_factor(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question says a thing doubled, tripled or halved; a sentence on the same thing gives another factor:
    "belgium asylum applications tripled in one year" against "the number of asylum applications doubled
    within one year"."""
    asked = _FACTOR.search(question)
    if not asked:
        return None
    subject = content_stems(question[:asked.start()] + " " + question[asked.end():])
    for sentence, _near in related_sentences(chosen, hits):
        given = _FACTOR.search(sentence)
        if given and given.group(1).lower() != asked.group(1).lower() \
                and len(subject & content_stems(sentence)) >= _FACTOR_SUBJECT:
            said, claimed = _FACTOR_WORD[given.group(1).lower()], _FACTOR_WORD[asked.group(1).lower()]
            return f"the reports say {said}, not {claimed}: “{quote(sentence)}”"
    return None


# "five-year", "3 to 7 years", "two or three months": each number with its unit (singular); not "5-year-old", nor
# the "5 yrs" of "1.5 yrs"
# (a kind of day or a few more: "3 working days", "two more years"; hours too)
SPAN_OF_TIME = re.compile(rf"(?<![\d.,])\b(\d+|{'|'.join(WORD_NUMBERS)})(?:\s*(?:-|–|to|or|and)\s*(\d+|"
                           rf"{'|'.join(WORD_NUMBERS)}))?[\s-]+(?:(?:working|calendar|more|additional|extra|full)\s+)?"
                           r"(year|yr|month|mth|week|wk|day|hour|hr)s?\b(?![\s-]+old)", re.I)
# a busy user's units: "5 yrs", "3 mths", "2 wks", "4 hrs"
_SHORT_UNIT = {"yr": "year", "mth": "month", "wk": "week", "hr": "hour"}


def spans(text: str) -> list[tuple[float, str, str]]:
    """(value, unit, as written) of each length of time: "a five-year project" -> [(5.0, "year", "five years")]."""
    out = []
    for m in SPAN_OF_TIME.finditer(text):
        unit = m.group(3).lower()
        unit = _SHORT_UNIT.get(unit, unit)
        for number in (m.group(1), m.group(2)):
            if number:
                value = float(WORD_NUMBERS[number.lower()]) if number.lower() in WORD_NUMBERS else float(number)
                out.append((value, unit, f"{number} {unit}{'' if value == 1 else 's'}"))
    return out


def _lengths(text: str) -> set[tuple[float, str]]:
    """(value, unit) of the lengths of time in years, months or weeks."""
    return {(value, unit) for value, unit, _written in spans(text) if unit not in ("day", "hour")}


def other_length(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a named thing a length of time ("Jobteam Gent was originally set up as a five-year
    project") and a chosen sentence naming it gives another of the same unit ("the duration of the project Jobteam
    Gent was originally set at two years"), none the question's."""
    claimed = _lengths(question)
    lead = _LEADING_NAME.match(question)  # "Jobteam Gent was originally set up ...": a name may open the question
    names = [content_stems(name) - PLACE_STEMS
             for name in [*question_names(question), *([lead.group()] if lead else [])]]
    names = [name for name in names if name]
    if len(claimed) != 1 or not names:
        return None
    (value, unit), = claimed

    def about(sentence: str) -> bool:
        context = content_stems(f"{sentence_before(sentence, hits)[1]} {sentence}")
        return any(name <= context for name in names)

    for sentence in chosen:
        given = {v for v, u in _lengths(sentence) if u == unit}
        if given and value not in given and about(sentence):
            # a sentence of a passage read that gives the thing the question's length answers it
            if any((value, unit) in _lengths(s) and about(s) for s, _near in related_sentences(chosen, hits)):
                return None
            shown = ", ".join(f"{v:g} {unit}s" for v in sorted(given))
            return f"the reports give {shown}: “{quote(sentence)}”"
    return None


_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
_SAME_LENGTH = 1.15  # lengths in days within this ratio are one ("4 weeks" and "a month")
# a name a sentence capitalises: "Circle of Cycle & Eetfestijn", "Refu Interim"
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+(?:\s+(?:of|&|and|the|for)?\s*[A-Z][\w’'-]+)+")


def other_days(question: str, chosen: Sequence[str]) -> str | None:
    """The question gives a named event a length in days or weeks ("the two-week circle of cycle & eetfestijn tour")
    and a chosen sentence naming it gives another ("arranged a four-day cycling tour in 2018 ..., called 'Circle of
    Cycle & Eetfestijn'"), compared in days. The name may be typed in lower case: a name the sentence capitalises
    and the question has in any case counts, as do the two words after the lengths ("the week-long 2018 cycling
    tour")."""
    claimed = spans(question) + [(1.0, m.group(1).lower(), f"a {m.group(1).lower()}")
                                 for m in _UNIT_LONG.finditer(question)]
    if len(claimed) != 1 or claimed[0][1] not in ("day", "week"):
        return None
    (value, unit, written), = claimed
    days = value * _DAYS[unit]
    if not days:
        return None
    lowered = question.lower()
    thing = _thing_after_length(question)
    for sentence in chosen:
        # the thing named as the sentence capitalises it, or as the words after its length ("the week-long 2018
        # cycling tour" against "a four-day cycling tour in 2018")
        named = any(m.group().strip("’'").lower() in lowered for m in _CAPITALISED.finditer(sentence)) or bool(
            thing and any(_thing_after_length(sentence[m.start():]) == thing for m in SPAN_OF_TIME.finditer(sentence)))
        given = [(value * _DAYS[unit], said) for value, unit, said in spans(sentence)]
        if not named or not given or _one_of(days, given):
            continue
        return f"the reports give {given[0][1]}, not {written}: “{quote(sentence)}”"
    return None


# "a week-long tour": one of the unit
_UNIT_LONG = re.compile(r"\b(day|week|month|year)-long\b", re.I)
# what a length of time is of: the two words after it, a year between them aside ("week-long 2018 cycling tour")
_AFTER_LENGTH = re.compile(rf"(?:{SPAN_OF_TIME.pattern}|{_UNIT_LONG.pattern})(?:-long)?\s+(?:(?:19|20)\d\d\s+)?"
                           r"([a-z]+\s+[a-z]+)\b", re.I)


def _thing_after_length(text: str) -> str | None:
    """The two words after a text's first length of time, in lower case: "cycling tour"."""
    match = _AFTER_LENGTH.search(text)
    return match.group(_AFTER_LENGTH.groups).lower() if match else None


# "during the first three years", "in its first year": the opening span of something
_FIRST_SPAN = re.compile(rf"\b(?:first|initial)\s+(?:(\d+|{'|'.join(WORD_NUMBERS)})\s+)?(year|month|week|day)s?\b",
                         re.I)
_FIRST_SHARED = 2  # words of the question's sentence a chosen sentence giving another first span must hold


def other_first_span(question: str, chosen: Sequence[str]) -> str | None:
    """The question gives an opening span ("exempt ... during the first three years after being granted
    protection") and a chosen sentence on it gives another of the same unit ("are only exempted during the first
    year after the granting of international protection"), none the question's."""
    asked = list(_FIRST_SPAN.finditer(question))
    if len(asked) != 1:
        return None
    value, unit = _first_value(asked[0]), asked[0].group(2).lower()
    clause = next((part for part in re.split(r"(?<=[.?!;])\s+", question) if asked[0].group() in part), question)
    words = content_stems(_FIRST_SPAN.sub(" ", clause))
    given = [(sentence, m) for sentence in chosen for m in _FIRST_SPAN.finditer(sentence)
             if m.group(2).lower() == unit and len(words & content_stems(sentence)) >= _FIRST_SHARED]
    if not given or any(_first_value(m) == value for _sentence, m in given):
        return None
    sentence, told = given[0]
    return f"the reports say the {told.group().lower()}, not the {asked[0].group().lower()}: “{quote(sentence)}”"


def _first_value(match: re.Match[str]) -> float:
    """How many units a first span counts: "first year" one, "first three years" three."""
    return _small_count(match.group(1) or "1")


def _one_of(days: float, given: Sequence[tuple[float, str]]) -> bool:
    """Whether a length in days is one of the (days, as written) lengths given, within _SAME_LENGTH."""
    return any(max(days, d) / min(days, d) <= _SAME_LENGTH for d, _said in given if d)


# a named period: "the age determination period", "the asylum procedure", "the waiting phase"
_PERIOD = re.compile(r"\b((?:[\w’'-]+\s+){1,3}?)(period|phase|procedure|stage)\b(?:\s*\(|\s+of\b|\s+lasts?\b)",
                     re.I)
_PERIOD_LENGTH_REACH = 80  # characters after a named period in which a sentence gives its length
_ASKS_BY_VERB = re.compile(r"^\W*(?:is|are|was|were|does|do|did|has|have|can|could|will|would)\b", re.I)


def other_period(question: str, chosen: Sequence[str]) -> str | None:
    """The question gives a named period a length ("During the age determination period of up to two months, can
    ...") and a chosen sentence gives that period another ("during the age determination period (of 3 working days,
    which can be extended with another 3 days)"), compared in days. Not when the question asks it ("Is the age
    determination period two months?")."""
    claimed = spans(question)
    if len(claimed) != 1 or _ASKS_BY_VERB.match(question):
        return None
    (value, unit, written), = claimed
    days = value * _DAYS[unit]
    asked = [(content_stems(m.group(1)), m.group(2).lower()) for m in _PERIOD.finditer(question)]
    asked = [(words, kind) for words, kind in asked if len(words) >= 2]  # "the age determination": a name
    if not days or not asked:
        return None
    for sentence in chosen:
        for match in _PERIOD.finditer(sentence):
            words, kind = content_stems(match.group(1)), match.group(2).lower()
            if not any(kind == a_kind and a_words <= words for a_words, a_kind in asked):
                continue
            given = [(v * _DAYS[u], said) for v, u, said in spans(sentence[match.end():][:_PERIOD_LENGTH_REACH])]
            if given and not _one_of(days, given):
                return f"the reports give {given[0][1]}, not {written}: “{quote_from(sentence, match.start())}”"
    return None


# "in March 2020", "on 23 September 2020", "in oct 2020": a month of a year (a short month written out first)
_MONTH_YEAR = re.compile(rf"\b({'|'.join(MONTHS)})\s+(?:of\s+)?((?:19|20)\d\d)\b", re.I)
_MONTH_SUBJECT_MIN = 2  # of the question's words a sentence giving another month must have (one more further away)


def _month_years(text: str) -> set[tuple[str, str]]:
    return {(m.group(1).lower(), m.group(2)) for m in _MONTH_YEAR.finditer(months_written_out(text))}


def other_month(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question dates its event to a month of a year that no sentence read gives, and a sentence on the same
    event gives another month of that year: "In March 2020 Gent Zonder Grenzen wrote an open letter to the Ghent
    city council" against "wrote an open letter to the city council of Ghent in June 2020". Only for a question
    naming one month."""
    asked = _month_years(question)
    if len(asked) != 1:
        return None
    (month, year), = asked
    # the part of the question that holds the month: "... how many asylum seekers did Ghent's citizens ask the city to
    # shelter, and how many unaccompanied minors did Belgium relocate in December 2020?"
    part = next((p for p in question_parts(question) if _month_years(p)), question)
    subject = content_stems(_MONTH_YEAR.sub(" ", months_written_out(part))) - {year}
    # the sentence dating something in that year that is most about the event decides (a long one on detention that
    # names 1 October 2020 is not on the relocation of minors)
    dated = [(shared, sentence) for sentence, near in related_sentences(chosen, hits)
             if any(y == year for _m, y in _month_years(sentence))
             and (shared := len(subject & content_stems(sentence))) >= _MONTH_SUBJECT_MIN + (0 if near else 1)]
    if not dated:
        return None
    shared, sentence = max(dated, key=lambda pair: pair[0])
    if any(month in {m for m, y in _month_years(s) if y == year} for n, s in dated if n == shared):
        return None
    return f"the reports give another month: “{quote(sentence)}”"


# a count and what it counts: "18 unaccompanied minors", "another 11 unaccompanied minors"
_COUNT_OF = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})*)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.I)


def _counts(text: str) -> list[re.Match[str]]:
    """The _COUNT_OF matches of the text that are no years."""
    return [m for m in _COUNT_OF.finditer(text) if not YEAR.fullmatch(m.group(1))]


def _counts_dated(text: str) -> list[tuple[float, set[str], tuple[str, str]]]:
    """(count, stems of what it counts, (month, year)) for each count the text dates by the first month of a year
    after it, with no other count between: "the relocation of 18 unaccompanied minors ... in August 2020, and of
    another 11 unaccompanied minors in December 2020" gives 18 for August 2020 and 11 for December 2020."""
    text = months_written_out(text)
    counts = _counts(text)
    out = []
    for i, count in enumerate(counts):
        date = _MONTH_YEAR.search(text, count.end())
        if date and (i + 1 == len(counts) or counts[i + 1].start() > date.start()):
            out.append((number_value(count.group(1)), content_stems(count.group(2)),
                        (date.group(1).lower(), date.group(2))))
    return out


def count_of_other_month(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a count for one month that a sentence read gives for another month, while giving the
    question's month another count of the same thing: "after 11 unaccompanied minors were relocated ... in Aug 2020"
    against "the relocation of 18 unaccompanied minors ... in August 2020, and of another 11 unaccompanied minors in
    December 2020"."""
    asked = _counts_dated(question)
    for sentence, _near in related_pieces(chosen, hits):
        told = _counts_dated(sentence)
        for value, what, when in asked:
            alike = [(v, t) for v, w, t in told if what & w]  # counts of the same thing
            if (value, when) in alike:
                continue
            elsewhere = [t for v, t in alike if v == value]
            instead = [v for v, t in alike if t == when]
            if elsewhere and instead:
                month, year = elsewhere[0]
                return (f"the reports give {value:g} for {month.title()} {year} and {instead[0]:g} for "
                        f"{when[0].title()} {when[1]}: “{quote(sentence)}”")
    return None


def count_of_other_event(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question ties a count to an event that a sentence read ties to another count of the same thing: "Why
    were only 18 unaccompanied minors relocated to Belgium after the fire at Moria?" against "the relocation of 18
    unaccompanied minors ... in August 2020, and of another 11 unaccompanied minors in December 2020 after a fire
    destroyed the Moria camp". Each count is told by the words from it to the next count; the question's words
    that only another count's words hold (two or more) tie its event to that count, and none only its own."""
    # the clause that holds the count tells its event ("Jobteam Gent reached 798 people in its first year; how many
    # of them went on to intensive coaching?": what is asked next is no event of the 798)
    clause = next((c for c in _ASKED_APART.split(question) if _COUNT_OF.search(c)), "")
    asked = [(number_value(m.group(1)), content_stems(m.group(2))) for m in _counts(clause)]
    if len(asked) != 1:
        return None
    value, what = asked[0]
    words = {w for w in content_stems(clause) - what if not w[:1].isdigit()}
    for sentence in chosen:
        counts = [m for m in _counts(sentence) if what & content_stems(m.group(2))]
        if len(counts) < 2:
            continue
        ends = [m.start() for m in counts[1:]] + [len(sentence)]
        told = [(number_value(m.group(1)), content_stems(sentence[m.start():end]))
                for m, end in zip(counts, ends, strict=True)]
        own = [said for v, said in told if v == value]
        if len(own) != 1:
            continue
        others = [(v, said) for v, said in told if v != value]
        for other, said in others:
            if len((words & said) - own[0]) >= _EVENT_WORDS and not (words & own[0]) - said:
                return f"the reports give {other:g} for this, not {value:g}: “{quote(sentence)}”"
    return None


_EVENT_WORDS = 2  # the question's words only another count's words may hold, to tie its event to that count
_ASKED_APART = re.compile(r"[;?]|\s[-–—]\s|,\s*(?=(?:how|what|which|who|why|when|where)\b)", re.I)


# "0,44% of the gross national income (GNI)", "120% of the living wage": a share and what it is a share of (up to a
# word that ends the phrase)
_SHARE_OF = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*%\s+of\s+(?:the\s+|its\s+|their\s+|belgium['’]s\s+)?"
                       r"((?:(?!(?:in|by|for|to|from|on|and|or|whereas|while|which|that|is|was|are|were)\b)"
                       r"[\w()-]+\s*){1,5})", re.I)


_OF_ACRONYM = re.compile(r"%\s+of\s+(?:the\s+)?[A-Z]{2,}\b")  # a share of what an acronym names: "37,1% of ODA"
_OF_ACRONYM_NAME = re.compile(r"%\s+of\s+(?:the\s+)?([A-Z]{2,})\b")


def _initials(words: str) -> str:
    """The initials of the first three or four words: "official development assistance on" -> "ODA"."""
    letters = [w[0].upper() for w in re.findall(r"[^\W\d_]+", words) if w.lower() not in ("of", "and", "the")]
    return "".join(letters[:3])


def _shares_of(text: str, words: int = 5) -> list[tuple[float, set[str]]]:
    """(value, stems of what it is a share of, in its first `words` words) for each share the text gives."""
    return [(float(m.group(1).replace(",", ".")), content_stems(" ".join(m.group(2).split()[:words])))
            for m in _SHARE_OF.finditer(text)]


def other_base(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a share of one thing that the reports give of another: "belgian oda was 0.44% of the
    federal budget in 2018" against "Belgian ODA amounted to 0,44% of the gross national income (GNI)"; "the income
    threshold is set at 120% of the average wage" against "set at 120% of the living wage". Not when a sentence
    read gives that share of what the question says (in its words or as an acronym)."""
    # the question's thing by its first two words ("the living wage income requirement": the living wage)
    asked = [(value, base) for value, base in _shares_of(question, 2) if base]
    if not asked:
        return None
    # (or written out: "37,1% of its official development assistance" is "37,1% of ODA", probes66 #30)
    initials = {_initials(m.group(2)) for m in _SHARE_OF.finditer(question)}
    sentences = [sentence for sentence, _near in related_sentences(chosen, hits)]
    for value, base in asked:
        given = [(s, b) for s in sentences for v, b in _shares_of(s) if v == value]
        # (an acronym stands for more words than it shares: "its development aid" is "ODA", official development
        # assistance)
        if not given or any(base <= b or (base & b or any(a in initials for a in _OF_ACRONYM_NAME.findall(s)))
                            and _OF_ACRONYM.search(s) for s, b in given):
            continue
        return f"the reports give {value:g}% of something else: “{quote(given[0][0])}”"
    return None


def other_share_of_base(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a share of a thing that a sentence on its subject gives as another share of that thing,
    and no sentence read gives the question's: "the indicative resources amount is 100% of the living wage"
    against "the current indicative amount of resources is set at 120% of the living wage". The sentence must
    share _SHARE_SUBJECT of the question's other words; a share for a year is other_figure's."""
    if _WISHED.search(question) or YEAR.search(question):
        return None  # "should it be 100% of ...?", "why does the report argue that 100% ... should suffice?"
    asked = [(value, base) for value, base in _shares_of(question, 2) if base]
    if not asked:
        return None
    subject = content_stems(_SHARE_OF.sub(" ", question))
    related = [(sentence, _shares_of(sentence)) for sentence, _near in related_pieces(chosen, hits)]
    given = {v for sentence, _shares in related for v, _b in _facts_of_shares(sentence)}
    for value, base in asked:
        if value in given:
            continue  # the question's share is given, of this thing or another (other_base tells)
        for sentence, shares in related:
            other = [v for v, b in shares if base <= b and not re.search(rf"\b{v:g}\s*%", question)]
            if other and len(subject & content_stems(sentence)) >= _SHARE_SUBJECT and not YEAR.search(sentence):
                return f"the reports give {other[0]:g}% of it, not {value:g}%: “{quote(sentence)}”"
    return None


_SHARE_SUBJECT = 3  # the question's words (beside its share) a sentence giving another share must hold
# a share said as what should be, not what is: "an income of 100% of the living wage should suffice"
_WISHED = re.compile(r"\b(?:should|would|could|ought|must|might|propos\w*|recommend\w*|suggest\w*)\b", re.I)


def _facts_of_shares(sentence: str) -> list[tuple[float, set[str]]]:
    """_shares_of the sentence, but for those in a clause (between commas) that says what should be."""
    return [share for clause in re.split(r"[,;:]\s", sentence) if not _WISHED.search(clause)
            for share in _shares_of(clause)]


# a side of a thing the question claims: "set below the level of the living wage", "above the average wage"
_SIDE_OF = re.compile(r"\b(below|under|beneath|lower\s+than|less\s+than|above|over|higher\s+than|more\s+than|"
                      r"exceed(?:s|ed|ing)?)\s+(?:the\s+)?(?:level\s+of\s+(?:the\s+)?)?((?:[a-z][\w-]*\s*){1,2})", re.I)
_BELOW = re.compile(r"below|under|beneath|lower|less", re.I)


def other_side_of_base(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question puts a thing below (or above) a level that the reports give as a share above (or below) it:
    "Why is the resource requirement for family reunification with Belgians set below the level of the living
    wage?" against "the current indicative amount of resources is set at 120% of the living wage". Only from a
    sentence sharing _BOUND_SUBJECT words with the question, one more when it is not chosen nor beside a chosen one."""
    asked = [(bool(_BELOW.match(m.group(1))), content_stems(m.group(2)), m.group().strip())
             for m in _SIDE_OF.finditer(question)]
    asked = [(below, base, said) for below, base, said in asked if base]
    if not asked:
        return None
    subject = content_stems(question)
    sentences = [sentence for sentence, near in related_sentences(chosen, hits)
                 if len(subject & content_stems(sentence)) >= _BOUND_SUBJECT + (not near)]
    for below, base, said in asked:
        # "set at 120% of the living wage ... an income of 100% of the living wage should suffice": above it is held
        given = [(value, sentence) for sentence in sentences for value, of in _shares_of(sentence) if base <= of]
        if given and not any(value < 100 if below else value > 100 for value, _s in given):
            value, sentence = given[0]
            return f"the reports give {value:g}%, not {said.lower()}: “{quote(sentence)}”"
    return None


# a number given as a bound: "caps the fee at 360 euros", "up to 24 hours", "a minimum fee of 360 euros", "for a
# maximum of 24 hours", "at least 16 years old"
_BOUND_NUMBER = r"(?:€\s*)?(\d+(?:[.,]\d+)*)"
_BOUNDS = (("maximum", re.compile(rf"\b(?:cap(?:s|ped|ping)?\s+(?:[\w’'-]+\s+){{0,6}}?at|up\s+to|at\s+most|"
                                  rf"no\s+more\s+than|not\s+(?:more\s+than|exceeding)|maximum(?:\s+[\w’'-]+){{0,2}}\s+of|max\.?|"
                                  rf"ceiling\s+of|limited\s+to)\s+{_BOUND_NUMBER}", re.I)),
           ("minimum", re.compile(rf"\b(?:at\s+least|no\s+(?:less|fewer)\s+than|not\s+less\s+than|"
                                  rf"minimum(?:\s+[\w’'-]+){{0,2}}\s+of|min\.?|starting\s+at)\s+{_BOUND_NUMBER}",
                                  re.I)))


def _bounds(text: str) -> dict[str, str]:
    """{number: "minimum" or "maximum"} for each number the text gives as a bound."""
    return {m.group(1).replace(",", ""): kind for kind, pattern in _BOUNDS for m in pattern.finditer(text)}


def other_bound(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question gives a number as one bound and the reports as the other: "the flemish 2019 agreement caps the
    civic integration fee at 360 euros" against "the introduction of a minimum fee of 360 euros"; "isolated for at
    least 24 hours" against "for a maximum of 24 hours". Only from a sentence sharing _BOUND_SUBJECT words with the
    question (the number among them), one more when it is not chosen nor beside a chosen one."""
    asked = _bounds(question)
    if not asked:
        return None
    subject = content_stems(question)
    for sentence, near in related_sentences(chosen, hits):
        said = _bounds(sentence)
        for number, kind in asked.items():
            other = said.get(number)
            if other and other != kind and len(subject & content_stems(sentence)) >= _BOUND_SUBJECT + (not near):
                return f"the reports give {number} as a {other}, not a {kind}: “{quote(sentence)}”"
    return None


_BOUND_SUBJECT = 3  # words a sentence must share with the question (the number among them), one more further away


# the side of a bound: "more than", "under"
_BOUND_SIDE = r"\b(more|over|above|greater|fewer|less|under|below)\s+(?:than\s+)?"
# a share the question bounds: "spent more than the 50% target share of its ODA on least developed countries"
_PERCENT_BOUND = re.compile(rf"{_BOUND_SIDE}(?:the\s+)?(\d+(?:[.,]\d+)?)\s*%", re.I)
_PERCENT = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*%")
_PERCENT_WORDS = 8  # the words after a share that tell what it is of
_PERCENT_OF = 2  # ... of which a share in a sentence must hold as many of the question's
_NOT_WHAT_OF = content_stems("target share percent per cent")


def share_beyond_bound(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question bounds a share ("spent more than the 50% target share of its ODA on least developed countries")
    and the sentences near the answer give that share outside the bound ("Belgium spent 37,1% of ODA to least
    developed countries, which should be 50% by 2030"), none within it (the bound itself, the target, aside)."""
    asked = _PERCENT_BOUND.search(question)
    if not asked:
        return None
    limit, above = number_value(asked.group(2)), asked.group(1).lower() in _MORE
    of = content_stems(" ".join(re.findall(r"[\w’'-]+", question[asked.end():])[:_PERCENT_WORDS])) - _NOT_WHAT_OF
    outside = None
    for sentence, near in related_sentences(chosen, hits):
        for share in _PERCENT.finditer(sentence) if near else ():
            value = number_value(share.group(1))
            told = content_stems(" ".join(re.findall(r"[\w’'-]+", sentence[share.end():])[:_PERCENT_WORDS]))
            if value == limit or len(of & told) < _PERCENT_OF:
                continue
            if (value > limit) == above:
                return None  # a share within the bound
            outside = outside or (share.group(), sentence)
    return f"the reports give {outside[0]}, not {question[asked.start():asked.end()]}: “{quote(outside[1])}”" \
        if outside else None


# a count the question bounds: "built for more than 200 asylum seekers", "fewer than 40 active participants each year"
_THAN = re.compile(rf"{_BOUND_SIDE}(\d+(?:[.,]\d+)*)(?!\s*%)\s+([A-Za-z][\w’'-]*\s+[A-Za-z][\w’'-]*)", re.I)
_MORE = frozenset({"more", "over", "above", "greater"})


def bounded_counts(question: str, hits: Sequence[Hit]) -> list[tuple[str, bool, str, str]]:
    """(the question's number, whether the reports' count is within the bound, the sentence giving it, the bound as
    asked: "more than 200") for each count the question bounds ("built for more than 200 asylum seekers") that a
    sentence of the passages read gives, with the same two words within _WINDOW words of it ("a pontoon on the water
    for 250 asylum seekers"; "the number of active participants every year fluctuating between 50 and 60" gives 50
    and 60). Within the bound when any count of that sentence is; a bound held by one sentence is held."""
    out = []
    for match in _THAN.finditer(question):
        side, number, counted = match.groups()
        bound = content_stems(counted)
        if len(bound) < 2 or any(w.lower() in _UNITS for w in counted.split()):
            continue
        limit, above = number_value(number), side.lower() in _MORE
        found = [(sentence, counts) for hit in hits for sentence in chunk_sentences(hit.chunk)
                 for counts in [_counts_near(sentence, bound)] if counts]
        held = next((s for s, counts in found if any(c > limit if above else c < limit for c in counts)
                     or _bounded_alike(s, above, limit)), None)
        if held or found:
            out.append((number, held is not None, held or found[0][0], question[match.start():match.end(2)]))
    return out


def _bounded_alike(sentence: str, above: bool, limit: float) -> bool:
    """The sentence bounds its count on the same side, at least as far: "more than 70 newcomers participated" holds
    "more than 70 newcomers" (and "more than 50"), not "more than 100"."""
    return any((side.lower() in _MORE) == above
               and (number_value(number) >= limit if above else number_value(number) <= limit)
               for side, number, _counted in _THAN.findall(sentence))


def _counts_near(sentence: str, bound: set[str]) -> list[float]:
    """The counts of `sentence` (no years, percentages or amounts) with all `bound` stems within _WINDOW words."""
    return [number_value(word) for word, after in _numbers_near(sentence, bound)
            if _NUMERAL.fullmatch(word) and not YEAR.fullmatch(word) and after.lower() not in _UNITS]


def other_than(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """A count the question bounds that the reports give outside the bound: "Ghent's new reception pontoon, built
    for fewer than 100 asylum seekers" against "a pontoon on the water for 250 asylum seekers"."""
    for _number, held, sentence, asked in bounded_counts(question, hits):
        if not held:
            return f"the reports give a count that is not {asked.lower()}: “{quote(sentence)}”"
    return None


# an age the question gives: "before age 18", "under the age of 12", "aged 65 and over", "65-year-olds"
_AGE_ASKED = re.compile(r"\b(?:(before|under|below|until|up to|over|above|after|from)\s+(?:the\s+)?age\s+(?:of\s+)?"
                        r"(\d{1,2})|aged\s+(\d{1,2})\b(?!\s*(?:-|–|to)\s*\d)|(\d{1,2})[- ]years?[- ]olds?)\b", re.I)
# an age the reports give: a range ("between 16 and 25 years old", "aged 16 to 25") or a bound ("before the age of 12",
# "up to the age of 18", "at least 16 years old")
# (not "from 3 to 5 years", a length of time)
_AGE_RANGE = re.compile(r"\b(?:between|from)\s+(\d{1,2})\s*(?:and|to|-|–)\s*(\d{1,2})\s+years?\s+old\b|"
                        r"\baged\s+(?:between\s+|from\s+)?(\d{1,2})\s*(?:and|to|-|–)\s*(\d{1,2})\b", re.I)
_AGE_LIMIT = re.compile(r"\b(before|under|below|until|up to|over|above|after|from)\s+(?:the\s+)?age\s+of\s+(\d{1,2})|"
                        r"\bat least\s+(\d{1,2})\s+years?\s+old", re.I)
_YOUNGER = frozenset({"before", "under", "below", "until", "up to", "younger than"})
# people bounded by a bare number: "refugees over 65", "children under 12" (not "over 65 percent", "under 12 months")
_PEOPLE_AGED = re.compile(r"\b(?:people|persons|refugees|migrants|newcomers|asylum seekers|adults|children|kids|minors|"
                          r"youngsters|youths|women|men|residents|citizens|participants)\s+"
                          r"((?:over|above|under|below|older than|younger than)\s+(\d{1,2}))\b"
                          r"(?!\s*(?:%|percent|per\b|[.,]\d|years?\s+(?:of|in|ago)|euros?|eur\b|hours|days|weeks|months))",
                          re.I)


def age_within(age: float, side: str, limit: float) -> bool:
    """Whether `age` keeps an age bound: "before the age of 12" holds 8, "at least 16 years old" holds 16."""
    return age < limit if side.lower() in _YOUNGER else age >= limit


# people asked for by their old age, with no number
_OLD = re.compile(r"\b(?:elderly|seniors?|pensioners?|older\s+(?:people|persons|adults|refugees|migrants|newcomers)|"
                  r"over-65s?)\b", re.I)
_OLD_AGE = 65


def other_age(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """An age the question gives that the reports give otherwise for the same thing: "people who moved to belgium
    before age 18 couldn't be deported" against "who had moved to Belgium before the age of 12 could not be deported";
    "Ankerkracht targets elderly recognised refugees aged 65 and over" against "between 16 and 25 years old". A
    sentence on the question's subject that gives an age, and none that gives the question's (each end of a range the
    question gives: "minors aged 12 to 18")."""
    asked = [(m.group(1), int(m.group(2))) if m.group(2) else (None, int(m.group(3) or m.group(4)))
             for m in _AGE_ASKED.finditer(question)]
    bounded = list(_PEOPLE_AGED.finditer(question))
    asked += [(m.group(1).rsplit(None, 1)[0], int(m.group(2))) for m in bounded]
    # "unaccompanied minors aged 12 to 18": each end of a range
    asked += [(None, int(n)) for m in _AGE_RANGE.finditer(question) for n in m.groups() if n]
    if not asked and _OLD.search(question):  # "elderly asylum seekers": of pension age
        asked = [(None, _OLD_AGE)]
    if not asked:
        return None
    for m in reversed(bounded):  # the bound goes, the people stay
        question = question[:m.start(1)] + " " + question[m.end(1):]
    subject = content_stems(_OLD.sub(" ", _AGE_ASKED.sub(" ", _AGE_RANGE.sub(" ", question))))
    told = [(s, near) for s, near in related_sentences(chosen, hits)
            if _gives_age(s) and on_subject(subject & content_stems(s), near)]
    if not told:
        # "Members of the target group of the project are between 16 and 25 years old": its passage names the project
        # (or its section heading does: "3.4 Project Ankerkracht")
        told = [(s, False) for hit in hits if on_subject(subject & content_stems(hit.chunk.text), True)
                for s in chunk_sentences(hit.chunk) if _gives_age(s)
                and subject & content_stems(f"{hit.chunk.section or ''} {s}")]
    told.sort(key=lambda pair: -len(subject & content_stems(pair[0])))  # the one most on the subject is quoted
    # "if ankerkracht targets young refugees aged 18 to 25" against "between 16 and 25 years old": the range told with
    # one end moved (a range within it with both ends its own may be a part asked about: "aged 18 to 20")
    for low, high in _ranges(question):
        for sentence, _near in told:
            if any((low == a) != (high == b) for a, b in _ranges(sentence)):
                return f"the reports give another age: “{quote(sentence)}”"
    for side, age in asked:
        if not told or any(_agrees(side, age, sentence) for sentence, _near in told):
            continue
        return f"the reports give another age: “{quote(told[0][0])}”"
    return None


def _ranges(text: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for m in _AGE_RANGE.finditer(text) for a, b in [[n for n in m.groups() if n]]]


def _gives_age(sentence: str) -> bool:
    """The sentence gives an age: a range ("between 16 and 25 years old") or a bound ("before the age of 12")."""
    return bool(_AGE_RANGE.search(sentence) or _AGE_LIMIT.search(sentence))


def _agrees(side: str | None, age: int, sentence: str) -> bool:
    """Whether the sentence gives the age asked: a bound of the same number ("before age 12": "before the age of
    12"), an age within its range or bound ("aged 19": "between 16 and 25 years old")."""
    for match in _AGE_RANGE.finditer(sentence):
        low, high = (int(n) for n in match.groups() if n)
        if side is None and low <= age <= high:
            return True
        # "refugees over 18" meet some of "between 16 and 25 years old"; "refugees over 65" none, nor "minors under
        # 16" (a bound at the range's end is on its other side)
        if side is not None and (low < age if side.lower() in _YOUNGER else high > age):
            return True
    for match in _AGE_LIMIT.finditer(sentence):
        limit = int(match.group(2) or match.group(3))
        if side is not None and limit == age:
            return True
        if side is None and age_within(age, match.group(1) or "at least", limit):
            return True
    return False


# a change told over a span: "doubled over five years", "doubled within one year"
_CHANGE_SPAN = re.compile(r"\b(doubled|tripled|trebled|quadrupled|halved)\s+(?:over|within|in)\s+(?:the\s+)?"
                          r"(?:(?:past|last|first|next|following)\s+)?(?:(\d+|[a-z]+)\s+)?(years?|months?|decades?)\b",
                          re.I)
_SPAN_MONTHS = {"month": 1, "year": 12, "decade": 120}


def _change_spans(text: str) -> list[tuple[str, float, str]]:
    """(verb, months, as written) for each change told over a span ("doubled within one year": 12 months)."""
    out = []
    for m in _CHANGE_SPAN.finditer(text):
        count = m.group(2) or "one"
        if count.lower() not in WORD_NUMBERS and not count.isdigit():
            continue
        out.append((m.group(1).lower(), _small_count(count) * _SPAN_MONTHS[m.group(3).lower().rstrip("s")],
                    " ".join(m.group().split())))
    return out


def other_change_span(question: str, chosen: Sequence[str], hits: Sequence[Hit]) -> str | None:
    """The question has a thing change over one span ("If the number of asylum applications in Belgium doubled over
    five years, ...") and a sentence on it, chosen or beside one, over another ("In Belgium, the number of asylum
    applications doubled within one year")."""
    asked = _change_spans(question)
    if not asked:
        return None
    subject = content_stems(_CHANGE_SPAN.sub(" ", question))
    for sentence, near in related_sentences(chosen, hits):
        for verb, months, written in _change_spans(sentence):
            claimed = [w for v, m, w in asked if v == verb and m != months]
            if claimed and on_subject(subject & content_stems(sentence), near) and not any(
                    v == verb and m == months for v, m, _w in asked):
                return f"the reports say {written}, not {claimed[0]}: “{quote(sentence)}”"
    return None
