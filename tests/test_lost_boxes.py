"""Story text set inside a box that reads as something else: a paragraph in the box
offering the story's charts for download (``link-list``), a product's description inside
the form that puts it in the basket (``forms``), a work's text beside a list of everyone
who liked it, joined by commas (the body's scores). Pages with their names hidden and no
semantic markup, as an unknown site may set them."""

from __future__ import annotations

from newsclean import Registry, explain, extract

URL = "https://www.marsh-courier.example/2025/03/14/ferry-timetable/"

CHARTS_STORY = (
    "<p>The island ferry will run two extra crossings each weekday from April, the "
    "operator said on Thursday, after a winter of queues at both harbours.</p>"
    "<p>Passengers had waited up to an hour for a place on the morning boat, and the "
    "council asked the operator in January to add a second vessel at peak times.</p>"
)
#: The one paragraph the charts' box holds, under the story's opening.
BOXED = (
    "Because the timetables of the two harbours differ, we have drawn one chart for "
    "each harbour and one for the crossings at weekends."
)


def _chart(name: str, site: str = "https://www.marsh-courier.example") -> str:
    return (
        f"<div class='q81'><img src='{site}/charts/{name}-small.png' alt=''>"
        f"<div class='q82'><a href='{site}/charts/{name}.png' class='q83'>"
        "<span>Download the chart</span></a></div></div>"
    )


def _charts_page(charts: str) -> str:
    return (
        "<html><head><title>More ferry crossings from April</title></head><body>"
        "<div class='q1'><div class='q2'><h1>More ferry crossings from April</h1>"
        f"{CHARTS_STORY}</div>"
        f"<div class='q3'><p><em>{BOXED}</em></p>{charts}</div>"
        "</div></body></html>"
    )


def test_a_paragraph_in_a_box_of_download_links_stays() -> None:
    charts = "".join(_chart(f"crossings-{n}") for n in range(10))
    text = extract(_charts_page(charts), url=URL).text
    assert BOXED in text
    assert "The island ferry will run two extra crossings" in text


def test_a_box_of_links_to_pages_with_one_paragraph_still_goes() -> None:
    guides = "".join(
        _chart(f"crossings-{n}").replace(".png'", "/'").replace("/charts/", "/guides/")
        for n in range(10)
    )
    text = extract(_charts_page(guides), url=URL).text
    assert "The island ferry will run two extra crossings" in text
    assert BOXED not in text
    assert "Download the chart" not in text


PRODUCT = (
    "<form method='post' action='/shop/basket/' class='w1'>"
    "<div class='w2'><h2>Knitted tea cosy with a fox</h2>"
    "<div class='w3'>Price: 24.00 GBP</div>"
    "<div class='w4'><label>Quantity:</label><input type='number' name='qty' value='1'>"
    "</div><input type='submit' value='Add to basket'></div>"
    "<div class='w5'>"
    "<p>A thick, two-layer tea cosy knitted by hand from undyed wool, with a sleeping "
    "fox on one side and your name on the other, so the pot keeps warm for an hour.</p>"
    "<p>The lining is cotton and comes out for washing. The outer layer is best "
    "brushed with a dry cloth and aired, never put in the machine.</p>"
    "<p>Unless you ask for another place, the name goes above the fox's tail on the "
    "side facing away from the spout.</p>"
    "<p>Material: wool and cotton</p></div></form>"
)
SHOP_SIDE = (
    "<div class='w9'><h2>Made by hand in a small town</h2><div class='w10'>"
    "<p>Looking for a present that will not end up in a drawer? Every piece in this "
    "shop is made to order in a small workshop, and most of them carry a name.</p>"
    "<p>If you cannot find what you want, write to me and we will work something "
    "out together.</p></div></div>"
)


def _shop_page(form: str) -> str:
    return (
        "<html><head><title>Knitted tea cosy with a fox</title></head><body>"
        f"<div class='w0'><div class='w7'>{form}</div>{SHOP_SIDE}</div></body></html>"
    )


def test_a_products_description_inside_its_form_stays() -> None:
    text = extract(_shop_page(PRODUCT), url="https://cosies.example/shop/fox/").text
    assert "two-layer tea cosy knitted by hand" in text
    assert "The lining is cotton and comes out for washing." in text


def test_the_form_is_kept_by_prose_forms_and_goes_without_it() -> None:
    page = _shop_page(PRODUCT)
    url = "https://cosies.example/shop/fox/"
    vetoes = [block.reason for block in explain(page, url=url).blocks if block.decision == "vetoed"]
    assert any(reason.startswith("forms (vetoed: prose-forms") for reason in vetoes)
    registry = Registry.default(load_entry_points=False)
    registry.disable("prose-forms")
    text = extract(page, url=url, registry=registry).text
    assert "two-layer tea cosy knitted by hand" not in text


def test_a_comment_form_with_prose_still_goes() -> None:
    form = (
        "<form method='post' action='/comments/' class='w1'><h3>Leave a reply</h3>"
        "<p>Your email address will never be shown to other readers of this shop, and "
        "we only use it to tell you when somebody answers what you wrote here.</p>"
        "<p>Please keep your comments kind and on the subject of the product above; we "
        "remove comments that advertise other shops or insult other readers.</p>"
        "<p>Comments are read by a person before they appear, which can take a day or "
        "two over the weekend and on public holidays.</p>"
        "<label>Email</label><input type='email' name='email'>"
        "<textarea name='comment'></textarea><input type='submit' value='Post'></form>"
    )
    page = _shop_page(PRODUCT.replace("</form>", "</form>" + form))
    text = extract(page, url="https://cosies.example/shop/fox/").text
    assert "two-layer tea cosy knitted by hand" in text
    assert "Please keep your comments kind" not in text


WORK = "".join(
    f"<p>Chapter note {n}: the lighthouse keeper counted the ships again that night, "
    "because the fog had come in early and the bell on the rock was ringing out of time. "
    "She wrote each name in the book, and then she waited for the morning.</p>"
    for n in range(20)
)


def _user(n: int) -> str:
    return f"<a href='/users/reader_{n}'>reader_number_{n}</a>"


def test_a_work_outweighs_a_comma_list_of_linked_names() -> None:
    names = ", ".join(_user(n) for n in range(3000))
    page = (
        "<html><head><title>The keeper</title></head><body><div class='k1'>"
        "<div class='k2'><h2>The keeper</h2><div class='k3'><div class='k4'>"
        f"<div class='k5'>{WORK}</div></div></div></div>"
        "<div class='k6'><h3>Kudos</h3><div class='k7'>"
        f"<p>{names} and 2000 guests left kudos on this work!</p></div></div>"
        "</div></body></html>"
    )
    text = extract(page, url="https://stories.example/works/1/chapters/2").text
    assert "the lighthouse keeper counted the ships again" in text
    assert "reader_number_7," not in text
