"""Metadata: dates, authors, JSON-LD, language, title clean-up and source precedence."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from newsclean import extract
from newsclean.metadata.bylines import split_names
from newsclean.metadata.dates import date_in_url, parse_date, plausible
from newsclean.metadata.jsonld import json_ld_objects
from newsclean.metadata.language import guess_language, primary_subtag
from newsclean.metadata.name_choice import best_names, site_key
from newsclean.metadata.title import TITLE_SEPARATORS
from newsclean.metadata.visible_bylines import _AUTHOR_CLASS, _author_class
from newsclean.parse.document import parse

BODY = "<p>" + "The council met on Tuesday to discuss the harbour plan in detail. " * 5 + "</p>"


def page(head: str = "", body: str = "", lang: str = "") -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    return f"<html{lang_attr}><head>{head}</head><body>{body}{BODY}</body></html>"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dec. 13, 2016", dt.date(2016, 12, 13)),
        ("December 13th, 2016", dt.date(2016, 12, 13)),
        ("13. Dezember 2016", dt.date(2016, 12, 13)),
        ("13 décembre 2016", dt.date(2016, 12, 13)),
        ("1er mars 2020", dt.date(2020, 3, 1)),
        ("13 de diciembre de 2016", dt.date(2016, 12, 13)),
        ("Publicado el 5 de mayo de 2021", dt.date(2021, 5, 5)),
        ("13.12.2016", dt.date(2016, 12, 13)),
        ("2016/12/13", dt.date(2016, 12, 13)),
        ("2016-12-13", dt.date(2016, 12, 13)),
    ],
)
def test_written_and_numeric_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_times_keep_their_zone_and_zone_less_times_stay_naive() -> None:
    aware = parse_date("2016-12-13T10:05:00+01:00")
    assert aware == dt.datetime(2016, 12, 13, 10, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert parse_date("2016-12-13T09:05:00Z") == dt.datetime(2016, 12, 13, 9, 5, tzinfo=dt.UTC)
    assert parse_date("Tue, 13 Dec 2016 10:05:00 GMT") == dt.datetime(
        2016, 12, 13, 10, 5, tzinfo=dt.UTC
    )
    assert parse_date("April 28, 2019 at 6:01 pm") == dt.datetime(2019, 4, 28, 18, 1)
    # not a clock time: the date stands alone (found by fuzzing: ValueError before)
    assert parse_date("April 28, 2019 at 6:75") == dt.date(2019, 4, 28)
    assert parse_date("2016-12-13T10:05") == dt.datetime(2016, 12, 13, 10, 5)


def test_impossible_and_implausible_dates() -> None:
    assert parse_date("2016-02-30") is None
    assert parse_date("no date here") is None
    assert not plausible(dt.date(1989, 12, 31))
    assert not plausible(dt.date.today() + dt.timedelta(days=30))
    assert not plausible(dt.date(2020, 5, 2), latest=dt.date(2020, 5, 1))
    assert date_in_url("https://x.test/2016/12/13/story") == dt.date(2016, 12, 13)
    assert date_in_url("https://x.test/2016/13/45/story") is None


def test_published_is_never_after_modified_nor_in_the_future() -> None:
    head = (
        '<meta property="article:modified_time" content="2021-06-02T08:00:00Z">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2099-01-01"}</script>'
    )
    body = "<h1>Harbour plan</h1><p>June 5, 2021</p><p>June 1, 2021</p>"
    article = extract(page(head, body))
    assert article.published == dt.date(2021, 6, 1)
    assert article.modified == dt.datetime(2021, 6, 2, 8, 0, tzinfo=dt.UTC)


def test_a_post_set_to_come_out_later_keeps_its_stated_publication() -> None:
    """Every publication date the page states is after its modification date: the post
    was written ahead and came out later, its modification date the last save of its
    draft. The stated publication stands (not a lower source's date); no modification."""
    head = (
        '<meta property="article:published_time" content="2021-06-03T10:00:00Z">'
        '<meta property="article:modified_time" content="2021-06-02T08:00:00Z">'
    )
    body = "<h1>Harbour plan</h1><p>June 3, 2021</p><ul><li>May 28, 2021</li></ul>"
    article = extract(page(head, body))
    assert article.published == dt.datetime(2021, 6, 3, 10, 0, tzinfo=dt.UTC)
    assert article.modified is None
    # one stated publication date before the modification: the bound still holds
    head += '<meta name="dc.date" content="2021-06-01">'
    article = extract(page(head, body))
    assert article.published == dt.date(2021, 6, 1)
    assert article.modified == dt.datetime(2021, 6, 2, 8, 0, tzinfo=dt.UTC)


def test_date_from_url_when_the_page_has_none() -> None:
    article = extract(page(), url="https://news.test/2019/04/28/harbour-plan")
    assert article.published == dt.date(2019, 4, 28)


# --------------------------------------------------------------------------- authors


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("By A. Smith, B. Jones and C. Brown", ("A. Smith", "B. Jones", "C. Brown")),
        ("By Jane Doe, Senior Political Correspondent", ("Jane Doe",)),
        ("Von Anna Weber und Jonas Brandt", ("Anna Weber", "Jonas Brandt")),
        ("Par Claire Martin, envoyée spéciale", ("Claire Martin",)),
        ("By Jane Doe jane.doe@news.test", ("Jane Doe",)),
        ("Jane Doe https://news.test/staff/jane", ("Jane Doe",)),
        ("By Jane Doe on March 3, 2021", ("Jane Doe",)),
        ("By Jane Doe and Jo Roe Monday, March 3, 2021", ("Jane Doe", "Jo Roe")),
        ("Von Anna Weber am Samstag, 19. Oktober 2019 um 11:14 Uhr", ("Anna Weber",)),
        ("记者 王小明", ("王小明",)),
        ("بقلم أحمد علي", ("أحمد علي",)),
        ("by a rota of volunteers", ()),
        ("By", ()),
        ("Por Marta Solís / Andrés Ibarra", ("Marta Solís", "Andrés Ibarra")),
        ("Marta Solís / AP", ("Marta Solís",)),
    ],
)
def test_bylines_are_split_and_cleaned(byline: str, names: tuple[str, ...]) -> None:
    assert split_names(byline) == names


