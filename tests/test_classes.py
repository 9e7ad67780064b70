"""What the class-* fixture pages (issue 14's failure classes) need beyond their spec.json.

The fixtures compare ``extract(page).text`` with ``expected.txt``; these tests check
what a spec cannot say: options that change the output (comments, captions), and
that a block appears exactly once or never stands alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newsclean import Article, explain, extract
from newsclean.dom.page_tags import PageTags
from newsclean.dom.text import text_of
from newsclean.engine.card_rows import card_rows
from newsclean.engine.custom_links import custom_link_around
from newsclean.engine.leads import HEADLINE_GAP, OPENING_PROSE, leads_before
from newsclean.engine.links import SiteLinks
from newsclean.engine.teaser_boxes import teaser_box
from newsclean.engine.text_rules import boilerplate_containers
from newsclean.engine.widget_titles import widget_titles
from newsclean.parse import parse
from newsclean.rules.registry import Registry
from newsclean.rules.walk import Decisions
from newsclean.settings import Tuning

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _page(
    name: str, *, comments: bool = False, captions: bool = False, standfirst: bool = False
) -> Article:
    folder = FIXTURES / name
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    page = (folder / "page.html").read_bytes()
    return extract(
        page,
        url=spec["url"],
        include_comments=comments,
        include_captions=captions,
        include_standfirst=standfirst,
    )


def _blocks(text: str) -> list[str]:
    return [block.strip() for block in text.split("\n\n")]


def test_hidden_copies_give_each_paragraph_once() -> None:
    article = _page("class-hidden-copies")
    blocks = _blocks(article.text)
    assert len(blocks) == 8
    assert len(set(blocks)) == len(blocks)
    for block in blocks:
        assert article.text.count(block) == 1
    # the hover card's name and link are not glued into the sentence
    assert "Fenella Osei-Brandt, the county's library director" in article.text
    assert article.text.count("Fenella Osei-Brandt") == 1


@pytest.mark.parametrize(
    "line",
    [
        "Updated at 4:15 p.m.",
        "3 min read",
        "October 14, 2024",
        "Independent news for the Ashcombe Valley since 1911",
        "Text size A- A A+",
    ],
)
def test_metadata_lines_are_not_blocks_of_the_text(line: str) -> None:
    assert line not in _blocks(_page("class-metadata-lines").text)


def test_comment_remnants_stay_out_but_comments_are_read_on_request() -> None:
    plain = _page("class-comment-remnants")
    article = _page("class-comment-remnants", comments=True)
    assert plain.comments == ()
    assert article.text == plain.text
    assert [c.author for c in article.comments] == [
        "ValleyDad74",
        "Marianne L.",
        "R. Hoogstraten",
        "Greg Paquette",
        "snowbank_sally",
    ]
    first = article.comments[0]
    assert first.text == (
        "Four minutes late is late. If my kid hands in homework four minutes late "
        "it still counts as late."
    )
    assert first.date is not None and (first.date.month, first.date.day) == (11, 21)
    for comment in article.comments:  # no actions, counts or notices read as comments
        assert "Reply" not in comment.text and "Like" not in comment.text
        assert "moderated" not in comment.text


def test_captions_outside_figcaption_come_back_with_include_captions() -> None:
    captions = [
        "Photo: Magnus Tulloch / Islands Mail",
        "Families on the pier at Brennay wave as the Skerra comes alongside on Thursday.",
        "Captain Torvald Linklater on the bridge of the Skerra during sea trials. "
        "Picture: Northern Isles Ferries",
        "The MV Hildaray, which has served the outer isles since 1983. "
        "Archive photograph: Islands Mail",
    ]
    plain = _page("class-captions").text
    kept = _blocks(_page("class-captions", captions=True).text)
    for caption in captions:
        assert caption not in plain
        assert caption in kept
    assert [b for b in kept if b not in captions] == _blocks(plain)


def test_long_credited_captions_come_back_with_include_captions() -> None:
    plain = _page("class-captions-long-credited").text
    kept = _page("class-captions-long-credited", captions=True).text
    for caption in ("Growers light smudge pots", "An extension agent slices open"):
        assert caption not in plain
        assert caption in kept


def test_credit_boxed_captions_come_back_with_include_captions() -> None:
    """A caption set as a heading past nested wrappers, and one under its credit line,
    are captions: kept when asked for, and the story around them is the same."""
    plain = _page("class-captions-credit-boxes").text
    kept = _page("class-captions-credit-boxes", captions=True).text
    for caption in ("Messkammern auf einer Torfmoosfläche", "Doktorandin Selina Imhof (rechts)"):
        assert caption not in plain
        assert caption in kept
    assert "Die Grafik zeigt" in plain


def test_repeated_captions_stay_with_include_captions() -> None:
    """A placeholder caption under each of three pictures is the captions' text, not a
    widget's repeated line, when the captions are asked for; their pictures stay too."""
    folder = FIXTURES / "class-repeated-captions"
    page = (folder / "page.html").read_bytes()
    plain = extract(page)
    article = extract(page, include_captions=True, include_images=True)
    for caption in ("Artist's impression of the new library", "Drawing supplied by the borough"):
        assert caption not in plain.text
        assert article.text.count(caption) == 3
    assert article.html.count("<img") == 6
    assert "repeated-lines" not in explain(page, include_captions=True).rule_counts()


def test_a_heading_over_a_left_out_table_goes_with_it() -> None:
    """With ``include_tables=False`` a heading whose section held only the table goes
    with the table (``empty-sections``); one whose section opens with text stays."""
    folder = FIXTURES / "class-table-sections-left-out"
    page = (folder / "page.html").read_bytes()
    blocks = _blocks(extract(page).text)
    assert "What we tested" in blocks and "Folding time" in blocks
    left_out = extract(page, include_tables=False)
    kept = _blocks(left_out.text)
    assert "What we tested" not in kept
    assert not any("\t" in block for block in kept)
    assert kept == [b for b in blocks if "\t" not in b and b != "What we tested"]
    explanation = explain(page, include_tables=False)
    assert {b.reason for b in explanation.find("What we tested")} == {"empty-sections"}


def test_tables_named_by_aria_roles_read_as_tables() -> None:
    """A grid of divs named a table by its roles reads as one: a line per row, cells
    separated by tabs, in every output, and it goes with the tables when they are left
    out; a grid whose cells hold paragraphs is read as its paragraphs."""
    page = (FIXTURES / "class-role-tables" / "page.html").read_bytes()
    article = extract(page)
    blocks = _blocks(article.text)
    assert "Beach\tSea temperature\tLifeguards\nGull Point\t17 °C\t10 am to 6 pm" in blocks[2]
    assert blocks[4] == "Gull Point\tExcellent\nWrenmouth Sands\tGood\nHarbour Beach\tExcellent"
    assert blocks[-1].startswith("Dogs are allowed")
    assert "| Wrenmouth Sands | 16 °C | 10 am to 7 pm |" in article.markdown
    left_out = extract(page, include_tables=False)
    assert "\t" not in left_out.text and "Excellent" not in left_out.text
    assert "Dogs are allowed" not in left_out.text


def test_wrapper_words_keep_the_table_and_the_list_in_order() -> None:
    blocks = _blocks(_page("class-wrapper-words").text)
    table = next(i for i, b in enumerate(blocks) if b.startswith("Player\t"))
    rows = blocks[table].split("\n")  # a data table is one block, a line per row
    assert rows[0] == "Player\tMin\tFG\t3PT\tReb\tAst\tPts"
    assert rows[1].startswith("Imani Okafor\t37")
    assert rows[7].startswith("Team totals") and len(rows) == 8
    standings = blocks.index("Coastal League final standings")
    assert [b[:2] for b in blocks[standings + 1 : standings + 9]] == [f"{i}." for i in range(1, 9)]
    assert table < standings < len(blocks) - 2


_STORY = "".join(
    f"<p>Paragraph {n} of the council story says what the ferry committee decided about "
    f"the winter timetable, the fares and the new pier on the north shore.</p>"
    for n in range(1, 7)
)


def _closing(heading: str, after: str) -> str:
    return (
        "<html><body><article><h1>Ferry timetable agreed</h1>"
        f"{_STORY}<h2>{heading}</h2>{after}</article></body></html>"
    )


def test_a_short_closing_appeal_section_goes_whole() -> None:
    staff = "".join(f"<li>Reporter {n}, desk {n}</li>" for n in range(1, 6))
    appeal = "<p>We are a small newsroom funded by our readers.</p><ul>" + staff + "</ul>"
    for heading in ("Before you go...", "Support local journalism", "Become a member today"):
        text = extract(_closing(heading, appeal)).text
        assert text.endswith("new pier on the north shore."), heading
        assert "Reporter 1" not in text and "small newsroom" not in text


def test_a_closing_disclaimer_section_goes_and_lets_the_appeals_above_it_go() -> None:
    terms = (
        "<p>Use of this site means you accept our terms of service.</p>"
        "<p>© 2025 Ferry Weekly. All rights reserved.</p>"
        "<p>Reader guidelines apply to anything you post here.</p>"
    )
    html = _closing("Disclaimer", terms).replace(
        "<h2>", "<p>Get the ferry news in your inbox. Subscribe to our newsletters.</p><h2>"
    )
    text = extract(html).text
    assert text.endswith("new pier on the north shore."), text[-200:]


