"""A site's closing box ending in its copyright notice ("About | Privacy | Contact ©
2024 Example Media") is the site's notice (``closing-notices``), not a picture's caption
(``credited-captions``): it goes whether captions are kept or not, and a caption's one
line with its credit stays a caption."""

from __future__ import annotations

from newsclean import extract

STORY = [
    "The river authority opened the new weir at Hallam Bridge on Monday, two years after "
    "the old one gave way in a spring flood and left the lower meadows under water.",
    "Engineers chose a stepped design so that fish can pass at every level of the river, "
    "and the authority says the structure should last a century with ordinary care.",
    "Farmers along the lower reach, who lost a season of grazing to the flood, will be paid "
    "for the land the new channel takes from their fields under an agreement signed.",
    "The footpath over the weir opens to walkers in June once the handrails are fitted and "
    "the council has checked the steps on the western bank for loose stones.",
]
MENU = "".join(
    f"<a href='/{name.lower()}'>{name}</a> " for name in ("Home", "News", "Sport", "Weather")
)
ROW = (
    "<div><a href='/about'>About us</a> | <a href='/privacy'>Privacy</a> | "
    "<a href='/contact'>Contact</a> © 2024 Example Media Group</div>"
)
CAPTION = "<p>The new weir seen from the footbridge © Hallam Photo Agency | Mira Stone</p>"


def _page(after_story: str, inside: str = "") -> str:
    half = len(STORY) // 2
    first = "".join(f"<p>{p}</p>" for p in STORY[:half])
    second = "".join(f"<p>{p}</p>" for p in STORY[half:])
    return (
        f"<html><body><div><div>{MENU}</div><h1>New weir opens at Hallam Bridge</h1>"
        f"{first}{inside}{second}{after_story}</div></body></html>"
    )


def test_a_row_of_links_closed_by_a_notice_goes_with_captions_kept() -> None:
    for options in ({}, {"include_captions": True}):
        text = extract(_page(ROW), **options).text
        assert "Example Media Group" not in text
        assert "Privacy" not in text
        assert STORY[-1] in text


def test_a_box_of_lines_closed_by_a_notice_goes_with_captions_kept() -> None:
    box = (
        "<div><div><a href='/about'>About us</a></div><div><a href='/jobs'>Jobs</a></div>"
        "<div>Example Media Group, 4 Mill Lane, Hallam</div>"
        "<div>© 2024 Example Media Group</div></div>"
    )
    text = extract(_page(box), include_captions=True).text
    assert "Example Media Group" not in text
    assert STORY[-1] in text


def test_a_caption_line_with_its_credit_stays_a_caption() -> None:
    assert "seen from the footbridge" not in extract(_page("", CAPTION)).text
    kept = extract(_page("", CAPTION), include_captions=True).text
    assert "The new weir seen from the footbridge" in kept


def test_a_gallery_caption_over_several_lines_stays_a_caption() -> None:
    slide = (
        "<div><div>Fish pass</div><div>The steps let salmon climb past the weir.</div>"
        "<div>Picture 1 of 3 © Mira Stone / Hallam Photo Agency</div>"
        "<div><a href='#after-gallery'>Skip the gallery</a></div></div>"
    )
    assert "The steps let salmon climb" in extract(_page("", slide), include_captions=True).text


def test_a_users_text_rule_takes_its_line_only_in_its_kind_of_box() -> None:
    from newsclean import Effect, LineBox, Registry, Rule, Text

    line = "<p>Printed by the Hallam Press | Mira Stone</p>"
    row = (
        "<div><a href='/about'>About us</a> | <a href='/privacy'>Privacy</a> | "
        "<a href='/contact'>Contact</a> Printed by the Hallam Press</div>"
    )
    for box, alone_goes in ((LineBox.OTHER, True), (LineBox.CLOSING, False)):
        registry = Registry.default(load_entry_points=False)
        match = Text(pattern=r".*printed by the hallam press.*", tags=("p", "div"), box=box)
        registry.add(Rule("press-lines", match, Effect.DROP))
        alone = extract(_page("", line), registry=registry).text
        assert ("Printed by the Hallam Press" not in alone) is alone_goes
        closing = extract(_page(row), registry=registry).text
        assert ("Printed by the Hallam Press" not in closing) is not alone_goes
