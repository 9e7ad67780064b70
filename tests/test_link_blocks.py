"""Lists of teasers inside the body: when long items are excerpts, and when they are the story."""

from __future__ import annotations

import re

import pytest

from newsclean import extract
from newsclean.engine.teasers import cut_short

URL = "https://www.fenland-post.example/2025/06/02/town-budget-passes/"
STORY = (
    "<p>The town council passed its budget on Monday night after a four-hour debate "
    "over the price of parking permits, the library's opening hours and the bus fund.</p>"
    "<p>Councillors voted nine to four for the plan, which raises the parking charge by "
    "ten pence and keeps the library open on Sunday afternoons through the winter.</p>"
)
EXCERPT = (
    "Residents of the east ward have asked the council for a second crossing on the "
    "high street, where children walk to two schools and lorries use the road as a "
    "short cut between the bypass and the industrial estate. A petition with four "
    "hundred names went to the highways committee this week"
)


def _item(slug: str, headline: str, ending: str, dated: str = "") -> str:
    link = f"https://www.fenland-post.example/2025/06/01/{slug}/"
    return (
        f"<li><article><header><h4><a href='{link}'>{headline}</a></h4></header>{dated}"
        f"<div>{EXCERPT}{ending}</div><a href='{link}'>Read more</a></article></li>"
    )


def _page(ending: str, dated: str = "") -> str:
    items = "".join(
        _item(f"story-{n}", f"Headline of the other story number {n}", ending, dated)
        for n in range(3)
    )
    return f"<html><body><div><article>{STORY}</article><ul>{items}</ul></div></body></html>"


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("the committee this week...", True),
        ("the committee this week… Read more", True),
        ("the committee this week. Read more", False),
        ("the committee this week... and then it voted on the plan", False),
    ],
)
def test_an_excerpt_is_cut_short(text: str, cut: bool) -> None:
    assert cut_short(text) is cut


def test_long_teasers_cut_short_go() -> None:
    text = extract(_page("..."), url=URL).text
    assert "passed its budget" in text
    assert "second crossing" not in text


def test_long_items_said_in_full_stay() -> None:
    # a round-up of full summaries may be the story: its items are not cut short
    text = extract(_page("."), url=URL).text
    assert "second crossing" in text


def test_long_teasers_each_dated_go() -> None:
    # a rail's cards tell when each story came out; a round-up's entries do not
    text = extract(_page(".", "<div>June 1, 2025 -- Updated 0940 GMT</div>"), url=URL).text
    assert "passed its budget" in text
    assert "second crossing" not in text
    assert "Updated 0940" not in text


def test_one_story_card_is_no_list() -> None:
    # a headline and its "Link to the article" point to one story: a single card, so the
    # heading and paragraph before it are the story's, not a teaser list's label
    link = "https://www.fenland-post.example/2025/06/01/parking-permits/"
    card = (
        f"<div><div></div><div><h2><a href='{link}'>Why parking permits cost more</a></h2>"
        f"</div><a href='{link}'>Link to the article</a></div>"
    )
    page = (
        f"<html><body><div><h1>Budget passes</h1>{STORY}<h4>And the buses?</h4>"
        f"<p>The bus fund keeps its grant for another year, the council said.</p>{card}"
        f"{STORY.replace('town council', 'parish council')}</div></body></html>"
    )
    text = extract(page, url=URL).text
    assert "And the buses?" in text
    assert "keeps its grant" in text


@pytest.mark.parametrize(
    ("label", "gone"),
    [
        ("<strong>Further coverage</strong><br>", True),  # a bold label, however worded
        ("Councillors also discussed ", False),  # words of a sentence before the link
    ],
)
def test_a_bold_label_before_teaser_links(label: str, gone: bool) -> None:
    base = "https://www.fenland-post.example/2025/05/"
    box = (
        f"<p>{label}<a href='{base}20/bus-fund-grant/'>The bus fund keeps its grant for a year</a>"
        f"<br><a href='{base}28/library-sunday-hours/'>Library to open on Sunday afternoons</a></p>"
    )
    text = extract(f"<html><body><article>{STORY}{box}</article></body></html>", url=URL).text
    assert "passed its budget" in text
    assert ("bus fund keeps its grant" not in text) is gone