def test_staff_and_site_names_only_when_nothing_else_exists() -> None:
    site = ("Harbour Gazette",)
    assert best_names([(("Staff",), False), (("Jane Doe",), False)], site) == ("Jane Doe",)
    assert best_names([(("Harbour Gazette",), False), (("Jo Roe",), False)], site) == ("Jo Roe",)
    assert best_names([(("Admin",), False)], site) == ("Admin",)
    # a JSON-LD Person named like the site: a personal blog
    assert best_names([(("Jane Doe",), True)], ("Jane Doe",)) == ("Jane Doe",)


def test_authors_from_json_ld_lists_and_nested_objects() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}]}'
        "</script>"
    )
    assert extract(page(head)).authors == ("Jane Doe", "John Roe")


def test_authors_from_rel_author_links() -> None:
    body = '<p class="meta">By <a rel="author" href="/a">Jane Doe</a></p>'
    assert extract(page("", "<h1>Harbour plan</h1>" + body)).authors == ("Jane Doe",)


# --------------------------------------------------------------------------- JSON-LD


def _objects(script: str) -> list[dict[str, object]]:
    return json_ld_objects(parse(page(f'<script type="application/ld+json">{script}</script>')))


def test_json_ld_tolerates_what_pages_write() -> None:
    assert _objects('{"@type": "NewsArticle", "headline": "A",}')[0]["headline"] == "A"
    graph = _objects('{"@graph": [{"@type": "WebSite", "name": "S"}, {"@type": "Article"}]}')
    assert [o["@type"] for o in graph] == ["WebSite", "Article"]
    listed = _objects('[{"@type": "Article", "headline": "B"}, {"@type": "Person"}]')
    assert [o["@type"] for o in listed] == ["Article", "Person"]
    escaped = _objects(
        "{&quot;@type&quot;: &quot;Article&quot;, &quot;headline&quot;: &quot;C&quot;}"
    )
    assert escaped[0]["headline"] == "C"
    wrapped = _objects('//<![CDATA[\n{"@type": "Article", "headline": "D"}\n//]]>')
    assert wrapped[0]["headline"] == "D"
    assert _objects("{not json at all") == []


