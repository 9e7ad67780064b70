"""A story's date line set in a plain box between its headline and its first paragraph
(its ``<header>`` gone, no names a rule knows) goes (``date-only-blocks`` or
``metadata-lines``) when the date is written as many sites write it: the month's short
name between dots ("03.fev.2025", in any language) or the time after the French "à"
("04.03.2025 à 13h36"). A sentence holding such a date stays."""

from __future__ import annotations

import pytest
from conftest import ISLAND_FERRY_STORY as STORY

from newsclean import explain, extract


def page(date_line: str) -> str:
    """A page marking nothing: the headline, a plain box holding the date, the story."""
    return (
        "<html><body><div class='k0'><h1>Second ferry for the outer islands</h1>"
        f"<div class='k3'><span>{date_line}</span></div>{STORY}</div></body></html>"
    )


@pytest.mark.parametrize("date_line", ["03.fev.2025 às 09h20", "04.03.2025 à 13h36", "21.dez.2018"])
def test_a_header_date_line_in_a_plain_box_goes(date_line: str) -> None:
    article = extract(page(date_line))
    assert date_line not in article.text
    assert article.text.startswith("The ferry to the outer islands")
    rules = [rule.rule for block in explain(page(date_line)).blocks for rule in block.rules]
    assert {"metadata-lines", "date-only-blocks"} & set(rules)


def test_a_sentence_holding_such_a_date_stays() -> None:
    line = "The board met on 04.03.2025 à 13h36 and voted for the second ferry."
    assert line in extract(page(line)).text
