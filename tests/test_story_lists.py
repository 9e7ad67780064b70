"""A story's own lists that read as link lists (a recipe's ingredients linking some to the
site's product pages, a shopping story's deal lists under its paragraphs) stay; lists of
the site's stories, share buttons and lone pointers still go. And the labels of a form
kept for its prose (a shop's product page) go with its fields."""

from __future__ import annotations

from newsclean import explain, extract

RECIPE_URL = "https://www.crumbandcrust.example/recipes/plum-crumble-slices"
DEALS_URL = "https://www.gadgetdesk.example/2025/11/weekend-deals-headphones-and-tablets/"
SHOP_URL = "https://www.stitchandfelt.example/products/wool-blanket-with-initials/"

_INTRO = (
    "<p>These slices are what we bake when the plums come in faster than we can eat "
    "them. The dough needs an hour to rise, the crumble takes five minutes.</p>"
)


def _row(amount: str, name: str, link: str = "") -> str:
    """One ingredient row: its amount in a cell, its name (perhaps linked) in the next,
    indented deep as a template lays it out (the indent inside a link counts as its
    text in the raw link density)."""
    pad = "\n" + " " * 60
    shown = f'<a href="{link}">{pad}{name}{pad}</a>' if link else name
    return f"<tr><td>{pad}{amount}{pad}</td><td>{pad}{shown}{pad}</td></tr>"


def _recipe_page() -> str:
    rows = "".join(
        (
            _row("200 ml", "Milch"),
            _row("1 Pck.", "Trockenhefe Feinkorn", "/produkte/backzutaten/trockenhefe"),
            _row("500 g", "Weizenmehl Type 550"),
            _row("80 g", "Zucker"),
            _row("1 Pck.", "Vanillezucker Bourbon", "/produkte/backzutaten/vanillezucker"),
            _row("1", "Ei (Größe M)"),
            _row("1 kg", "Pflaumen"),
            _row("etwas", "Fett"),
        )
    )
    topping = "".join(
        (
            _row("150 g", "Butter"),
            _row("1 Pck.", "Streusel-Mix Zimt", "/produkte/backmischungen/streusel-zimt"),
            _row("100 g", "Mandeln, gehobelt", "/produkte/backzutaten/mandeln-gehobelt"),
            _row("2 EL", "Puderzucker"),
        )
    )
    filling = "".join(
        (
            _row("1 Pck.", "Puddingpulver Vanille", "/produkte/desserts/puddingpulver-vanille"),
            _row("400 ml", "Milch"),
            _row("200 g", "Schlagsahne"),
            _row("1 TL", "Zimt"),
        )
    )
    box = (
        "<div class='q1'><div class='q2'><h2>Zutaten</h2><p>für 20 Stücke</p>"
        f"<h3>Hefeteig:</h3><table><tbody>{rows}</tbody></table>"
        f"<h3>Streusel:</h3><table><tbody>{topping}</tbody></table>"
        f"<h3>Füllung:</h3><table><tbody>{filling}</tbody></table></div></div>"
    )
    method = (
        "<p>Warm the milk until it is just lukewarm, stir in the yeast and leave it for "
        "ten minutes. Knead it into the flour with the sugar and the soft butter.</p>"
    )
    more = (
        "<div class='m1'><h3>Mehr Rezepte</h3><ul>"
        "<li><a href='/recipes/apple-cake'>Apfelkuchen vom Blech</a></li>"
        "<li><a href='/recipes/cherry-tart'>Kirschtarte mit Mandeln</a></li>"
        "<li><a href='/recipes/pear-muffins'>Birnenmuffins</a></li></ul></div>"
    )
    body = f"<h1>Plum crumble slices</h1>{_INTRO}{box}{method}"
    return f"<html><body><div class='w'><div class='b'>{body}</div>{more}</div></body></html>"


def test_an_ingredient_table_linking_some_products_stays() -> None:
    text = extract(_recipe_page(), url=RECIPE_URL).text
    assert "Vanillezucker Bourbon" in text
    assert "Pflaumen" in text
    assert "Streusel:" in text
    assert "Warm the milk" in text
    assert "Apfelkuchen vom Blech" not in text  # the site's other recipes still go


def test_the_ingredients_are_no_link_list() -> None:
    for block in explain(_recipe_page(), url=RECIPE_URL).blocks:
        assert not ("Pflaumen" in block.text and block.reason == "link-list")


def _deal(slug: str, name: str) -> str:
    return f"<li><a href='https://shop.example/{slug}?tag=gd-21' rel='nofollow'>{name}</a></li>"