def test_a_sentence_opening_with_a_link_to_a_story_stays() -> None:
    """A paragraph whose first words link to another story of the site is a sentence
    that links, not a teaser, when its text goes on in lower case after the link."""
    person = "https://www.fenland-post.example/2025/05/11/mayor-rowan-pike-profile/"
    show = "https://www.fenland-post.example/2025/05/02/the-harbour-quiz-returns/"
    teaser = "https://www.fenland-post.example/2025/05/20/bridge-repairs-begin-on-monday/"
    page = (
        "<html><body><div><article>"
        f"<p><a href='{person}'>Mayor Rowan Pike</a> has been voted off "
        f"“<a href='{show}'>The Harbour Quiz</a>.”</p>{STORY}"
        f"<p><a href='{teaser}'>Bridge repairs begin on Monday</a></p>"
        "</article></div></body></html>"
    )
    text = extract(page, url=URL).text
    assert "has been voted off" in text
    assert "Bridge repairs begin" not in text


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        # a line wholly in italics closed by a link to another story: the site's pointer
        (
            "<em>The harbour master on the new locks: <a href='{link}'>Ships wait no more</a></em>",
            True,
        ),
        ("<i>Twenty years of the ferry — <a href='{link}'>How the crossing began</a></i>", True),
        # words after the link, or a sentence ending after it: a sentence that links
        (
            "<em>The harbour master said <a href='{link}'>ships wait no more</a> since May.</em>",
            False,
        ),
        (
            "<em>See how the harbour master explained it in <a href='{link}'>Ships wait</a>.</em>",
            False,
        ),
        # not in italics: the words before the link are the story's
        ("The harbour master on the new locks: <a href='{link}'>Ships wait no more</a>", False),
    ],
)
def test_an_italic_line_closed_by_a_story_link(line: str, gone: bool) -> None:
    link = "https://www.fenland-post.example/2025/05/20/ships-wait-no-more/"
    paragraph = f"<p>{line.format(link=link)}</p>"
    text = extract(
        f"<html><body><article>{STORY}{paragraph}{STORY}</article></body></html>", url=URL
    ).text
    assert "passed its budget" in text
    assert ("harbour master" not in text and "Twenty years" not in text) is gone


@pytest.mark.parametrize(
    ("items", "kept"),
    [
        (  # sentences citing their sources through a few linked words
            [
                "The cabinet <a href='https://council.example/d/1'>approved the repairs of"
                " Mill Lane and of the two footbridges over the canal</a> after a long wait",
                "Councillors <a href='https://council.example/d/2'>voted to keep the pool"
                " and the library open on Sunday afternoons</a> until the end of the year",
            ],
            True,
        ),
        (  # a recent-comments rail: a name, "on", a headline
            [
                "<a href='/u/ann'>Ann</a> on <a href='/2025/05/01/pool-fees/'>"
                "Pool fees rise again for the summer season</a>",
                "<a href='/u/bo'>Bo</a> on <a href='/2025/05/02/bus-fund/'>"
                "The bus fund keeps its grant for a year</a>",
            ],
            False,
        ),
        (  # labelled links
            [
                "Minutes: <a href='https://council.example/m/1'>Full council, May 2025</a>",
                "Agenda: <a href='https://council.example/a/1'>Full council, June 2025</a>",
            ],
            False,
        ),
    ],
)
def test_a_list_of_sentences_that_link_is_the_story(items: list[str], kept: bool) -> None:
    """A list whose items are sentences linking a few of their words is the story's
    own bullet points; links with a label or a name before them are a link list."""
    bullets = "".join(f"<li>{item}</li>" for item in items)
    page = f"<html><body><article>{STORY}<ul>{bullets}</ul></article></body></html>"
    text = extract(page, url=URL).text
    assert "passed its budget" in text
    first = "approved the repairs" if kept else ("Pool fees" if "Ann" in items[0] else "May 2025")
    assert (first in text) is kept


def _button_cards(story_paragraphs: int, ending: str = ".", picture: bool = False) -> str:
    story = "".join(f"<p>Paragraph {n} of the story. {STORY}</p>" for n in range(story_paragraphs))
    cards = "".join(
        "<div class='c1'>"
        + (f"<a href='/guide{n}.html'><img src='/g{n}.jpg'></a>" if picture else "")
        + f"<div class='c2'>Guide number {n} title</div>"
        f"<p>A short blurb about the other guide number {n}, for readers of this one{ending}</p>"
        f"<a href='/guide{n}.html'>Guide {n}</a></div>"
        for n in range(3)
    )
    body = f"<article>{story}<div class='c0'>{cards}</div></article>"
    return f"<html><body><div>{body}</div></body></html>"


