"""Boxes teaching the reader to report a typo with Ctrl+Enter (``typo-report-boxes``),
whatever their names and language; a story's paragraph on the keys and a tutorial's
steps stay."""

from __future__ import annotations

from conftest import BRIDGE_URL, bridge_page

from newsclean import Registry, extract

BOX = (
    "<div class='q1'><div class='q2'><strong>{title}</strong><p>{line}</p></div>"
    "<div class='q3'><button>{button}</button></div></div>"
)
#: The same box in a few languages (our own wording).
BOXES = [
    ("Spotted a mistake?", "Select the words and press Ctrl+Enter to tell our editors.", "Send"),
    ("Fehler entdeckt?", "Markieren Sie die Stelle und drücken Sie Strg + Enter.", "Melden"),
    ("Pamanījāt kļūdu?", "Atlasiet vārdus un nospiediet <span>Ctrl+Enter</span>!", "Sūtīt"),
]


def _closing(box: str) -> str:
    """The bridge story twice over with ``box`` after it, closing the body."""
    return bridge_page("").replace("</div></article>", f"{box}</div></article>")


def test_a_typo_report_box_goes_in_any_language() -> None:
    for title, line, button in BOXES:
        box = BOX.format(title=title, line=line, button=button)
        text = extract(_closing(box), url=BRIDGE_URL).text
        assert title not in text, title
        assert "Enter" not in text, title
        assert text.count("Paragraph 4 of the story") == 2


def test_a_line_alone_closing_the_story_goes() -> None:
    line = "<p>Found a typo? Highlight it and press CTRL+ENTER.</p>"
    text = extract(_closing(line), url=BRIDGE_URL).text
    assert "typo" not in text
    assert text.count("Paragraph 4 of the story") == 2


def test_a_short_line_on_the_keys_with_the_story_going_on_stays() -> None:
    for line in (
        "<p>Select the text and press Ctrl+Enter.</p>",
        "<div>Found a typo? Highlight it and press CTRL+ENTER.</div>",
        BOX.format(title="Spotted a mistake?", line="Press Ctrl+Enter.", button="Send"),
    ):
        text = extract(bridge_page(line), url=BRIDGE_URL).text
        assert "ctrl+enter" in text.lower(), line
        assert text.count("Paragraph 4 of the story") == 2


def test_a_story_paragraph_on_the_keys_stays() -> None:
    paragraph = (
        "<p>The council's new booking form, which opened on Monday for the bridge's first "
        "week, sends a request as soon as the clerk presses Ctrl+Enter, and the clerks say "
        "the queue at the desk has halved since the old paper slips went.</p>"
    )
    text = extract(bridge_page(paragraph), url=BRIDGE_URL).text
    assert "presses Ctrl+Enter" in text


def test_a_tutorial_step_stays() -> None:
    steps = "<ol><li>Type the ticket number.</li><li>Press Ctrl+Enter to book.</li></ol>"
    text = extract(bridge_page(steps), url=BRIDGE_URL).text
    assert "Press Ctrl+Enter to book." in text


def test_the_rule_switches_off() -> None:
    title, line, button = BOXES[0]
    registry = Registry.default(load_entry_points=False)
    registry.disable("typo-report-boxes")
    page = bridge_page(BOX.format(title=title, line=line, button=button))
    assert "press Ctrl+Enter" in extract(page, url=BRIDGE_URL, registry=registry).text
