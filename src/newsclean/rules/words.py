"""The words of a class or id name, as the :class:`~newsclean.rules.Words` matcher reads
them: split at punctuation and camelCase, joined into the phrases a rule may list."""

from __future__ import annotations

import re

#: Wrapper words that may follow a word matched ``at_end``: ``story-body__inner``.
WRAPPER_WORDS = frozenset(("inner", "wrapper", "wrap", "container", "holder", "main", "content"))

#: A state class saying what the element holds, not what it is (``has-sharing``,
#: ``withComments``), and such a BEM modifier (``header--with-ads``): not read.
_HOLDS_NAME = re.compile(r"(?:has|with)(?:[-_]|(?=[A-Z]))")
_HOLDS_MODIFIER = re.compile(r"--(?:has|with)[-_][\w-]*?(?=__|$)")

_TOKENS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
#: The same words in a lowercase ASCII name, trailing digits left out by the regex.
_LOWER_TOKENS = re.compile(r"[a-z0-9]*[a-z]")
_HOLDS_PREFIXES = ("has-", "has_", "with-", "with_")


def name_tokens(name: str) -> list[str]:
    """The lowercase words of one class/id name, split at punctuation and camelCase.

    Digits stay inside words (a hash like ``1a103d6`` must not yield ``a`` and
    ``d``) but a number ending a word is trimmed: ``related3`` is ``related``. A
    state class (``has-sharing``) and a ``--has-``/``--with-`` modifier say what
    the element holds, not what it is, and give no words.
    """
    if name.isalpha() and name.islower():
        return [name]  # the common one-word name, without the regex
    if name.isascii() and name.islower() and "--" not in name:
        # the common ``article-body`` or ``col-12``: one regex call, no lists rebuilt
        return [] if name.startswith(_HOLDS_PREFIXES) else _LOWER_TOKENS.findall(name)
    if _HOLDS_NAME.match(name):
        return []
    if "--" in name:
        name = _HOLDS_MODIFIER.sub("", name)
    tokens: list[str] = [t.rstrip("0123456789") for t in _TOKENS.findall(name)]
    if not name.islower():
        tokens = [token.lower() for token in tokens]
    return [token for token in tokens if token]


def name_words(name: str) -> tuple[list[str], list[str]]:
    """The phrases and the endings of one class/id name.

    Phrases are the name's words and their runs of two or three written
    together: ``"ArticleShare-bar2"`` gives article, share, bar, articleshare,
    sharebar, articlesharebar. Endings are the last one, two or three words,
    also before a trailing wrapper word: ``story-body__inner`` ends in body,
    storybody.
    """
    return phrases_and_endings(name_tokens(name))


def phrases_and_endings(tokens: list[str]) -> tuple[list[str], list[str]]:
    """See :func:`name_words`; takes the words already split."""
    count = len(tokens)
    if count < 2:
        return tokens, tokens
    phrases = list(tokens)
    for i in range(count - 1):
        pair = tokens[i] + tokens[i + 1]
        phrases.append(pair)
        if i + 2 < count:
            phrases.append(pair + tokens[i + 2])
    endings: list[str] = []
    while count > 1 and tokens[count - 1] in WRAPPER_WORDS:
        endings.append("".join(tokens[max(0, count - 3) : count]))
        count -= 1
    last = tokens[count - 1]
    endings.append(last)
    if count > 1:
        endings.append(tokens[count - 2] + last)
        if count > 2:
            endings.append(tokens[count - 3] + tokens[count - 2] + last)
    return phrases, endings
