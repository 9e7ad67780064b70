"""extract(): input types, the Article object, empty and bad input."""

from __future__ import annotations

import attrs
import pytest

from newsclean import Article, InputError, NewscleanError, extract

BODY = "".join(
    f"<p>Sentence {i} of the report explains, at some length, what the council decided.</p>"
    for i in range(5)
)
PAGE = (
    f"<html><head><title>Council decides | Town Paper</title></head><body>"
    f"<article><h1>Council decides</h1>{BODY}</article></body></html>"
)


def test_str_and_bytes_agree() -> None:
    assert extract(PAGE).text == extract(PAGE.encode()).text


def test_str_with_xml_declaration() -> None:
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + PAGE
    assert extract(xhtml).text == extract(PAGE).text


def test_blocks_are_separated_by_blank_lines() -> None:
    blocks = extract(PAGE).text.split("\n\n")
    assert len(blocks) == 5
    assert blocks[0].startswith("Sentence 0")


def test_article_is_immutable() -> None:
    article = extract(PAGE)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.text = "x"  # type: ignore[misc]
    assert article.title == "Council decides"


@pytest.mark.parametrize("empty", ["", "   \n", b"", b"\n\t "])
def test_empty_input_gives_empty_article(empty: str | bytes) -> None:
    assert extract(empty) == Article()


def test_wrong_type_is_a_typed_error() -> None:
    with pytest.raises(InputError):
        extract(123)  # type: ignore[arg-type]
    assert issubclass(InputError, NewscleanError)


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        extract(PAGE, "https://example.com/")  # type: ignore[misc]


def test_text_is_nfc_normalised() -> None:
    decomposed = (
        "Cafe\u0301 owners in Malmo\u0308 say the new rules, which start soon, are fair enough."
    )
    page = (
        f"<html><body><article>{'<p>' + decomposed + '</p>' * 1}"
        + BODY
        + "</article></body></html>"
    )
    text = extract(page).text
    assert "Café owners in Malmö" in text
    assert "\u0301" not in text


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"PK\x03\x04\x14\x00\x00\x00",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        b"\x00\x01\x02\x03 some binary \x00\x00 junk",
    ],
)
def test_binary_input_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError):
        extract(data)


def test_utf16_page_is_not_mistaken_for_binary() -> None:
    page = "<html><body><article>" + BODY + "</article></body></html>"
    assert extract(page.encode("utf-16")).text == extract(page).text


def test_deep_page_keeps_its_text() -> None:
    depth = 600
    page = "<html><body>" + "<div>" * depth + BODY + "</div>" * depth + "</body></html>"
    assert "Sentence 4 of the report" in extract(page).text


def test_to_dict_and_to_json_are_json_safe() -> None:
    import datetime as dt
    import json

    import attrs

    from newsclean import Article

    article = Article(text="Body.", title="T", authors=("A B",), published=dt.date(2020, 1, 2))
    data = article.to_dict()
    assert data["text"] == "Body." and data["title"] == "T"
    assert data["authors"] == ["A B"] and data["published"] == "2020-01-02"
    assert data["tags"] == [] and data["lang"] is None
    public = {f.name for f in attrs.fields(Article) if not f.name.startswith("_")}
    assert set(data) == public | {"markdown", "html"}
    assert json.loads(article.to_json()) == article.to_dict()