def test_several_scripts_and_entities_in_values() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "WebSite", "name": "Gazette"}</script>'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Rock &amp; Roll Returns", "articleSection": ["Culture", "Music"],'
        ' "keywords": "music, festivals", "publisher": {"@type": "Organization",'
        ' "name": "Gazette Media"}}</script>'
    )
    article = extract(page(head, "<h1>Rock &amp; Roll Returns</h1>"))
    assert article.title == "Rock & Roll Returns"
    assert article.site_name == "Gazette"
    assert article.publisher == "Gazette Media"
    assert article.section == "Culture"
    assert article.tags == ("music", "festivals")


# --------------------------------------------------------------------------- language


def test_language_from_markup() -> None:
    assert primary_subtag("en-GB") == "en" and primary_subtag("pt_BR") == "pt"
    assert primary_subtag("und") is None and primary_subtag("not a tag") is None
    assert extract(page(lang="de-AT")).lang == "de"
    meta = '<meta http-equiv="content-language" content="fr-CA">'
    assert extract(page(meta)).lang == "fr"
    assert extract(page('<meta property="og:locale" content="es_ES">')).lang == "es"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Stadtrat hat am Dienstag die neue Brücke für den Verkehr freigegeben, und die "
         "Anwohner sind mit dem Ergebnis der Bauarbeiten nicht unzufrieden.", "de"),
        ("Le conseil municipal a approuvé mardi le projet de pont, qui sera ouvert à la "
         "circulation dans les prochains mois pour les habitants du quartier.", "fr"),
        ("El ayuntamiento aprobó el martes el proyecto del puente, que se abrirá al tráfico "
         "en los próximos meses para los vecinos del barrio.", "es"),
        ("市议会星期二批准了新桥的建设计划，预计明年春天向公众开放，居民对此表示欢迎。", "zh"),
        ("市議会は火曜日に新しい橋の建設計画を承認し、来年の春に開通する予定です。", "ja"),
        ("وافق مجلس المدينة يوم الثلاثاء على مشروع الجسر الجديد الذي سيفتح في الربيع المقبل "
         "أمام السكان في الحي.", "ar"),
    ],
)  # fmt: skip
def test_language_guessed_from_text(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_no_guess_on_too_little_text() -> None:
    assert guess_language("OK") is None


def test_guess_needs_twenty_letters_and_reads_latin_text_with_stray_symbols() -> None:
    # digits, underscores and punctuation are no letters; a Greek question mark or
    # tonos in a Latin text counts for no script, and the words still decide
    words = "the and of the to the and of the in "
    assert guess_language("1234_ " + words[:26]) is None  # nineteen letters
    assert guess_language(words * 2) == "en"
    assert guess_language(words * 2 + "\u037e \u0384") == "en"
    assert guess_language("der die und das ist nicht " * 3 + "½ ² ٣") == "de"


# --------------------------------------------------------------------------- title


def test_site_suffix_dropped_and_truncated_title_yields_to_h1() -> None:
    head = (
        '<meta property="og:site_name" content="Harbour Gazette">'
        '<meta property="og:title" content="Harbour plan approved | Harbour Gazette">'
    )
    assert extract(page(head, "<h1>Harbour plan approved</h1>")).title == "Harbour plan approved"
    truncated = '<meta property="og:title" content="Harbour plan approved after a long…">'
    h1 = "<h1>Harbour plan approved after a long night of debate</h1>"
    assert extract(page(truncated, h1)).title == (
        "Harbour plan approved after a long night of debate"
    )


def test_title_prefix_of_unknown_site_picked_by_the_h1() -> None:
    head = "<title>Gazette - Harbour plan approved</title>"
    assert extract(page(head, "<h1>Harbour plan approved</h1>")).title == "Harbour plan approved"


def test_many_part_title_of_unknown_site_picked_by_a_main_heading() -> None:
    # the masthead is the h1; the story's part of the <title> is the h2, not the longest
    head = "<title>Lantern Keepers - Chapter 3 - mira_w | Coastal Tales [Story Archive]</title>"
    body = "<h1>Story Archive</h1><h3>Coastal Tales [Story Archive]</h3><h2>Lantern Keepers</h2>"
    assert extract(page(head, body)).title == "Lantern Keepers"
    # an h3 is as likely a rail's entry: the longest part stays the guess
    rail = "<title>Harbour plan approved after a long debate - Opinion - Gazette</title>"
    listed = "<ul><li><h3>Opinion</h3></li></ul>"
    assert extract(page(rail, listed)).title == "Harbour plan approved after a long debate"


@pytest.mark.parametrize(
    ("site", "title", "expected"),
    [
        # the site's name written as its domain
        (
            "Harbour Gazette",
            "Harbour plan approved - HarbourGazette.co.uk",
            "Harbour plan approved",
        ),
        ("harbourgazette.com", "Harbour plan approved | Harbour Gazette", "Harbour plan approved"),
        # a site's name holding a separator itself is taken off whole
        ("Mira Wells - Coastal Notes", "Tide tables - Mira Wells - Coastal Notes", "Tide tables"),
        ("Mira Wells - Coastal Notes", "Mira Wells - Coastal Notes | Tide tables", "Tide tables"),
        # the separators left keep their own characters
        ("Gazette", "Harbour plan » What changes | Gazette", "Harbour plan » What changes"),
        ("Gazette", "Harbour plan | Gazette | 12.05.2021", "Harbour plan | 12.05.2021"),
    ],
)
def test_site_name_taken_off_the_title(site: str, title: str, expected: str) -> None:
    site_meta = f'<meta property="og:site_name" content="{site}">'
    head = site_meta + f'<meta property="og:title" content="{title}">'
    assert extract(page(head)).title == expected
    if "»" not in title and "12.05" not in title:  # the <title> alone: its longest other part
        assert extract(page(site_meta + f"<title>{title}</title>")).title == expected


def test_a_domain_is_not_an_author_when_a_name_exists() -> None:
    assert best_names([(("gazette.co.uk",), False), (("Mira Wells",), False)], ()) == (
        "Mira Wells",
    )
    # unless nothing else is there
    assert best_names([(("gazette.co.uk",), False)], ()) == ("gazette.co.uk",)
    assert best_names([(("Harbour Gazette",), False)], ("harbourgazette.com",)) == (
        "Harbour Gazette",
    )


def test_json_ld_headline_precedes_open_graph() -> None:
    head = (
        '<meta property="og:title" content="Social headline">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Article headline"}</script>'
    )
    assert extract(page(head)).title == "Article headline"


def test_canonical_and_image_made_absolute() -> None:
    head = (
        '<link rel="canonical" href="/2021/story"><meta property="og:image" content="img/lead.jpg">'
    )
    article = extract(page(head), url="https://news.test/section/page?id=3")
    assert article.url == "https://news.test/2021/story"
    assert article.image == "https://news.test/section/img/lead.jpg"


def test_title_separators_split_as_the_plain_pattern() -> None:
    """TITLE_SEPARATORS is written for speed; it must split as the readable pattern."""
    plain = re.compile(r"\s+[|\-–—·•:»/\\]\s+|\s*::\s*|\s+_\s*")
    pieces = (" ", "\t", ":", "|", "-", "_", "a", "–", "\u00a0", "»", "\\")
    for length in range(1, 6):
        for chars in itertools.product(pieces, repeat=length):
            text = "".join(chars)
            assert TITLE_SEPARATORS.split(text) == plain.split(text), repr(text)


@pytest.mark.parametrize(
    "names",
    ["byline", "post-AUTHOR-name", "BYLİNE", "wrıter", "c-autor", "Auteur x", "", "flex a-u-t"],
)
def test_author_class_prefilter_agrees_with_the_regex(names: str) -> None:
    assert _author_class(names) == bool(_AUTHOR_CLASS.search(names))


def test_site_key_drops_what_the_plain_pattern_drops() -> None:
    """site_key's regex is written for speed; it must give what the readable one gives."""
    plain = re.compile(r"^(?:www\.)?|(?:\.[a-z]{2,6}){1,2}$|[\W_]+")
    pieces = ("www.", "w", ".", "ab", "c", "-", "_", " ", "\n", "é", "1", ".it", "W")
    for length in range(5):
        for chars in itertools.product(pieces, repeat=length):
            name = "".join(chars)
            assert site_key(name) == plain.sub("", name.casefold()), repr(name)
