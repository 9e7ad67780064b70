"""Pages saved as Markdown with raw HTML blocks are read as pages."""

from __future__ import annotations

import lxml.html

from newsclean.parse.markdown_page import looks_like_markdown_page, markdown_page_to_html

PAGE = """<div class="masthead">

[Skip to content](#main)

</div>

# The *Headline* Here

<div class="body" data-aria-hidden="false">

First paragraph with a [link to
somewhere](https://example.com/a?b=1&c=2) and \\*escaped\\* stars.

![<span class="cap">A caption that</span><span>Credit...</span>](https://img.example/x.jpg)

  - Dec. 13,
    2016
  - second item

1. one
2. two

</div>
"""


def _doc(text: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(markdown_page_to_html(text))


def test_detection() -> None:
    assert looks_like_markdown_page(PAGE)
    assert not looks_like_markdown_page("<p>Hello</p>")
    assert not looks_like_markdown_page("<div><p>x</p></div>")
    assert not looks_like_markdown_page("<!DOCTYPE html><html><body># not a heading</body></html>")


def test_blocks_and_inline() -> None:
    doc = _doc(PAGE)
    assert doc.xpath("string(//h1)") == "The Headline Here"
    assert doc.xpath("//h1/em/text()") == ["Headline"]
    paragraph = doc.xpath("//div[@class='body']/p")[0]
    assert " ".join(paragraph.text_content().split()) == (
        "First paragraph with a link to somewhere and *escaped* stars."
    )
    assert paragraph.xpath("a/@href") == ["https://example.com/a?b=1&c=2"]
    assert [li.text_content().strip() for li in doc.xpath("//ul/li")] == [
        "Dec. 13, 2016",
        "second item",
    ]
    assert [li.text_content().strip() for li in doc.xpath("//ol/li")] == ["one", "two"]


def test_image_caption_stays_in_alt() -> None:
    doc = _doc(PAGE)
    assert "Credit..." not in doc.text_content()
    assert doc.xpath("//img/@alt") == ["A caption that Credit..."]


def test_pandoc_data_attributes_are_restored() -> None:
    doc = _doc(PAGE)
    assert doc.xpath("//div[@class='body']/@aria-hidden") == ["false"]


def test_raw_html_passes_through() -> None:
    doc = _doc(PAGE)
    assert doc.xpath("//div[@class='masthead']/p/a/@href") == ["#main"]