_STORY = (
    "<p>Several shops have cut their prices for the weekend, and a few of the offers "
    "are worth a look if you have been waiting for a new pair of headphones.</p>"
    "<h2>Headphones</h2>"
    "<p>The closed-back model we reviewed in spring is down by a third, and the wireless "
    "version of it costs less than the wired one did a year ago.</p>"
)


def _deals_page(after: str = "") -> str:
    picks = (
        "<h2>Our own picks</h2>"
        "<p>Away from the deals, each of us has a favourite that we would buy again at "
        "full price. Here they are, straight from the desk.</p>"
        "<p><strong>Picked by Ines:</strong></p><ul>"
        + _deal("a1", "Novel: The Lighthouse Keeper's Radio")
        + _deal("a2", "Folding keyboard with a travel case")
        + _deal("a3", "Little desk robot that plays chess")
        + "</ul><p><strong>Picked by Oskar:</strong></p><ul>"
        + _deal("b1", "Film: The Long Signal")
        + _deal("b2", "Board game: Harbour Lights")
        + "</ul>"
    )
    related = (
        "<ul><li><a href='/2025/11/tablet-test-the-big-one/'>Tablet test: the big one</a></li>"
        "<li><a href='/2025/10/best-earbuds-of-the-year/'>Best earbuds of the year</a></li>"
        "</ul>"
    )
    share = (
        "<ul><li><a href='https://social.example/share?u=1'>Share</a></li>"
        "<li><a href='https://chat.example/send?u=1'>Send</a></li></ul>"
    )
    body = f"<h1>Weekend deals</h1>{_STORY}{picks}{after}"
    return (
        f"<html><body><div class='w'><div class='b'>{body}</div>"
        f"<div class='r'>{related}{share}</div></div></body></html>"
    )


def test_deal_lists_under_the_story_s_paragraphs_stay() -> None:
    text = extract(_deals_page(), url=DEALS_URL).text
    assert "Picked by Ines:" in text
    assert "Little desk robot that plays chess" in text
    assert "Board game: Harbour Lights" in text
    assert "Tablet test: the big one" not in text


def test_lists_of_the_site_s_stories_and_pointers_after_the_story_still_go() -> None:
    related = (
        "<p>More on this:</p><ul>"
        "<li><a href='/2025/11/tablet-test-the-big-one/'>Tablet test: the big one</a></li>"
        "<li><a href='/2025/10/best-earbuds-of-the-year/'>Best earbuds of the year</a></li>"
        "</ul>"
        "<ul><li><a href='https://social.example/share?u=1'>Share</a></li>"
        "<li><a href='https://chat.example/send?u=1'>Send</a></li></ul>"
    )
    text = extract(_deals_page(related), url=DEALS_URL).text
    assert "Board game: Harbour Lights" in text
    assert "Tablet test: the big one" not in text
    assert "Share" not in text


def _shop_page() -> str:
    form = (
        "<form method='post' action='/cart'><div class='p1'>"
        "<h1>Wool blanket with initials</h1><div class='p2'>Price: 64,00 EUR</div>"
        "<div class='p2'>Delivery: 15 to 21 days</div>"
        "<div class='p3'><label class='l1' for='colour'> Farbe </label>"
        "<div class='p4'><label><select name='v1' id='v1'><option>cream</option>"
        "<option>moss</option><option>slate</option></select></label></div></div>"
        "<div class='p3'><label class='l1' for='size'> Größe </label>"
        "<div class='p4'><label><select name='v2' id='v2'><option>100 x 150 cm</option>"
        "<option>150 x 200 cm</option></select></label></div></div>"
        "<div class='p5'><label class='l2' for='qty'>Anzahl:</label>"
        "<input type='hidden' name='qty' value='1'></div>"
        "<div class='p6'><div class='p7'><input type='text' name='amount' value='1'></div></div>"
        "<input type='submit' value='In den Warenkorb'>"
        "<p>A thick blanket woven from undyed mountain wool, with two "
        "initials of your choice stitched into one corner in a thread of the same colour. "
        "It keeps its shape after years of washing at thirty degrees.</p>"
        "<p>Each blanket is woven to order in a small mill, so allow three weeks before it "
        "leaves us. The initials are stitched by hand and may differ a little from the "
        "picture.</p></div></form>"
    )
    return f"<html><body><div class='w'>{form}</div></body></html>"


def test_a_kept_form_s_field_labels_go() -> None:
    text = extract(_shop_page(), url=SHOP_URL).text
    assert "A thick blanket woven from undyed mountain wool" in text
    assert "Price: 64,00 EUR" in text
    for label in ("Farbe", "Größe", "Anzahl:"):
        assert label not in text