def test_button_cards_below_the_story_go() -> None:
    text = extract(_button_cards(4), url=URL).text
    assert "passed its budget" in text
    assert "short blurb" not in text and "Guide number 1 title" not in text


def test_button_cards_making_up_the_page_stay() -> None:
    # a landing page made of such cards: no story before them
    text = extract(_button_cards(0), url=URL).text
    assert "short blurb about the other guide number 1" in text


def test_cards_whose_blurb_runs_into_the_link_stay() -> None:
    # no sentence's end before the link: the link ends the blurb's sentence
    text = extract(_button_cards(4, ending=", see"), url=URL).text
    assert "short blurb about the other guide number 1" in text


def test_button_cards_opening_with_a_linked_picture_go() -> None:
    text = extract(_button_cards(4, picture=True), url=URL).text
    assert "passed its budget" in text
    assert "short blurb" not in text


SECTION = (
    "<p>It plays in forty minutes and the rules fit on one card, which makes it the "
    "easiest game here to teach at the table.</p>"
)


@pytest.mark.parametrize(
    ("heading", "after", "kept"),
    [
        # a round-up's product heading linking to its maker, over its section
        ("<a href='https://maker.example/harbour-lights'>Harbour Lights ($35)</a>", SECTION, True),
        # a manual's heading linking to its own anchors
        ("<a href='#id4'>Setting up</a><a href='#setting-up'>¶</a>", SECTION, True),
        # a teaser's headline linking to another page of the site
        ("<a href='/2025/06/01/other-story-here/'>Harbour Lights ($35)</a>", SECTION, False),
        # a download, a row of links, a heading over a dated excerpt
        ("<a href='https://files.example/show.mp3'>MP3 download (01:00 h)</a>", SECTION, False),
        (
            "<a href='https://a.example/'>[english]</a> <a href='https://b.example/'>[greek]</a>",
            SECTION,
            False,
        ),
        (
            "<a href='https://maker.example/harbour-lights'>Harbour Lights ($35)</a>",
            "<p>02.12.2022 | It plays in forty minutes and the rules fit on one card, which makes "
            "it the easiest game here to teach.</p>",
            False,
        ),
    ],
)
def test_a_linked_heading_opening_prose(heading: str, after: str, kept: bool) -> None:
    page = f"<html><body><article>{STORY}<h3>{heading}</h3>{after}{STORY}</article></body></html>"
    text = extract(page, url=URL).text
    assert "forty minutes" in text
    shown = re.sub(r"<[^>]+>", "", heading)
    assert (shown in text) is kept


@pytest.mark.parametrize(
    ("items", "kept"),
    [
        # a lone bullet: a sentence citing its sources
        (
            [
                "Mireille has patches up to <a href='https://t.example/1'>cache hillshade tiles "
                "between zoom levels</a>, and <a href='https://t.example/2'>draw ferry routes</a>"
            ],
            True,
        ),
        # a bullet of prose beside a bullet of links
        (
            [
                "The new street index is finally fast enough to ship, and its authors will "
                "present it at the spring meet-up.",
                "Open: <ul><li><a href='https://t.example/3'>Issue 3 postcode search</a></li>"
                "<li><a href='https://t.example/4'>Issue 4 house numbers</a></li></ul>",
            ],
            True,
        ),
        # a lone bullet that is a link
        (["<a href='https://t.example/5'>Read the whole tracker report for this week</a>"], False),
    ],
)
def test_bullets_of_prose_stay(items: list[str], kept: bool) -> None:
    bullets = "".join(f"<li>{item}</li>" for item in items)
    page = f"<html><body><article>{STORY}<ul>{bullets}</ul>{STORY}</article></body></html>"
    text = extract(page, url=URL).text
    first = re.sub(r"<[^>]+>", "", items[0])
    assert (first in text) is kept


def _bullets(items: str) -> str:
    return f"<html><body><div><article>{STORY}<ul>{items}</ul>{STORY}</article></div></body></html>"