def test_a_long_section_or_an_ordinary_heading_stays() -> None:
    long_after = "".join(
        f"<p>Closing paragraph {n} goes on about the ferry's history and its crews over "
        f"forty years of winter sailings to the islands.</p>"
        for n in range(1, 20)
    )
    assert "Closing paragraph 19" in extract(_closing("Before you go...", long_after)).text
    short = "<p>The committee meets again in March to review the fares.</p>"
    assert "meets again in March" in extract(_closing("What happens next", short)).text
    assert "Closing paragraph 19" in extract(_closing("Disclaimer", long_after)).text


def _signed(note: str, *, author: str = "Ada Lind") -> str:
    return (
        f"<html><head><meta name='author' content='{author}'></head><body><article>"
        f"<h1>Ferry timetable agreed</h1><div class='s1'>{_STORY}</div>{note}"
        "</article></body></html>"
    )


def test_a_note_about_the_author_in_a_box_of_its_own_goes_with_the_name() -> None:
    box = (
        "<div class='a1'><div><img src='ada.jpg' alt=''></div><div>Ada Lind</div>"
        "<p>Ada Lind is a staff reporter for the Ferry Weekly covering the islands.</p></div>"
    )
    text = extract(_signed(box)).text
    assert text.endswith("new pier on the north shore."), text[-200:]
    handle = "<div class='a1'><p>Ada Lind (@adalind) is an island correspondent.</p></div>"
    assert extract(_signed(handle)).text.endswith("new pier on the north shore.")


def test_a_line_about_someone_or_in_the_storys_paragraphs_stays() -> None:
    note = "<p>Ada Lind is a staff reporter for the Ferry Weekly covering the islands.</p>"
    # another person (a source) than the page's author
    assert "Ada Lind is a staff reporter" in extract(_signed(note, author="Jon Berg")).text
    # the author's line inside the story's own paragraphs: a sign-off readers keep
    inside = _signed("").replace("north shore.</p></div>", f"north shore.</p>{note}</div>")
    assert "Ada Lind is a staff reporter" in extract(inside).text
    # a note that is no job in journalism
    other = "<div class='a1'><p>Ada Lind is the author of a history of the ferry.</p></div>"
    assert "author of a history" in extract(_signed(other)).text


def test_an_author_box_above_the_story_goes_whole() -> None:
    box = (
        "<div class='b1'><p>About the author</p><div><p>Ada Lind is a staff reporter for "
        "the Ferry Weekly covering the islands.</p></div><p>Write to Ada Lind:</p>"
        "<ul><li><a href='mailto:desk@ferry.example'></a></li></ul></div>"
    )
    page = _signed("").replace("north shore.</p>", f"north shore.</p>{box}", 1)
    text = extract(page).text
    assert "staff reporter" not in text and "Write to Ada Lind" not in text, text[:300]
    assert text.endswith("new pier on the north shore."), text[-200:]
    # a line about the guest opening an interview, in a box with the story, stays
    guest = "<p>Jon Berg is the founder of the island's rowing club and its coach.</p>"
    kept = extract(_signed("").replace("<div class='s1'>", f"<div class='s1'>{guest}")).text
    assert kept.startswith("Jon Berg is the founder"), kept[:200]


def test_a_closing_author_box_with_a_role_line_goes_whole() -> None:
    box = (
        "<div class='a1'><div><a href='/p/ada'>Ada Lind</a><p>Island editor at the Ferry "
        "Weekly.</p><p class='k'>Key fingerprint: 12AB 34CD 56EF 7890 A1B2</p></div></div>"
    )
    text = extract(_signed(box)).text
    assert text.endswith("new pier on the north shore."), text[-200:]
    # without the author's name line it is no author box of this page's writer
    assert "Island editor" in extract(_signed(box, author="Jon Berg")).text


def test_a_long_personal_bio_in_a_box_of_its_own_goes() -> None:
    """A bio telling the writer's life (``author_bio_max_chars``, longer than a job
    note) closing the body in a box of its own goes; inside the story's paragraphs it
    stays."""
    bio = (
        "Ada Lind has crossed to every island in the sound at least twice, once in a storm "
        "she still will not talk about. Her first book, a guide to the harbour's old sheds, "
        "sold out in a week and was reprinted twice, to her own surprise. She swims from the "
        "north pier every morning between May and October and keeps a log of the water's "
        "temperature that the harbour office now asks to borrow. Ada lives in Port Ellen "
        "with her husband, two daughters and a cat called Ballast."
    )
    assert len(bio) > 400
    box = f"<div class='a0'><div class='a1'><table><tr><td>{bio}</td></tr></table></div></div>"
    text = extract(_signed(box)).text
    assert text.endswith("new pier on the north shore."), text[-200:]
    inside = _signed("").replace("north shore.</p></div>", f"north shore.</p><p>{bio}</p></div>")
    assert "a cat called Ballast" in extract(inside).text


def test_a_closing_author_box_with_the_name_as_a_link_goes_whole() -> None:
    """A closing box holding the author's name as a link (to their posts) and a blurb
    goes whole; one whose blurb opens with the name ("... is the author of ...") is
    judged by its words and stays."""
    box = (
        "<div class='a1'><div><a href='/authors/ada'><h4>Ada Lind</h4></a>"
        "All posts on this blog are written by the harbour desk and guest writers.</div></div>"
    )
    text = extract(_signed(box)).text
    assert text.endswith("new pier on the north shore."), text[-200:]
    assert "guest writers" in extract(_signed(box, author="Jon Berg")).text
    book = (
        "<div class='a1'><h5><a href='/authors/ada'>Ada Lind</a></h5><p><a href='/authors/"
        "ada'>Ada Lind</a> is the author of <em>The Harbour Sheds</em>.</p></div>"
    )
    assert "is the author of The Harbour Sheds" in extract(_signed(book)).text


def test_a_microdata_author_description_goes_though_it_skips_the_name() -> None:
    """The ``itemprop=description`` of the element marked as the author in microdata,
    closing the body, is their bio (``author-note``): a self-introduction that does not
    open with the byline's name goes, and the name above it."""
    box = (
        "<div itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        "<div><span itemprop='name'>Ada</span></div><div itemprop='description'><p>Adelheid Lind, "
        "harbour pilot and founder of this site. I write about boats whenever the tide "
        "lets me.</p></div></div>"
    )
    page = _signed(box, author="Ada")
    text = extract(page).text
    assert "harbour pilot" not in text and text.endswith("north shore."), text[-200:]


def test_an_italic_tagline_naming_someone_by_their_job_goes_without_an_author() -> None:
    """A closing line set whole in italics that opens with a person's name and their
    job ("... is the founder of ...") goes, though the page names no author; an italic
    closing line of the story, or one naming no job, stays."""
    page = (
        "<html><body><article><h1>Ferry timetable agreed</h1><div class='s1'>"
        f"{_STORY}<p><em>Ada Lind is the founder of Harbour Words, a writing studio on the "
        "islands. Write to her at desk@harbourwords.example</em></p></div></article>"
        "</body></html>"
    )
    text = extract(page).text
    assert text.endswith("new pier on the north shore."), text[-200:]
    story = page.replace("is the founder of Harbour Words", "waved the first ferry off from")
    assert "waved the first ferry off" in extract(story).text
    plain = page.replace("<em>", "").replace("</em>", "")
    assert "founder of Harbour Words" in extract(plain).text


def test_a_closing_section_under_a_heading_naming_the_author_goes() -> None:
    box = (
        "<div class='a1'><h3>About Ada Lind</h3><p>Ada covers the islands and lives on the "
        "smallest of them with two cats and a rowing boat.</p></div>"
    )
    text = extract(_signed(box)).text
    assert text.endswith("new pier on the north shore."), text[-200:]
    # a heading naming someone else (or something) opens a section of the story
    assert "About Ada Lind" in extract(_signed(box, author="Jon Berg")).text
    place = box.replace("About Ada Lind", "Über Lindholm")
    assert "Über Lindholm" in extract(_signed(place)).text


_THREAD = "".join(
    f"<div><div><a href='/u/{n}'>reader{n}</a> 3 May 2025 - 9:0{n} am</div>"
    f"<p>Comment {n} argues at length about the fares and the pier, the ferry crews and "
    f"the timetable, and whether the islands were ever asked about any of it.</p>"
    f"Rating: {n} votes <a href='#r{n}'>Reply</a></div>"
    for n in range(1, 10)
)


def test_a_comment_heading_ends_the_article_however_long_the_thread() -> None:
    headings = (
        "12 comments",
        "Comments (12)",
        "Top rated comments",
        "Leave a Reply <small>Cancel reply</small>",
        "3 thoughts on “Ferry timetable agreed”",
        "Join the discussion",
        "2 Kommentare",
        "Laisser un commentaire",
        "Comentarios",
        "Deixe um comentário",
        "1 commento",
        "5 Gedanken zu „Fährplan steht“",
        "3 réflexions sur « L’horaire du bac »",
        "11 comentarios en «El horario del ferry»",
        "Dieser Artikel hat 32 Kommentare",
        "Se han publicado 11 comentarios",
    )
    for heading in headings:
        text = extract(_closing(heading, _THREAD)).text
        assert text.endswith("new pier on the north shore."), heading


