"""A page's notice chosen as the body (``page-notices``): on a page marking nothing (no
``<main>``, ``<article>``, role or names a rule knows) a cookie banner or a privacy
policy in a pop-up may outscore a short story. It goes, and the story is chosen; a
story about cookies and privacy, the page's main text, stays whole."""

from __future__ import annotations

from newsclean import Registry, explain, extract

URL = "https://www.millbrook-gazette.example/town/library-opens-on-sundays"
MENU = (
    "<div class='q1'><a href='/'>Home</a> <a href='/town'>Town</a> <a href='/sport'>Sport</a>"
    " <a href='/events'>Events</a> <a href='/contact'>Contact</a></div>"
)
SHORT_STORY = (
    "<div class='q3'><div class='q4'>Millbrook library opens on Sundays</div>"
    "<div class='q5'><span>From March the library on Mill Lane opens on Sunday "
    "afternoons, from one to five, after two hundred readers signed a letter asking for "
    "it. Volunteers from the reading circle will help the staff at the desk.</span></div>"
    "</div>"
)
BANNER = (
    "<div class='q8' style='background-color: #111; color: #fff;'><a href='#'>x</a>"
    "<div class='q9'><p>We use cookies and similar tools to give you the best experience "
    "on our pages, to count our visitors and to show you offers that suit you. With your "
    "consent you accept the use of cookies as set out in our cookie policy; you can change "
    "your choice at any time in the settings. Some are set by our partners, who may join "
    "them with what they learned of you elsewhere.</p></div><div class='q10'>"
    "<a href='#'>Accept</a> <a href='#'>Decline</a> <a href='/privacy'>Settings</a></div>"
    "</div>"
)
POLICY = (
    "<div class='q11'><div class='q12'><a href='#'>Back to the sign-up</a><div class='q13'>"
    "<p><strong>Privacy Policy</strong></p>"
    "<p>This privacy policy tells what we learn about the readers of the Gazette's pages, "
    "how we keep it safe and what we use it for. By continuing to use this website you "
    "agree to it; if you do not, you may leave at any time.</p>"
    "<p>We keep the name and e-mail address you give us when you write a comment or sign "
    "up for the weekly letter, and nothing else that tells who you are. You may ask us to "
    "remove them and we will do so within thirty days of your asking.</p>"
    "<p>Cookies: these small files hold a number that tells your browser apart from "
    "others when you come back; we set them only after you agree, and you can remove them "
    "in your browser's settings whenever you like.</p></div></div></div>"
)
MORE = "".join(
    f"<li><a href='/town/{n}'>{title}</a></li>"
    for n, title in enumerate(
        (
            "Roadworks on the High Street end a week early",
            "The swimming pool reopens with a new slide for the small ones",
            "Market traders vote to stay on the square through the winter",
            "Brass band wins the county cup for the third year running",
            "New bus timetable links the station with the hospital",
            "Allotment society opens its waiting list to newcomers",
            "Bridge over the mill race will be repaired in the spring",
            "Primary school choir sings at the cathedral in December",
            "Farmers' market moves indoors to the old corn exchange",
            "Cricket club raises the money for a new pavilion roof",
            "Two new crossings planned near the secondary school",
            "Museum shows the mill's ledgers for the first time",
        )
    )
)
FOOT = (
    f"<div class='q14'><div class='q15'>More from the town</div><ul>{MORE}</ul>"
    "<div class='q16'>The Millbrook Gazette, 12 Mill Lane, Millbrook. News from the town "
    "and the villages around it since 1921.</div><div class='q17'>Opening hours of the "
    "office: Monday to Friday 9-17, Saturday 9-12. Adverts: 01632 960 321. Letters: "
    "letters@millbrook-gazette.example. Deadline for Friday's paper: Wednesday noon. "
    "Photos sent to us may be printed and put on these pages with the sender's name.</div>"
    "<a href='/imprint'>Imprint</a> "
    "<a href='/privacy'>Privacy</a> <a href='/advertise'>Advertise with us</a></div>"
)


def page(story: str = SHORT_STORY, *, after: str = BANNER) -> str:
    """A page of plain boxes: the wrapper (menu, story, footer), then ``after``."""
    return (
        f"<html><body><div class='q0'>{MENU}<div class='q2'>{story}</div>{FOOT}</div>"
        f"{after}</body></html>"
    )


def test_a_cookie_banner_outscoring_a_short_story_goes() -> None:
    text = extract(page(), url=URL).text
    assert "after two hundred readers signed a letter" in text
    assert "We use cookies" not in text
    assert "Decline" not in text


PARTS = "".join(
    f"<div class='q7'><div class='q5'>{part}</div></div><div class='q18'><img src='/p{n}.jpg'>"
    "</div>"
    for n, part in enumerate(
        (
            "From March the library on Mill Lane opens on Sunday afternoons, from one to "
            "five, after two hundred readers signed a letter asking for it last autumn.",
            "Volunteers from the reading circle will help the staff at the desk, and the "
            "children's corner will hold a story hour at three on the first Sunday of each "
            "month, read by the pupils of the primary school in turn.",
            "The council pays for the extra hours out of the money saved by the new heating, "
            "which burns less than half the oil the old boiler did, and the town's trust "
            "adds what is needed to buy the new books the readers asked for.",
            "The library will count its Sunday visitors until the summer; if fewer than forty "
            "come on an afternoon, the hours may move to Saturday evenings instead, as the "
            "letter's writers suggested as a second choice.",
        )
    )
)