SUB_BULLETS = (
    "<li>Councillors also asked for a report on the bus fund, due in the autumn.</li>"
    "<li>The planning office put three maps of the new parking zones online"
    "<ul><li><a href='/maps/zone-a'>Zone A</a></li><li><a href='/maps/zone-b'>Zone B</a></li>"
    "<li><a href='/maps/zone-c'>Zone C</a></li></ul></li>"
)
MENU = (
    "<li><a href='/news/'>News</a><ul><li><a href='/news/town'>Town</a></li>"
    "<li><a href='/news/county'>County</a></li><li><a href='/news/sport'>Sport</a></li></ul></li>"
    "<li><a href='/events/'>Events</a></li>"
)


def test_sub_bullets_of_a_prose_bullet_stay_and_a_menu_s_sub_list_goes() -> None:
    assert "Zone B" in extract(_bullets(SUB_BULLETS), url=URL).text
    assert "County" not in extract(_bullets(MENU), url=URL).text


CLOSED = (
    "<li>You can work out the charge for your street with the council's "
    "<a href='/parking/calculator'>parking calculator</a>.</li>"
    "<li>Want to know when the library opens? "
    "<a href='/library/hours'>Here are the winter opening hours of every branch</a>.</li>"
)
HEADLINES = (
    "<li>More: <a href='/2025/06/01/library-hours/'>Library keeps Sunday hours</a></li>"
    "<li>Also in the news: <a href='/2025/06/01/bus-fund/'>Bus fund to be reviewed</a></li>"
)


def test_bullets_closing_their_sentence_after_a_link_stay_and_headlines_go() -> None:
    assert "Here are the winter opening hours" in extract(_bullets(CLOSED), url=URL).text
    assert "Bus fund to be reviewed" not in extract(_bullets(HEADLINES), url=URL).text


def _story_link(slug: str, text: str) -> str:
    return f"<a href='https://www.fenland-post.example/2025/05/{slug}/'>{text}</a>"


PROSE_BOX = (
    "<div>The old mill on the river won the town's heritage prize, as our "
    + _story_link("mill-restoration-begins", "report on the restoration work")
    + " foresaw last spring. <br><br>Volunteers rebuilt the water wheel by hand over two "
    "winters, and the prize goes to "
    + _story_link("fenland-mill-trust-volunteers", "the Fenland Mill Trust volunteers")
    + ". "
    + _story_link("heritage-prize-all-winners", "See all of this year's winners here.")
    + "</div>"
)
DATED_RAIL = (
    "<div>"
    + " ".join(
        _story_link(f"other-story-{n}", f"Headline of the other story number {n}")
        + f" {n + 2} hours ago"
        for n in range(8)
    )
    + "</div>"
)


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        (PROSE_BOX, "Volunteers rebuilt the water wheel by hand"),
        # a rail's loose text is its dates, not prose: it still goes as teasers
        (DATED_RAIL, None),
    ],
)
def test_a_box_of_prose_running_around_its_links_stays(box: str, kept: str | None) -> None:
    page = f"<html><body><div><article>{STORY}{box}{STORY}</article></div></body></html>"
    text = extract(page, url=URL).text
    assert "passed its budget" in text
    if kept is None:
        assert "other story number" not in text
        assert "hours ago" not in text
    else:
        assert kept in text


@pytest.mark.parametrize(
    ("line", "links", "gone"),
    [
        ("<p>Yours, Anna</p>", 1, False),  # a sign-off after the last sentence: story text
        ("<p>Read more:</p>", 1, True),  # a label saying so over a lone link
        ("<p><strong>Editor's pick</strong></p>", 1, True),  # a bold label
        ("<h1>Editor's pick</h1>", 1, True),  # a heading, whatever its level
        ("<p>Yours, Anna</p>", 2, True),  # a list's heading, however worded
    ],
)
def test_a_line_over_a_lone_link_heads_it_only_when_set_as_a_label(
    line: str, links: int, gone: bool
) -> None:
    """One link makes no list: a short line over it after the story's last sentence is
    the story's closing line, unless it is set as a label (heading, bold, colon)."""
    base = "https://shop.example/go/"
    box = "".join(f"<a href='{base}{n}/'>To the offer »</a> " for n in range(links))
    story = f"{STORY}<p>Good luck!</p>{line}<div>{box}</div>"
    page = f"<html><body><article>{story}</article></body></html>"
    text = extract(page, url=URL).text
    assert "Good luck!" in text
    assert "To the offer" not in text
    assert ("Anna" not in text and "Read more" not in text and "pick" not in text) is gone


