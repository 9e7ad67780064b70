"""A writer's profile card in the body, or won as the body (``profile-cards``:
engine/profile_cards.py): a photo and a name linking to the same page over a few
sentences about the person in the third person. Pages of our own, with opaque class
names and no semantic tags."""

from __future__ import annotations

from newsclean import Registry, extract

_STORY = (
    "<p>The village hall committee agreed on Tuesday to replace the hall's leaking boiler "
    "before the first frost, after a winter of concerts played in coats and scarves.</p>"
    "<p>The new boiler will run on the heat pump the parish bought last spring, which until "
    "now has warmed only the small meeting room at the back of the building.</p>"
    "<p>Members who had argued for a wood burner said they would accept the vote, though "
    "several asked that the old fireplace be kept for the Christmas market.</p>"
    "<p>The work is due to take three weeks, during which the choir will rehearse in the "
    "school gym and the Saturday café will move to the church porch.</p>"
    "<p>The treasurer said the parish could pay for the boiler from the roof fund, which "
    "has grown since the slates were repaired for less than the builders first quoted.</p>"
    "<p>A second vote, on whether to hire the hall out for weddings once it is warm again, "
    "was put off until the spring meeting, when the new boiler will have been tested.</p>"
    "<p>The last time the hall was heated properly, one member recalled, was the winter "
    "the old boiler was new, when the pantomime ran for a whole week without a cancellation "
    "and the audience sat in shirt sleeves for the second half.</p>"
    "<p>The committee will post the dates of the work on the noticeboard by the shop, and "
    "asks anyone with a booking in those weeks to speak to the caretaker.</p>"
)

_BIO = (
    "Gardener, bell ringer and keeper of the parish minutes for longer than anyone can "
    "remember. He has reported on village life for this newsletter since it was typed on a "
    "borrowed machine, and his notes on the hall's repairs now run to four binders. His "
    "favourite meeting is the one that ends before the tea goes cold, which happens about "
    "once a year, usually in August, when half of the committee is away on holiday."
)


def _card(href: str, name: str, bio: str, key: str = "") -> str:
    return (
        f"<div class='c1{key}'><a href='{href}'><img src='/img/p{key}.jpg' alt=''></a>"
        f"<div class='c2'><div class='c3'><a href='{href}'>{name}</a></div>"
        f"<div class='c4'>{bio}</div></div></div>"
    )


def _page(after: str, middle: str = "") -> str:
    half = _STORY.index("<p>The work is due")
    return (
        "<html><head><title>Hall boiler to be replaced</title></head><body>"
        "<div class='n1'><a href='/'>Home</a> <a href='/village/'>Village</a></div>"
        f"<div class='b1'><div class='b2'><h1>Hall boiler to be replaced</h1>{_STORY[:half]}"
        f"{middle}{_STORY[half:]}{after}</div></div>"
        "<div class='f1'><a href='/about/'>About</a></div></body></html>"
    )


def test_a_card_of_photo_name_and_third_person_bio_goes() -> None:
    """The card's photo and first name link to the writer's page, and its bio opens with
    no name: the card goes whole, the story stays."""
    text = extract(_page(_card("/people/bram/", "Bram", _BIO))).text
    assert "school gym and the Saturday café" in text
    assert "bell ringer" not in text
    assert "four binders" not in text


def test_a_card_between_the_paragraphs_goes() -> None:
    text = extract(_page("", _card("/people/bram/", "Bram", _BIO))).text
    assert "the old fireplace be kept" in text
    assert "The work is due to take three weeks" in text
    assert "four binders" not in text


def test_switched_off_the_card_stays() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("profile-cards")
    text = extract(_page("", _card("/people/bram/", "Bram", _BIO)), registry=registry).text
    assert "four binders" in text


def test_cards_of_several_people_stay() -> None:
    """A panel's or a team's cards, one per person, are what the page shows."""
    other = _BIO.replace("He has", "She has").replace("his notes", "her notes")
    cards = _card("/people/bram/", "Bram", _BIO, "a") + _card("/people/ines/", "Ines", other, "b")
    text = extract(_page("", cards)).text
    assert "four binders" in text


def test_a_note_in_the_first_person_beside_the_photo_stays() -> None:
    """An editor's own word on the story beside their photo speaks in the first person:
    the story's aside, not a bio."""
    note = (
        "My own hall had the same boiler for thirty years. It failed every January, and "
        "the caretaker kept a spare pump under the stage. She swore by it."
    )
    text = extract(_page("", _card("/people/bram/", "Bram", note))).text
    assert "spare pump under the stage" in text


def test_a_teaser_card_linking_its_headline_stays_a_teaser() -> None:
    """A teaser's picture and headline link to another story: the headline is no name."""
    teaser = (
        "<div class='t1'><a href='/village/fete-moves/'><img src='/img/f.jpg' alt=''></a>"
        "<a href='/village/fete-moves/'>Summer fete moves to the playing field after the "
        "vote</a><p>The organisers said the hall was too small. He agreed. She did not.</p>"
        "</div>"
    )
    text = extract(_page("", teaser)).text
    assert "school gym and the Saturday café" in text
    assert "The organisers said the hall was too small" in text
