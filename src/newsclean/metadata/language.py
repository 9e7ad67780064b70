"""The article's language as a BCP 47 primary subtag.

Markup first (``<html lang>``, ``content-language``, ``og:locale``, JSON-LD
``inLanguage``); otherwise a cheap guess from the body text: the script for
scripts that name one language, then counts of very common function words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .jsonld import text_value
from .meta_tags import LANGUAGE_KEYS

HtmlElement = Any

_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
_NOT_LANGUAGES = frozenset(("und", "mul", "zxx", "mis", "xx"))

#: Scripts used by essentially one language on news pages.
_SCRIPTS = (
    ("\u3040", "\u30ff", "ja"),  # hiragana and katakana
    ("\uac00", "\ud7af", "ko"),
    ("\u0e00", "\u0e7f", "th"),
    ("\u0590", "\u05ff", "he"),
    ("\u0370", "\u03ff", "el"),
    ("\u0530", "\u058f", "hy"),
    ("\u10a0", "\u10ff", "ka"),
)
_HAN = ("\u4e00", "\u9fff")
_ARABIC = ("\u0600", "\u06ff")
_CYRILLIC = ("\u0400", "\u04ff")

#: Short, frequent words that tell languages of the same script apart.
_STOPWORDS = {
    "en": "the and of to in is that for with was on are as it by this have from",
    "de": "der die und das ist nicht ein eine den mit sich des auf für von dem im",
    "fr": "le la les et des est une dans que pour qui pas sur du au avec sont ce",
    "es": "el la los las y que del por una con para es se en al como más pero",
    "it": "il che di della per non una sono gli del con nel alla anche come è le",
    "pt": "o os que do da em um uma para com não dos das no na ao é se",
    "nl": "de het een van en dat is niet op te zijn voor met die aan er ook",
    "pl": "i w się na nie z że do jest to jak o po ale od dla przez",
    "sv": "och att det som en är på av för med till den inte har om",
    "ru": "и в не на что с по это как из он к но за то от",
    "uk": "і в не на що з та це як до від за але із",
    "ar": "في من على أن إلى عن التي الذي مع هذا كان ما",
    "fa": "و در به از که این را با است برای آن یک",
    "tr": "ve bir bu da de için ile olarak çok daha gibi olan",
}
_WORDS = {language: frozenset(words.split()) for language, words in _STOPWORDS.items()}
_WORD = re.compile(r"\w+")


def primary_subtag(value: str | None) -> str | None:
    """``"en-GB"`` / ``"de_DE"`` -> ``"en"`` / ``"de"``; None for anything not a tag."""
    if not value:
        return None
    match = _TAG.match(value.split(",")[0])
    if not match:
        return None
    language = match.group(1).lower()
    return None if language in _NOT_LANGUAGES else language


def first_language(values: Iterable[str | None]) -> str | None:
    """The primary subtag of the first value that is a language tag."""
    for value in values:
        language = primary_subtag(value)
        if language:
            return language
    return None


def _outside(low: str, high: str) -> re.Pattern[str]:
    return re.compile(f"[^{low}-{high}]+")


#: What is not in each script, removed by a regex in C to count what is.
_SCRIPT_OUTSIDE = tuple((_outside(low, high), language) for low, high, language in _SCRIPTS)
_OUTSIDE_HAN, _OUTSIDE_ARABIC, _OUTSIDE_CYRILLIC = (
    _outside(*_HAN),
    _outside(*_ARABIC),
    _outside(*_CYRILLIC),
)
_NOT_LETTERS = re.compile(r"[\W\d_]+")
#: Any character of the scripts counted: a text without one counts none of them.
_IN_A_SCRIPT = re.compile(
    "["
    + "".join(f"{low}-{high}" for low, high, _ in _SCRIPTS)
    + "".join(f"{low}-{high}" for low, high in (_HAN, _ARABIC, _CYRILLIC))
    + "]"
)
#: Twenty letters (as ``_NOT_LETTERS`` leaves them), the fewest a guess is made from.
_TWENTY_LETTERS = re.compile(r"(?:[\W\d_]*+[^\W\d_]){20}")


def guess_language(text: str, sample: int = 3000) -> str | None:
    """A guess from the first ``sample`` characters of ``text``, or None when unsure.

    A text holding no character of the scripts counted (most, in a Latin script)
    only needs to hold twenty letters before its words are counted: its letters are
    not pulled out and counted script by script, which costs about as much as the
    rest of the guess."""
    text = text[:sample]
    if _IN_A_SCRIPT.search(text) is None:
        return _by_words(text, list(_WORDS)) if _TWENTY_LETTERS.match(text) else None
    letters = _NOT_LETTERS.sub("", text)
    total = len(letters)
    if total < 20:
        return None
    counts = {language: len(outside.sub("", letters)) for outside, language in _SCRIPT_OUTSIDE}
    if counts["ja"] > 0.05 * total:
        return "ja"  # kana: Japanese even when most characters are Han
    if len(_OUTSIDE_HAN.sub("", letters)) > 0.3 * total:
        return "zh"
    for language, count in counts.items():
        if count > 0.3 * total:
            return language
    arabic = len(_OUTSIDE_ARABIC.sub("", letters))
    cyrillic = len(_OUTSIDE_CYRILLIC.sub("", letters))
    candidates = list(_WORDS)
    if arabic > 0.3 * total:
        candidates = ["ar", "fa"]
    elif cyrillic > 0.3 * total:
        candidates = ["ru", "uk"]
    return _by_words(text, candidates)


def _by_words(text: str, candidates: list[str]) -> str | None:
    """The one of ``candidates`` whose common words ``text`` holds most, when it holds
    enough of them."""
    words = _WORD.findall(text.lower())
    frequency = Counter(words)
    best, best_hits = None, 0
    for language in candidates:
        hits = sum(frequency[word] for word in _WORDS[language] if word in frequency)
        if hits > best_hits:
            best, best_hits = language, hits
    if best is None or best_hits < max(3, len(words) // 50):
        return None
    return best


def page_language(
    root: HtmlElement, metas: dict[str, str], articles: list[dict[str, Any]]
) -> str | None:
    return first_language(
        [
            root.get("lang"),
            root.get("{http://www.w3.org/XML/1998/namespace}lang"),
            root.get("xml:lang"),
            *(metas.get(key) for key in LANGUAGE_KEYS),
            *(text_value(item.get("inLanguage")) for item in articles),
        ]
    )