@pytest.mark.parametrize(
    ("title", "gone"),
    [
        ("<h3>Pass it on:</h3>", False),  # the list has its own title
        ("", True),  # the short line is the list's label
        ("<h3><a href='/share/'>Pass it on</a></h3>", True),  # a teaser's linked headline
    ],
)
def test_a_closing_line_over_a_titled_list_of_links_stays(title: str, gone: bool) -> None:
    """A short line ending the story ("With wire services") over a box of links that
    opens with its own unlinked title is the story's last line, not the list's label."""
    share = "".join(
        f"<li><a href='{URL}?share={site}'>{site.title()}</a></li>"
        for site in ("mail", "print", "copy", "post")
    )
    box = f"<div class='q7'><div class='q8'>{title}<ul>{share}</ul></div></div>"
    story = f"{STORY}<p><em>With wire services</em></p>{box}"
    page = f"<html><body><div class='q1'><div class='q2'>{story}</div></div></body></html>"
    text = extract(page, url=URL).text
    assert "passed its budget" in text
    assert "Pass it on" not in text
    assert ("With wire services" not in text) is gone


@pytest.mark.parametrize(
    ("label", "site", "count", "gone"),
    [
        ("See also", "https://www.fenland-post.example", 4, True),  # a list set with <br>
        ("", "https://www.fenland-post.example", 2, True),  # no label at all
        ("We wrote about the fund before.", "https://www.fenland-post.example", 2, False),
    ],
)
def test_a_paragraph_of_link_lines_under_a_label(
    label: str, site: str, count: int, gone: bool
) -> None:
    """A paragraph whose lines (between ``<br>``) are each wholly one link, after at
    most a short label, is a list of links (``link-list``); under a sentence it is the
    story's."""
    title = "the county road works and the bus fund"
    lines = "".join(
        f"<br><a href='{site}/2025/05/{n}/item-{n}/'>Linked line number {n}: {title}</a>"
        for n in range(count)
    )
    page = f"<html><body><article>{STORY}<p>{label}{lines}</p>{STORY}</article></body></html>"
    text = extract(page, url=URL).text
    assert "passed its budget" in text
    assert ("Linked line number 0" not in text) is gone


_HEADER_BODY = (
    "<p>The county's bridge inspectors closed the river crossing at Ashby on Friday after "
    "divers found a crack in one of its stone piers during the spring survey.</p>"
    "<p>Drivers face a detour of eleven miles through Marston until the pier is braced, "
    "which the highways office expects to take most of the summer holidays.</p>"
)


def _header_box_page(headline: str, intro: str) -> str:
    indent = "\n" + " " * 12  # the widget's markup indented inside its links
    rating = (
        f"<div><a href='#comments'>{indent}<span>18</span> <span>Comments</span>{indent}</a>"
        f"<a href='#rate'>{indent}<span>Reader rating:</span>{indent}<strong>3.9</strong>"
        f"{indent}<span>from</span>{indent}<strong>77</strong>{indent}<span>votes</span>"
        f"{indent}</a></div>"
    )
    return (
        "<html><body><div><div><div>"
        f"{headline}{intro}{rating}</div>"
        f"<div><h2>The closure</h2>{_HEADER_BODY}</div>"
        "<div><h2>What comes next</h2><p>Engineers will decide in June whether the pier can "
        "be repaired or has to be rebuilt, and the council will publish their report.</p>"
        "</div></div></div></body></html>"
    )


def test_a_header_box_keeps_its_introduction_and_loses_its_links() -> None:
    page = _header_box_page(
        "<h1>Ashby bridge shut after crack found</h1>",
        "<p>Inspectors say the crossing will stay closed for months.</p>",
    )
    text = extract(page, url=URL).text
    assert "Inspectors say the crossing will stay closed for months." in text
    assert "divers found a crack" in text
    assert "Reader rating" not in text
    assert "Comments" not in text


