"""Side columns inside the body (``side-columns``): a page that names and marks nothing
(no ``<aside>``, no class a rule knows, no search form) whose body was widened over the
row holding the story's column and the site's side column loses that column, known by
its place beside the story's branch and by its make (titled widgets, short against the
story, undated); comments, a product's description and a story's further part stay."""

from __future__ import annotations

from newsclean import Registry, extract

URL = "https://www.quiet-kitchen.example/2024/05/rhubarb-crumble-without-sugar"
STORY = (
    "<p>Rhubarb is the first fruit of the garden, even if it is a stalk, and this crumble "
    "lets it taste of itself. I sweeten it with two ripe pears and a spoon of honey, and "
    "the topping is oats, ground almonds and a little cold butter rubbed in by hand.</p>"
    "<p>Cut the rhubarb into pieces as long as your thumb and the pears into small cubes. "
    "Toss them with the honey and a pinch of cardamom and leave them for ten minutes, so "
    "the juice starts to run before they go into the dish.</p>"
    "<p>Bake the crumble for thirty-five minutes, until the fruit bubbles at the edges and "
    "the topping is golden. Let it stand for a quarter of an hour: it sets a little and "
    "the flavour of the rhubarb comes through more clearly once it has cooled.</p>"
    "<p>It keeps for two days in a cool larder. Warm it gently before serving, with thick "
    "yoghurt or a jug of custard made with vanilla from the pod, not from a bottle.</p>"
)
SIDE = (
    "<div class='k6'><div class='k7'><h3>Hello!</h3><img src='/me.jpg' alt=''>"
    "<p>Welcome to my kitchen. I cook with what grows in our allotment and bake without "
    "white sugar, and here I share what works for our family of four.</p></div>"
    "<div class='k7'><h3>My cookbook</h3><p>Seasons of the allotment, 120 recipes.</p></div>"
    "<div class='k7'><h3>Newsletter</h3><p>One letter a month with the new recipes.</p>"
    "</div></div>"
)


def page(side: str = SIDE, *, headline: str = "<h1>Rhubarb crumble without sugar</h1>") -> str:
    """A page whose row holds the story's column (headline and text) and a side column."""
    return (
        "<html><body><div class='k0'><div class='k1'><a href='/'>Home</a> "
        "<a href='/r'>Recipes</a> <a href='/a'>About</a></div><div class='k2'>"
        f"<div class='k3'><div class='k4'>{headline}<div class='k5'>{STORY}</div></div>"
        f"{side}</div></div></body></html>"
    )


def test_the_side_column_beside_the_story_goes() -> None:
    text = extract(page(), url=URL).text
    assert "Welcome to my kitchen" not in text
    assert "Seasons of the allotment" not in text
    assert "Rhubarb is the first fruit of the garden" in text
    assert "not from a bottle." in text


def test_the_rule_switches_off() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("side-columns")
    assert "Welcome to my kitchen" in extract(page(), url=URL, registry=registry).text


def test_readers_comments_beside_the_story_stay() -> None:
    comments = (
        "<div class='k6'><h3>From our readers</h3><div class='k7'><p>Mara, 12 May 2024 at "
        "9:15</p><p>Made it with apples instead of pears and my children loved it, though "
        "I added a little more honey.</p></div><div class='k7'><p>Tom, 13 May 2024 at 18:40"
        "</p><p>Does it work with frozen rhubarb from last summer, or does it turn to water "
        "in the oven?</p></div></div>"
    )
    assert "my children loved it" in extract(page(comments), url=URL).text


def test_a_column_without_titles_stays() -> None:
    notes = (
        "<div class='k6'><p>The pears can be replaced by two sweet apples, grated.</p>"
        "<p>Without butter, use three spoons of coconut oil in the topping.</p></div>"
    )
    assert "three spoons of coconut oil" in extract(page(notes), url=URL).text


def test_a_titled_part_as_long_as_the_story_stays() -> None:
    more = (
        "<div class='k6'><h2>The custard</h2>"
        + STORY.replace("Rhubarb is the first", "Custard is the second")
        + "</div>"
    )
    assert "Custard is the second" in extract(page(more), url=URL).text


def test_a_page_without_a_headline_in_the_story_column_keeps_its_boxes() -> None:
    assert "Welcome to my kitchen" in extract(page(headline=""), url=URL).text


#: The side column in two boxes of the row beside the story's branch: the cook's own
#: box, then her book and her letter.
SIDE_BOXES = (
    "<div class='k6'><h4>Hello!</h4><p>Welcome to my kitchen. I cook with what grows in "
    "our allotment and bake without white sugar, and here I share what works for our "
    "family of four.</p></div><div class='k8'><div class='k7'><h3>My cookbook</h3><p>"
    "Seasons of the allotment, 120 recipes.</p></div><div class='k7'><h3>By post</h3>"
    "<p>One letter a month with the new recipes.</p></div></div>"
)


def test_a_side_column_in_several_boxes_goes() -> None:
    text = extract(page(SIDE_BOXES), url=URL).text
    assert "Welcome to my kitchen" not in text
    assert "Seasons of the allotment" not in text
    assert "not from a bottle." in text


def test_a_menu_before_the_story_column_leaves_the_row_read() -> None:
    menu = "<div class='k10'><a href='/r'>Recipes</a> <a href='/g'>Garden</a></div>"
    html = page(SIDE_BOXES).replace("<div class='k3'>", f"<div class='k3'>{menu}", 1)
    assert "Welcome to my kitchen" not in extract(html, url=URL).text


