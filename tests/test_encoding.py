"""Encoding detection follows the browser order: BOM, declaration, UTF-8 validity, cp1252."""

from __future__ import annotations

import codecs
import importlib.util

import pytest

from newsclean import extract
from newsclean.parse.encoding import (
    decode_html,
    normalise_label,
    sniff_encoding,
    strip_xml_declaration,
)

TEXT = "Grüße aus Köln – ça va? Ελλάδα"


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_bom_wins(bom: bytes, codec: str, expected: str) -> None:
    page = f"<meta charset='windows-1251'><p>{TEXT}</p>"
    assert sniff_encoding(bom + page.encode(codec)) == expected


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="windows-1251">',
        "<meta charset=windows-1251>",
        "<META CHARSET='Windows-1251'>",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        "<meta content='text/html;charset=cp1251' http-equiv='content-type'>",
        # the regex starts after the last ">" before the first "charset"
        '<meta name="a"><meta property="b" charset="windows-1251">',
        '<meta name="charset"><meta charset="windows-1251">',
        '<meta name="a" <meta charset="windows-1251">',
    ],
)
def test_meta_declarations(declaration: str) -> None:
    page = f"<html><head>{declaration}</head><body><p>Привет, мир</p></body></html>"
    assert sniff_encoding(page.encode("windows-1251")) == "windows-1251"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("iso-8859-1", "windows-1252"),
        ("latin1", "windows-1252"),
        ("US-ASCII", "windows-1252"),
        ("gb2312", "gbk"),
        ("x-sjis", "shift_jis"),
        ("utf8", "utf-8"),
        ("utf-16", "utf-8"),  # a UTF-16 label in an ASCII-compatible page is a lie
        ("no-such-charset", None),
    ],
)
def test_whatwg_labels(label: str, expected: str | None) -> None:
    assert normalise_label(label) == expected


def test_undeclared_utf8_and_cp1252() -> None:
    assert sniff_encoding(f"<p>{TEXT}</p>".encode()) == "utf-8"
    assert sniff_encoding("<p>Grüße, ça va</p>".encode("cp1252")) == "windows-1252"
    assert sniff_encoding(b"<p>plain ascii</p>") == "utf-8"


def test_unknown_declaration_falls_back_to_sniffing() -> None:
    page = "<meta charset='klingon'><p>Grüße</p>".encode()
    assert sniff_encoding(page) == "utf-8"


@pytest.mark.parametrize("codec", ["shift_jis", "euc-jp", "gbk", "big5", "windows-1251", "koi8-r"])
def test_declared_pages_decode_through_extract(codec: str) -> None:
    words = {
        "shift_jis": "東京の天気は晴れ",
        "euc-jp": "東京の天気は晴れ",
        "gbk": "北京今天天气很好",
        "big5": "臺北今天天氣很好",
        "windows-1251": "Москва сегодня",
        "koi8-r": "Москва сегодня",
    }
    sentence = words[codec]
    comma, stop = (", ", ".") if codec in ("windows-1251", "koi8-r") else ("、", "。")
    body = "".join(
        f"<p>{sentence}{comma}{i} {sentence}{comma}{sentence}{comma}{sentence}{stop}</p>"
        for i in range(5)
    )
    page = (
        f"<html><head><meta charset='{codec}'></head><body><article>{body}</article></body></html>"
    )
    assert sentence in extract(page.encode(codec)).text


def test_decode_html_strips_bom() -> None:
    text, encoding = decode_html(codecs.BOM_UTF8 + b"<p>x</p>")
    assert text == "<p>x</p>" and encoding == "utf-8"


def test_strip_xml_declaration() -> None:
    assert (
        strip_xml_declaration('<?xml version="1.0" encoding="utf-8"?>\n<html/>').strip()
        == "<html/>"
    )
    assert strip_xml_declaration("<html/>") == "<html/>"


def test_a_declared_legacy_charset_yields_to_valid_utf8() -> None:
    page = '<html><head><meta charset="gb2312"><title>新电脑</title></head></html>'.encode()
    assert sniff_encoding(page) == "utf-8"
    legacy = '<html><head><meta charset="gb2312"><title>新电脑</title></head></html>'
    assert sniff_encoding(legacy.encode("gbk")) == "gbk"


PAGE = (
    "<html><body><article><p>Der Stadtrat hat den Plan gebilligt, sagte sie.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_unicode_without_bom_is_told_by_its_nul_bytes(encoding: str) -> None:
    data = PAGE.encode(encoding)
    assert sniff_encoding(data) == encoding
    assert extract(data).text == "Der Stadtrat hat den Plan gebilligt, sagte sie."


def test_bytes_undefined_in_windows_1252_do_not_cut_the_page() -> None:
    # libxml2 stops at the first of windows-1252's five undefined bytes; browsers
    # decode them as C1 controls and go on
    data = b'<meta charset="windows-1252"><p>Caf\xe9 \x81 open.</p><p>Second paragraph here.</p>'
    text = extract(data).text
    assert text.startswith("Caf\u00e9 \x81 open.")
    assert text.endswith("Second paragraph here.")


needs_detector = pytest.mark.skipif(
    importlib.util.find_spec("charset_normalizer") is None, reason="needs the charset extra"
)


@needs_detector
@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("市議会は火曜日、長い議論の末に港の再開発計画を承認しました。", "shift_jis"),
        ("市議会は火曜日、長い議論の末に港の再開発計画を承認しました。", "euc_jp"),
        ("市政府今天宣布了新的港口改造计划，工程将于明年开始。", "gbk"),
        ("시 의회는 화요일에 항구 재개발 계획을 승인했습니다.", "euc_kr"),
        ("Городской совет одобрил план реконструкции порта.", "cp1251"),
    ],
)
def test_undeclared_non_latin_legacy_pages_are_detected(text: str, encoding: str) -> None:
    # a detector needs some text: a page's worth, not one line
    body = f"<p>{text}</p>" * 5
    data = f"<html><body><article>{body}</article></body></html>".encode(encoding)
    assert extract(data).text == "\n\n".join([text] * 5)


@needs_detector
def test_undeclared_latin_pages_stay_windows_1252() -> None:
    text = "Très élevé à côté des rivières, déjà vu, où l'on mange des crêpes."
    data = f"<html><body><p>{text}</p></body></html>".encode("cp1252")
    assert sniff_encoding(data) == "windows-1252"
    assert extract(data).text == text
