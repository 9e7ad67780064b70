"""The page's footer inside the body (``page-footers``): a page that marks nothing
(no ``<footer>``, no ``<nav>``, no names a rule knows) whose body was widened to the
box wrapping the whole page loses the footer that follows the story; a story's own
box keeps what follows it, and so does a story told in boxes after its best one."""

from __future__ import annotations

from newsclean import Registry, Tuning, explain, extract

URL = "https://www.harbourside-choir.example/news/winter-concert-moves-to-the-chapel"
MENU = (
    "<div class='k1'><a href='/'>Start</a> <a href='/choir'>The choir</a> "
    "<a href='/news'>News</a> <a href='/dates'>Dates</a></div>"
)
STORY = (
    "<p>The winter concert will be sung in the harbour chapel this year, because the "
    "town hall is closed while its roof is repaired. The chapel seats fewer people, so "
    "the choir will sing the programme twice on the Saturday, at four and at seven.</p>"
    "<p>Tickets are sold at the bookshop on Quay Street from the first of December. The "
    "choir asks those who come to the early concert to leave the front pews for the "
    "families of the youngest singers, who go home before the second half.</p>"
    "<p>The programme opens with carols the choir has sung for forty years and closes "
    "with a new setting written for it by a former member, now teaching in the city.</p>"
)
FOOTER = (
    "<div class='k5'><div class='k6'><h4>About us</h4><p>For sixty years we have sung "
    "in the harbour town, and we welcome singers of every age who can come on Tuesdays."
    "</p></div><div class='k7'><p>Harbourside Choir, 4 Quay Street, Porthwen.</p>"
    "<p><a href='/imprint'>Imprint</a> | <a href='/privacy'>Privacy</a></p></div></div>"
)


def page(footer: str = FOOTER, *, menu: str = MENU, story: str = STORY) -> str:
    """A page whose one wrapper holds its menu, the story's column and its footer."""
    return (
        f"<html><body><div class='k0'>{menu}<div class='k2'><div class='k3'>"
        f"<h1>Winter concert moves to the chapel</h1><div class='k4'>{story}</div>"
        f"</div></div>{footer}</div></body></html>"
    )


#: The page's header (its menu and the site's tagline) standing before the wrapper.
OUTSIDE_HEADER = (
    f"<div class='k9'>{MENU}<p>The harbour town's choir since the old lifeboat "
    "station became a hall: news of our concerts, our tours and our rehearsals, "
    "and of the singers who join us every autumn.</p></div>"
)
#: The footer closed by the site's notice with its copyright sign.
SIGNED_FOOTER = FOOTER.replace(
    "</p></div></div>",
    "</p><p>© 2024 Harbourside Choir. Share our news with a link to this page.</p></div></div>",
)


def under_outside_header(footer: str) -> str:
    """The page with ``footer``, its header standing before the wrapper, outside it."""
    return page(footer, menu="").replace("<body>", f"<body>{OUTSIDE_HEADER}")


def without_side_columns() -> Registry:
    """The rules with ``side-columns`` and ``about-sections`` off (each takes this
    footer's titled "About us" box too), so that ``page-footers`` is read alone."""
    registry = Registry.default(load_entry_points=False)
    registry.disable("side-columns")
    registry.disable("about-sections")
    return registry


def test_the_footer_of_the_page_wrapper_goes() -> None:
    text = extract(page(), url=URL).text
    assert "For sixty years we have sung" not in text
    assert "Harbourside Choir, 4 Quay Street" not in text
    assert "closes with a new setting" in text


def _without_side_columns() -> Registry:
    """The rules but ``side-columns`` and ``about-sections``, which take this footer too
    (a titled "About us" box short beside the story, below a menu): what
    ``page-footers`` does alone is read here."""
    registry = without_side_columns()
    return registry


def test_the_rule_switches_off() -> None:
    registry = _without_side_columns()
    registry.disable("page-footers")
    assert "For sixty years we have sung" in extract(page(), url=URL, registry=registry).text


def test_a_page_marking_a_footer_is_left_to_the_tag_rules() -> None:
    marked = page().replace("</body>", "<footer><p>Porthwen</p></footer></body>")
    registry = _without_side_columns()
    assert "For sixty years we have sung" in extract(marked, url=URL, registry=registry).text


def test_a_story_without_a_header_before_it_keeps_what_follows() -> None:
    # the titled "About us" box is short beside the story: ``side-columns`` takes it
    # whatever the header (tests/test_side_columns.py); this reads ``page-footers`` alone
    registry = without_side_columns()
    text = extract(page(menu=""), url=URL, registry=registry).text
    assert "For sixty years we have sung" in text


#: The footer opening with the site's notice, its copyright sign and year.
NOTICE_FIRST_FOOTER = (
    "<div class='k5'><p>© 2011 - 2024 Harbourside Choir | <a href='/imprint'>Imprint</a></p>"
    "<p>Sources: the town archive and our members' memories.</p></div>"
)


def _reasons(after: str) -> set[str]:
    """The reasons explain() gives on the page without a menu, ``after`` following the
    story's branch, ``side-columns`` and ``about-sections`` off."""
    found = explain(page(after, menu=""), url=URL, registry=without_side_columns())
    return {block.reason for block in found.blocks}


def test_a_footer_opening_with_the_site_s_dated_notice_goes_without_a_header() -> None:
    # the menu gone before the body was chosen (or never there): the site's notice
    # with its year, opening the box after the story, tells the footer
    registry = without_side_columns()
    text = extract(page(NOTICE_FIRST_FOOTER, menu=""), url=URL, registry=registry).text
    assert "the town archive and our members" not in text
    assert "closes with a new setting" in text
    assert "page-footers" in _reasons(NOTICE_FIRST_FOOTER)