def test_a_box_under_a_linked_h1_still_goes_as_a_link_list() -> None:
    page = _header_box_page(
        "<h1><a href='https://www.fenland-post.example/2025/05/30/ashby-bridge/'>"
        "Ashby bridge shut after crack found</a></h1>",
        "<p>Inspectors say the crossing will stay closed for months.</p>",
    )
    text = extract(page, url=URL).text
    assert "divers found a crack" in text
    assert "Inspectors say" not in text  # a teaser's card: its blurb goes with it
    assert "Reader rating" not in text


ABOUT_URL = "https://www.harbour-trust.example/about/"
_ABOUT = (
    "<p>The Harbour Trust looks after the old quays, the lighthouse and the net lofts of "
    "the town, and opens them to visitors from Easter to the end of October each year.</p>"
    "<p>We were founded by fishing families in 1974, when the quays were to be sold, and "
    "we are still run by a board of volunteers elected at a meeting every spring.</p>"
    "<p>Most of our money comes from the members' fees and the tea room on the north "
    "quay; grants from the county paid for the new roof of the lighthouse keeper's "
    "cottage, which now holds the trust's small museum of tools, charts and photographs "
    "of the fleet as it was before the war.</p>"
)


def _about_page(items: list[tuple[str, str]]) -> str:
    indent = "\n" + " " * 10  # each link's label indented on a line of its own
    links = "".join(
        f"<li><a href='{href}'>{indent}<span>{label}</span>{indent}</a></li>"
        for href, label in items
    )
    box = (
        "<div><h2><a href='/about/work/'>Our work</a></h2>"
        "<p>Our work reaches from repairing the quay walls to teaching children how the "
        "harbour was built and used.</p>"
        f"<div><ul>{links}</ul></div></div>"
    )
    return f"<html><body><div><div>{_ABOUT}{box}</div></div></body></html>"


def test_a_box_introducing_the_sites_topics_keeps_its_paragraph() -> None:
    page = _about_page(
        [
            ("/about/work/repairs/", "Repairs"),
            ("/about/work/schools/", "Schools and teaching"),
            ("/about/work/archive/", "The archive"),
            ("/about/work/events/", "Events"),
            ("/about/work/boats/", "Old boats"),
            ("/about/work/lofts/", "Net lofts"),
        ]
    )
    text = extract(page, url=ABOUT_URL).text
    assert "Our work reaches from repairing the quay walls" in text
    assert "Schools and teaching" not in text


def test_a_blurb_over_the_sites_story_headlines_still_goes() -> None:
    page = _about_page(
        [
            (
                "/2025/05/02/lighthouse-lamp-relit/",
                "The lighthouse lamp is lit again after forty years",
            ),
            ("/2025/04/11/net-loft-roof/", "Volunteers finish the new roof of the north net loft"),
            (
                "/2025/03/20/quay-wall-survey/",
                "Divers survey the quay wall before the summer repairs",
            ),
        ]
    )
    text = extract(page, url=ABOUT_URL).text
    assert "founded by fishing families" in text
    assert "Our work reaches" not in text
    assert "lighthouse lamp" not in text


def test_a_related_searches_label_left_over_an_emptied_box_goes() -> None:
    """An advertiser's "Related Searches" box filled by a script leaves only its label
    after the story (``read-also-teasers``): a rail's heading, not the story's line."""
    page = (
        f"<html><body><div><article>{STORY}<div><div>Related Searches</div></div>"
        "<div><script>fill()</script></div></article></div></body></html>"
    )
    text = extract(page, url=URL).text
    assert "passed its budget" in text
    assert "Related Searches" not in text


def test_a_source_link_beside_its_pictures_full_size_stays() -> None:
    # the picture links to its own full-size file on the site: it counts neither way
    picture = (
        "<a href='https://www.fenland-post.example/uploads/2025/06/bus-fund.jpg'>"
        "<img src='https://www.fenland-post.example/uploads/2025/06/bus-fund-300.jpg'></a>"
    )
    source = "<a href='https://council.example/budget-2025'>council.example/budget-2025</a>"
    page = (
        f"<html><body><div><article>{STORY}<p>{source}{picture}</p>"
        "<p>The new charges start in July, and the library's Sunday hours begin in the "
        "first week of October.</p></article></div></body></html>"
    )
    assert "council.example/budget-2025" in extract(page, url=URL).text