#: Two readers' comments with no controls: too few, and too bare, for a thread.
_TWO = "".join(
    f"<div><b>reader{n}</b><p>Comment {n} says the ferry fares went up again and nobody "
    "on the islands was asked about the new timetable.</p></div>"
    for n in range(1, 3)
)


@pytest.mark.parametrize(
    "heading",
    [
        "Kommentare ( 56 )",
        "Komentarze (9)",
        "2 Antworten",
        "5 Responses",
        "15 Hinterlasse einen Kommentar",
        "3 Leave a Reply",
    ],
)
def test_a_counted_or_badged_comment_heading_ends_the_article(heading: str) -> None:
    """A count spaced in its brackets, a thread's count of answers as its whole heading,
    a count's badge before the form's request: each heads a comment section."""
    text = extract(_closing(heading, _TWO)).text
    assert text.endswith("new pier on the north shore."), text[-300:]


def test_a_top_rank_comment_heading_ends_the_article() -> None:
    """A page setting its comment section's heading as an ``h1`` (the story's title is
    one too): it and the moderation notice and comments under it go."""
    page = _closing("x", _TWO).replace(
        "<h2>x</h2>",
        "<h1>Comments <span>( 9 )</span></h1><p>Dear readers, all comments are moderated.</p>",
    )
    text = extract(page).text
    assert text.endswith("new pier on the north shore."), text[-300:]


def _labelled(label: str, after: str) -> str:
    return (
        "<html><body><article><h1>Ferry timetable agreed</h1>"
        f"{_STORY}<div></div>{label}<div></div>{after}</article></body></html>"
    )


def test_a_span_label_on_a_line_of_its_own_ends_the_article() -> None:
    """A comment section's label set in a span between blocks reads as its heading,
    though a rail of linked teasers after the thread outweighs the story."""
    rail = (
        "<div>"
        + "".join(
            f"<a href='/s/{n}'>Teaser {n} on the harbour, the lighthouse and the old boatyards</a>"
            for n in range(40)
        )
        + "</div>"
    )
    for label in ("<span><span>COMMENTS</span></span>", "<span>12 Kommentare</span>"):
        text = extract(_labelled(label, _TWO + rail)).text
        assert text.endswith("new pier on the north shore."), (label, text[-300:])


def test_a_span_in_a_line_of_text_or_a_count_over_the_story_ends_nothing() -> None:
    inline = extract(
        _labelled("<p>Readers wrote in the <span>Comments</span> that fares rose.</p>", _STORY)
    ).text
    assert "Readers wrote in the Comments that fares rose." in inline
    later = _STORY.replace("Paragraph", "Later paragraph")
    over = (
        "<html><body><article><h1>Ferry timetable agreed</h1><p>The committee met on "
        "Tuesday night, its members said afterwards, and talked for four hours about "
        "the ferry, the fares, the pier and the winter timetable.</p><div><span>12 "
        f"Kommentare</span></div>{later}{later}</article></body></html>"
    )
    assert "Later paragraph 6 of" in extract(over).text


def test_a_comment_count_above_the_story_or_a_comment_subhead_keeps_the_story() -> None:
    page = (
        "<html><body><article><h1>Ferry timetable agreed</h1><h4>12 comments</h4>"
        f"{_STORY}<h2>Comment</h2>{_STORY.replace('Paragraph', 'Later paragraph')}"
        "</article></body></html>"
    )
    text = extract(page).text
    assert "Paragraph 1 of" in text and "Later paragraph 6 of" in text


def test_a_story_subheading_counting_answers_keeps_the_story() -> None:
    """ "3 Antworten auf die Krise" heads a part of the story: without the quoted title
    blog software prints, a count of answers ends nothing."""
    page = (
        "<html><body><article><h1>Ferry timetable agreed</h1>"
        f"{_STORY}<h2>3 Antworten auf die Krise</h2>"
        f"{_STORY.replace('Paragraph', 'Later paragraph')}"
        "</article></body></html>"
    )
    assert "Later paragraph 6 of" in extract(page).text


@pytest.mark.parametrize(
    "button",
    [
        "Show comments",
        "View comments (27)",
        "Load all 12 comments",
        "Kommentare anzeigen",
        "Afficher les commentaires",
        "Ver comentarios",
        "Mostra i commenti",
    ],
)
def test_a_show_comments_button_after_the_story_ends_the_article(button: str) -> None:
    shell = "<div>Gold badge</div><div>You need an account to flag a comment.</div>"
    page = _closing(button, shell).replace(
        f"<h2>{button}</h2>", f"<div><span>{button}</span></div>"
    )
    text = extract(page).text
    assert text.endswith("new pier on the north shore."), text[-200:]


def test_a_show_comments_button_above_most_of_the_story_keeps_it() -> None:
    later = _STORY.replace("Paragraph", "Later paragraph")
    page = (
        "<html><body><article><h1>Ferry timetable agreed</h1>"
        f"{_STORY}<div><a href='#c'>View comments</a></div>{later}{later}"
        "</article></body></html>"
    )
    assert "Later paragraph 6 of" in extract(page).text


def _comment(n: int, control: str, header: str = "reader{n}, 3 May 2025 at 9:0{n} am") -> str:
    return (
        f"<div><div>{header.format(n=n)}</div><p>Comment {n} says the ferry fares went up "
        f"again and nobody on the islands was asked.</p>{control}</div>"
    )


def _threaded(items: str) -> str:
    return (
        "<html><body><article><h1>Ferry timetable agreed</h1>"
        f"{_STORY}<div>{items}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    ("control", "header"),
    [
        ("<a href='#'>Reply</a>", "reader{n}, 3 May 2025 at 9:0{n} am"),
        ("<span>Flagged</span>", "reader{n}"),
        ("<a href='#'>Antworten</a> <a href='#'>Kommentar melden</a>", "leser{n} am 3. Mai"),
        ("", "reader{n} 於 2025/05/03 09:0{n} 回覆"),
        ("", "reader{n}, 3 May 2025 at 9:0{n} pm | Reply"),
        # where only members may answer: the control asks the reader to log in first
        ("<a href='#sign-in'>Zum Antworten anmelden</a>", "leser{n} sagt: 3. Mai 2025 um 9:0{n}"),
        ("<a href='#login'>Log in to Reply</a>", "reader{n}, 3 May 2025 at 9:0{n} am"),
    ],
)
def test_a_thread_without_a_heading_ends_the_article_by_its_reply_controls(
    control: str, header: str
) -> None:
    text = extract(_threaded("".join(_comment(n, control, header) for n in range(1, 5)))).text
    assert text.endswith("new pier on the north shore."), text[-300:]
    assert "Comment 1" not in text


def test_reply_buttons_stripped_before_the_rules_still_tell_a_thread() -> None:
    """Each comment's reply is a ``<button>`` beside its vote counts; buttons are
    stripped before the rules run, and a box left with only counts goes as a button's
    count before the thread is read: the marks set on the button's holder and its box
    still tell each comment."""
    comments = "".join(
        f"<li class='c'><div>reader{n}</div><div>2025-05-0{n} 09:1{n}</div><div>Comment {n} "
        f"says the ferry fares went up again and nobody on the islands was asked.</div>"
        f"<div><div>1{n}</div><div>{n}</div><button type='button'>{word}</button>"
        f"{'<div>show replies (1)</div>' if n % 2 else ''}</div></li>"
        for n, word in enumerate(("odpowiedz", "Reply", "Antworten", "odpowiedz"), start=1)
    )
    text = extract(_threaded(f"<ul>{comments}</ul>")).text
    assert text.endswith("new pier on the north shore."), text[-300:]


def test_one_reply_button_in_the_story_ends_nothing() -> None:
    later = _STORY.replace("Paragraph", "Later paragraph")
    page = _threaded(f"<div><p>Tell us below.</p><button>Reply</button></div>{later}")
    assert "Later paragraph 6 of" in extract(page).text
    # one login-to-reply link under a quoted post, and a sentence naming the control
    login = _threaded(
        "<div><p>Post by a reader on the timetable.</p><a href='#'>Log in to reply</a></div>"
        "<p>Readers had to log in to reply to the board's survey, the council said.</p>"
        f"{later}"
    )
    text = extract(login).text
    assert "Later paragraph 6 of" in text
    assert "Readers had to log in to reply" in text