def test_a_credit_or_a_notice_after_more_story_is_no_site_footer() -> None:
    # the copyright sign without a year is a picture's credit; a notice after the
    # story's further part closes the story, and the part stays
    credit = NOTICE_FIRST_FOOTER.replace("2011 - 2024 ", "")
    assert "page-footers" not in _reasons(credit)
    further = (
        "<div class='k9'><p>After the second concert the singers will walk down to the "
        "quay with lanterns, as the choir did every winter before the war.</p></div>"
    )
    assert "page-footers" not in _reasons(further + NOTICE_FIRST_FOOTER)


def test_more_text_after_the_story_than_in_it_stays() -> None:
    parts = "".join(
        f"<div class='k8'><h3>Rehearsal {n}</h3><p>The choir meets in the chapel on the "
        f"Tuesday before the concert to rehearse the carols with the organist and to try "
        f"the new setting with the brass players from the town band, part {n}.</p></div>"
        for n in range(1, 6)
    )
    footer = f"<div class='k5'>{parts}</div>"
    assert (
        "with the brass players from the town band, part 5" in extract(page(footer), url=URL).text
    )


MORE_STORY = (
    "<p>Last year the choir sang to a full town hall, and the committee expects the "
    "chapel to be full twice over. Extra chairs will stand in the side aisle, lent by the "
    "sailing club, and the doors will open half an hour early for those who need them.</p>"
    "<p>The organ, tuned in the autumn, will be played by the choir's own accompanist, "
    "who has rehearsed the new setting with the brass players since September.</p>"
)
FURTHER = (
    "<div class='k9'><p>After the second concert the singers will walk down to the quay "
    "with lanterns, as the choir did every winter before the war, and sing one last old "
    "carol by the lifeboat station for the crew on duty, who can never come to the "
    "chapel; the harbour master has agreed to light the old beacon for the evening.</p>"
    "<p>The walk was the idea of the oldest member, who remembers it from her childhood "
    "and wrote to the committee in the spring asking for it to return; she will carry "
    "the first lantern herself and has promised the younger singers hot chocolate at "
    "the end, paid for out of the raffle the choir held at the summer fete in June.</p>"
    "<p>Should the weather turn, the carol will be sung in the porch of the chapel "
    "instead, and the lifeboat crew will listen from the slipway as they did once "
    "before, in the stormy December twenty years ago that older members still talk "
    "about, when the choir sang in oilskins and the beacon was lit by hand.</p></div>"
)


def test_a_story_going_on_after_a_box_of_its_own_stays() -> None:
    story = STORY + MORE_STORY
    assert (
        "the carol will be sung in the porch"
        in extract(page(FURTHER + FOOTER, story=story), url=URL).text
    )
    # however much text the story's column holds: three long paragraphs are no footer
    loose = Tuning(page_footer_max_share=10.0)
    text = extract(page(FURTHER + FOOTER, story=story), url=URL, tuning=loose).text
    assert "the carol will be sung in the porch" in text
    assert (
        "For sixty years we have sung" not in extract(page(story=story), url=URL, tuning=loose).text
    )


def test_the_footer_of_a_wrapper_closing_the_page_under_its_header_goes() -> None:
    # the header (menu and the site's tagline) stands before the wrapper, outside it:
    # the wrapper holds the story and the footer (the site's notice, with its copyright
    # sign) to the page's end, not nearly all the page
    # (``side-columns`` off: its titled "About us" box is read alone here)
    registry = without_side_columns()
    plain = under_outside_header(SIGNED_FOOTER)
    text = extract(plain, url=URL, registry=registry).text
    assert "For sixty years we have sung" not in text
    assert "Harbourside Choir, 4 Quay Street" not in text
    assert "closes with a new setting" in text


def test_a_closing_footer_naming_its_years_goes() -> None:
    registry = without_side_columns()
    footer = FOOTER.replace(
        "Porthwen.", "Porthwen. Since 1964, this site 2011-2024 by our members."
    )
    plain = under_outside_header(footer)
    assert "For sixty years we have sung" not in extract(plain, url=URL, registry=registry).text


def test_a_closing_footer_giving_the_site_s_address_goes() -> None:
    # no copyright sign and no years: the site's contact card tells the footer
    footer = FOOTER.replace(
        "<p>Harbourside Choir, 4 Quay Street, Porthwen.</p>",
        "<p>Harbourside Choir<br>4 Quay Street<br>Porthwen<br>Phone: 01736 360 112<br>"
        "<a href='mailto:singers@harbourside-choir.example'>Write to us</a></p>",
    )
    registry = without_side_columns()
    plain = under_outside_header(footer)
    text = extract(plain, url=URL, registry=registry).text
    assert "For sixty years we have sung" not in text
    assert "4 Quay Street" not in text
    assert "closes with a new setting" in text


def test_a_wrapper_followed_by_more_of_the_page_keeps_what_follows() -> None:
    # the story's own box under the page's header, with more of the page after it
    after = (
        "<div class='k10'><p>Our next season opens in March with a programme of sea "
        "songs, and the choir is looking for tenors and basses to join it.</p></div>"
    )
    registry = without_side_columns()
    plain = under_outside_header(SIGNED_FOOTER)
    plain = plain.replace("</body>", f"{after}</body>")
    assert "For sixty years we have sung" in extract(plain, url=URL, registry=registry).text
