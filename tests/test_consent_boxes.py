"""A site's cookie notice set inside the body (``consent-boxes``): its consent banner and
the panel of its cookie settings go, whatever their names and language, their buttons
stripped with the page's others; a story's paragraphs on cookies stay."""

from __future__ import annotations

from conftest import BRIDGE_URL, bridge_page, bridge_rules

from newsclean import Registry, extract

#: A banner as a page that marks up nothing sets it: a box, a line, its buttons and a
#: link leading nowhere (our own wording, in a few languages).
BANNER = "<div class='k1'><div class='k2'><p>{line}</p><button>{button}</button>{link}</div></div>"
BANNERS = [
    (
        "We use cookies to remember your settings and to count our readers. By clicking "
        "Accept you consent to their use.",
        "Accept",
    ),
    (
        "Wir verwenden Cookies, um Ihre Einstellungen zu speichern. Mit einem Klick auf "
        "„Einverstanden“ stimmen Sie der Verwendung zu.",
        "Einverstanden",
    ),
    (
        "En poursuivant, vous acceptez que notre journal dépose des cookies pour mesurer "
        "son audience.",
        "J'accepte",
    ),
    ("Utilizamos cookies propias para contar las visitas. Si sigue leyendo, acepta su uso.", "OK"),
]
#: A settings panel: a title, a line asking consent, and a row per cookie of its name,
#: its host and its lifetime (short lines on none of it).
PANEL = (
    "<div class='s1'><h3>Privacy settings</h3><p>Here you choose which cookies we may set. "
    "You can give or withdraw your consent for each group at any time.</p>"
    "<div class='s2'><h4>Needed cookies</h4><p>These cookies keep the site working.</p>"
    "<table><tr><td>Name:</td><td>sid</td></tr><tr><td>Host:</td><td>fenmoor-times.example"
    "</td></tr><tr><td>Lifetime:</td><td>1 year</td></tr></table></div>"
    "<div class='s2'><h4>Reach cookies</h4><p>These cookies count how many read a story.</p>"
    "<table><tr><td>Name:</td><td>cnt</td></tr><tr><td>Lifetime:</td><td>90 days</td></tr>"
    "</table></div><a>Save settings</a></div>"
)


def test_a_cookie_banner_in_the_story_box_goes_in_any_language() -> None:
    for line, button in BANNERS:
        page = bridge_page(BANNER.format(line=line, button=button, link="<a href='#'>More</a>"))
        text = extract(page, url=BRIDGE_URL).text
        assert "cookies" not in text.lower(), line
        assert text.count("Paragraph 4 of the story") == 2


def test_a_banner_closing_the_story_goes_and_explain_names_the_rule() -> None:
    line, button = BANNERS[0]
    banner = BANNER.format(line=line, button=button, link="")
    page = bridge_page("").replace("</div></article>", f"</div>{banner}</article>")
    assert "cookies" not in extract(page, url=BRIDGE_URL).text
    assert "consent-boxes" in bridge_rules(page, "We use cookies")


def test_a_settings_panel_goes_with_its_rows() -> None:
    text = extract(bridge_page(PANEL), url=BRIDGE_URL).text
    assert "cookies" not in text
    assert "Lifetime" not in text
    assert text.count("Paragraph 4 of the story") == 2


def test_a_story_paragraph_on_cookies_stays() -> None:
    paragraph = (
        "<p>The council's web team said: “We use cookies only to count visitors, and you "
        "can refuse them.” Residents who accept them will see the bridge's live camera.</p>"
    )
    text = extract(bridge_page(paragraph), url=BRIDGE_URL).text
    assert "We use cookies only to count visitors" in text


def test_a_report_on_cookie_banners_in_a_box_of_its_own_stays() -> None:
    # quoted, or in the third person: the shops' banners, not the site's
    report = (
        "<div class='r1'><p>Shops in the town must now ask before they set cookies, and "
        "three readers said a banner was set to agree to them whatever they pressed.</p>"
        "<p>One banner read: “We use cookies to improve your visit. By clicking Accept you "
        "consent to their use.” The office said silence is no consent.</p></div>"
    )
    text = extract(bridge_page(report), url=BRIDGE_URL).text
    assert "must now ask before they set cookies" in text
    assert "We use cookies to improve your visit" in text


def test_a_story_on_cookies_stays() -> None:
    story = "".join(
        f"<p>Part {n}: we use cookies in this guide's examples to show how a site asks for "
        "consent, what the law allows without it and how a reader can refuse them later.</p>"
        for n in range(6)
    )
    page = (
        f"<html><body><article><h1>How consent works</h1><div>{story}</div></article></body></html>"
    )
    text = extract(page, url=BRIDGE_URL).text
    assert text.count("we use cookies in this guide") == 6


def test_the_rule_switches_off() -> None:
    line, button = BANNERS[0]
    registry = Registry.default(load_entry_points=False)
    registry.disable("consent-boxes")
    page = bridge_page(BANNER.format(line=line, button=button, link=""))
    assert "We use cookies" in extract(page, url=BRIDGE_URL, registry=registry).text