def test_two_comments_a_thread_above_the_story_or_reported_embeds_keep_the_story() -> None:
    reply = "<a href='#'>Reply</a>"
    two = extract(_threaded("".join(_comment(n, reply) for n in range(1, 3)))).text
    assert "Comment 2 says" in two
    # the thread's first item opens the body: no story comes before it
    above_text = extract(
        "<html><body><article><div>"
        + "".join(_comment(n, reply) for n in range(1, 5))
        + f"</div>{_STORY}</article></body></html>"
    ).text
    assert "Paragraph 6 of" in above_text
    # a bare "Report" under each embedded post is the site's, not a reader's
    embeds = "".join(
        f"<div><p>Post {n} by @harbourboard on the timetable.</p><a href='#'>Report</a></div>"
        f"<p>Later paragraph {n} of the story on the north pier and its fares.</p>"
        for n in range(1, 5)
    )
    assert "Later paragraph 4 of" in extract(_threaded(embeds)).text


def _after_image(line_style: str, next_style: str) -> str:
    return extract(
        "<html><body><article><h1>Ferry timetable agreed</h1>"
        f"{_STORY}<div class='pic'><img src='pier.jpg' alt=''></div>"
        f"<p style='{line_style}'>The north pier at dawn. Photo: Harbour Archive</p>"
        f"<p style='{next_style}'>The committee meets again in March to review fares.</p>"
        "</article></body></html>"
    ).text


def test_a_line_in_smaller_print_after_an_image_is_its_caption() -> None:
    for size in ("font-size:13px;color:#6b6b6b", "FONT-SIZE: 0.8em", "font-size: small"):
        text = _after_image(size, "")
        assert "Harbour Archive" not in text and "meets again in March" in text, size


def test_paragraphs_styled_alike_or_in_large_print_stay() -> None:
    assert "Harbour Archive" in _after_image("font-size:13px", "font-size:13px")
    assert "Harbour Archive" in _after_image("font-size:18px", "")


@pytest.mark.parametrize("name", ["class-duplicate-text", "class-hidden-copies-print"])
def test_each_block_once(name: str) -> None:
    blocks = _blocks(_page(name).text)
    assert len(set(blocks)) == len(blocks)


def test_a_teaser_before_the_full_text_goes_and_the_standfirst_is_not_doubled() -> None:
    plain = _page("class-duplicate-text")
    assert plain.text.count("The £46 million project") == 1
    assert "Continue reading" not in plain.text
    article = _page("class-duplicate-text", standfirst=True)
    assert article.standfirst
    assert article.text.count(article.standfirst) == 1  # not in the teaser, not twice


def test_a_block_repeated_after_a_different_one_stays() -> None:
    """Only a teaser whose paragraphs open the next block goes: two blocks opening
    alike and then differing (the same question put to two people) both stay."""
    question = "<p>What would you change about the high street first, and why?</p>"
    page = (
        "<html><body><article><h1>Four traders on the high street</h1>"
        + "".join(
            f"<div class='answer'>{question}<p>{name} said the town needed more "
            "places to sit, fewer empty shop fronts and a market that ran past five, "
            "so that people who work all day could use it too.</p></div>"
            for name in ("Ada Morrow", "Tomas Quill")
        )
        + "</article></body></html>"
    )
    text = extract(page).text
    assert text.count("What would you change") == 2
    assert "Ada Morrow" in text and "Tomas Quill" in text


def _story_with_card(card: str) -> str:
    paragraph = (
        "<p>The harbour board voted on Tuesday to extend the breakwater by forty metres, "
        "after two winters in which storms pushed waves over the fish market.</p>"
    )
    return (
        "<html><body><article><h1>Breakwater to grow by forty metres</h1>"
        f"<div class='story'>{paragraph * 3}{card}{paragraph.replace('Tuesday', 'Monday')}"
        "</div></article></body></html>"
    )


def test_a_link_card_between_paragraphs_to_another_story_goes() -> None:
    card = (
        "<a class='promo-card' href='/news/2024/03/ferry-timetable-changes'>"
        "<span>Also on the Gazette</span>"
        "<span>Ferry timetable changes for the spring season</span></a>"
    )
    text = extract(
        _story_with_card(card), url="https://www.harbour-gazette.example/news/2024/03/breakwater"
    ).text
    assert "Ferry timetable" not in text and "Also on the Gazette" not in text
    assert text.count("breakwater by forty metres") == 4


@pytest.mark.parametrize(
    "card",
    [
        # a source on another site is part of the story
        "<a href='https://www.weather-office.example/reports/storm-2023'>"
        "The weather office's report on the storms of last winter</a>",
        # a link inside a sentence is the sentence's
        "<p>The board's <a href='/news/2024/01/breakwater-plans'>earlier plans for the "
        "breakwater</a> were smaller.</p>",
    ],
)
def test_a_source_link_or_a_link_in_a_sentence_stays(card: str) -> None:
    text = extract(
        _story_with_card(card), url="https://www.harbour-gazette.example/news/2024/03/breakwater"
    ).text
    assert ("weather office" in text) or ("earlier plans for the breakwater" in text)


_POST = "".join(
    f"<p>Paragraph {n} of the post about letterpress type, with a full sentence of story"
    " text in it so that it reads as prose, and a comma.</p>"
    for n in range(4)
)


def test_a_line_taken_in_beside_the_story_is_read_by_the_text_rules() -> None:
    """A short line set beside the story's container ("Comments are closed.") may join
    the body as a container of its own; the text rules read it as they read the
    blocks inside the containers."""
    page = (
        "<html><body><div><div><a href='/'>Home</a> <a href='/blog'>Blog</a></div>"
        f"<div><div>{_POST}</div><p>Comments are closed.</p></div></div></body></html>"
    )
    text = extract(page).text
    assert "Paragraph 3 of the post" in text
    assert "Comments are closed" not in text


def test_a_lone_player_label_as_a_container_stays() -> None:
    """A container only a ``Role.GROUPED`` rule reads ("Captions", a player's label
    among others) is no boilerplate alone; one a plain text rule reads goes."""
    rules = Registry.default().compiled()
    label, closed = (
        lxml_html.fragment_fromstring(f"<p>{t}</p>") for t in ("Captions", "Comments are closed.")
    )
    found = boilerplate_containers([label, closed], rules, Tuning())
    assert [element for element, _rule in found] == [closed]


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        ("<h3>Spread the word</h3><ul><li><a href='/s'><span></span></a></li></ul>", False),
        # a pull quote set as a heading is no section's title
        (
            "<h4>The type had sat in a drawer for forty years. Nobody had asked for it.</h4>",
            True,
        ),
        # a heading over a picture has its section
        ("<h3>The press today</h3><p><img src='/press.jpg' alt='The press'></p>", True),
    ],
)
def test_a_heading_closing_the_body_goes_when_nothing_follows(closing: str, kept: bool) -> None:
    page = f"<html><body><article><h1>Letterpress</h1>{_POST}{closing}</article></body></html>"
    heading = closing.split(">", 1)[1].split("<", 1)[0]
    text = extract(page, include_images=True).text
    assert "Paragraph 3 of the post" in text
    assert (heading in text) is kept


def test_a_page_of_headings_keeps_them() -> None:
    page = (
        "<html><body><article><h1>Test cases</h1><h2>Test case one</h2>"
        "<img src='/a.png' alt=''><h2>Test case two</h2><img src='/b.png' alt=''>"
        "</article></body></html>"
    )
    text = extract(page).text
    assert "Test case one" in text
    assert "Test case two" in text


def test_an_author_note_after_a_name_with_a_full_stop_goes() -> None:
    """The metadata gives "Jo Bacon Jr" where the note writes "Jo Bacon Jr. is ..."."""
    page = (
        "<html><head><meta name='author' content='Jo Bacon Jr'></head><body><article>"
        f"<h1>Letterpress</h1>{_POST}<div><p>Jo Bacon Jr. is a senior writer for the"
        " Harbour Times. @jobacon</p></div></article></body></html>"
    )
    text = extract(page).text
    assert "Paragraph 3 of the post" in text
    assert "senior writer" not in text


@pytest.mark.parametrize(
    "note",
    [
        "Ada Lind ist Redakteurin im Ressort Politik.",
        "Ada Lind leitet das Ressort Hafen und Küste.",
        "Ada Lind est journaliste au service politique.",
        "Ada Lind es periodista de la sección de política.",
        "Ada Lind studierte Geschichte in Kiel, bevor sie zur Zeitung kam.",
        "Ada Lind schreibt seit 2019 über den Hafen.",
        "Ada Lind écrit pour la rubrique politique.",
        "Ada Lind escribe sobre política local.",
    ],
)
def test_an_author_note_in_german_french_or_spanish_goes(note: str) -> None:
    page = (
        "<html><head><meta name='author' content='Ada Lind'></head><body><article>"
        f"<h1>Letterpress</h1>{_POST}<div><p>{note}</p></div></article></body></html>"
    )
    text = extract(page).text
    assert "Paragraph 3 of the post" in text
    assert note not in text


