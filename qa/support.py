"""The one support check: is an answer sentence backed by the passages it cites?

The answering code uses it to drop unsupported generated sentences; the evaluation uses it for citation
recall and precision. Pure Python and regular expressions, no models, so it is fast and deterministic.

    >>> check_support("Ghent has an active civil society [1].", ["Ghent has an active civil society."])
    SupportResult(supported=True, reason='sentence is contained in a cited passage', kind='extractive')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ingest.language import snowball_stemmer

PARAPHRASE_MIN_OVERLAP = 0.6  # share of a sentence's content words that must occur in its cited passages


@dataclass(frozen=True)
class SupportResult:
    supported: bool
    reason: str
    kind: str  # "extractive" | "paraphrase" | "unsupported"


# --- text normalisation ---------------------------------------------------------------------------------

_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n\s*(?=[^\W\d_])")
_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])- ?(?=[^\W\d_])|(?<=[^\W\d_])-$")
_SPACES = re.compile(r"\s+")


def _plain(text: str) -> str:
    """NFKC, plain quotes and dashes, words split by a hyphen at a line end joined; case kept."""
    text = unicodedata.normalize("NFKC", text).translate(_CHAR_MAP)
    return _LINE_END_HYPHEN.sub("", text)


def normalise_text(text: str) -> str:
    """Whitespace collapsed, curly quotes and dashes made plain, case-folded, hyphens inside words dropped.

    Dropping the hyphen makes line-end hyphenation ("inte-\ngration"), a compound broken at a line end
    ("Christian-\ndemocratic", or "Christian- democratic" once the line break became a space) and a quote
    that stops at one ("... Christian-") all compare equal.
    """
    return _WORD_HYPHEN.sub("", _SPACES.sub(" ", _plain(text)).strip()).casefold()


_MARKER = r"\[\s*\d+(?:\s*[,;\-]\s*\d+)*\s*\]"
_TRAILING = re.compile(rf"(?:\s*(?:{_MARKER}|[.!?;:,\"')\]]))+\s*$")
_LEADING = re.compile(r"^[\s\"'(\u2022*\-]+")
_ANY_MARKER = re.compile(rf"\s*{_MARKER}")


def strip_citation_markers(sentence: str) -> str:
    """The sentence without [n] markers, trailing punctuation and leading quotes or bullets."""
    text = _ANY_MARKER.sub("", sentence)
    text = _TRAILING.sub("", text)
    return _LEADING.sub("", text)


# --- numbers ----------------------------------------------------------------------------------------------

_NUMBER = re.compile(
    r"(?<![\w.,])"
    r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d|[.,]\d)|\d+(?:[.,]\d+)*)"
    r"(?:\s?(%|percent\b|per\s?cent\b|procent\b|pour\s?cent\b|pourcent\b))?"
    r"(?:\s(thousand|duizend|million|millions|miljoen|billion|billions|miljard|milliard|milliards)\b)?",
    re.IGNORECASE,
)
_SCALE = {
    "thousand": 3,
    "duizend": 3,
    "million": 6,
    "millions": 6,
    "miljoen": 6,
    "billion": 9,
    "billions": 9,
    "miljard": 9,
    "milliard": 9,
    "milliards": 9,
}
# Number words count only on the cited side: a sentence may write "3" where the report says "three".
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "honderd": 100,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "vingt": 20,
    "cent": 100,
}
_WORD = re.compile(r"[^\W\d_]+")


def _canonical(raw: str) -> str:
    """'1.500' / '1,500' / '1 500' -> '1500'; '0,44' -> '0.44'; '2.50' -> '2.5'; '11.11.11' kept as is."""
    s = re.sub(r"[ \u00a0\u202f]", "", raw)
    if "." in s and "," in s:
        decimal_sep = "." if s.rfind(".") > s.rfind(",") else ","
        group_sep = "," if decimal_sep == "." else "."
        s = s.replace(group_sep, "").replace(decimal_sep, ".")
    else:
        sep = "." if "." in s else "," if "," in s else ""
        if sep:
            groups = s.split(sep)
            grouped = 1 <= len(groups[0]) <= 3 and groups[0] != "0" and all(len(g) == 3 for g in groups[1:])
            if grouped:
                s = "".join(groups)
            elif len(groups) == 2:
                s = ".".join(groups)
            else:
                return s.replace(",", ".")  # an identifier such as a section number "3.4.1" or "11.11.11"
    try:
        value = Decimal(s)
    except InvalidOperation:
        return s
    return _format_decimal(value)


def _format_decimal(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def normalise_numbers(text: str) -> set[str]:
    """The numbers in a text, written one way: {'1500', '0.44%', '2018', '1500000'}.

    "1.500", "1,500" and "1 500" give "1500"; "0,44%" and "0.44 %" give "0.44%"; "1.5 million" gives
    "1500000"; "60 per cent" gives "60%".
    """
    numbers: set[str] = set()
    for m in _NUMBER.finditer(_plain(text)):
        value = _canonical(m.group(1))
        scale = m.group(3)
        if scale and re.fullmatch(r"\d+(\.\d+)?", value):
            value = _format_decimal(Decimal(value).scaleb(_SCALE[scale.lower()]))
        numbers.add(value + ("%" if m.group(2) else ""))
    return numbers


def _loose_numbers(text: str) -> set[str]:
    """The numbers of a cited text, plus bare values of percentages and numbers written as words."""
    numbers = normalise_numbers(text)
    numbers |= {n[:-1] for n in numbers if n.endswith("%")}
    numbers |= {str(_NUMBER_WORDS[w]) for w in _WORD.findall(text.casefold()) if w in _NUMBER_WORDS}
    return numbers


# --- words, stopwords, stemming ---------------------------------------------------------------------------

STOPWORDS = {
    "en": set(
        """a about above after again against all also am an and any are as at be because been before
        being below between both but by can could did do does doing down during each few for from further had
        has have having he her here hers herself him himself his how i if in into is it its itself just me
        more most my myself no nor not now of off on once only or other our ours ourselves out over own same
        she should so some such than that the their theirs them themselves then there these they this those
        through to too under until up very was we were what when where which while who whom why will with
        would you your yours yourself yourselves per via among within without across upon may might must
        shall us many much one ones s t""".split()
    ),
    "nl": set(
        """aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
        een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is
        ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder
        ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie
        wil worden wordt zal ze zelf zich zij zijn zo zonder zou""".split()
    ),
    "fr": set(
        """a au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur leurs lui
        ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te
        tes toi ton tu un une vos votre vous c d j l m n s y ete etre est sont ont avait etait cet comme plus
        ainsi aussi entre dont sans sous selon chez donc""".split()
    ),
}
_ALL_STOPWORDS = set().union(*STOPWORDS.values())
_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "en",
    "s",
    "e",
)


def guess_language(text: str) -> str:
    """'en', 'nl' or 'fr' by counting stopwords; 'en' when unsure."""
    words = [
        unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in _WORD.findall(text.casefold())
    ]
    counts = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] > counts["en"] else "en"


def _stemmer(lang: str):
    try:
        return snowball_stemmer(lang)
    except ImportError:  # PyStemmer missing: fall back to stripping common suffixes
        return None


def _stem_words(words: list[str], lang: str) -> list[str]:
    stemmer = _stemmer(lang)
    if stemmer is not None:
        return stemmer.stemWords(words)
    stems = []
    for w in words:
        for suffix in _SUFFIXES:
            if len(w) > len(suffix) + 2 and w.endswith(suffix):
                w = w[: -len(suffix)]
                break
        stems.append(w)
    return stems


def content_words(text: str, lang: str | None = None) -> list[str]:
    """Stems of the words that carry meaning: lower-cased, stopwords (en/nl/fr) and bare numbers removed."""
    lang = lang or guess_language(text)
    words = [
        w
        for w in re.findall(r"[^\W_]+", normalise_text(text))
        if len(w) > 1 and not w.isdigit() and w not in _ALL_STOPWORDS
    ]
    return _stem_words(words, lang)


# --- named entities ---------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_][\w'\-]*|[.!?]")


def named_entities(sentence: str) -> list[str]:
    """Capitalised words and runs of them (not sentence-initial, not stopwords), and all-caps acronyms."""
    entities: list[str] = []
    run: list[str] = []
    run_end = 0  # where the last word of the current run ends; a run continues across one space only
    at_start = True
    text = _plain(strip_citation_markers(sentence))
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        if token in ".!?":
            at_start, run = True, _flush(run, entities)
            continue
        word = re.sub(r"'s?$", "", token).strip("-'")
        acronym = re.fullmatch(r"[A-Z][A-Z0-9&\-]*[A-Z0-9]s?", word) is not None
        if acronym:
            word = re.sub(r"(?<=[A-Z0-9])s$", "", word)
        capital = word[:1].isupper() and word.casefold() not in _ALL_STOPWORDS
        if acronym or (capital and not at_start):
            if run and text[run_end : m.start()] != " ":
                run = _flush(run, entities)
            run.append(word)
            run_end = m.end()
        else:
            run = _flush(run, entities)
        at_start = False
    _flush(run, entities)
    return entities


def _flush(run: list[str], entities: list[str]) -> list[str]:
    if run:
        entities.append(" ".join(run))
    return []


def _has_word(text: str, word: str) -> bool:
    variants = {word, word[:-1]} if word.endswith("s") and len(word) > 3 else {word}
    return any(re.search(rf"(?<!\w){re.escape(v)}(?:s|'s)?(?!\w)", text) for v in variants)


def _missing_name(text: str, entity: str) -> str | None:
    """None if the name occurs in `text` as a phrase, or failing that word by word ("Ghent Taskforce" is
    found in "the Taskforce of Ghent"); otherwise the first word that is missing (or the whole name)."""
    phrase = normalise_text(entity)
    if _has_word(text, phrase):
        return None
    for word in entity.split():
        if not _has_word(text, normalise_text(word)):
            return word
    return None


# --- the check --------------------------------------------------------------------------------------------


def check_support(sentence: str, cited_texts: Sequence[str]) -> SupportResult:
    """Is `sentence` backed by the union of `cited_texts`?

    Extractive: the sentence (without [n] markers and trailing punctuation) is contained in one cited
    text. Paraphrase: all its numbers and named entities occur in the cited texts and at least
    PARAPHRASE_MIN_OVERLAP of its content words do.
    """
    cited = [t for t in cited_texts if t and t.strip()]
    if not cited:
        return SupportResult(False, "no cited passage", "unsupported")
    core = normalise_text(strip_citation_markers(sentence))
    if not core:
        return SupportResult(False, "empty sentence", "unsupported")
    cited_norm = [normalise_text(t) for t in cited]
    if any(core in t for t in cited_norm):
        return SupportResult(True, "sentence is contained in a cited passage", "extractive")

    union = "\n".join(cited_norm)
    cited_numbers = _loose_numbers("\n".join(cited))
    for number in sorted(normalise_numbers(strip_citation_markers(sentence))):
        if number not in cited_numbers:
            return SupportResult(False, f"number {number} not in cited passage", "unsupported")
    for entity in named_entities(sentence):
        missing = _missing_name(union, entity)
        if missing:
            return SupportResult(False, f"name '{missing}' not in cited passage", "unsupported")
    return _overlap_result(core, union)


def _overlap_result(core: str, union: str) -> SupportResult:
    lang = guess_language(core)
    words = content_words(core, lang)
    if not words:
        return SupportResult(False, "no content words to check", "unsupported")
    cited_words = set(content_words(union, lang))
    share = sum(w in cited_words for w in words) / len(words)
    if share >= PARAPHRASE_MIN_OVERLAP:
        return SupportResult(True, f"paraphrase: {share:.0%} of content words in cited passage", "paraphrase")
    return SupportResult(
        False,
        f"only {share:.0%} of content words in cited passage (need {PARAPHRASE_MIN_OVERLAP:.0%})",
        "unsupported",
    )
