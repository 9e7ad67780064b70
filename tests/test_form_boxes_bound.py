"""The boxes around sign-up forms are measured a bounded number of times, however many
forms a page holds or however deep they nest (a page built to be slow once made the
engine measure every wrapper of every form: 2 million measurements, 30 seconds)."""

from __future__ import annotations

import lxml.html
import pytest

from newsclean.engine import prepare
from newsclean.settings import Tuning

FORM = "<form><input type='email' name='address'></form>"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body>" + "<div>" + FORM * 400 + "</div>" * 400 + "</body></html>",
        "<html><body><div>" + FORM * 5000 + "</div></body></html>",
    ],
    ids=["nested", "wide"],
)
def test_form_boxes_are_measured_a_bounded_number_of_times(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    measure = prepare.words_length

    def counted(element: lxml.html.HtmlElement) -> int:
        nonlocal calls
        calls += 1
        return measure(element)

    monkeypatch.setattr(prepare, "words_length", counted)
    root = lxml.html.fromstring(page)
    forms = list(root.iter("form"))
    prepare._mark_form_boxes(forms, set(), Tuning())
    assert calls <= prepare.FORM_BOX_MAX_FORMS * (prepare.FORM_BOX_MAX_LEVELS + 1)