def test_a_loose_italic_tagline_on_the_author_closing_the_body_goes() -> None:
    """The author's tagline set loose in an ``<em>`` after the body's last block (below
    a divider heading), naming them the site's curator, goes (``author-note``); a
    museum's curator keeps the note, as a historian does, and so does the page when
    the line names someone the page does not give as its author."""
    tagline = "Ada Lind is Quayside's deal curator and spends a tenth of her pay on boats."
    page = (
        "<html><head><meta name='author' content='Ada Lind'></head><body><article>"
        f"<h1>Letterpress</h1><section>{_POST}<h2><span>__________</span></h2>"
        f"<em>{tagline}</em><img src='/p.gif' alt=''>"
        "</section></article></body></html>"
    )
    text = extract(page).text
    assert "Paragraph 3 of the post" in text
    assert "deal curator" not in text
    museum = page.replace("Quayside's deal curator", "a curator at the harbour museum")
    assert "curator at the harbour museum" in extract(museum).text
    other = page.replace("content='Ada Lind'", "content='Jo Berg'")
    assert "deal curator" in extract(other).text


def test_an_author_profile_page_keeps_the_bio_its_data_repeats() -> None:
    """A copy of the author's JSON-LD bio goes (``author-note``), but not on the
    author's own page, whose body is that bio."""
    bio = (
        "Als Redakteurin dieses Blogs schreibe ich über Ordnung im Büro und kleine Kniffe "
        "für den Arbeitstag. In meiner freien Zeit sortiere ich am liebsten alte Postkarten."
    )
    data = json.dumps({"@context": "https://schema.org", "@type": "Person", "description": bio})
    page = (
        f'<html><head><script type="application/ld+json">{data}</script></head><body>'
        f"<main><h1>Merle Hagedorn</h1><div class='p1'><p>{bio}</p></div></main></body></html>"
    )
    assert "alte Postkarten" in extract(page).text
    assert "alte Postkarten" not in _page("class-author-bio-structured").text


def test_an_author_box_inside_the_article_before_a_credit_line_stays() -> None:
    # the same box inside the story's <article>, a credit line after it: some readers
    # keep such notes, and only a box set after the article is taken
    folder = FIXTURES / "class-author-box-after-article"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    page = (folder / "page.html").read_text(encoding="utf-8")
    start, end = page.index('<div class="v6">'), page.index('<div class="vc">')
    box = page[start:end]
    page = page[:start] + page[end:]
    credit = '<div class="vi">Tomas Lind contributed reporting.</div>\n'
    page = page.replace("</div>\n</article>", "</div>\n" + box + credit + "</article>", 1)
    text = extract(page, url=spec["url"]).text
    assert "is a staff writer for Circuit Ledger" in text
    assert "Tomas Lind contributed reporting." in text


def test_a_teaser_card_between_paragraphs_goes_whole() -> None:
    """The headline goes as a teaser, and its card with it (``teaser-boxes``): the kicker
    and the blurb whose links all lead to the headline's story."""
    folder = FIXTURES / "class-teaser-boxes"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec["url"])
    reasons = {block.reason for block in explanation.find("Every Friday our reporters")}
    assert "teaser-boxes" in reasons
    assert "Podcast: Eastbay Weekly" not in explanation.article.text


_CARD = (
    '<div class="c1"><div class="c2"><a href="/audio/{slug}"><img src="/a.jpg" alt=""></a>'
    '</div><h2><a href="/audio/{slug}">{title}</a></h2><p>{blurb} '
    '<a href="{more}">more</a></p></div>'
)
_CARD_STORY = (
    "<html><head><link rel='canonical' href='https://news.example/city/ferry-fares-rise'>"
    "</head><body><article><h1>Ferry fares rise</h1><div class='s'>"
    "<p>Passengers on the harbour ferry will pay more from April, after the council voted "
    "on Tuesday to raise the single fare by forty pence, the first rise in six years.</p>"
    "{cards}"
    "<p>Commuters' groups criticised the vote, saying many of their members have no other "
    "way to reach the business park, and the bus takes three times as long.</p>"
    "</div></article></body></html>"
)


def _card(slug: str, more: str | None = None) -> str:
    return _CARD.format(
        slug=slug,
        title=f"Weekly show: {slug.replace('-', ' ')}",
        blurb="Every Friday our reporters talk through the town hall's decisions.",
        more=more or f"/audio/{slug}",
    )


def test_a_box_linking_elsewhere_is_not_a_teaser_card() -> None:
    # the blurb's link leads to another page: the box holds more than one card
    text = extract(
        _CARD_STORY.format(cards=_card("council-budget-explained", "/about/podcasts"))
    ).text
    assert "Weekly show" not in text
    assert "Every Friday our reporters" in text


def test_cards_made_alike_are_not_taken_as_one_teaser_box() -> None:
    # two cards of one class side by side: a list, judged by the list rules, not here
    page = _CARD_STORY.format(cards=_card("council-budget-explained") + _card("the-harbour-plan"))
    root = lxml_html.fromstring(page)
    headline = root.xpath("//h2")[0]
    links = SiteLinks("https://news.example/city/ferry-fares-rise")
    container = root.xpath("//div[@class='s']")[0]
    assert teaser_box(headline, container, Tuning(), links) is headline
    single = lxml_html.fromstring(_CARD_STORY.format(cards=_card("council-budget-explained")))
    box = teaser_box(single.xpath("//h2")[0], single.xpath("//div[@class='s']")[0], Tuning(), links)
    assert box.get("class") == "c1"


def _fixture_page(name: str) -> str:
    return (FIXTURES / name / "page.html").read_text(encoding="utf-8")


def test_prose_too_long_for_a_standfirst_opens_the_body() -> None:
    """A summary-marked paragraph above the body, longer than any standfirst, is the
    story's first paragraph: in the text, before the rest, and no standfirst."""
    article = _page("class-opening-prose")
    assert article.standfirst is None
    assert article.text.startswith("Twice a day since the spring of 1965")
    assert article.text.count("about the air above the plain.") == 1
    assert article.text.index("above the plain.") < article.text.index("The early flights")


def test_a_short_summary_in_the_opening_s_place_stays_the_standfirst() -> None:
    page = _fixture_page("class-opening-prose")
    start = page.index("<p>Twice a day")
    end = page.index("</p>", start) + len("</p>")
    summary = "Forty thousand balloons later, the station's record is one of the longest."
    article = extract(page[:start] + f"<p>{summary}</p>" + page[end:])
    assert article.standfirst == summary
    assert summary not in article.text
    assert article.text.startswith("The early flights")


def test_a_long_script_text_in_the_opening_s_place_is_no_opening() -> None:
    page = _fixture_page("class-opening-prose")
    start = page.index("<p>Twice a day")
    end = page.index("</p>", start) + len("</p>")
    code = "(function () { var slots = [" + ", ".join(f"'slot-{n}'" for n in range(90)) + "]; })"
    article = extract(page[:start] + f"<p>{code}</p>" + page[end:])
    assert "function" not in article.text
    assert article.text.startswith("The early flights")


def test_a_standfirst_with_no_story_under_it_is_the_text() -> None:
    """The page's only prose, set where a standfirst goes, above a body chosen that
    keeps nothing (a footer scored above a box of picture cards): it is the text."""
    article = _page("class-standfirst-only-prose")
    assert article.standfirst is None
    assert article.text.startswith("When the day runs out of hours once again")
    assert "All rights reserved" not in article.text


def test_opening_paragraphs_together_too_long_for_a_standfirst_open_the_body() -> None:
    """Two prose paragraphs above the body, each short enough for a standfirst but
    together longer than any: the story's first paragraphs, in the text before the rest."""
    article = _page("class-opening-paragraphs")
    assert article.standfirst is None
    text = article.text
    assert text.startswith("Last winter I went to a meeting")
    assert text.index("Part of her column") < text.index("Most distributions ship")


def test_short_paragraphs_above_the_body_stay_the_standfirst() -> None:
    page = _fixture_page("class-opening-paragraphs")
    start = page.index("<p>Last winter")
    end = page.index("</blockquote>", start)
    summary = (
        "<p>How I copy a photo archive every night through an encrypted tunnel.</p>"
        "<p>The steps are written for the current version of the tunnel program.</p>"
    )
    article = extract(page[:start] + summary + page[end:])
    assert article.standfirst is not None
    assert article.standfirst.startswith("How I copy a photo archive")
    assert "How I copy a photo archive" not in article.text


def test_a_line_found_with_the_standfirst_that_is_no_sentence_goes() -> None:
    """A caption line found between headline and body beside the summary is no part of
    the standfirst, nor of the text, whether the standfirst is shown or not."""
    article = _page("class-standfirst-extras")
    deck = "Donated books that used to go for pulp will now be sold for a euro each."
    assert article.standfirst is not None and article.standfirst.startswith(deck)
    assert "Volunteers sort" not in article.standfirst
    shown = _page("class-standfirst-extras", standfirst=True).text
    assert shown.startswith(deck)
    assert "Volunteers sort" not in shown


def _unlinked_line(page: str) -> str:
    """The standfirst-extras page with its line out of the picture's link: a caption
    inside a link is never found as a standfirst (``headline-gap``), a line beside the
    picture is."""
    link = '<a class="q11" href="https://riverside-courier.example/img/book-room.jpg">'
    return page.replace(link, '<div class="q11">').replace("</div></a></div>", "</div></div></div>")


