"""The explain report's own sanitiser and CSS filter, without a browser (tests/security
opens the reports in Chromium): what is written, what is not, and the policy."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from newsclean.explain import explain
from newsclean.explain.page_css import filter_declarations, filter_sheet
from newsclean.explain.panel import SCRIPT, SCRIPT_HASH
from newsclean.explain.report import MAX_PAGE_CSS, POLICY, build_report

STORY = "".join(
    f"<p>Paragraph {i} of the story about the night trains, long enough to be prose, "
    "with commas and a full stop.</p>"
    for i in range(5)
)


def report(body: str, head: str = "") -> str:
    page = (
        f"<html><head><title>T</title>{head}</head>"
        f"<body><article>{STORY}{body}</article></body></html>"
    )
    return build_report(page, explain(page))


@pytest.mark.parametrize(
    ("css", "kept"),
    [
        ("p{color:red}", "p{color:red}"),
        ("p{color:red;background:url(http://x/a.png)}", "p{color:red}"),
        ('@import "http://x/a.css"', ""),
        ("@import url(x)\np{color:red}", ""),  # no ";": the import swallows the rule
        ("@\\69mport url(x);p{color:red}", "p{color:red}"),
        ("p{background:\\75rl(http://x)}", ""),
        ("p{background:\\75 rl(http://x)}", ""),  # a hex escape eats one space
        ("p{background:u\\72l(http://x)}", ""),
        ("p{background:image-set('a.png' 1x)}", ""),
        ("p{background:-webkit-image-set(url(a.png) 1x)}", ""),
        ("p{color:red} q{background:url(http://x", "p{color:red}"),  # unterminated at the end
        ("p{color:red!important}", "p{color:red}"),
        ("#nc-panel{display:none}", ""),
        ("[id^=nc-]{opacity:0}", ""),
        ("@font-face{font-family:x;src:url(x.woff)}", ""),
        (
            "@media (min-width:40em){p{color:red}a{background:url(x)}}",
            "@media (min-width:40em){p{color:red}}",
        ),
        ("p{--x:url(x);--y:2px}", "p{--y:2px}"),
        ("p{behavior:url(x.htc)}", ""),
        ("p{width:expression(alert(1))}", ""),
        ("a{color:red;& b{background:url(x)}}", "a{color:red}"),
        ('p::after{content:"</style><script>"}', 'p::after{content:"\\3c /style>\\3c script>"}'),
        (".md\\:flex{display:flex}", ".md\\:flex{display:flex}"),
        (
            "p{background:linear-gradient(red,calc(10% + 2px) blue)}",
            "p{background:linear-gradient(red,calc(10% + 2px) blue)}",
        ),
        ("<!-- p{color:red} -->", "p{color:red}"),
        ("p{u/**/rl(x)}", ""),
    ],
)
def test_page_css(css: str, kept: str) -> None:
    assert filter_sheet(css) == kept


def test_style_attributes() -> None:
    assert filter_declarations("color:red; background:url(x); width:1px !important") == (
        "color:red;width:1px"
    )


def test_nothing_that_runs_fetches_or_navigates_is_written() -> None:
    out = report(
        '<a href="https://example.com/x" ping="https://example.com/p">a link</a>'
        '<img src="https://example.com/i.png" srcset="a.png 2x" alt="remote">'
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">'
        '<form action="/x"><input name="q">'
        '<button formaction="javascript:alert(1)">b</button></form>'
        '<svg viewBox="0 0 10 10"><path d="M0 0L10 10" fill="url(#g)"/><use href="#a"/>'
        '<a xlink:href="javascript:alert(1)"><rect width="5" height="5" fill="red"/></a>'
        "<style><img src=x onerror=alert(1)></style></svg>"
        "<math><mi>x</mi><mo>+</mo></math><noscript><p>n</p></noscript>"
        '<iframe src="https://example.com"></iframe><p onclick="alert(1)" id="nc-search">x</p>'
        '<my-widget class="w">custom</my-widget><nc-report>fake panel</nc-report>',
        head='<meta http-equiv="refresh" content="0;url=https://example.com">'
        '<base href="https://example.com/"><link rel="stylesheet" href="https://example.com/s.css">',
    )
    body = out[out.index("<body") : out.index('<nc-report id="nc-panel">')]
    for banned in ("href=", "ping=", "srcset", "https://example.com", "<form", "<input",
                   "<button", "<use", "<iframe", "<noscript", "<math", "<style", "onclick",
                   "onerror", "<script", 'id="nc-search"', "url(", "<meta", "<base", "<link",
                   "<nc-report"):  # fmt: skip
        assert banned not in body, banned
    assert '<img alt="remote"' in body and 'src="data:image/png;base64,iVBORw0KGgo="' in body
    assert "<a " in body and "a link" in body  # the link keeps its text, not its href
    assert '<path d="M0 0L10 10"' in body and 'viewBox="0 0 10 10"' in body
    assert 'fill="red"' in body and "<my-widget" in body and "custom" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" not in body  # svg style content dropped
    assert "x+" in body.replace(" ", "")  # MathML kept as text


def test_the_policy_comes_first_and_allows_only_the_panel_script() -> None:
    out = report("<p>plain</p>")
    head = out[out.index("<head>") + len("<head>") :]
    assert head.startswith(f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">')
    assert "default-src 'none'" in POLICY and "img-src data:" in POLICY
    assert f"'{SCRIPT_HASH}'" in POLICY and "form-action 'none'" in POLICY
    (script,) = re.findall(r"<script>(.*?)</script>", out, re.S)
    assert script == SCRIPT
    tree = etree.fromstring(out, etree.HTMLParser())
    assert len(tree.findall(".//script")) == 1


def test_too_much_page_css_is_left_out_with_a_note() -> None:
    sheet = "p{color:red}" * (MAX_PAGE_CSS // 12 + 10)
    out = report("<p>plain</p>", head=f"<style>{sheet}</style><style>q{{color:blue}}</style>")
    assert "q{color:blue}" not in out
    assert "is left out" in out
