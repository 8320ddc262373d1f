"""Which language a text is in (ISO 639-1 code), so passages get the right stemmer and embedder."""

from __future__ import annotations

import re
from functools import lru_cache

DEFAULT_LANGUAGE = "en"
SAMPLE_CHARS = 5000  # langdetect is slow on long texts and gains nothing from them

# ISO 639-1 code -> Snowball stemmer name (as PyStemmer and NLTK spell it).
SNOWBALL_LANGUAGES = {
    "en": "english",
    "nl": "dutch",
    "fr": "french",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "da": "danish",
    "sv": "swedish",
    "no": "norwegian",
    "fi": "finnish",
    "hu": "hungarian",
    "ro": "romanian",
    "ru": "russian",
    "tr": "turkish",
    "ar": "arabic",
    "el": "greek",
    "ca": "catalan",
    "cs": "czech",
    "pl": "polish",
    "lt": "lithuanian",
    "id": "indonesian",
    "ga": "irish",
}

# Frequent function words, each unique to one of the three corpus languages (no "in", "is", "de", "en").
_STOPWORDS = {
    "en": frozenset(
        "the and of to that for are with this it by not or from have which their has been were will "
        "can its our also these than they be as at".split()
    ),
    "nl": frozenset(
        "het een van dat op te zijn voor met niet wordt worden ook aan door als er bij naar om nog "
        "maar deze hun heeft hebben kan zal wij onze dit".split()
    ),
    "fr": frozenset(
        "le la les et des du un une est que pour dans qui sur au pas par ce sont avec aux ne se plus "
        "cette il elle nous leur ont mais été l d qu".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language: "en", "nl", "fr", "de", ...; "en" when too short to tell.

    >>> detect_language("De stad heeft een plan voor de opvang van vluchtelingen.")
    'nl'
    """
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    if not words:
        return DEFAULT_LANGUAGE
    counts = _stopword_counts(words)
    clear = _clear_winner(counts, len(words))
    if clear:
        return clear
    guess = _langdetect_guess(sample) if len(words) >= 3 else None
    if guess and (guess[1] >= 0.9 or len(words) >= 20):
        return guess[0]
    leaning = _clear_winner(counts, len(words), min_hits=1, min_share=0.0)
    return leaning or DEFAULT_LANGUAGE


def _stopword_counts(words: list[str]) -> dict[str, int]:
    return {lang: sum(word in stopwords for word in words) for lang, stopwords in _STOPWORDS.items()}


def _clear_winner(counts: dict[str, int], n_words: int, min_hits: int = 2, min_share: float = 0.2) -> str | None:
    """The language whose stopwords clearly dominate: enough hits and three times the runner-up's."""
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits >= min_hits and hits >= 3 * second and hits / n_words >= min_share:
        return best
    return None


def _langdetect_guess(sample: str) -> tuple[str, float] | None:
    """langdetect's top language and its probability, made deterministic; None when it has no idea."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        top = detect_langs(sample)[0]
    except (LangDetectException, IndexError):
        return None
    return top.lang.split("-")[0], top.prob


@lru_cache(maxsize=16)
def snowball_stemmer(lang: str):
    """PyStemmer's Snowball stemmer for an ISO code (English when the language has none); one per language.

    Raises ImportError when PyStemmer is not installed.
    """
    import Stemmer

    stemmer = Stemmer.Stemmer(SNOWBALL_LANGUAGES.get(lang, "english"))
    # its stem cache (10,000 words by default) thrashes on a large collection's vocabulary; 200,000 words
    # cost about 30 MB and make indexing about 30% faster (bench scale's synthetic passages)
    stemmer.maxCacheSize = 200_000
    return stemmer