def test_lines_beside_a_summary_that_is_no_sentence_all_stay() -> None:
    """With no block of prose among those found, nothing tells the summary from a line
    beside it: all stay the standfirst."""
    page = _unlinked_line(_fixture_page("class-standfirst-extras"))
    page = page.replace(
        "for a euro each. The money pays for the children's reading club.",
        "for a euro each, the money paying for the children's reading club",
    )
    article = extract(page)
    assert article.standfirst is not None
    assert "Volunteers sort the first crates" in article.standfirst


def test_a_long_block_ending_without_a_full_stop_stays_in_the_standfirst() -> None:
    """Prose may end otherwise than with a full stop (an emoji, a colon): a block longer
    than a caption line stays beside the summary."""
    page = _unlinked_line(_fixture_page("class-standfirst-extras"))
    line = "Volunteers sort the first crates of donated books in the old catalogue room"
    longer = (
        "Volunteers sort the first crates of donated books in the old catalogue room, "
        "where the card catalogue stood for sixty years before it went online: "
    )
    article = extract(page.replace(line, longer))
    assert article.standfirst is not None
    assert "where the card catalogue stood" in article.standfirst


def test_an_introduction_boxed_in_a_table_before_the_story_joins_it() -> None:
    text = _page("class-opening-in-table").text
    assert text.startswith("Last spring I wrote a short page")
    assert text.index("What follows is the original page") < text.index("My bicycle has one")


def test_a_box_before_the_headline_is_no_opening() -> None:
    """Only what stands between the headline and the story opens it: a boxed text above
    the title is the page's."""
    page = _fixture_page("class-opening-in-table").replace(
        '<div class="t7e2a1">', '<h1>the gears, again</h1>\n<div class="t7e2a1">'
    )
    text = extract(page).text
    assert "Last spring I wrote" not in text
    assert text.startswith("My bicycle has one gear.")


def test_a_heading_left_open_keeps_its_text_as_the_standfirst() -> None:
    """An h2 closed with another heading's end tag holds the story (as the parser
    nests it): the heading's own text is the standfirst, the story the body."""
    article = _page("class-heading-holding-story")
    assert article.standfirst is not None
    assert article.standfirst.startswith("A kayaker who drifted for four hours")
    assert article.text.startswith("The man, a retired teacher")
    assert "Advertisement" not in article.text


def test_an_h2_reading_as_the_title_heads_the_story_without_an_h1() -> None:
    article = _page("class-headline-titled-h2")
    assert article.standfirst is not None
    assert article.standfirst.startswith("Zwölf neue Messstellen")
    assert "Zwölf neue Messstellen" not in article.text


def test_an_h2_not_reading_as_the_title_heads_nothing() -> None:
    """Without the title's words the h2 is any section's heading: no standfirst."""
    page = _fixture_page("class-headline-titled-h2").replace(
        '<h2 class="v3e8f0 q2w3e4">Neue Messstellen',
        '<h2 class="v3e8f0 q2w3e4">Aus dem Amt: Messstellen',
    )
    assert extract(page).standfirst is None


def test_h1_subheads_inside_the_body_leave_the_headline_above_it() -> None:
    """A body whose section heads are h1s after its opening prose still has its
    headline (and standfirst) above it."""
    article = _page("class-subhead-h1s")
    assert article.standfirst == (
        "La autoridad recorrerá las calles anegadas del puerto y se reunirá con las "
        "juntas de vecinos afectadas por la lluvia."
    )
    assert article.text.startswith("La alcaldesa de la ciudad visita")
    assert "OBRAS PENDIENTES" in article.text


def test_an_h1_opening_the_body_ends_the_search_for_a_standfirst() -> None:
    """An h1 set before the body's first paragraph is its headline: what stands above
    the body is the page's, not a standfirst."""
    page = _fixture_page("class-subhead-h1s").replace(
        '<div class="q7r8s9">\n', '<div class="q7r8s9">\n<h1>Los barrios del puerto</h1>\n'
    )
    assert extract(page).standfirst is None


def test_more_paragraphs_than_a_standfirst_above_the_body_are_the_story() -> None:
    """Paragraphs between the headline and a body chosen below them (a note at the
    story's end), more than a standfirst has, open the body: none is the standfirst."""
    root = parse(_fixture_page("class-story-above-body"))
    assert root is not None
    note = root.xpath("//div[@class='w4x5y6']")[0]
    found = leads_before([note], Decisions(), root, PageTags(root), Tuning())
    assert [rule for _element, rule in found] == [OPENING_PROSE] * 4
    assert found[0][0].text.startswith("Clara Voisin a longtemps")


def test_one_paragraph_above_the_body_stays_the_standfirst() -> None:
    root = parse(_fixture_page("class-story-above-body"))
    assert root is not None
    for paragraph in root.xpath("//div[@class='t1u2v3']/p")[1:]:
        paragraph.getparent().remove(paragraph)
    note = root.xpath("//div[@class='w4x5y6']")[0]
    found = leads_before([note], Decisions(), root, PageTags(root), Tuning())
    assert [rule for _element, rule in found] == [HEADLINE_GAP]


def test_a_line_right_after_a_picture_is_its_caption_not_the_standfirst() -> None:
    page = _fixture_page("class-subhead-h1s").replace(
        '<div class="d2e3f5"><p>La autoridad',
        '<div class="d2e3f5"><img src="/img/muelle.jpg" alt=""><p>La autoridad',
    )
    assert extract(page, include_images=True).standfirst is None
    assert extract(page).standfirst is not None  # the picture taken out first: no telling


def test_prose_in_another_box_above_the_body_is_not_the_story() -> None:
    """A side column's blurb between the story's box and the body chosen is no part
    of the story the paragraphs in one box make."""
    page = _fixture_page("class-story-above-body").replace(
        '    <div class="w4x5y6">',
        '    <div class="s0i1d2"><p>Un carnet tenu par la rédaction, chaque semaine, sur les '
        "livres parus en poche et en grand format.</p></div>\n"
        '    <div class="w4x5y6">',
    )
    root = parse(page)
    assert root is not None
    note = root.xpath("//div[@class='w4x5y6']")[0]
    found = leads_before([note], Decisions(), root, PageTags(root), Tuning())
    rules = {text_of(element)[:12]: rule for element, rule in found}
    assert rules["Un carnet te"] is HEADLINE_GAP
    assert list(rules.values()).count(OPENING_PROSE) == 4


def test_a_question_set_in_its_answers_boxes_opens_them() -> None:
    """The question's box beside the answers' holds its prose too deep to score; a box
    inside it made like the best answer's (same tag and class) tells it is the same
    kind of text, and it joins, before the answers."""
    text = _page("class-question-above-answers").text
    assert "I started a rye starter two weeks ago" in text
    assert text.index("Is the starter ruined") < text.index("That smell is a sign")


def test_a_box_made_like_the_answers_but_all_links_stays_out() -> None:
    """A box holding the answers' kind of box joins with few links only: one whose text
    is links (a list of other questions) stays out."""
    page = _fixture_page("class-question-above-answers")
    start = page.index("<p>I started a rye starter")
    end = page.index("</p>", page.index("Is the starter ruined")) + len("</p>")
    linked = (
        page[start:end].replace("<p>", '<p><a href="/q/1187/other">').replace("</p>", "</a></p>")
    )
    text = extract(page[:start] + linked + page[end:]).text
    assert "I started a rye starter" not in text
    assert "That smell is a sign" in text


def test_a_method_told_in_step_boxes_outweighs_one_dense_box() -> None:
    """Five step boxes, each scoring less than the customer-service box's one dense
    paragraph, hold together more than twice its text: the recipe is the body."""
    text = _page("class-steps-in-boxes").text
    assert text.index("Quark, Milch") < text.index("Puderzucker mit wenig Zitronensaft")
    assert "Kundenservice" not in text


def test_teaser_boxes_do_not_outweigh_one_dense_box() -> None:
    """The same boxes, each under a linked headline to another page, are a stream of
    teasers: their links keep the boxes from being read as one story. (The headline is
    set as a plain line here: under an h1, the box holding it would be the body,
    ``headed-body``, as the next test shows.)"""
    page = _linked_steps_page().replace(
        '<h1 class="k7">Apfel-Quark-Schnecken</h1>', '<div class="k7">Apfel-Quark-Schnecken</div>'
    )
    text = extract(page).text
    assert "Kundenservice" in text
    assert "Quark, Milch" not in text


def test_the_box_under_the_headline_outweighs_a_dense_box_holding_no_headline() -> None:
    """With the h1 in place, the dense customer-service box holds no headline and starts
    nowhere near it: the box under the headline, the recipe, is the body instead."""
    text = extract(_linked_steps_page()).text
    assert "Kundenservice" not in text
    assert "Quark, Milch" in text


def _linked_steps_page() -> str:
    """The steps page with each step's heading a link to another recipe."""
    page = _fixture_page("class-steps-in-boxes")
    for number, title in enumerate(("Teig", "Füllung", "Formen", "Backen", "Glasur"), 1):
        page = page.replace(
            f'<h3 class="k18">{title}</h3>',
            f'<h3 class="k18"><a href="/rezepte/{number}">Unsere liebsten Rezepte mit {title}'
            " für jede Jahreszeit</a></h3>",
        )
    return page


