"""Issue 16, rough edges a new user meets: explain/why options, exports, absolute URLs, batch
output that follows ``-f``, stdin, the JSON shape, named time zones, tables, titles, the
summary line."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import re
from pathlib import Path

import pytest

import newsclean
from newsclean import extract

from .conftest import (
    STORIES,
    first_sentence,
    json_lines,
    news_page,
    run,
    story_page,
    story_title,
    write_pages,
)

SITE = "harbourgazette.example"
URL = f"https://www.{SITE}/news/breakwater"
NOTE = (
    "Harbour note: the museum's model of the old breakwater, built by pupils of the nautical "
    "school in 1962, will be on show in the entrance hall until the end of the works."
)


def _extract_flags() -> list[str]:
    """The command-line flag of every keyword option of ``extract()`` (a registry has none)."""
    return [
        "--" + name.replace("_", "-")
        for name, parameter in inspect.signature(extract).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and name != "registry"
    ]


# --------------------------------------------------------------------------------------
# explain / why take every extract() option, --rules included


@pytest.mark.parametrize("command", ["explain", "why"])
def test_explain_and_why_take_every_extract_option(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0, result.stderr
    missing = [flag for flag in _extract_flags() if flag not in result.stdout]
    assert not missing, f"newsclean {command} lacks {missing}"


def _note_page_and_rules(tmp_path: Path) -> tuple[Path, Path]:
    title, paragraphs = STORIES[0]
    page = tmp_path / "breakwater.html"
    page.write_text(
        news_page(title, paragraphs, body_extra=f'<p class="harbour-note">{NOTE}</p>'), "utf-8"
    )
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "gazette.toml").write_text(
        f'[pack]\nname = "gazette"\n\n[[site]]\ndomain = "{SITE}"\nstrip = ["p.harbour-note"]\n',
        encoding="utf-8",
    )
    assert NOTE[:40] in extract(page.read_bytes(), url=URL).text, "kept without the rule file"
    return page, rules


def test_why_shows_what_a_rule_file_did(tmp_path: Path) -> None:
    page, rules = _note_page_and_rules(tmp_path)
    result = run("why", page, NOTE[:40], "--url", URL, "--rules", rules)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("REMOVED"), result.stdout
    assert "gazette" in result.stdout, "names the rule from the file"


def test_explain_json_applies_a_rule_file(tmp_path: Path) -> None:
    page, rules = _note_page_and_rules(tmp_path)
    result = run("explain", page, "--format", "json", "--url", URL, "--rules", rules)
    assert result.returncode == 0, result.stderr
    trace = json.loads(result.stdout)
    assert NOTE[:40] not in trace["article"]["text"]


def test_explain_function_takes_every_extract_option(tmp_path: Path) -> None:
    page, rules = _note_page_and_rules(tmp_path)
    explanation = newsclean.explain(page.read_bytes(), url=URL, rules=rules)
    assert NOTE[:40] not in explanation.article.text
    defaults = {
        name: parameter.default
        for name, parameter in inspect.signature(extract).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }
    explanation = newsclean.explain(page.read_bytes(), **defaults)
    assert explanation.article.text == extract(page.read_bytes()).text


def test_why_names_the_container_actually_chosen(tmp_path: Path) -> None:
    standfirst = (
        '<p class="standfirst">Storm damage to the old stone wall has left the marina exposed '
        "to the swell for the whole winter, and the repairs will take two summers.</p>"
    )
    page = tmp_path / "breakwater.html"
    page.write_text(story_page(0, lead=standfirst), encoding="utf-8")
    sentence = "Engineers from the regional council"
    containers = [
        block
        for block in newsclean.explain(page.read_bytes()).blocks
        if block.decision == "body container" and sentence in block.text
    ]
    body = min(containers, key=lambda block: block.text_length).css
    result = run("why", page, sentence)
    assert result.returncode == 0, result.stderr
    assert re.search(rf"body container.*{re.escape(body)}(?![ >\w:(-])", result.stdout), (
        f"expected the body container {body}:\n{result.stdout}"
    )


# --------------------------------------------------------------------------------------
# Top-level exports

README_MATCHERS = ["Css", "XPath", "Words", "Pattern", "Tags", "Attr", "Text", "Predicate"]
EXCEPTIONS = ["NewscleanError", "InputError", "LimitError", "OptionError", "RuleFileError"]


@pytest.mark.parametrize(
    "name", [*README_MATCHERS, "Rule", "Effect", "Registry", "Comment", *EXCEPTIONS]
)
def test_public_names_are_exported_at_the_top_level(name: str) -> None:
    assert hasattr(newsclean, name), f"from newsclean import {name} fails"
    assert name in newsclean.__all__


def test_every_public_exception_is_exported() -> None:
    import importlib
    import pkgutil

    found = set()
    for module_info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if module_info.name.rsplit(".", 1)[-1] in ("spark", "testing", "__main__"):
            continue  # optional dependencies; the pytest plugin
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if (
                isinstance(value, type)
                and issubclass(value, newsclean.NewscleanError | Warning)
                and value.__module__.startswith("newsclean")
                and not name.startswith("_")
                and name != "UsageError"  # the command line's own, never raised by the library
            ):
                found.add(name)
    missing = sorted(name for name in found if not hasattr(newsclean, name))
    assert not missing, f"not importable from newsclean: {missing}"


# --------------------------------------------------------------------------------------
# URLs absolute from the page's canonical URL or <base>, without url=


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            f'<link rel="canonical" href="https://www.{SITE}/news/breakwater">'
            '<meta property="og:image" content="/img/breakwater.jpg">',
            f"https://www.{SITE}/img/breakwater.jpg",
            id="canonical-og-image",
        ),
        pytest.param(
            f'<link rel="canonical" href="https://www.{SITE}/news/breakwater">'
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "NewsArticle", "image": "/img/wall.jpg"}</script>',
            f"https://www.{SITE}/img/wall.jpg",
            id="canonical-json-ld-image",
        ),
        pytest.param(
            f'<meta property="og:url" content="https://www.{SITE}/news/breakwater">'
            '<meta property="og:image" content="/img/breakwater.jpg">',
            f"https://www.{SITE}/img/breakwater.jpg",
            id="og-url-og-image",
        ),
        pytest.param(
            f'<base href="https://static.{SITE}/news/">'
            '<meta property="og:image" content="img/breakwater.jpg">',
            f"https://static.{SITE}/news/img/breakwater.jpg",
            id="base-og-image",
        ),
    ],
)
def test_lead_image_is_absolute_without_url(head: str, expected: str) -> None:
    assert extract(story_page(0, head=head)).image == expected


def test_links_are_absolute_from_the_canonical_url() -> None:
    head = f'<link rel="canonical" href="https://www.{SITE}/news/breakwater">'
    link = (  # a sentence of the story (one opening "Read ..." at its end is an appeal)
        '<p>Fares on <a href="/news/ferry-fares">the island ferry</a> stay frozen this year, '
        "the operator said, and the new evening crossing on Fridays will run all summer.</p>"
    )
    article = extract(story_page(0, head=head, body_extra=link))
    assert f"(https://www.{SITE}/news/ferry-fares)" in article.markdown
    assert f'href="https://www.{SITE}/news/ferry-fares"' in article.html


# --------------------------------------------------------------------------------------
# Many pages into one file follow -f


@pytest.mark.parametrize("format_name", ["text", "markdown"])
def test_many_pages_into_one_file_follow_the_format(tmp_path: Path, format_name: str) -> None:
    """Decision: pages are written in -f's format, each followed by a line holding only a form
    feed (``\\f``, the classic page separator; blank to a Markdown reader)."""
    write_pages(tmp_path / "pages", 3)
    target = tmp_path / f"all.{format_name}"
    result = run(tmp_path / "pages", "-f", format_name, "-j", "1", "-o", target)
    assert result.returncode == 0, result.stderr
    content = target.read_text(encoding="utf-8")
    assert not content.lstrip().startswith("{"), "not JSON Lines: -f is followed"
    parts = [part.strip("\n") for part in re.split(r"^\f$", content, flags=re.MULTILINE)]
    parts = [part for part in parts if part.strip()]
    assert len(parts) == 3, f"pages separated by a form-feed line: {content[:300]!r}"
    for number, part in enumerate(parts):
        article = extract(story_page(number))
        body = article.text if format_name == "text" else article.markdown
        assert body.strip() in part
        others = [first_sentence(n) for n in range(3) if n != number]
        assert not any(other in part for other in others)


def test_many_pages_without_a_format_stay_json_lines(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 3)
    result = run(tmp_path / "pages", "-j", "1")
    assert result.returncode == 0, result.stderr
    assert len(json_lines(result.stdout)) == 3


# --------------------------------------------------------------------------------------
# Standard input


def test_piped_standard_input_is_read_when_no_input_is_named(tmp_path: Path) -> None:
    result = run(input=story_page(1), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == extract(story_page(1)).text + "\n"


# --------------------------------------------------------------------------------------
# CLI JSON has the flat shape of Article.to_dict()

RECORD_KEYS = {"source", "warc_record_id", "warc_target_uri"}


def _assert_flat(record: dict[str, object], html: str, url: str | None = None) -> None:
    expected = extract(html, url=url).to_dict(renderings=False)
    assert "metadata" not in record, "fields are not nested under metadata"
    for key, value in expected.items():
        assert record.get(key) == value, key
    extra = set(record) - set(expected) - RECORD_KEYS
    assert all(record[key] is None for key in extra), f"unexpected fields {extra}"


def test_single_page_json_is_flat_like_to_dict(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(story_page(1), encoding="utf-8")
    result = run(page, "-f", "json", "--url", URL)
    assert result.returncode == 0, result.stderr
    (record,) = json_lines(result.stdout)
    assert record["source"] == str(page)
    _assert_flat(record, story_page(1), URL)


def test_json_lines_records_are_flat_like_to_dict(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 3)
    result = run(tmp_path / "pages", "-j", "1")
    assert result.returncode == 0, result.stderr
    for number, record in enumerate(json_lines(result.stdout)):
        _assert_flat(record, story_page(number))


# --------------------------------------------------------------------------------------
# Named time zones


@pytest.mark.parametrize(
    ("where", "value", "offset_hours"),
    [
        pytest.param("time", "9 May 2024, 16:20 BST", 1, id="written-BST"),
        pytest.param("time", "May 9, 2024 at 4:20 p.m. EST", -5, id="written-EST"),
        pytest.param("time", "9. Mai 2024, 16:20 CET", 1, id="written-CET"),
        pytest.param("meta", "Thu, 09 May 2024 16:20:00 BST", 1, id="rfc2822-BST"),
        pytest.param("meta", "Thu, 09 May 2024 16:20:00 EST", -5, id="rfc2822-EST"),
        pytest.param("meta", "2024-05-09 16:20 CET", 1, id="iso-CET"),
    ],
)
def test_a_date_with_a_named_zone_is_aware(where: str, value: str, offset_hours: int) -> None:
    if where == "meta":
        page = story_page(0, head=f'<meta property="article:published_time" content="{value}">')
    else:
        page = story_page(0, lead=f'<p class="dateline"><time>{value}</time></p>')
    published = extract(page).published
    assert isinstance(published, dt.datetime), published
    assert published.utcoffset() == dt.timedelta(hours=offset_hours), published
    assert (published.hour, published.minute) == (16, 20)


# --------------------------------------------------------------------------------------
# Tables in text output

TABLE = (
    "<table><caption>Ferry fares</caption>"
    "<tr><th>Route</th><th>Single</th><th>Return</th></tr>"
    "<tr><td>Harbour to Island</td><td>4.50 euros</td><td>8.00 euros</td></tr>"
    "<tr><td>Harbour to Point</td><td>3.20 euros</td><td>6.00 euros</td></tr>"
    "</table>"
)
ROWS = (
    "Route\tSingle\tReturn\n"
    "Harbour to Island\t4.50 euros\t8.00 euros\n"
    "Harbour to Point\t3.20 euros\t6.00 euros"
)


def test_table_cells_are_tab_separated_and_rows_one_per_line(tmp_path: Path) -> None:
    page = story_page(1, body_extra=TABLE)
    assert ROWS in extract(page).text
    path = tmp_path / "fares.html"
    path.write_text(page, encoding="utf-8")
    result = run(path, "-f", "text")
    assert result.returncode == 0, result.stderr
    assert ROWS in result.stdout


# --------------------------------------------------------------------------------------
# Markdown and HTML start with the title (include_title=True; --no-include-title)


def test_markdown_and_html_start_with_the_title() -> None:
    """Decision: an ``include_title`` option of ``extract()`` (default ``True``), named like
    the other ``include_*`` options, so the command line gets ``--no-include-title``."""
    article = extract(story_page(0))
    title = story_title(0)
    assert article.markdown.startswith(f"# {title}\n\n")
    assert re.match(rf"\s*(<article[^>]*>\s*)?<h1[^>]*>{re.escape(title)}</h1>", article.html)
    plain = extract(story_page(0), include_title=False)
    assert plain.markdown.startswith(first_sentence(0))
    assert title not in plain.html
    assert article.text == plain.text, "the text output has no heading either way"


@pytest.mark.parametrize("format_name", ["markdown", "html"])
def test_command_line_markdown_and_html_start_with_the_title(
    tmp_path: Path, format_name: str
) -> None:
    page = tmp_path / "breakwater.html"
    page.write_text(story_page(0), encoding="utf-8")
    title = story_title(0)
    heading = f"# {title}" if format_name == "markdown" else f"<h1>{title}</h1>"
    result = run(page, "-f", format_name)
    assert result.returncode == 0, result.stderr
    assert re.sub(r"^\s*<article[^>]*>\s*", "", result.stdout).startswith(heading), result.stdout
    result = run(page, "-f", format_name, "--no-include-title")
    assert result.returncode == 0, result.stderr
    assert title not in result.stdout


# --------------------------------------------------------------------------------------
# Summary line


def test_summary_says_one_page(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 1)
    result = run(tmp_path / "pages")
    assert result.returncode == 0, result.stderr
    assert "newsclean: 1 page, 1 ok, 0 failed" in result.stderr, result.stderr
    # "1 pages" is wrong, "27.1 pages/s" (the rate) is not
    assert re.search(r"(?<![\d.])1 pages\b", result.stderr) is None, result.stderr
