"""Month names as news pages write them in their dates, by language: the one table the
metadata's dates (:mod:`newsclean.metadata.dates`) and the rules' date lines
(``rules.builtin.lexicon.dates``) read, so it stands below both layers.

Each language lists its names in the forms a date line uses: the plain name, the
genitive or partitive a day number governs where the language has one ("13 декабря",
"13 grudnia", "13. prosince", "13. joulukuuta") and common short forms. A short form
that is an everyday word of another listed language ("set", "ago") is left out: a
date is then read from the full name only.
"""

from __future__ import annotations

import re
from typing import Any

#: Per language, twelve space-separated groups of names, January first; names within
#: a group are separated by "/".
_BY_LANGUAGE = {
    "en": "jan/january feb/february mar/march apr/april may jun/june jul/july "
    "aug/august sep/sept/september oct/october nov/november dec/december",
    "de": "januar/jänner februar märz/maerz april mai juni juli august september "
    "oktober november dezember",
    "fr": "janvier février/fevrier mars avril mai juin juillet août/aout septembre "
    "octobre novembre décembre/decembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre/setiembre "
    "octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre",
    "pt": "janeiro fevereiro março/marco abril maio junho julho agosto setembro "
    "outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da-no": "januar februar marts/mars april maj/mai juni juli august september "
    "oktober november december/desember",
    "fi": "tammikuuta/tammikuu helmikuuta/helmikuu maaliskuuta/maaliskuu "
    "huhtikuuta/huhtikuu toukokuuta/toukokuu kesäkuuta/kesäkuu heinäkuuta/heinäkuu "
    "elokuuta/elokuu syyskuuta/syyskuu lokakuuta/lokakuu marraskuuta/marraskuu "
    "joulukuuta/joulukuu",
    "pl": "stycznia/styczeń lutego/luty marca/marzec kwietnia/kwiecień maja/maj "
    "czerwca/czerwiec lipca/lipiec sierpnia/sierpień września/wrzesień "
    "października/październik listopada/listopad grudnia/grudzień",
    "cs": "ledna/leden února/únor března/březen dubna/duben května/květen "
    "června/červen července/červenec srpna/srpen září října/říjen "
    "listopadu/listopad prosince/prosinec",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie "
    "octombrie noiembrie decembrie",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "ru": "января/январь/янв февраля/февраль/фев марта/март/мар апреля/апрель/апр "
    "мая/май июня/июнь/июн июля/июль/июл августа/август/авг "
    "сентября/сентябрь/сен/сент октября/октябрь/окт ноября/ноябрь/ноя "
    "декабря/декабрь/дек",
    "uk": "січня/січень лютого/лютий березня/березень квітня/квітень травня/травень "
    "червня/червень липня/липень серпня/серпень вересня/вересень жовтня/жовтень "
    "листопада/листопад грудня/грудень",
}


def _table() -> dict[str, int]:
    months: dict[str, int] = {}
    for names in _BY_LANGUAGE.values():
        groups = names.split()
        if len(groups) != 12:
            raise ValueError(f"twelve months expected: {names}")
        for number, group in enumerate(groups, start=1):
            for name in group.split("/"):
                months[name] = number
    return months


#: Letters a case-blind regex takes for another ("I" for the Turkish "ı", the long s).
_SAME_LETTERS = str.maketrans({"ı": "i", "ſ": "s", "\u212a": "k"})


def month_key(name: str) -> str:
    """The table's key of a month name as matched in any case ("MAYIS", "Mayıs")."""
    return name.lower().translate(_SAME_LETTERS)


#: Every name (in lower case) and its month's number.
MONTHS: dict[str, int] = _table()
#: The same by :func:`month_key`.
MONTH_KEYS: dict[str, int] = {month_key(name): number for name, number in MONTHS.items()}


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` shaped as a tree of their letters ("ma(?:r(?:ch)?|y)"):
    a text's word is turned away at its first letters, not tried against every name."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branch(tree)


def _branch(node: dict[str, Any]) -> str:
    alternatives = [re.escape(letter) + _branch(child) for letter, child in node.items() if letter]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
    return f"(?:{body})?" if "" in node else body


#: Every name as one pattern (to be matched case-insensitively), the longest form first.
MONTH_PATTERN = _trie(sorted(MONTHS))


def ascii_month_stems() -> tuple[str, ...]:
    """The names written in ASCII letters alone, less each that holds a shorter one ("mar"
    stands for "march", "marzo"...): a lowered ASCII text holding none of them names no month."""
    names = sorted((name for name in MONTHS if name.isascii()), key=len)
    stems: list[str] = []
    for name in names:
        if not any(stem in name for stem in stems):
            stems.append(name)
    return tuple(stems)