def test_a_box_the_page_names_its_text_is_not_outweighed_by_agreeing_boxes() -> None:
    """Boxes agreeing elsewhere speak only when no name does: a box a SCORE rule lifts
    (its class word says it is the text) stays the body."""
    page = _fixture_page("class-steps-in-boxes").replace('class="k23"', 'class="text"')
    text = extract(page).text
    assert "Unser Kundenservice" in text
    assert "Quark, Milch" not in text


def test_a_row_of_teaser_cards_below_the_story_goes_with_its_label() -> None:
    """Each card's headline goes as a teaser; the row of cards made alike goes whole
    (``teaser-card-rows``) with its heading and subtitle, so the blurbs do not stay."""
    folder = FIXTURES / "class-teaser-card-rows"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec["url"])
    reasons = {block.reason for block in explanation.find("Wenn die Gänge springen")}
    assert "teaser-card-rows" in reasons
    assert "Diese Geschichten" not in explanation.article.text


def test_rails_of_overlay_link_cards_stacked_under_the_story_go() -> None:
    """Cards whose link is laid over the box, the headline beside it, in rails stacked
    under the story (a numbered list, a grid of short rows, a list whose cards each have
    a name of their own) go (``teaser-card-rows``); a round-up of cards in the story,
    its paragraphs after it, stays."""
    folder = FIXTURES / "class-overlay-card-rails"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec["url"])
    for headline in ("Pier lights replaced", "Seal pup rescued", "Old crane to become"):
        reasons = {block.reason for block in explanation.find(headline)}
        assert "teaser-card-rows" in reasons
    text = explanation.article.text
    assert "Latest" not in text and "Trending" not in text
    assert "The Keeper steel flask" in text and "leases in January." in text


def test_a_rails_twin_cards_whose_links_read_as_no_story_go_with_it() -> None:
    """Cards made like a rail's story cards whose link leads to no story (a section's
    address) or has no address (a script's button) are cards of the same rail: they go
    with it (``teaser-card-rows``), and its label lines with them."""
    folder = FIXTURES / "class-twin-card-rails"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec["url"])
    for headline in ("Quiz: how well", "Show more stories", "Mill bridge reopens"):
        reasons = {block.reason for block in explanation.find(headline)}
        assert "teaser-card-rows" in reasons
    text = explanation.article.text
    assert "Popular this week" not in text and "Most shared" not in text
    assert "the only bus of the morning" in text and "parents' evening in March." in text


_ROW_CARD = '<div class="rc"><a href="/city/{slug}"><h3>{title}</h3></a><p>{blurb}</p></div>'
_ROW_STORY = (
    "<html><head><link rel='canonical' href='https://news.example/city/ferry-fares-rise'>"
    "</head><body><article><h1>Ferry fares rise</h1><div class='s'>{story}"
    "<div class='row'>{cards}</div>{after}</div></article></body></html>"
)
_ROW_PARAGRAPH = (
    "<p>Passengers on the harbour ferry will pay more from April, after the council voted "
    "on Tuesday to raise the single fare by forty pence, the first rise in six years.</p>"
)


def _row(*slugs: str) -> str:
    return "".join(
        _ROW_CARD.format(
            slug=slug,
            title=f"Council news: {slug.replace('-', ' ')}",
            blurb="A short summary of what the council decided, written for the front page.",
        )
        for slug in slugs
    )


def _rows(page: str) -> list[list[object]]:
    root = lxml_html.fromstring(page)
    container = root.xpath("//div[@class='s']")[0]
    links = SiteLinks("https://news.example/city/ferry-fares-rise")
    return card_rows(container, [container], Tuning(), links)


def test_a_row_of_cards_is_taken_only_below_the_story() -> None:
    cards = _row("bus-lanes-approved", "park-to-reopen", "library-hours-extended")
    below = _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=cards, after=""))
    assert [len(row) for row in below] == [3]
    # too little story above it: a landing page made of cards
    assert _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH, cards=cards, after="")) == []
    # as much of the body after the row as before it: a section front's rows of cards
    after = _ROW_PARAGRAPH * 6
    assert _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=cards, after=after)) == []


def test_boxes_linking_to_one_story_each_are_a_row_only_with_three_stories() -> None:
    two = _row("bus-lanes-approved", "park-to-reopen")
    assert _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=two, after="")) == []
    # a picture linking to a reviewer's page is no headline: no card
    faces = "".join(
        f'<div class="rc"><a href="/people/{name}"><img src="/{name}.jpg"></a>'
        f"<p>A reviewer's verdict on the ferry, written in a sentence or two.</p></div>"
        for name in ("ada-lind", "jo-doe", "sam-roe")
    )
    assert _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=faces, after="")) == []


_OVERLAY_CARD = (
    '<div class="{name}"><a class="cover" href="/city/{slug}"> </a>'
    '<div class="pic"><img src="/{slug}.jpg"></div><div class="hl">{title}</div></div>'
)


def _overlay(*slugs: str, name: str = "oc") -> str:
    return "".join(
        _OVERLAY_CARD.format(name=name, slug=slug, title=f"Council news: {slug.replace('-', ' ')}")
        for slug in slugs
    )


def test_overlay_link_cards_make_rows_when_their_headline_stands_beside_the_link() -> None:
    """A card may be a link with no text laid over the box, its headline in a box
    beside it: such cards are a row; a sentence beside the link is no headline."""
    cards = _overlay("bus-lanes-approved", "park-to-reopen", "library-hours-extended")
    below = _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=cards, after=""))
    assert [len(row) for row in below] == [3]
    verdicts = cards.replace("Council news: ", "The council decided on this in a vote. ")
    verdicts = verdicts.replace("</div></div>", ".</div></div>")
    assert _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=verdicts, after="")) == []


def test_cards_made_alike_but_for_a_name_of_their_own_are_one_row() -> None:
    cards = "".join(
        _OVERLAY_CARD.format(name=f"oc n{index}", slug=slug, title=f"Council news: {slug}")
        for index, slug in enumerate(("bus-lanes-approved", "park-to-reopen", "new-pier-lights"))
    )
    below = _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=cards, after=""))
    assert [len(row) for row in below] == [3]


def test_cards_with_blank_spacers_between_them_are_one_row() -> None:
    """A rail's empty spacer boxes between its cards do not part the cards' twins; a
    box with text between them does."""
    slugs = ("bus-lanes-approved", "park-to-reopen", "new-pier-lights")
    spacer = '<div class="gap"><div></div></div><!-- ad --><div class="slot"></div>'
    cards = spacer.join(_overlay(slug) for slug in slugs)
    below = _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=cards, after=""))
    assert [len(row) for row in below] == [3]
    parted = '<div class="gap">A line of its own between the cards.</div>'.join(
        _overlay(slug) for slug in slugs
    )
    assert _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=parted, after="")) == []


def test_a_rows_indented_markup_does_not_weigh_as_text() -> None:
    """The story before a row is weighed against the row's text without white space:
    deeply indented cards are no longer than their words."""
    indent = "\n" + " " * 120
    cards = _overlay("bus-lanes-approved", "park-to-reopen", "library-hours-extended")
    indented = cards.replace("<div", f"{indent}<div").replace("</div>", f"{indent}</div>")
    story = _ROW_PARAGRAPH * 3
    below = _rows(_ROW_STORY.format(story=story, cards=indented, after=""))
    assert [len(row) for row in below] == [3]


def test_a_rail_with_spacers_under_the_story_goes_whole() -> None:
    """The fixture's rail of overlay-link cards set apart by spacers, in indented
    markup, goes as a row (``teaser-card-rows``); the story stays."""
    folder = FIXTURES / "class-spaced-card-rails"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec["url"])
    for headline in ("Will the village school roof", "Millbrook bakery wins"):
        assert "teaser-card-rows" in {block.reason for block in explanation.find(headline)}
    assert "could not see a doctor on their own" in explanation.article.text


def test_a_grid_of_short_rows_is_one_rail_and_goes_as_the_box_around_them() -> None:
    slugs = ("bus-lanes-approved", "park-to-reopen", "new-pier-lights", "market-moves")
    grid = "".join(f'<div class="gr{i}">{_overlay(*slugs[i : i + 2])}</div>' for i in (0, 2))
    below = _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=grid, after=""))
    assert [[box.get("class") for box in row] for row in below] == [["row"]]


def test_rails_stacked_under_the_story_are_read_as_one() -> None:
    """Each rail of several below the story has the others after it: they are no
    story. A round-up of cards in the story, with its paragraphs after it, stays."""
    first = _overlay("bus-lanes-approved", "park-to-reopen", "new-pier-lights")
    second = _overlay("market-moves", "harbour-wall-repaired", "ferry-fares-frozen", name="o2")
    rails = f'{first}</div><div class="row2">{second}'
    found = _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=rails, after=""))
    assert [len(row) for row in found] == [3, 3]
    # the first row alone has the story's paragraphs after it: a round-up in the story
    after = _ROW_PARAGRAPH * 2 + f'<div class="row2">{second}</div>'
    found = _rows(_ROW_STORY.format(story=_ROW_PARAGRAPH * 6, cards=first, after=after))
    assert [next(iter(row)).getparent().get("class") for row in found] == ["row2"]