def test_dated_boxes_among_the_side_boxes_keep_them() -> None:
    comments = (
        "<div class='k11'><h3>From our readers</h3><div class='k7'><p>Mara, 12 May 2024 at "
        "9:15</p><p>Made it with apples instead of pears.</p></div><div class='k7'><p>Tom, "
        "13 May 2024 at 18:40</p><p>Does it work with frozen rhubarb?</p></div></div>"
    )
    text = extract(page(SIDE_BOXES + comments), url=URL).text
    assert "Made it with apples instead of pears" in text


def test_an_untitled_box_among_the_side_boxes_keeps_them() -> None:
    notes = (
        "<div class='k11'><p>Without butter, use three spoons of coconut oil in the topping "
        "and a little more honey.</p></div>"
    )
    assert "three spoons of coconut oil" in extract(page(SIDE_BOXES + notes), url=URL).text


def test_a_line_under_no_title_among_the_side_boxes_goes_with_them() -> None:
    line = "<div class='k11'><p>Quiet Kitchen 2024. All rights reserved.</p></div>"
    text = extract(page(SIDE_BOXES + line), url=URL).text
    assert "Welcome to my kitchen" not in text
    assert "All rights reserved" not in text


#: The writer's own box under no title, opening with her name, beside a titled widget.
WRITERS_BOX = (
    "<div class='k6'><p>Mara Lind cooks with what grows in her allotment and bakes "
    "without white sugar; she has kept this kitchen diary for ten years.</p></div>"
    "<div class='k8'><h3>My cookbook</h3><p>Seasons of the allotment, 120 recipes.</p></div>"
)


def _authored(html: str, author: str = "Mara Lind") -> str:
    return html.replace("<html>", f"<html><head><meta name='author' content='{author}'></head>")


def test_the_writers_box_under_no_title_goes() -> None:
    text = extract(_authored(page(WRITERS_BOX)), url=URL).text
    assert "she has kept this kitchen diary" not in text
    assert "not from a bottle." in text


def test_a_box_under_no_title_naming_someone_else_stays() -> None:
    text = extract(_authored(page(WRITERS_BOX), "Tom Berg"), url=URL).text
    assert "she has kept this kitchen diary" in text


def test_the_storys_notes_beside_it_stay() -> None:
    notes = (
        "<div class='k11'><h3>Notes</h3><ol><li><p>Forced rhubarb from the shed is pinker "
        "and needs less honey than the stalks from the garden in June.</p></li><li><p>The "
        "cardamom can be left out for children, or replaced by a little grated ginger.</p>"
        "</li></ol></div><div class='k12'><p>Ada Lind writes the Quiet Kitchen.</p></div>"
    )
    text = extract(page(notes), url=URL).text
    assert "Forced rhubarb from the shed is pinker" in text


def test_widgets_titled_with_h1s_go() -> None:
    widgets = (
        "<div class='k6'><h1>Hello!</h1><p>Welcome to my kitchen, where I bake without white "
        "sugar for a family of four.</p><h1>My cookbook</h1><p>Seasons of the allotment, 120 "
        "recipes.</p><h1>Newsletter</h1><p>One letter a month with the new recipes.</p></div>"
    )
    text = extract(page(widgets), url=URL).text
    assert "Welcome to my kitchen" not in text
    assert "not from a bottle." in text


def test_a_stray_byte_order_mark_after_the_story_leaves_the_row_read() -> None:
    text = extract(page("\n\ufeff\n" + SIDE), url=URL).text
    assert "Welcome to my kitchen" not in text
    assert "not from a bottle." in text


def test_a_long_about_me_widget_beside_a_long_pitch_goes() -> None:
    """The blogger's introduction of themselves ("Hello! ... I cook ...") is the column's
    "About me" widget, not the story's prose: with a long newsletter pitch beside it,
    the column still goes (the introduction is not counted among its long paragraphs)."""
    side = (
        "<div class='k6'><div class='k7'><h3>Hello!</h3><img src='/me.jpg' alt=''>"
        "<p>Welcome to my kitchen. I cook with what grows in our allotment and bake "
        "without white sugar, and here I share what works for our family of four: soups "
        "for cold evenings, cakes for birthdays, jams from the hedge and the bread I bake "
        "every Saturday morning before the children wake up and the day begins.</p></div>"
        "<div class='k7'><h3>My cookbook</h3><p>Seasons of the allotment, 120 recipes.</p>"
        "</div><div class='k7'><h3>Newsletter</h3><p>One letter a month with the new "
        "recipes, what is ripe in the allotment and which jars are on the shelf. You can "
        "leave whenever you like, your address is used for nothing else, and the letter "
        "is sent from our own small server, not through any company that reads it or "
        "sells it on to anyone else, now or at any later time.</p>"
        "</div></div>"
    )
    text = extract(page(side), url=URL).text
    assert "Welcome to my kitchen" not in text
    assert "One letter a month" not in text
    assert "not from a bottle." in text


#: The side column's widgets titled with a classed line each (no heading), set alike.
SIDE_LABELS = (
    "<div class='k6'><div class='k7'><span class='k9'>Hello!</span><div class='k8'><p>"
    "Welcome to my kitchen. I cook with what grows in our allotment and bake without white "
    "sugar, and here I share what works for our family of four.</p></div></div>"
    "<div class='k7'><span class='k9'>My cookbook</span><div class='k8'><p>Seasons of the "
    "allotment, 120 recipes.</p></div></div></div>"
)


def test_widgets_titled_with_lines_set_alike_go() -> None:
    text = extract(page(SIDE_LABELS), url=URL).text
    assert "Welcome to my kitchen" not in text
    assert "Seasons of the allotment" not in text
    assert "not from a bottle." in text


def test_lines_set_differently_are_no_titles() -> None:
    side = SIDE_LABELS.replace("<span class='k9'>My", "<span class='k10'>My")
    assert "Welcome to my kitchen" in extract(page(side), url=URL).text
