"""The four renderings (text, Markdown, HTML, JSON) of pages built to hold every element
type, under each option; and what each option changes.

``tests/formats/<page>/cases.json`` names the option sets; each case's outputs are
``<case>.txt``, ``<case>.md``, ``<case>.html`` and ``<case>.json`` beside the page.
``pytest --update-fixtures`` rewrites them for review.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from newsclean import OptionError, extract
from newsclean.render.clean_tree import clean_tree

FORMATS = Path(__file__).resolve().parent / "formats"
CASES = [
    (page, name, options)
    for page in sorted(p for p in FORMATS.iterdir() if (p / "page.html").exists())
    for name, options in json.loads((page / "cases.json").read_text(encoding="utf-8")).items()
]
FORBIDDEN_TAGS = ("script", "style", "iframe", "form", "input", "button", "object", "embed")


def _render(page: Path, options: dict[str, Any]) -> dict[str, str]:
    article = extract((page / "page.html").read_bytes(), **options)
    return {
        "txt": article.text + "\n",
        "md": article.markdown + "\n",
        "html": article.html + "\n",
        "json": json.dumps(article.to_dict(), indent=1, ensure_ascii=False) + "\n",
    }


@pytest.mark.parametrize(
    ("page", "case", "options"), CASES, ids=[f"{p.name}-{c}" for p, c, _ in CASES]
)
def test_renderings_match_expected_files(
    page: Path, case: str, options: dict[str, Any], update_fixtures: bool
) -> None:
    outputs = _render(page, options)
    for suffix, output in outputs.items():
        expected = page / f"{case}.{suffix}"
        if update_fixtures or not expected.exists():
            expected.write_text(output, encoding="utf-8")
        assert output == expected.read_text(encoding="utf-8"), f"{case}.{suffix} differs"


def _elements(case: str) -> dict[str, str]:
    return _render(FORMATS / "elements", _options("elements", case))


def _options(page: str, case: str) -> dict[str, Any]:
    cases = json.loads((FORMATS / page / "cases.json").read_text(encoding="utf-8"))
    options: dict[str, Any] = cases[case]
    return options


def test_every_element_type_survives_in_markdown_and_html() -> None:
    out = _elements("images-captions")
    md, html = out["md"], out["html"]
    for needle in (
        "## A leat full of silt",
        "### What it cost",
        "*very*",
        "**restored leat**",
        "[mill's history](https://www.riverside-weekly.example/history/harrow-mill)",
        "Volunteers cleared it by hand over three winters.\\\nSome days",
        "- the Harrow Mill Trust",
        "  1. mapped the channel, and",
        "| Item | Cost |",
        "> We thought the wheel would never turn again.",
        "```\nflow = depth * width * speed",
        "`flow.csv`",
        "![The silted leat in 2021](https://www.riverside-weekly.example/media/mill/leat-before.jpg)",
        "![The wheel turning](https://www.riverside-weekly.example/media/mill/wheel-1600.webp)",
        "[Embedded video](https://www.youtube.example/embed/mill-wheel-2024)",
        "The leat before the work began.",
    ):
        assert needle in md, needle
    for needle in ("<h2>", "<em>very</em>", "<ol>", "<thead>", "<blockquote>", "<pre><code>",
                   "<figcaption>", "<br>"):  # fmt: skip
        assert needle in html, needle


def test_options_change_the_outputs() -> None:
    default, images = _elements("default"), _elements("images-captions")
    assert "![" not in default["md"] and "<img" not in default["html"]
    assert "The leat before the work began." not in default["txt"]
    assert "The leat before the work began." in images["txt"]  # captions reach the text too
    no_links = _elements("no-links")
    assert "](https://www.riverside-weekly.example/history" in default["md"]
    assert "](https://" not in no_links["md"].replace("[Embedded video](https://", "")
    assert "<a href" not in no_links["html"].replace('<a href="https://www.youtube', "")
    assert no_links["txt"] == default["txt"]  # links only change the structured outputs
    no_tables = _elements("no-tables")
    assert "| Item | Cost |" not in no_tables["md"] and "<table" not in no_tables["html"]
    assert "Silt removal" not in no_tables["txt"] and "Silt removal" in default["txt"]


def test_comments_only_on_request_and_never_in_the_body() -> None:
    page = (FORMATS / "comments" / "page.html").read_bytes()
    assert extract(page).comments == ()
    article = extract(page, include_comments=True)
    assert [c.author for c in article.comments] == ["Maud Pelling", "Valley Post", "R. Osei"]
    assert article.comments[2].text == "Will the children's section stay open late as well?"
    assert article.comments[0].date is not None and article.comments[0].date.day == 2
    for comment in article.comments:
        assert comment.text not in article.text
    assert article.to_dict()["comments"][1]["author"] == "Valley Post"


@pytest.mark.parametrize(
    ("page", "case", "options"), CASES, ids=[f"{p.name}-{c}" for p, c, _ in CASES]
)
def test_html_output_is_sanitised(page: Path, case: str, options: dict[str, Any]) -> None:
    html = extract((page / "page.html").read_bytes(), **options).html
    tree = etree.fromstring(html, etree.HTMLParser())
    for element in tree.iter():
        assert element.tag not in FORBIDDEN_TAGS
        for name, value in element.items():
            assert not name.startswith("on")
            assert not value.strip().lower().startswith("javascript:")
            if value.strip().lower().startswith("data:"):
                assert element.tag == "img" and name == "src"


def test_sanitiser_removes_scripts_handlers_and_dangerous_urls() -> None:
    body = (
        '<div class="article-body"><p onclick="steal()">Paragraph one is long enough to be'
        " the body of this small test article about harbours.</p>"
        '<p><a href="javascript:alert(1)">bad link</a> and <a href="data:text/html,x">data</a>'
        " and more words to make this a paragraph of the article body.</p>"
        '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="pixel"> A paragraph with an'
        " inline image that is allowed to keep its data URL.</p></div>"
    )
    article = extract(f"<html><body>{body}</body></html>", include_images=True)
    assert "onclick" not in article.html and "javascript:" not in article.html
    assert "data:text/html" not in article.html
    assert 'src="data:image/png' in article.html


def _blocks_of_markdown(markdown: str) -> list[str]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(markdown)
    blocks = []
    for token in tokens:
        if token.level == 0 and token.nesting in (1, 0) and token.block:
            kind = token.type.replace("_open", "")
            if kind == "heading":
                kind += token.tag
            blocks.append(kind)
    return blocks


_TREE_BLOCKS = {
    "p": "paragraph", "ul": "bullet_list", "ol": "ordered_list", "table": "table",
    "blockquote": "blockquote", "pre": "fence", "hr": "hr", "img": "paragraph",
    "figcaption": "paragraph", "dt": "paragraph", "dd": "paragraph",
}  # fmt: skip


def _blocks_of_tree(root: Any) -> list[str]:
    blocks = []
    for child in root:
        if child.tag in ("figure", "dl"):
            blocks.extend(_blocks_of_tree(child))
        elif child.tag.startswith("h") and child.tag[1:].isdigit():
            blocks.append("heading" + child.tag)
        else:
            blocks.append(_TREE_BLOCKS[child.tag])
    return blocks


@pytest.mark.parametrize(
    ("page", "case", "options"), CASES, ids=[f"{p.name}-{c}" for p, c, _ in CASES]
)
def test_markdown_parses_back_into_the_same_blocks(
    page: Path, case: str, options: dict[str, Any]
) -> None:
    pytest.importorskip("markdown_it", reason="markdown-it-py is in the [test] extra")
    article = extract((page / "page.html").read_bytes(), **options)
    assert article._snapshot is not None
    tree = clean_tree(article._snapshot)
    assert _blocks_of_markdown(article.markdown) == _blocks_of_tree(tree)


def test_bad_option_values_are_typed_errors() -> None:
    with pytest.raises(OptionError):
        extract("<p>x</p>", favor="fast")  # type: ignore[arg-type]
    with pytest.raises(OptionError):
        extract("<p>x</p>", include_images="yes")  # type: ignore[arg-type]


def test_favor_trades_precision_for_recall() -> None:
    page = (FORMATS / "favor" / "page.html").read_bytes()
    texts = {
        favor: extract(page, favor=favor).text for favor in ("precision", "balanced", "recall")
    }
    assert "first Thursday" not in texts["precision"]
    assert "first Thursday" in texts["balanced"] and "Grafting" not in texts["balanced"]
    assert "first Thursday" in texts["recall"] and "Grafting" in texts["recall"]
    for text in texts.values():
        assert "Volunteers planted two hundred apple and pear trees" in text
        assert "Market Street" not in text