def test_a_heading_far_longer_than_a_dek_opens_the_body() -> None:
    """A paragraph's worth of prose set as an h2 under the headline is the story's
    opening, not a standfirst; the caption under the linked picture after it is neither."""
    article = _page("class-opening-heading")
    assert article.standfirst is None
    assert article.text.startswith("Mit Erde über dem Kopf")
    assert "Foto: R. Lindqvist" not in article.text


def test_a_dek_set_as_a_heading_stays_the_standfirst() -> None:
    page = _fixture_page("class-opening-heading")
    start = page.index('<h2 class="k7">') + len('<h2 class="k7">')
    end = page.index("</h2>", start)
    dek = "Wie ein bepflanztes Garagendach die Wohnung darunter im Sommer kühler hält."
    article = extract(page[:start] + dek + page[end:])
    assert article.standfirst == dek
    assert dek not in article.text


def test_a_box_of_selling_lines_is_no_standfirst() -> None:
    """A description box of several short lines (a sentence, selling points, a slogan)
    above the body is the page's own text, in the text before the body."""
    article = _page("class-standfirst-lines-box")
    assert article.standfirst is None
    text = article.text
    assert text.startswith("Am Plauer See gibt es viele Ferienhäuser")
    assert text.index("Direkt am Wasser!") < text.index("Das Haus Seeblick steht")


def test_the_description_in_a_box_of_its_own_opening_the_body_is_the_standfirst() -> None:
    """A text box (no paragraph) opening the body with the page's description, which
    the meta tag cuts short, is the standfirst; the story's paragraphs stay."""
    article = _page("class-described-standfirst-box")
    assert article.standfirst is not None
    assert article.standfirst.endswith("Here is how the week begins.")
    assert "nobody asked the bakers" not in article.text
    assert "The largest bakery chain in the region" in article.text


def test_the_description_copying_the_first_paragraph_stays_in_the_text() -> None:
    page = _fixture_page("class-described-standfirst-box")
    page = page.replace('<div class="v7">', "<p>").replace("week begins.</div>", "week begins.</p>")
    article = extract(page)
    assert article.standfirst is None
    assert "nobody asked the bakers" in article.text


def test_a_widget_title_repeated_over_icon_strips_goes() -> None:
    """The same heading over each share strip of a rail (``empty-sections``) goes once
    the rail's cards are gone; the story's headings stay."""
    folder = FIXTURES / "class-repeated-widget-titles"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec["url"])
    assert {block.reason for block in explanation.find("Pass It On")} == {"empty-sections"}
    assert "Our readers asked" in explanation.article.text


_TITLED_BOX = '<div class="b"><h3>{title}</h3><div class="i">{inside}</div></div>'
_ICONS = (
    '<a href="https://social.example/share?u=x"><i></i></a><a href="mailto:?body=x"><i></i></a>'
)


def _titles(*boxes: str) -> list[str]:
    root = lxml_html.fromstring(f"<div><article>{''.join(boxes)}<p>Story text.</p></article></div>")
    return [text_of(heading) for heading in widget_titles(root.find("article"), 60)]


def test_only_repeated_titles_alone_beside_icon_links_are_widget_titles() -> None:
    icons = _TITLED_BOX.format(title="Pass it on", inside=_ICONS)
    assert _titles(icons, icons) == ["Pass it on", "Pass it on"]
    assert _titles(icons) == []  # said once: a section of its own
    other = _TITLED_BOX.format(title="Follow us", inside=_ICONS)
    assert _titles(icons, other) == []
    # a label over a picture (a photo story's "Before" and "After"), or over text
    before = _TITLED_BOX.format(title="Before", inside='<a href="/big.jpg"><img src="/a.jpg"></a>')
    assert _titles(before, before) == []
    step = _TITLED_BOX.format(title="Tip", inside="<p>Soak the beans overnight.</p>")
    assert _titles(step, step) == []


def test_a_lone_teaser_box_cut_short_goes_inside_and_under_the_story() -> None:
    """A box opening with another story's headline, its prose cut short and a link to
    that story laid over it goes (``teaser-excerpts``), between the story's paragraphs
    or under them; the story's own boxed section, its quotation trailing off and a
    link in its sentence, stays."""
    folder = FIXTURES / "class-lone-excerpt-boxes"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec["url"])
    for headline in ("Neue Buslinie verbindet", "Warum die Halligen"):
        hits = {hit.rule for block in explanation.find(headline) for hit in block.rules}
        assert "teaser-excerpts" in hits
    text = explanation.article.text
    assert "Was Urlauber wissen müssen" in text and "so bleibt …" in text


_LONE_BOX = (
    '<div class="{name}"><h3>{title}</h3><p>{blurb}</p>'
    '<a class="cover" href="/city/{slug}">{link}</a></div>'
)
_BLURB = "The council met again on Monday and agreed that the work would go on, but …"


def _lone(link: str = "Read the story", title: str = "Harbour wall to be rebuilt by May") -> str:
    box = _LONE_BOX.format(name="tb", title=title, blurb=_BLURB, slug="harbour-wall", link=link)
    return _ROW_STORY.format(story=_ROW_PARAGRAPH * 4, cards=box, after=_ROW_PARAGRAPH)


def test_a_lone_box_is_a_teaser_only_with_its_own_link_to_one_story() -> None:
    assert "Harbour wall" not in extract(_lone()).text
    # a name linking to a profile is no card's link (a reader's post over their name)
    assert "Harbour wall" in extract(_lone(link="Ada")).text
    # the story's opening: nothing of the story before it
    box = _LONE_BOX.format(
        name="tb", title="Ferry fares rise", blurb=_BLURB, slug="harbour-wall", link="Read on"
    )
    page = _ROW_STORY.format(story="", cards=box, after=_ROW_PARAGRAPH * 4)
    assert "The council met again" in extract(page).text


def test_custom_element_links_make_a_teaser_card() -> None:
    """A site's own link components (custom elements with an ``href``) are links: the
    card of custom boxes around a linked h3 goes whole (``teaser-boxes``), and a custom
    link inside a sentence keeps its words."""
    folder = FIXTURES / "class-custom-links"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec["url"])
    reasons = {block.reason for block in explanation.find("Night crossings timetable")}
    assert "teaser-boxes" in reasons
    text = explanation.article.text
    assert "All departures from the old quay" not in text
    assert "as set out in the lease terms published with the decision." in text


def test_a_custom_link_around_a_headline_is_read_as_a_link_with_its_button() -> None:
    """A headline alone in a custom element with an ``href`` is a link, and the custom
    links beside it (the card's button) with it; other custom elements stay, and so does
    a custom link holding a link (links do not nest) or more than the headline."""
    root = lxml_html.fromstring(
        "<div><x-card><x-link href='/a'><h3>One</h3></x-link><x-button href='/a'></x-button>"
        "<x-note>Note</x-note></x-card>"
        "<x-card><x-link href='/b'><h3>Two <a href='/c'>c</a></h3></x-link></x-card>"
        "<x-card><x-link href='/d'><h3>Three</h3><p>Blurb</p></x-link></x-card></div>"
    )
    first, second, third = root.iter("h3")
    link = custom_link_around(first)
    assert link is not None and link.tag == "a"
    assert [element.tag for element in link.getparent()] == ["a", "a", "x-note"]
    assert custom_link_around(second) is None
    assert custom_link_around(third) is None
    assert second.getparent().tag == third.getparent().tag == "x-link"


def test_a_closing_box_whose_linked_author_name_was_pruned_goes_as_an_author_note() -> None:
    """The box's linked name (a link heading the pruning takes) still tells the box is
    the author's: the first-person bio under it goes (``author-note``)."""
    folder = FIXTURES / "class-author-box-pruned-name"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    page = (folder / "page.html").read_text(encoding="utf-8")
    explanation = explain(page, url=spec["url"])
    reasons = {block.reason for block in explanation.find("I have kept plot 17")}
    assert "author-note" in reasons
    # a box naming someone the page does not give as its author stays
    other = page.replace(">Maren Olufsen</a></h4>", ">Tobiah Renwick</a></h4>")
    assert "I have kept plot 17" in extract(other, url=spec["url"]).text
    # and on a page whose story is hardly longer than the box (a note signed by its
    # author), the box stays
    start = page.index("<p>We chose wood chip")
    short = page[:start] + page[page.index("</div>", start) :]
    assert "I have kept plot 17" in extract(short, url=spec["url"]).text


def test_an_author_note_above_a_closing_heading_goes_with_it() -> None:
    """A heading left with nothing after it (its comment form went) is taken before the
    closing walk, which then reads the author's note above it."""
    folder = FIXTURES / "class-author-note-above-closing-heading"
    spec = json.loads((folder / "spec.json").read_text(encoding="utf-8"))
    explanation = explain((folder / "page.html").read_bytes(), url=spec["url"])
    assert {b.reason for b in explanation.find("is a staff reporter at")} == {"author-note"}
    assert {b.reason for b in explanation.find("Have your say")} == {"closing-headings"}
