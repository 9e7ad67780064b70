"""Soft hyphens (hyphenation hints) leave the plain outputs."""

from __future__ import annotations

from pathlib import Path

from newsclean import extract
from newsclean.dom.text import without_soft_hyphens

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_soft_hyphens_leave_every_plain_output() -> None:
    article = extract((FIXTURES / "class-soft-hyphens" / "page.html").read_bytes())
    for value in (article.text, article.standfirst, article.markdown, article.title):
        assert value
        assert "\xad" not in value
    assert "Vorlauftemperatur" in article.text
    assert article.title == "Wärmepumpen im Altbau: Was die Dämmung leisten muss"
    # the headline, read with its hyphens, is still known in the body and left out of it
    assert "Was die Dämmung" not in article.text


def test_the_html_keeps_the_hints() -> None:
    article = extract((FIXTURES / "class-soft-hyphens" / "page.html").read_bytes())
    assert "\xad" in article.html


def test_without_soft_hyphens() -> None:
    assert without_soft_hyphens("Mit\xadtel\xadal\xadter") == "Mittelalter"
    plain = "no hints here"
    assert without_soft_hyphens(plain) is plain
