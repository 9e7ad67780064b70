"""The panel of a site's cookie settings set inside the body (``consent-boxes``, read by
its toggles before the controls are stripped): a box of two toggles or more and a button,
whose first line and most of whose text are on cookies, privacy or consent, goes though
it asks nothing in words; a story's checklist or a poll with toggles stays."""

from __future__ import annotations

from conftest import BRIDGE_URL, bridge_page, bridge_rules

from newsclean import Registry, extract

#: A settings panel as a page that marks up nothing sets it (our own wording): a title,
#: a line, a row per kind of cookie with its toggle, and a button saving the choice.
PANEL = (
    "<div class='q1'><h3>{title}</h3><p>Choose which cookies the Fenmoor Times may keep "
    "on this device; the privacy page tells more.</p>"
    "<p><b>Needed cookies</b>{toggle}<span>Needed cookies keep the site working and "
    "cannot be switched off.</span></p>"
    "<p><b>Counting cookies</b>{toggle}<span>Counting cookies tell the newsroom how many "
    "read each story, without names.</span></p>"
    "<button>Save my choice</button></div>"
)
CHECKBOX = "<input type='checkbox' id='t1'><label for='t1'></label>"
SWITCH = "<button role='switch' aria-checked='false'></button>"


def test_a_settings_panel_of_toggles_goes_and_explain_names_the_rule() -> None:
    for title in ("Cookie settings", "Datenschutz-Einstellungen", "Your privacy"):
        page = bridge_page(PANEL.format(title=title, toggle=CHECKBOX))
        text = extract(page, url=BRIDGE_URL).text
        assert "cookies" not in text, title
        assert title not in text
        assert text.count("Paragraph 4 of the story") == 2
    assert "consent-boxes" in bridge_rules(page, "Your privacy")


def test_a_panel_of_switches_goes() -> None:
    page = bridge_page(PANEL.format(title="Cookie settings", toggle=SWITCH))
    assert "cookies" not in extract(page, url=BRIDGE_URL).text


def test_a_checklist_without_a_button_stays() -> None:
    checklist = (
        "<div class='c1'><p>Privacy checklist for the new library computers:</p>"
        f"<p>{CHECKBOX}Clear the cookies after each session</p>"
        f"<p>{CHECKBOX}Check the privacy settings of the browser</p></div>"
    )
    text = extract(bridge_page(checklist), url=BRIDGE_URL).text
    assert "Clear the cookies after each session" in text


def test_a_poll_with_a_button_on_another_topic_stays() -> None:
    poll = (
        "<div class='p1'><p>Which crossing will you use once the bridge opens again?</p>"
        f"<p>{CHECKBOX}The old bridge, as before the works began</p>"
        f"<p>{CHECKBOX}The ferry, which kept running all winter</p>"
        "<button>Vote</button></div>"
    )
    text = extract(bridge_page(poll), url=BRIDGE_URL).text
    assert "The ferry, which kept running all winter" in text


def test_the_rule_switches_off() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("consent-boxes")
    page = bridge_page(PANEL.format(title="Cookie settings", toggle=CHECKBOX))
    assert "Needed cookies" in extract(page, url=BRIDGE_URL, registry=registry).text