def test_a_privacy_policy_pop_up_goes() -> None:
    story = f"<div class='q3'><div class='q4'>Millbrook library opens on Sundays</div>{PARTS}</div>"
    text = extract(page(story, after=POLICY + BANNER), url=URL).text
    assert "Volunteers from the reading circle" in text
    assert "This privacy policy tells" not in text
    assert "Back to the sign-up" not in text


def test_a_banner_in_the_story_box_takes_no_story_with_it() -> None:
    # the body chosen holds the story and the banner: no notice box is chosen alone
    text = extract(page(SHORT_STORY + BANNER, after=""), url=URL).text
    assert "after two hundred readers signed a letter" in text


def test_explain_names_the_rule() -> None:
    report = explain(page(), url=URL)
    assert any(
        block.reason == "page-notices" and "We use cookies" in block.text for block in report.blocks
    )


def test_the_rule_switches_off() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("page-notices")
    assert "We use cookies" in extract(page(), url=URL, registry=registry).text


ABOUT_COOKIES = (
    "<div class='q3'><div class='q4'>Shops in Millbrook must ask before they track</div>"
    "<div class='q6'><a href='#'>Share</a> <a href='#'>Print</a></div><div class='q5'>"
    "<p>The town's shops that sell on the web must now ask their visitors before setting "
    "cookies, the trading standards office said on Monday, after three readers complained "
    "that a banner promising privacy was set to agree whatever they pressed.</p>"
    "<p>One shop's banner read: \"We use cookies to improve your visit, and by continuing "
    'to use this website you agree to our privacy policy." The office said a visitor who '
    "only scrolls has agreed to nothing, and that a button to decline must be as easy to "
    "find as the one to accept.</p>"
    "<p>The office will visit the twenty shops on its list before Easter. Those whose "
    "banners still take silence for consent may be fined, though the office said it "
    "expects most owners to change them once they understand the rules.</p>"
    "<p>A guide for owners, written with the chamber of commerce, explains what a shop "
    "may store without asking, such as the contents of a basket, and what it may not, "
    "such as a record of which pages a visitor read on other sites.</p></div></div>"
)


def test_a_story_about_cookies_and_privacy_stays_whole() -> None:
    text = extract(page(ABOUT_COOKIES), url=URL).text
    assert "must now ask their visitors before setting cookies" in text
    assert "We use cookies to improve your visit" in text
    assert "such as a record of which pages a visitor read" in text
    assert "to show you offers that suit you" not in text


PUSH = (
    "<div class='q20' style='position: fixed;'><div class='q21'><img src='/bell.svg'>"
    "</div><div class='q22'><span class='q23'>Allow notifications</span> "
    "<span class='q24'>Get notified about breaking news from the town and the villages "
    "around it, the council's decisions, road closures, the weather warnings and the "
    "results of the weekend's matches, as soon as they are known. We would send you two "
    "to five messages a day, and you can switch them off in your browser's settings at "
    "any time you like.</span></div><div class='q25'><button>Allow</button> "
    "<button>Not now</button></div></div>"
)
PUSH_GERMAN = (
    "<div class='q20' style='position: fixed;'><div class='q22'>"
    "<span class='q23'>Benachrichtigungen erlauben</span> <span class='q24'>Wir würden Sie "
    "gerne über die wichtigsten Nachrichten aus der Stadt und den Dörfern ringsum "
    "informieren: Beschlüsse des Gemeinderats, gesperrte Straßen, Unwetterwarnungen und "
    "die Ergebnisse der Spiele am Wochenende, sobald sie bekannt sind. Sie erhalten zwei "
    "bis fünf Meldungen am Tag und können sie in Ihrem Browser jederzeit abschalten."
    "</span></div><div class='q25'><button>Erlauben</button> <button>Nicht jetzt</button>"
    "</div></div>"
)


def test_a_notification_prompt_outscoring_a_short_story_goes() -> None:
    for prompt, words in ((PUSH, "Get notified"), (PUSH_GERMAN, "Wir würden Sie gerne")):
        text = extract(page(after=prompt), url=URL).text
        assert "after two hundred readers signed a letter" in text
        assert words not in text
        assert "Not now" not in text and "Nicht jetzt" not in text


def test_without_the_rule_the_notification_prompt_is_the_body() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("page-notices")
    assert "Get notified" in extract(page(after=PUSH), url=URL, registry=registry).text


ABOUT_NOTIFICATIONS = (
    "<div class='q3'><div class='q4'>Town app will warn of floods on the phone</div>"
    "<div class='q6'><a href='#'>Share</a> <button>Print</button></div><div class='q5'>"
    "<p>The council's new app will send notifications to residents when the river rises "
    "above the warning mark, the flood office said on Tuesday, after last winter's water "
    "reached the cellars of Mill Lane before most people had heard of it.</p>"
    '<p>When the app is first opened it asks: "Allow notifications? Get notified about '
    'floods and road closures." The office said those who answer "Not now" will still '
    "find the warnings on the council's pages, but later and only if they look.</p>"
    "<p>The sirens on the church tower and the fire station stay in place. They will be "
    "tested on the first Saturday of each month at noon, as before, and the office asks "
    "residents not to call the emergency number when they hear them then.</p>"
    "<p>A leaflet explaining the app and the sirens will go to every house on the "
    "river's side of the town before the autumn rains, with the numbers to call for "
    "sandbags and for help moving furniture upstairs.</p></div></div>"
)


def test_a_story_about_notifications_stays_whole() -> None:
    text = extract(page(ABOUT_NOTIFICATIONS, after=PUSH), url=URL).text
    assert "will send notifications to residents" in text
    assert "Allow notifications? Get notified about floods" in text
    assert "with the numbers to call for sandbags" in text
    assert "results of the weekend's matches" not in text
