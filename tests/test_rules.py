"""One test per built-in rule: it fires on the markup it is meant for, and the
extraction keeps the article while losing that boilerplate."""

from __future__ import annotations

import re

import pytest
from conftest import HARBOUR_STORY

from newsclean import Css, Effect, Registry, Role, Rule, extract
from newsclean.api import make_request, run
from newsclean.engine.observer import Observer
from newsclean.rules.builtin import BUILTIN_RULES
from newsclean.rules.walk import Decisions

PARAGRAPHS = HARBOUR_STORY


def page(boilerplate: str, *, inside: bool | str = False, body_attrs: str = "") -> str:
    """A small news page with ``boilerplate`` next to, inside (``inside=True``) or at the
    end of (``inside="end"``) the article body."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    if inside == "end":
        paragraphs += boilerplate
        boilerplate = ""
    elif inside:
        half = len(PARAGRAPHS) // 2
        first = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:half])
        second = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[half:])
        paragraphs = first + boilerplate + second
        boilerplate = ""
    return (
        "<html><head><title>Breakwater late | Harbour Times</title></head><body>"
        f"<div class='page'>{boilerplate}<article{body_attrs}><h1>Breakwater to be late</h1>"
        f"<div class='story'>{paragraphs}</div></article></div></body></html>"
    )


class _Keeper(Observer):
    """Keeps the decisions the rules wrote."""

    decisions = Decisions()

    def new_decisions(self) -> Decisions:
        self.decisions = Decisions()
        return self.decisions


def decisions_of(html: str) -> Decisions:
    """What the built-in rules decided on ``html``."""
    keeper = _Keeper()
    run(html, make_request(registry=Registry.default(load_entry_points=False)), keeper)
    return keeper.decisions


def fired(html: str) -> dict[str, list[str]]:
    """Rule name -> tags of the elements it fired on."""
    decisions = decisions_of(html)
    found: dict[str, list[str]] = {}
    for group in (decisions.drops, decisions.removed, decisions.body, decisions.lead):
        for element, rule in group:
            found.setdefault(rule.name, []).append(element.tag)
    return found


def check_dropped(html: str, rule: str, gone: str) -> None:
    assert rule in fired(html), f"{rule} did not fire"
    text = extract(html).text
    assert gone not in text
    for paragraph in PARAGRAPHS:
        assert paragraph in text


#: A subscription pitch longer than ``promo-paragraphs`` reads (300 characters).
LONG_PITCH = (
    "Get access to the coast's fastest growing subscription service Harbour Pro for as "
    "little as 5 pounds for the first year. Use the code QUAY. Harbour Pro offers you all "
    "the sailing data you need, including berth schedules, tide tables, fare histories "
    "and an analysis of every route. For more information, check out the Harbour Times "
    "website or the app."
)
#: The story's closing note, long enough that with the pitch after it the loose text is
#: longer than any edge rule reads whole.
FARE_NOTE = (
    "Note: the fares quoted in this story are the operator's own and may change before "
    "the summer timetable starts."
)

CASES: list[tuple[str, str, str, bool | str]] = [
    ("update-notes", "<p>Updated at 4:15 p.m.</p>", "Updated at", "end"),
    ("closing-source-labels", "<p><strong>NORDPRESS.NET</strong></p>", "NORDPRESS.NET", "end"),
    (
        "inline-cards",
        "<p>The mayor, <span class='person'><a href='/people/ada-lind'>Ada Lind</a>"
        "<span class='card'><img src='ada.jpg'>Ada Lind <a href='/a'>Latest: ferry fares</a>"
        "</span></span>, agreed.</p>",
        "Latest: ferry fares",
        True,
    ),
    (
        "figure-text",
        "<figure><img src='quay.jpg'><span class='meta'><cite>Lena Ruud/Harbour Photo"
        "</cite></span></figure>",
        "Lena Ruud",
        True,
    ),
    (
        "image-captions",
        "<p><img src='quay.jpg'></p><p><em>The quay at low tide, seen from the ferry.</em></p>",
        "seen from the ferry",
        True,
    ),
    (
        "credited-image-captions",
        "<div><img src='quay.jpg'></div><div><div>Workers lower a granite block onto the "
        "breakwater from a floating crane off the north quay on Monday, June 2, 2025, as the "
        "tide turns; the crane can lift only at slack water, which has slowed the works by "
        "several weeks this spring.</div>\n  <div>Lena Ruud, AP</div></div>",
        "floating crane",
        True,
    ),
    (
        # a caption under its credit line, in the box beside the picture
        "credited-image-captions",
        "<div><img src='quay.jpg'><div><div>Photo: Lena Ruud</div><div>The harbour master "
        "(left) shows the mayor the new lock gates on Monday.</div></div></div>",
        "harbour master (left)",
        True,
    ),
    (
        # a caption set as a heading past wrappers holding only the picture
        "credited-image-captions",
        "<div><div><div><div><img src='quay.jpg'></div></div></div></div><div><h5>The new "
        "lock gates at dawn. (Photo: Lena Ruud, Harbour Trust)</h5></div>",
        "lock gates at dawn",
        True,
    ),
    (
        "alt-captions",
        "<div><img src='quay.jpg' alt='Divers inspect the old harbour wall at low tide on "
        "Monday.'></div><div>Divers inspect the old harbour wall at low tide on Monday.</div>",
        "Divers inspect",
        True,
    ),
    (
        # a caption set as a heading inside a <figure>
        "alt-captions",
        "<figure><div><div><img src='quay.jpg' alt='Divers inspect the old harbour wall at "
        "low tide on Monday.'></div><h2>Divers inspect the old harbour wall at low tide on "
        "Monday.</h2></div></figure>",
        "Divers inspect",
        True,
    ),
    (
        # the caption's second line closing the picture's box (who took it, where)
        "alt-captions",
        "<div><img src='quay.jpg' alt='Divers inspect the old harbour wall at low tide on "
        "Monday.'><p>Divers inspect the old harbour wall at low tide on Monday.</p>"
        "<p>Lena Ruud, Quay Street, Port Elwin.</p></div>",
        "Lena Ruud",
        True,
    ),
    (
        # a credit of names alone after the caption, the two in the picture's paragraph
        "credited-image-captions",
        "<p><img src='quay.jpg'><span>The harbour master opens the new lock gates.</span>"
        "<span>HPA / Ruud</span></p>",
        "HPA / Ruud",
        True,
    ),
    (
        "boxed-captions",
        "<div><img src='quay.jpg'><span>The new lock gates stand open for the first "
        "time.</span></div>",
        "lock gates",
        True,
    ),
    (
        "closing-appeals",
        "<p>Get the harbour briefing in your inbox every morning: sign up here.</p>",
        "harbour briefing",
        "end",
    ),
    (
        "engagement-prompts",
        "<p>Permalink: https://www.harbourtimes.example/p/8812</p><p>Imprimer cette page</p>",
        "Permalink",
        "end",
    ),
    ("engagement-prompts", "<p>(Alle Angaben ohne Gewähr)</p>", "ohne Gewähr", "end"),
    (
        "filing-lines",
        "<p>3. Mai 2010 · Abgelegt unter Hafen, Fähren | 4 Kommentare</p>",
        "Abgelegt unter",
        True,
    ),
    (
        "post-footers",
        "<p>Erstellt am Montag, 3. Mai 2010 um 10:00 und abgelegt unter Hafen, Fähren. "
        "Kommentare zu diesem Eintrag im RSS 2.0 Feed. Sie können einen Kommentar schreiben "
        "oder einen Trackback auf Ihrer Seite einrichten.</p>",
        "abgelegt unter",
        "end",
    ),
    (
        "engagement-prompts",
        "<div><span><span>Gefällt mir</span></span> <span>Lade …</span></div>",
        "Lade",
        True,
    ),
    ("engagement-prompts", "<div>J’aime Chargement…</div>", "Chargement", True),
    ("engagement-prompts", "<div>Gefällt mir Wird geladen...</div>", "geladen", True),
    ("engagement-prompts", "<div><span>Teilen über:</span></div>", "Teilen", True),
    ("engagement-prompts", "<p>Spread the news:</p>", "Spread", "end"),
    ("engagement-prompts", "<div><span>Beitrag teilen:</span></div>", "Beitrag teilen", True),
    ("engagement-prompts", "<p>Artikel jetzt teilen</p>", "Artikel jetzt teilen", "end"),
    (
        "engagement-prompts",
        "<div><span>Der Artikel gefällt dir? Mit Freunden teilen</span></div>",
        "Mit Freunden teilen",
        True,
    ),
    ("engagement-prompts", "<p>Jetzt teilen</p>", "Jetzt teilen", "end"),
    ("engagement-prompts", "<div><span>Partager l'article</span></div>", "Partager", True),
    (
        "engagement-prompts",
        "<p>Did you like this story? Share it with your friends!</p>",
        "Share it with",
        "end",
    ),
    (
        "post-navigation-labels",
        "<h3><span>Vorschau auf den nächsten Artikel</span></h3>",
        "Vorschau auf",
        True,
    ),
    ("post-navigation-labels", "<a href='/p/2'><div>Next article »</div></a>", "Next", "end"),
    (
        "post-navigation-labels",
        "<p>... weiter zu \"<a href='/kurs/teil-3'>Teil 3: Der Ankerplatz</a>\"</p>",
        "Ankerplatz",
        "end",
    ),
    (
        "engagement-prompts",
        "<p><a href='/impressum'>IMPRESSUM</a> | <a href='/datenschutz'>DATENSCHUTZ</a> | "
        "COPYRIGHT HARBOUR TIMES</p>",
        "IMPRESSUM",
        "end",
    ),
    (
        "review-notes",
        "<p>Dieser Ratgeber folgt den aktuellen Leitlinien und wurde von Fachärzten geprüft.</p>",
        "Fachärzten",
        True,
    ),
    ("review-notes", "<div>Medically reviewed by Ada Lind, MD</div>", "Ada Lind", "end"),
    (
        "closing-appeals",
        "<p>Harbour Times jetzt auch digital! Einfach hier klicken und registrieren.</p>",
        "jetzt auch digital",
        "end",
    ),
    (
        "closing-appeals",
        "<p>¿Ya lo sabías? Tenemos canal de Telegram: únete desde tu celular.</p>",
        "canal de Telegram",
        "end",
    ),
    (
        "related-rails",
        "<ul class='news-stream'><li class='js-stream-content'><p>Ferry fares frozen for a "
        "second year, the operator says.</p><span>Harbour Times</span></li></ul>",
        "Ferry fares frozen",
        False,
    ),
    (
        "credited-captions",
        # no image right before it: a caption after an image is image-captions' to take
        "<p>The new breakwater seen from the lighthouse. © Harbour Photo Agency | Lena Ruud</p>",
        "seen from the lighthouse",
        True,
    ),
    (
        "closing-notices",
        # a row of links closed by the site's notice: no picture's caption
        "<div><a href='/about'>About</a> | <a href='/privacy'>Privacy</a> | "
        "<a href='/contact'>Contact</a> © 2031 Harbour Media Group</div>",
        "Harbour Media Group",
        "end",
    ),
    (
        "copyright-notices",
        "<p>Harbour Times 2024. All rights reserved. This material may not be published or "
        "redistributed.</p>",
        "All rights reserved",
        "end",
    ),
    (
        "copyright-notices",
        "<p>港湾晚报网 版权所有，未经书面授权不得转载、摘编。</p>",
        "版权所有",
        "end",
    ),
    (
        "copyright-notices",
        "<p>港湾新聞に掲載の記事・写真の無断転載を禁じます。</p>",
        "無断転載",
        "end",
    ),
    (
        "player-settings",
        "<div class='vp-settings-container'><div>Video quality</div><div>Auto</div>"
        "<div>High (HD)</div><div>Caption font</div><div>Arial</div><div>Georgia</div>"
        "<div>Opacity</div><div>75% (transparency)</div><div>Captions will look like this"
        "</div></div>",
        "Captions will look like this",
        True,
    ),
    (
        "chart-labels",
        "<div class='ai2html ai2html-box'><div class='g-artboard' data-min-width='600'>"
        "<div class='g-label'><p>Tonnes landed</p></div><div class='g-label'><p>’19</p></div>"
        "<div class='g-label'><p>’20</p></div><div class='g-label'><p>4,120</p></div></div></div>",
        "Tonnes landed",
        True,
    ),
    (
        "placed-chart-labels",
        "<div><img src='chart.png'><div style='top:8%;left:1%'><p>Tonnes landed</p></div>"
        "<div style='top:90%;left:10%'><p>’19</p></div><div style='top:90%;left:50%'><p>’20</p>"
        "</div><div style='top:30%;right:92%'><p>4,120</p></div></div>",
        "Tonnes landed",
        True,
    ),
    (
        "player-shells",
        "<div aria-label='Harbour TV video player'><div role='slider' aria-label='Seek'></div>"
        "<div role='button'>Options</div><div>Resolution</div><ul><li>Automatic</li>"
        "<li>720p</li></ul><div>Letter size</div>"
        "<div>This is how subtitles will appear</div></div>",
        "Letter size",
        True,
    ),
    (
        "widget-failure-notices",
        "<div>Sorry, we can't load comments right now. Try again.</div>",
        "load comments",
        True,
    ),
    (
        "gallery-in-story",
        "<div class='photoGallery'><h2>In pictures: the breakwater</h2><ul>"
        "<li><img src='a.jpg'><p>1/2 Granite blocks waiting on the quay for the barge.</p></li>"
        "<li><img src='b.jpg'><p>2/2 The crane that lifts them, hired from a yard up the coast."
        "</p></li></ul></div>",
        "Granite blocks waiting",
        True,
    ),
    (
        "script-notices",
        "<p>This photo gallery requires JavaScript.</p><p>Please enable JavaScript in your "
        "browser to view this content.</p>",
        "photo gallery requires",
        True,
    ),
    (
        "script-notices",
        "<p>Dieser Shop setzt voraus, dass Sie JavaScript aktiviert haben. Bitte aktivieren "
        "Sie JavaScript und laden Sie die Seite erneut.</p><p>Aktivieren Sie JavaScript, um "
        "das Video zu sehen.</p><p>Veuillez activer JavaScript pour afficher cette page.</p>",
        "Dieser Shop",
        True,
    ),
    (
        "embed-consent-notices",
        "<div>Wir würden hier gerne eine Karte zeigen. Leider haben Sie uns hierfür keine"
        " Zustimmung gegeben.</div>",
        "keine Zustimmung",
        True,
    ),
    (
        "embed-consent-notices",
        "<div>Um Ihre Daten zu schützen, haben wir das Laden der Inhalte von social.example"
        " blockiert.</div>",
        "blockiert",
        True,
    ),
    (
        "embed-consent-notices",
        "<p>An dieser Stelle findest du einen externen Inhalt von Instagram, der den Bericht"
        " ergänzt.</p><p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt"
        " werden.</p>",
        "externen Inhalt",
        True,
    ),
    (
        "captcha-notices",
        "<div>This site is protected by reCAPTCHA and the Google <a href='https://policies."
        "google.com/privacy'>Privacy Policy</a> and <a href='https://policies.google.com/"
        "terms'>Terms of Service</a> apply.</div>",
        "protected by reCAPTCHA",
        True,
    ),
    (
        "post-footers",
        "<p>This entry was posted on Monday, May 3rd, 2010 at 10:00 am and is filed under "
        "Harbour, Ferries. You can follow any responses to this entry through the RSS 2.0 "
        "feed. You can leave a response, or trackback from your own site.</p>",
        "filed under",
        "end",
    ),
    (
        "author-box-lines",
        "<div><p>Harbour pilot for thirty years, now writing about ships. View all posts by "
        "Jon Berg</p></div>",
        "Harbour pilot for thirty",
        "end",
    ),
    (
        "author-box-sections",
        "<p>Autoreninfo</p><p>Jonte Varga schreibt seit zwölf Jahren über den Hafen.</p>"
        "<p>So erreichen Sie Jonte Varga:</p>",
        "seit zwölf Jahren",
        "end",
    ),
    (
        "about-sections",
        "<h4>About us</h4><p>Harbour Lets finds you a cottage by the water for a week or a "
        "season, and we know every landlord on our list.</p>",
        "cottage by the water",
        "end",
    ),
    (
        "closing-appeals",
        "<p>Harbour Briefing: to start your week, sign up for the free weekly newsletter.</p>",
        "Harbour Briefing",
        "end",
    ),
    (
        "closing-appeal-sections",
        "<h2>Before you go...</h2><p>The Harbour Times is owned by its readers.</p>"
        "<ul><li>Ada Lind, editor</li><li>Jon Berg, harbour reporter</li></ul>",
        "Jon Berg",
        "end",
    ),
    (
        "closing-notice-sections",
        "<h2>Disclaimer</h2><p>Use of this site means you accept our terms of service.</p>"
        "<p>Reader guidelines apply to anything you post here.</p>",
        "Reader guidelines",
        "end",
    ),
    (
        "closing-notice-sections",
        "<p>HOUSE RULES</p><ol><li>We welcome comments on the day's harbour stories.</li>"
        "<li>Please stay on topic and write in full sentences.</li></ol>",
        "stay on topic",
        "end",
    ),
    (
        "disclaimer-lines",
        "<p>Disclaimer: The answers below are not provided or endorsed by the ferry company.</p>",
        "not provided or endorsed",
        "end",
    ),
    (
        "edge-affiliate-notices",
        "<p>We test every pass ourselves. We may earn a commission if you buy through our "
        "links.</p>",
        "We test every pass",
        "end",
    ),
    (
        # one block of text past the body rules' usual 300 characters: since the long
        # notices, the body rule reads it up to its own length, before the edge rule
        "liked-prompts",
        "<p>Oh, hat dir \u201eDie Werft am Fluss\u201c gefallen, geholfen oder zum Staunen "
        "gebracht? Dann lass uns ein Herz da oder schick den Text an Leute, die gern am "
        "Wasser sind. Wir lesen jede Nachricht, die ihr uns schreibt, und freuen uns noch "
        "mehr, wenn ihr uns in den Netzwerken folgt, wo wir jeden Tag Bilder von Booten, "
        "Kränen und Stegen zeigen, von früh bis spät, im Sommer wie im Winter, bei Sonne "
        "und bei Regen.</p>",
        "lass uns ein Herz",
        "end",
    ),
    (
        # the same ask in a block the body rule does not read (a <section>)
        "edge-liked-prompts",
        "<section>Oh, hat dir \u201eDie Werft am Fluss\u201c gefallen, geholfen oder zum Staunen "
        "gebracht? Dann lass uns ein Herz da oder schick den Text an Leute, die gern am "
        "Wasser sind. Wir lesen jede Nachricht, die ihr uns schreibt, und freuen uns noch "
        "mehr, wenn ihr uns in den Netzwerken folgt, wo wir jeden Tag Bilder von Booten, "
        "Kränen und Stegen zeigen, von früh bis spät, im Sommer wie im Winter, bei Sonne "
        "und bei Regen.</section>",
        "lass uns ein Herz",
        "end",
    ),
    ("tool-labels", "<p>Artikel versenden</p>", "Artikel versenden", "end"),
    ("tool-labels", "<p>En savoir plus</p>", "En savoir plus", "end"),
    ("tool-labels", "<p>Bilder des Festes</p>", "Bilder des", "end"),
    ("tool-labels", "<div><span>Einbetten</span></div>", "Einbetten", "end"),
    ("tool-labels", "<div><span>WhatsApp</span></div>", "WhatsApp", "end"),
    ("tool-labels", "<div><span>E-Mail-Adresse</span></div>", "E-Mail-Adresse", "end"),
    ("reading-time", "<p>Ten tekst przeczytasz w mniej niż minutę</p>", "przeczytasz", "end"),
    ("reading-time", "<p>Czas czytania: 4 min.</p>", "Czas czytania", "end"),
    (
        "pointer-lines",
        '<p>Alles über die Fähren findest du <a href="/faehren">hier</a>.</p>',
        "findest du",
        "end",
    ),
    (
        "pointer-lines",
        '<p>Weitere Infos unter <a href="https://hafen.example">www.hafen.example</a>.</p>',
        "Weitere Infos",
        "end",
    ),
    (
        "pointer-lines",
        "<p>Wie der Steg gebaut wird, erklären wir in unserem Beitrag "
        '<a href="/steg">Der neue Steg: so geht es</a></p>',
        "erklären wir",
        "end",
    ),
    (
        "comment-invitations",
        "<p>Verraten Sie gerne in den Kommentaren: Wie finden Sie den neuen Steg?</p>",
        "Verraten Sie",
        True,
    ),
    (
        "comment-invitations",
        "<p>What do you think? Let us know in the comments.</p>",
        "Let us",
        True,
    ),
    (
        "comment-invitations",
        "<p>Um den Beitrag kommentieren zu können, müssen Sie eingeloggt sein.</p>",
        "eingeloggt",
        True,
    ),
    # what a comment widget shows before its script runs, and the call heading it
    (
        "comment-remnants",
        "<p>Kommentare werden geladen. Bitte kurz warten...</p>",
        "geladen",
        "end",
    ),
    ("comment-remnants", "<p>Hier ist Ihre Meinung gefragt</p>", "Meinung gefragt", "end"),
    ("comment-openers", "<p>3 Kommentare zum Artikel</p>", "zum Artikel", "end"),
    # the comment form's own calls, naming no comment, and the login note's purpose first
    (
        "comment-invitations",
        "<div>8 Kommentare Geben Sie jetzt Ihre Meinung zu diesem Thema ab</div>",
        "Ihre Meinung",
        "end",
    ),
    (
        "comment-invitations",
        "<p>Werden Sie Teil unserer Hafenrunde und diskutieren Sie mit!</p>",
        "diskutieren Sie mit",
        "end",
    ),
    (
        "comment-invitations",
        "<p>Um einen Kommentar zu schreiben, melden Sie sich bitte an.</p>",
        "Um einen Kommentar",
        "end",
    ),
    (
        "comment-invitations",
        "<div><i>Du willst beim Hafenlesen mitmachen? Dann hinterlasse einfach einen "
        "Kommentar unter diesem Beitrag mit einem Link zu deinem Beitrag, in dem du dein "
        "Buch vorstellst und kurz erzählst, warum du es gewählt hast. Das Bild darfst du "
        "gern verwenden :)</i><br><h3>Dabei sind:</h3><div><a href='/a'>Die Hafenrunde</a>"
        "</div><div><a href='/b'>Leseclub am Deich</a></div></div>",
        "Dann hinterlasse",
        "end",
    ),
    ("download-lines", "<p>Dieses Interview als PDF herunterladen</p>", "als PDF", True),
    (
        "download-lines",
        '<p><a href="/merkblatt.pdf">Merkblatt vom 4. Mai 2021</a>PDF | 38 KB | Datei ist nicht '
        "barrierefrei</p>",
        "38 KB",
        True,
    ),
    (
        "contact-cards",
        "<p>Ada Lind | Harbour Dredging | Tel. +47 55 12 34 56 | ada@harbour.example</p>",
        "Ada Lind",
        "end",
    ),
    (
        "contact-sections",
        "<h3>Pressekontakt</h3><p>Ada Lind, Harbour Dredging</p>",
        "Pressekontakt",
        "end",
    ),
    ("comment-openers", "<p>Kommentar verfassen</p>", "Kommentar verfassen", "end"),
    (
        "comment-remnants",
        "<div><strong>Kommentar verfassen</strong><p>Du musst angemeldet sein, um einen"
        " Kommentar abzugeben.</p></div>",
        "Kommentar verfassen",
        "end",
    ),
    # a span standing as a line of its own reads as the section's heading
    (
        "comment-sections",
        "<div><span>Kommentar verfassen</span><p>Du musst angemeldet sein, um einen Kommentar"
        " abzugeben.</p></div>",
        "angemeldet sein",
        "end",
    ),
    (
        "company-profiles",
        "<div><p>Harbour Dredging is a leading provider of marine works in the north. Founded"
        " in 1961, it is headquartered in Bergen.</p></div>",
        "leading provider",
        "end",
    ),
    (
        "wire-credits",
        "<p>Ada Lind contributed reporting from Oslo.</p>",
        "contributed reporting",
        "end",
    ),
    # the credit as a label and its names
    (
        "wire-credits",
        "<p>Contributing: Ada Lind, Jo B. Berg, Harbour Wire.</p>",
        "Contributing",
        "end",
    ),
    ("wire-credits", "<p>Mitarbeit: Jonte Varga</p>", "Mitarbeit", "end"),
    (
        "outlet-credits",
        "<div><span>Harbour Times wire services</span></div>",
        "wire services",
        "end",
    ),
    (
        "outlet-credits",
        "<div><span>Ideas Contributor</span></div>",
        "Ideas Contributor",
        "end",
    ),
    # the label set in an element of its own writes no colon
    (
        "source-lines",
        "<div><span>Źródło</span> <span><span>Gazeta Lipowska</span></span></div>",
        "Gazeta Lipowska",
        "end",
    ),
    (
        "source-lines",
        "<p>Fuente Diario del Puerto</p>",
        "Diario del Puerto",
        "end",
    ),
    (
        "copyright-notices",
        "<p>Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze "
        "rozpowszechnianie tylko za zgodą wydawcy.</p>",
        "prawa zastrzeżone",
        "end",
    ),
    (
        "copyright-notices",
        "<p>Alle rechten voorbehouden. Overname alleen met toestemming van de uitgever.</p>",
        "rechten voorbehouden",
        "end",
    ),
    (
        "shortcode-lines",
        '<p>[button link="https://example.org/tips/" type="big"] Send us your tip[/button]</p>',
        "Send us your tip",
        True,
    ),
    (
        "shortcode-lines",
        '<p>[caption id="attachment_12" width="640"] The pier at dusk.[/caption]</p>',
        "[caption",
        True,
    ),
    (
        "toggled-captions",
        "<div>The old pier seen from the breakwater at dusk on Tuesday, May 6, 2025."
        "<a> less</a></div><div>The old pier seen from the breakwater at...<a> more</a></div>",
        "The old pier",
        True,
    ),
    (
        "comment-remnants",
        "<p>Comments are moderated before they appear.</p>",
        "moderated",
        "end",
    ),
    (
        "comment-sections",
        "<h3>2 comments</h3><div><a href='/u/7'>harbourwatcher</a> 3 May, 9:12</div>"
        "<p>The breakwater was late the last time too, and the time before that.</p>",
        "the time before that",
        "end",
    ),
    (
        "comment-sections",
        "<h2>Ein Gedanke zu „Der Hafen im Winter“</h2><ol><li><b>Jonas</b> 4. Mai 2025"
        "<p>Schön geschrieben, ich war im Februar selbst dort und habe gefroren.</p></li></ol>",
        "im Februar selbst dort",
        "end",
    ),
    (
        "comment-sections",
        "<h3>Une réponse à « Le port en hiver »</h3><ol><li><b>Claire</b> 4 mai 2025"
        "<p>Merci pour ce récit, nous y allons en décembre avec les enfants.</p></li></ol>",
        "en décembre avec les enfants",
        "end",
    ),
    (
        "comment-remnants",
        "<div><span>Neueste</span><div><span>Älteste</span> <span>Meist bewertet</span></div>"
        "</div><div>Inline Feedbacks</div>",
        "Meist bewertet",
        "end",
    ),
    ("comment-openers", "<p>Schreiben Sie den ersten Kommentar</p>", "ersten Kommentar", "end"),
    (
        "comment-remnants",
        "<div>Kommentare sind bei diesem Artikel deaktiviert.</div>",
        "deaktiviert",
        "end",
    ),
    (
        "comment-remnants",
        "<div>Poster un commentaire</div><div>Vous devez vous abonner ou vous connecter afin "
        "de poster un commentaire.</div>",
        "Poster un commentaire",
        "end",
    ),
    (
        "comment-policies",
        "<div><strong>Kommentar-Regeln der Redaktion</strong><br>Bitte lies unsere "
        "Kommentar-Regeln, bevor Du einen Kommentar verfasst.</div>",
        "Kommentar-Regeln",
        "end",
    ),
    (
        "comment-buttons",
        "<div>6 commentaires</div><div><div>Marcel D.</div><div>Le quai était déjà en retard "
        "la dernière fois.</div></div>",
        "déjà en retard",
        "end",
    ),
    (
        "comment-buttons",
        "<div><span>Show comments</span></div><div>Gold badge</div>"
        "<p>You need an account to flag a comment on the breakwater story.</p>",
        "flag a comment",
        "end",
    ),
    (
        "reading-time",
        "<p>4 min read</p>",
        "min read",
        "end",
    ),
    (
        "hidden-attribute",
        "<div hidden><p>Secret duplicate headline text</p></div>",
        "Secret duplicate",
        False,
    ),
    (
        "aria-hidden",
        "<span aria-hidden='true'>Decorative icon label here</span>",
        "Decorative icon",
        False,
    ),
    (
        "hidden-style",
        "<div style='opacity:0.000001;z-index:-1'>Ghost toolbar text</div>",
        "Ghost toolbar",
        False,
    ),
    (
        "hidden-class",
        "<div class='sr-only'>Screen reader only note</div>",
        "Screen reader only",
        True,
    ),
    (
        "chrome-tags",
        "<nav><a href='/'>Home</a><a href='/world'>World news</a></nav>",
        "World news",
        False,
    ),
    (
        "forms",
        "<form action='/newsletter'><p>Get our morning briefing</p><label>Your email"
        "</label><input type='email'></form>",
        "morning briefing",
        False,
    ),
    (
        "form-boxes",
        "<div><div><h3>The Friday digest</h3><p>Our best reads, once a week.</p></div>"
        "<form action='/join'><input type='email' name='address'><button>Join</button></form>"
        "</div>",
        "Friday digest",
        False,
    ),
    (
        "chrome-roles",
        "<div role='navigation'><a href='/a'>Section A list</a></div>",
        "Section A list",
        False,
    ),
    (
        "control-labels",
        "<div class='x1'><div class='x2' role='button' tabindex='0'><span>Show picture</span>"
        "<span>Hide picture</span></div></div>",
        "Show picture",
        True,
    ),
    (
        "control-labels",
        "<div class='x4'><label for='d1'>Check-in</label><div class='x5'>"
        "<input type='date' id='d1'></div></div>",
        "Check-in",
        True,
    ),
    (
        "control-labels",
        "<div class='x6'><button type='button' aria-label='Like'></button>"
        "<span class='x7'>1.2k</span></div>",
        "1.2k",
        True,
    ),
    (
        "control-labels",
        "<div class='x3' role='tooltip'><h6><span>Read Later</span></h6></div>",
        "Read Later",
        True,
    ),
    (
        "control-labels",
        "<div class='x9'><button type='button'><svg></svg></button><span>Keep for later</span>"
        "</div>",
        "Keep for later",
        True,
    ),
    (
        "control-labels",
        "<div class='x8'><ul><li><div><span tabindex='0'>Hear the story read</span></div></li>"
        "<li><button type='button'>A-</button></li></ul></div>",
        "Hear the story read",
        True,
    ),
    (
        "page-header",
        "<header><a href='/'>Harbour Times front page</a></header>",
        "Harbour Times front page",
        False,
    ),
    (
        "masthead-navigation",
        "<div class='site-footer'>About us · Contact · Jobs board</div>",
        "Jobs board",
        False,
    ),
    ("ad-slots", "<div class='ad-slot'>Buy cheap boats today only</div>", "cheap boats", True),
    ("ad-labels", "<div class='x1'>Advertisement</div>", "Advertisement", True),
    ("ad-labels", "<div class='x1'>Report this ad</div>", "Report this", True),
    ("ad-labels", "<div class='x1'>Advertisements</div>", "Advertisements", True),
    ("ad-labels", "<p>Anzeigen</p>", "Anzeigen", True),
    ("ad-labels", "<div class='x1'>Anzeigen:</div>", "Anzeigen", True),
    ("ad-labels", "<h6>Ads</h6>", "Ads", True),
    ("ad-labels", "<div class='x1'>Video Ad Feedback</div>", "Ad Feedback", True),
    (
        "tool-lists",
        "<ul class='q1'><li class='q2'><span></span><span>Share</span></li>"
        "<li class='q2'><span>Print</span></li><li class='q3'><a href='#c'>16</a></li></ul>",
        "Print",
        True,
    ),
    ("ad-labels", "<span class='x2'>Sponsorisé</span>", "Sponsoris", True),
    (
        "share-tools",
        "<div class='article-share-bar'>Share this story on social</div>",
        "Share this story",
        True,
    ),
    (
        "comment-host-credits",
        "<a href='https://thread-host.example'>blog comments powered by <b>Disqus</b></a>",
        "powered by",
        True,
    ),
    (
        "continue-reading-links",
        "<a href='#after'>Continue reading the main story</a>",
        "Continue reading",
        True,
    ),
    (
        "related-rails",
        "<div class='related-stories'><a href='/x'>Other harbour news</a></div>",
        "Other harbour news",
        False,
    ),
    (
        "newsletter-subscription",
        "<div class='newsletter-signup'>Get the morning briefing</div>",
        "morning briefing",
        True,
    ),
    (
        "cookie-consent",
        "<div id='cookie-banner'>We use cookies to improve things</div>",
        "We use cookies",
        False,
    ),
    (
        "comment-widgets",
        "<section id='comments'><p>Great article, thanks a lot!</p></section>",
        "Great article",
        False,
    ),
    (
        "author-bio",
        "<div class='author-bio'>Jo Smith covers the coast for us.</div>",
        "covers the coast",
        True,
    ),
    ("tag-lists", "<ul class='tag-list'><li>Harbours</li><li>Council</li></ul>", "Harbours", True),
    ("byline-and-dateline", "<div class='byline'>By Jo Smith, March 3</div>", "By Jo Smith", True),
    (
        "text-size-tools",
        "<span class='text_size'><span>text size:</span> <a href='#'>A</a> <a>A</a></span>",
        "text size:",
        True,
    ),
    (  # Drupal's "submitted" line
        "byline-and-dateline",
        "<div class='submitted'>Submitted by jsmith on Tue, 03/05/2024 - 09:12</div>",
        "Submitted by",
        True,
    ),
    (
        "captions-and-credits",
        "<span class='photo-credit'>Photo agency archive</span>",
        "Photo agency",
        True,
    ),
    (
        "figcaption",
        "<figure><figcaption>The breakwater at dawn</figcaption></figure>",
        "at dawn",
        True,
    ),
    (
        "disclaimers-and-contact",
        "<div class='disclaimer'>Affiliate links earn us money</div>",
        "Affiliate links",
        True,
    ),
    (
        "hidden-stylesheet",
        "<style>.promo-panel { color: red; display: none }</style>"
        "<div class='promo-panel'>Win a weekend at the spa</div>",
        "Win a weekend",
        True,
    ),
    (
        "chrome-exact-names",
        "<div class='header'>Weather: sunny spells</div>",
        "sunny spells",
        False,
    ),
    ("overlays", "<div class='modal'>Please log in to continue</div>", "Please log in", False),
    (
        "read-also-teasers",
        "<p>Read also: <a href='/y'>Lighthouse sold</a></p>",
        "Lighthouse sold",
        True,
    ),
    (
        "read-also-teasers",
        "<blockquote><b>LEE TAMBIÉN: </b><a href='/y'>El faro, vendido</a></blockquote>",
        "El faro",
        True,
    ),
    (
        "read-also-teasers",
        "<div class='r1'><h3 class='r2'>Related</h3></div>",
        "Related",
        True,
    ),
    (
        "read-also-teasers",
        "<div class='t7'><div class='t8'>Trending Articles</div><div class='t9'></div></div>",
        "Trending Articles",
        True,
    ),
    ("credit-lines", "<p>Photo: Harbour archive collection</p>", "Harbour archive", True),
    # French sets a space before the colon
    ("credit-lines", "<p>Photo : Archives du port</p>", "Archives du port", True),
    (
        "credit-lines",
        "<p>Image illustrative : Les grues du quai par Ada Lind, licence Creative Commons</p>",
        "grues du quai",
        True,
    ),
    (
        "engagement-prompts",
        "<p>Share this article with your friends</p>",
        "with your friends",
        True,
    ),
    (
        "engagement-prompts",
        "<p class='x3f'>Sharing is caring!</p>",
        "Sharing is caring",
        True,
    ),
    ("date-only-blocks", "<div>12.03.2024</div>", "12.03.2024", True),
    (
        "post-meta-lines",
        "<p>12.03.2024 um 09:40 Uhr - Ada Lind - 14 Kommentare</p>",
        "14 Kommentare",
        True,
    ),
    ("post-meta-lines", "<p>Ada Lind Stand: 12. März 2024</p>", "Ada Lind Stand", True),
    ("view-counts", "<div><span>Post Views: 1.128</span></div>", "Post Views", True),
    ("view-counts", "<p>37 views</p>", "37 views", "end"),
    (
        "price-data-footnotes",
        "<p>Letzte Aktualisierung am 3.02.2025 / Affiliate Links / Bilder von der Amazon "
        "Product Advertising API</p>",
        "Letzte Aktualisierung",
        True,
    ),
    (
        "price-data-footnotes",
        "<div><p>Last update on 2025-02-03 at 08:12 / Affiliate links / Images from Amazon "
        "Product Advertising API</p></div>",
        "Last update on",
        "end",
    ),
    ("price-data-footnotes", "<p>* = Affiliate Links</p>", "* = Affiliate Links", "end"),
    ("rating-widgets", "<div><span>Bewertung: 4,5/5 (12 Stimmen)</span></div>", "Stimmen", True),
    ("rating-widgets", "<p>No ratings yet</p>", "No ratings yet", "end"),
    ("rating-widgets", "<div>Loading...</div>", "Loading...", "end"),
    ("rating-widgets", "<div>Carregando...</div>", "Carregando", True),
    ("rating-widgets", "<div><span>(38 Stimmen: 4,21 von 5)</span></div>", "Stimmen", True),
    ("rating-widgets", "<p>Rating: 4.0/5 (3 votes cast)</p>", "votes cast", True),
    (
        "rating-widgets",
        "<p>Breakwater to be late, 4.5 out of 5 based on 12 ratings</p>",
        "based on 12 ratings",
        "end",
    ),
    ("rating-prompts", "<div><span>Rezept bewerten:</span></div>", "Rezept bewerten", True),
    ("rating-prompts", "<p>5 from 13 votes</p>", "13 votes", True),
    ("rating-prompts", "<div>Jetzt bewerten! Danke für die Bewertung!</div>", "bewerten", True),
    ("rating-prompts", "<div>Fandest du den Artikel hilfreich?</div>", "hilfreich", "end"),
    ("rating-prompts", "<p>Was this article helpful?</p>", "helpful", "end"),
    ("rating-prompts", "<div>Sie haben bereits abgestimmt.</div>", "abgestimmt", True),
    ("rating-prompts", "<div>4,53 bei 4394 Bewertungen</div>", "4394", True),
    ("rating-prompts", "<div>Wie hat Ihnen dieser Artikel gefallen?</div>", "gefallen", True),
    ("rating-prompts", "<div>(12 votes, average: 4.50 out of 5)</div>", "12 votes", True),
    (
        "rating-tally-spans",
        "<p>The quay reopens in May.<br><span><b>Beitrag bewerten:</b> (<b>58</b> Stimmen: "
        "<b>3,91</b> von 5)</span></p>",
        "Stimmen",
        True,
    ),
    (
        "control-label-lines",
        "<div><span>Bild anzeigen</span> <span>Bild schließen</span></div>",
        "Bild anzeigen",
        True,
    ),
    ("control-label-lines", "<div>Merken.</div>", "Merken", True),
    ("control-label-lines", "<p>Read later</p>", "Read later", True),
    ("control-label-lines", "<div><a href='/more'>Mehr erfahren</a></div>", "Mehr erfahren", True),
    ("control-label-lines", "<div>Artikel anhören</div>", "anhören", True),
    (
        "rating-empty-spans",
        "<div></div> <span><img src='off.gif'> (Noch keine Bewertungen)<br></span>"
        "<span><img src='spin.gif'>Loading...</span>",
        "Noch keine Bewertungen",
        "end",
    ),
    (
        "rating-empty-spans",
        "<div></div> <span><img src='off.gif'> (12 Stimmen: 4,5 von 5)<br></span>"
        "<span><img src='spin.gif'>Loading...</span>",
        "Loading...",
        "end",
    ),
    (
        "engagement-prompts",
        "<div><div>Como você se sentiu com essa matéria?</div></div>",
        "se sentiu",
        True,
    ),
    ("engagement-prompts", "<p>How did you feel about this article?</p>", "feel about", True),
    ("engagement-prompts", "<p>Deixe sua opinião</p>", "opinião", "end"),
    ("agency-credits", "<p>Harbour wall at dusk / Getty Images</p>", "Harbour wall", True),
    (
        "credit-microdata",
        "<span itemprop='copyrightHolder'>Studio Lumen Harbour Archive</span>",
        "Studio Lumen",
        True,
    ),
    ("media-labels", "<figure><span>Image</span></figure>", "Image", True),
    # a close control's label in another language, left when its box's links went
    (
        "media-labels",
        "<div><a href='/x'><img src='x.png'></a><div><span>Fermer</span></div></div>",
        "Fermer",
        True,
    ),
    ("media-labels", "<div><div><span>关闭</span></div></div>", "关闭", True),
    (
        "encoded-fragments",
        "<div class='k1'>%2Fworld%2Fharbour-plans-delayed%2F</div>",
        "harbour-plans-delayed",
        "end",
    ),
    (
        "slide-counters",
        "<div class='photo-pos'><div class='n'>3 / 10</div></div>",
        "3 / 10",
        True,
    ),
    (
        "page-number-rows",
        "<div><div><span>&lt;&lt;</span></div><div><span>&lt;</span></div><div>"
        + "".join(f"<div><span>{n}</span></div>\n" for n in range(1, 9))
        + "</div><div><span>&gt;</span></div><div><span>&gt;&gt;</span></div></div>",
        "5",
        True,
    ),
    ("byline-lines", "<div>By Jo Smith and Ann Lee | 3 May</div>", "Jo Smith", True),
    (
        "byline-lines",
        "<div class='q7'>Monday March 3, 2025 7:45 am PST by <a href='/a/jo'>Jo Smith</a></div>",
        "Jo Smith",
        True,
    ),
    (
        "byline-lines",
        "<p>By Jo Smith and Ann Lee Monday, March 3, 2025, 09:15 am PT (12:15 pm ET)</p>",
        "Ann Lee",
        True,
    ),
    (
        "newsletter-subscription",
        "<div class='q81' data-test='newsletter-signup'><h2 class='q2'>Harbour Alerts</h2>"
        "<div class='q3'>The sailings that matter, every weekday morning.</div></div>",
        "Harbour Alerts",
        True,
    ),
    (
        "promo-paragraphs",
        "<div><div>Let our harbour news meet your inbox. The sailings that matter, every "
        "weekday.</div><div>Sign Up</div></div>",
        "harbour news",
        True,
    ),
    (
        "offer-promos",
        "<p>The harbour was quiet.</p><p>Looking for a berth? See current offers on "
        "berths.example</p>",
        "current offers",
        True,
    ),
    (
        "offer-promos",
        "<p>Hafenfernglas Seeblick – jetzt 15% Rabatt auf die erste Bestellung sichern</p>",
        "15% Rabatt",
        True,
    ),
    ("offer-promos", "<p>Jetzt mit 10% Treuerabatt</p>", "Treuerabatt", True),
    (
        "promo-paragraphs",
        "<p>Werden Sie Mitglied im Hafenclub und erhalten Sie exklusive Angebote!</p>",
        "Hafenclub",
        True,
    ),
    (
        "promo-paragraphs",
        "<p>Das ist Hafenluft für Ihren Posteingang: unser Newsletter!</p>",
        "Posteingang",
        True,
    ),
    (
        "closing-appeals",
        "<p>If you're on the Harbour Times app, tap here to watch the launch live</p>",
        "Harbour Times app",
        "end",
    ),
    ("closing-appeals", "<p>Sign up now</p>", "Sign up now", "end"),
    (
        "comment-sections",
        "<h4>Keine Kommentare:</h4><div>Kommentar veröffentlichen</div>"
        "<ul><li>Beliebte Posts</li><li>Der Hafen im Winter, ein Rückblick ...</li></ul>",
        "Beliebte Posts",
        "end",
    ),
    (
        "comment-buttons",
        "<div>Keine Kommentare:</div><div>Kommentar veröffentlichen</div>",
        "Keine Kommentare",
        "end",
    ),
    (
        "comment-remnants",
        "<p>Es sind keine Kommentare zum Artikel vorhanden, bitte schreiben Sie doch den "
        "ersten Kommentar.</p>",
        "den ersten Kommentar",
        "end",
    ),
    (
        "comment-policies",
        "<div>Es gibt kein Recht auf Veröffentlichung.</div>"
        "<div>Beachten Sie, dass die Redaktion unpassende Kommentare entfernen kann.</div>",
        "kein Recht auf Veröffentlichung",
        "end",
    ),
    (
        "comment-policies",
        "<p>Kommentare von Lesern stellen nicht die Meinung der Redaktion dar.</p>",
        "Meinung der Redaktion",
        "end",
    ),
    (
        "comment-invitations",
        "<p>Melde dich an, um einen Kommentar abzugeben</p>",
        "Melde dich an",
        True,
    ),
    (
        "issue-promos",
        "<p>The harbour was quiet.</p><p>Die neue Ausgabe des Hafenboten jetzt am Kiosk, im "
        "Abo oder als E-Paper lesen.</p>",
        "neue Ausgabe",
        True,
    ),
    (
        "market-data-notices",
        "<p>Quotes delayed at least 15 minutes. Share prices supplied by Northbank Feeds.</p>",
        "Quotes delayed",
        "end",
    ),
    (
        "ad-labels",
        "<div><p>Continue reading below</p><div data-ad-size='300x250'></div></div>",
        "Continue reading below",
        True,
    ),
    (
        "promo-paragraphs",
        "<p><strong>Start your week with The Quayside. The Quayside is what harbour pilots "
        "read on the night shift. <a href='/nl'>Sign up</a> for the free weekly newsletter."
        "</strong></p>",
        "The Quayside",
        True,
    ),
    (
        "support-appeals",
        "<p>Gefällt dir unser Gartenblog? Unterstütze uns schon mit 3 Euro im Monat.</p>",
        "Gartenblog",
        True,
    ),
    (
        "support-appeals",
        "<p>Czytasz nasz portal za darmo. Wesprzyj nas darowizną.</p>",
        "Wesprzyj",
        True,
    ),
    (
        "liked-prompts",
        "<p>Wenn euch dieser Beitrag über die Werft gefallen hat, spendiert uns einen Kaffee.</p>",
        "spendiert uns",
        True,
    ),
    (
        "liked-prompts",
        "<p>So, if you enjoyed this piece, pass it on to a friend who sails.</p>",
        "pass it on",
        True,
    ),
    (
        "affiliate-notices",
        "<div class='q4'><em><font size='2'>This post may contain affiliate links. Please "
        "see my <a href='/disclosure'>disclosure page</a>.</font></em></div>",
        "affiliate links",
        True,
    ),
    (
        "affiliate-notices",
        "<div><span>Dieser Beitrag enthält Affiliate-Links. Kaufst du über einen davon, "
        "erhalten wir eine kleine Provision.</span></div>",
        "Affiliate-Links",
        True,
    ),
    (
        "affiliate-notices",
        "<div><small>As an Amazon Associate I earn from qualifying purchases.</small></div>",
        "Amazon Associate",
        True,
    ),
    (
        "affiliate-notices",
        "<div><i>Post contains affiliate links. Thanks for supporting the blog!</i></div>",
        "Post contains",
        True,
    ),
    (
        "affiliate-notices",
        "<div><span>Wenn Sie über diese Links etwas kaufen oder auf sie klicken, erhalten wir "
        "eine kleine Provision.</span></div>",
        "Provision",
        True,
    ),
    (
        "edge-affiliate-notices",
        "<p>* Affiliate-Link: Geld erhalten wir, wenn Sie diesen Link anklicken und etwas "
        "kaufen.</p>",
        "Geld erhalten wir",
        "end",
    ),
    (
        "comment-policies",
        "<div class='x2'><div>Before posting, please read our community guidelines. We "
        "reserve the right to remove comments that are abusive or off topic.</div></div>",
        "community guidelines",
        "end",
    ),
    ("fact-boxes", "<div class='factbox'><ul><li>Length: 400 m</li></ul></div>", "Length:", True),
    (
        "media-players",
        "<div class='video-player'><button>Play</button><span>Video duration 2:10</span></div>",
        "Video duration",
        True,
    ),
    (
        "player-controls",
        # the clip's summary is prose: the box is no player-boxes one, its labels go alone
        "<div class='x4'><div><span>Mute</span></div><div><span>Current Time </span>0:00</div>"
        "<div><span>Playback Rate</span><div>1</div></div><div><span>Subtitles</span></div>"
        "<div><label>Font Size</label></div><div>"
        + "Divers inspect the cracked section of the breakwater at low tide. " * 5
        + "</div></div>",
        "Playback Rate",
        True,
    ),
    (
        "player-boxes",
        "<div class='g1'><div class='g2'>1 of 12</div><div>Full Screen</div><div>Autoplay</div>"
        "<div class='g3'><img src='/b.jpg' alt=''><div>Skip Ad</div></div>"
        "<div class='g4'>Pictures: the breakwater after the storm</div><div>View Photos</div>"
        "<div class='g5'>Waves break over the unfinished section on Sunday. Ada Lind</div>"
        "<a href='#'>Buy Photo</a></div>",
        "Pictures: the breakwater",
        True,
    ),
    (
        "player-countdowns",
        "<div class='v4'><div class='v5'>Harbour divers at work</div>"
        "<div class='v6'>Your video will play in 00:25</div></div>",
        "Your video will play",
        True,
    ),
    (
        "player-countdowns",
        "<div class='g2'><div class='g3'></div>"
        "<div class='g4'>Wait 1 second to continue.</div></div>",
        "Wait 1 second",
        True,
    ),
    (
        "player-countdowns",
        "<p class='e1'><span>Next video starts in : <span>7</span></span> <span>Play</span></p>",
        "Next video starts",
        True,
    ),
    (
        "clip-running-times",
        "<div class='v4'><div class='v6'><span>12:05</span>"
        "<span> - Source: <a href='/'>Harbour TV</a></span></div></div>",
        "12:05 - Source",
        True,
    ),
    (
        "clip-titles",
        "<div class='v4'><div class='v7'><div class='v8'>Divers check the breakwater at dawn</div>"
        "<div class='v6'>1:02:10 | Source: Harbour TV</div></div></div>",
        "Divers check the breakwater",
        True,
    ),
    (
        "player-remnants",
        "<div class='v4'><div class='v5'>Vídeo</div>"
        "<div class='v6' style='padding-bottom: 56.25%'><div class='v7'></div></div>"
        "<div class='v8'><span>Divers check the breakwater at dawn</span>"
        "<cite>Harbour TV</cite></div></div>",
        "Divers check the breakwater",
        True,
    ),
    (
        "sign-off-addresses",
        "<p>ada.lind@harbourtimes.example<br>(END)</p>",
        "ada.lind@",
        "end",
    ),
    (
        "closing-appeals",
        "<p>Wir bei WhatsApp: 0170 - 55 31 20 9</p>",
        "Wir bei WhatsApp",
        "end",
    ),
    (
        "closing-appeals",
        "<p>Send us a message on Telegram at +44 7700 900123</p>",
        "Send us a message",
        "end",
    ),
    (
        "closing-appeals",
        "<p>Nous sur Telegram : @hafenzeitung</p>",
        "Nous sur Telegram",
        "end",
    ),
    (
        "closing-appeals",
        "<p>Kennt ihr schon unseren Tidenrechner? Ihr findet ihn oben im Menü.</p>",
        "Tidenrechner",
        "end",
    ),
    (
        "closing-appeals",
        "<p>Sie wollen mehr von uns?</p>",
        "mehr von uns",
        "end",
    ),
    (
        "author-label-lines",
        "<p>Autorin: Jonte Varga</p>",
        "Jonte Varga",
        "end",
    ),
    (
        "closing-appeal-sections",
        "<h2>Newsletter</h2><p>Erhalten Sie jeden Morgen die Hafen-Nachrichten per E-Mail.</p>",
        "jeden Morgen",
        "end",
    ),
    (
        "closing-appeals",
        "<p>Verpasse keine Hafen-News!</p>",
        "Hafen-News",
        "end",
    ),
    (
        "social-follow-lists",
        "<div>Harbour Times, all day:<br>Facebook https://facebook.com/harbourtimes<br>"
        "X https://x.com/harbourtimes<br>LINE ID = @harbourtimes</div>",
        "facebook.com/harbourtimes",
        "end",
    ),
    # a label after a divider mark, or with dashes around it, read as the label
    ("credit-lines", "<p>+++<br>Credits: Titelbild Ada Lind</p>", "Titelbild", True),
    ("engagement-prompts", "<p>— Folgen Sie uns auf Mastodon —</p>", "Mastodon", True),
    (
        "edge-support-appeals",
        "<p>Gefällt dir unser Hafenmagazin? Als wir anfingen, haben wir beschlossen, keine "
        "Bezahlschranke einzuführen, und dabei bleibt es, denn die Geschichten vom Wasser "
        "sollen alle lesen können, die Boote, Kräne und Fähren mögen.<br><br>Damit wir "
        "weniger von Werbung abhängen und dir noch mehr Reportagen von den Kais und aus "
        "den Werften bringen können, brauchen wir deine Unterstützung.<br><br>Darum: Hilf "
        "mit und unterstütze unser Magazin mit einem kleinen Beitrag im Monat. Wie das "
        "geht und was du davon hast, erfährst du auf unserer Seite für Unterstützer.</p>",
        "Hafenmagazin",
        "end",
    ),
    (
        "edge-ad-labels",
        "<center>- Anzeige - <br><a href='https://ads.example/c'><img src='b.png'></a></center>",
        "Anzeige",
        "end",
    ),
    ("availability-notes", "<dl><dt>Video verfügbar bis 30.06.2026</dt></dl>", "bis 30", "end"),
    (
        "citation-sections",
        "<h3>Zitiervorschlag</h3><p>Lind, Ada: Der späte Wellenbrecher, Hafenblog, "
        "12.05.2026, https://hafenblog.example/wellenbrecher.</p>",
        "Lind, Ada",
        "end",
    ),
    (
        "citation-sections",
        "<div><span>SUGGESTED CITATION</span> Lind, Ada: <em>Breakwater Late, Harbour "
        "Blog,</em> 2026/5/12, https://harbourblog.example/breakwater/.</div>",
        "Harbour Blog",
        "end",
    ),
    (
        "citation-sections",
        "<h4>Originalpublikation</h4><p>Lind A., Berg O. (2026): Wave loads on late "
        "breakwaters. Coastal Engineering 190, 104512. https://doi.org/10.1000/ce.104512</p>",
        "Wave loads",
        "end",
    ),
    (
        "citation-sections",
        "<div><p><strong>Dokumenteninfos</strong></p><p><strong>Autoren</strong><br>Ada Lind"
        "</p><strong>Originalartikel</strong><br><p>Lind, A. (2026): Der späte Wellenbrecher."
        " Hafenhefte 12, S. 4-7.</p></div>",
        "Hafenhefte",
        "end",
    ),
    (
        "update-notes",
        "<p><small><address>breakwater.html - Created 03-10-2004 2:20pm - Last Modified: "
        "04-11-2004 9:05am</address></small></p>",
        "Last Modified",
        "end",
    ),
    (
        "closing-appeals",
        "<p>Corrections: If you are aware of an inaccuracy or would like to report a "
        "correction, we would like to know about it.</p>",
        "report a correction",
        "end",
    ),
    ("closing-appeals", "<p>Spotted a mistake in this story? Let us know.</p>", "Spotted", "end"),
    (
        "closing-appeals",
        "<p>The harbour office will publish the new timetable in May, a spokeswoman said."
        "<br><br><i>Spotted a mistake in this story? Let us know.</i></p>",
        "Spotted a mistake",
        "end",
    ),
    (
        "comment-invitations",
        "<p>The harbour office will publish the new timetable in May, a spokeswoman said."
        "<br><br><i>Tell us in the comments: would you take the night ferry?</i></p>",
        "night ferry",
        "end",
    ),
    ("comment-remnants", "<div><span>Comment via Facebook</span></div>", "via Facebook", "end"),
    ("engagement-prompts", "<div>Be Sociable, Share!</div>", "Sociable", "end"),
    # the site's own course pitched to the reader, anywhere among the paragraphs
    (
        "promo-paragraphs",
        "<p>In unserem Seminar „Hafenlogistik“ erarbeiten Sie an zwei Tagen eigene Pläne "
        "für Ihren Umschlagplatz.</p>",
        "Hafenlogistik",
        True,
    ),
    (
        "promo-paragraphs",
        "<p>In our two-day workshop you will learn to plan a berth schedule of your own.</p>",
        "two-day workshop",
        True,
    ),
    # a pitch too long for promo-paragraphs, loose after the story's closing note and two
    # <br>: the line after the breaks goes alone
    (
        "edge-promo-paragraphs",
        f"<em>{FARE_NOTE}</em><br><br><a href='https://harbourtimes.example/pro'>{LONG_PITCH}</a>",
        "Harbour Pro",
        "end",
    ),
    (
        "issue-pointers",
        "<p>The breakwater is only part of the story. How the harbour plans to pay for it and "
        "what the fishermen think, read the full story in our March issue. Order your copy "
        "here.</p>",
        "March issue",
        "end",
    ),
    # a row of the site's links set apart by <br> among the story's loose lines
    (
        "link-rows",
        f"<div>{FARE_NOTE}<br><br><a href='/harbour/'>All harbour news</a> | "
        "<a href='/feeds/harbour.rss'>Subscribe to the feed</a><br><br>"
        "The harbour office answers questions about the works.</div>",
        "Subscribe to the feed",
        True,
    ),
]


@pytest.mark.parametrize(("rule", "markup", "gone", "inside"), CASES, ids=[c[0] for c in CASES])
def test_drop_rule(rule: str, markup: str, gone: str, inside: bool | str) -> None:
    check_dropped(page(markup, inside=inside), rule, gone)


#: Sentences using the ad labels' words, each word in an element of its own: the words
#: of a sentence, not a label on a line of its own.
AD_WORD_SENTENCES = [
    "The harbour office lets you <a href='/levels'>anzeigen</a> the water levels, its staff say.",
    "Fishermen said the <b>ads</b> on the quay had been torn down overnight.",
    "The old <em>Advertisements</em> board by the gate will be repainted in May.",
]


@pytest.mark.parametrize("sentence", AD_WORD_SENTENCES)
def test_ad_label_words_inside_a_sentence_stay(sentence: str) -> None:
    plain = re.sub(r"<[^>]+>", "", sentence)
    assert plain in extract(page(f"<p>{sentence}</p>", inside=True)).text


#: Lines using a rating tool's or a control's words that are the story's: a question on
#: something else than the page, a sentence, a heading over its section.
RATING_AND_CONTROL_WORDS_KEPT = [
    ("<p>War der Einsatz hilfreich?</p>", "War der Einsatz hilfreich?"),
    ("<p>Experten bewerten das Risiko als gering.</p>", "Experten bewerten das Risiko"),
    ("<h3>Download</h3><p>The plans are on the council's site.</p>", "Download"),
    ("<p>Wer sie drucken möchte, findet sie im Rathaus.</p>", "Wer sie drucken möchte"),
    ("<p>Er habe seine Zustimmung gegeben, sagte der Bürgermeister.</p>", "seine Zustimmung"),
]


@pytest.mark.parametrize(("markup", "kept"), RATING_AND_CONTROL_WORDS_KEPT)
def test_rating_and_control_words_of_the_story_stay(markup: str, kept: str) -> None:
    assert kept in extract(page(markup, inside=True)).text


#: Lines of figures that are no pager: a table's row, a count not from one, a sentence
#: (each with the text that stays).
NO_PAGER_ROWS = [
    ("<table><tr><td>1</td><td>2</td><td>3</td><td>7</td></tr></table>", "7"),
    ("<div><span>1</span> <span>2</span> <span>3</span> <span>9</span></div>", "1 2 3 9"),
    ("<div><span>2</span> <span>3</span> <span>4</span></div>", "2 3 4"),
    ("<p>Count them: 1 2 3, and the gates open.</p>", "Count them: 1 2 3, and"),
]


@pytest.mark.parametrize(("markup", "kept"), NO_PAGER_ROWS)
def test_rows_of_figures_that_are_no_pager_stay(markup: str, kept: str) -> None:
    text = extract(page(markup, inside=True)).text
    assert kept in " ".join(text.split())


def assert_line_goes(line: str, *, inside: bool | str) -> None:
    """``line`` as a paragraph of the story (``inside``: among its paragraphs, or at
    its "end") is removed, and the story stays."""
    text = extract(page(f"<p>{line}</p>", inside=inside)).text
    assert line not in text
    assert "lifeboat station" in text


DATE_LINES = [
    "12.03.2024",
    "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM",
    "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm",
    "Nov. 19, 2019 8:03 am ET",
    "Stand: 03.05.2024, 14:30 Uhr",
    "20. März 2021 - 15:00 Uhr",
    "Publicado el 03/05/2022 a las 22h03",
    "Updated 11:47 AM EST, Mon January 29, 2024",
    "Published 10:02 AM EST Nov 19, 2019",
    "Nov 28, 2013 -- 02:03 GMT",
    "January 29, 2024 / 11:47 AM",
    "Mon, 29 Jan 2024 11:47:00 GMT",
    "Last updated: 29th January 2024",
    "Veröffentlichung: 2. Februar 2024",
    "Opublikowano: 2024-04-29 17:13:04.031886+02:00",
    "Datum: 18.10.2024",
    "Dienstag, 2. November 2021",
    "zuletzt bearbeitet: 11.02.2025, 09:12 Uhr",
    "Créé: 12.12.2019, 07h36",
]
#: Sentences opening with the words of a prompt ("Back to top", "Follow us") are the story's.
PROMPT_LIKE_SENTENCES = [
    "Back to the budget! Why can't the council agree on a harbour fee?",
    "Follow the same steps to fit the second shelf as you did for the first.",
    # an interviewer's question names the event, not the page; a report on comments stays
    "How did you feel about the verdict?",
    "Loading the ferry took three hours longer than planned.",
]

#: A story's sentences about readers' comments closing it: none is a comment section's.
COMMENT_STORY_SENTENCES = [
    "The council received 40 comments on the plan, most of them in favour.",
    "Bis Freitag gingen 12 Kommentare zu dem Entwurf ein.",
    # a story's own opinions and debates, worded like the comment form's calls
    "Die Fischer gaben im Herbst ihre Meinung zu den Plänen ab.",
    "Am Abend diskutieren Sie mit den Planern über die neue Fähre.",
    "Kommen Sie zum Hafenfest und diskutieren Sie mit dem Bürgermeister.",
    "Newest figures show the oldest boats are the most voted for in the harbour poll.",
]


@pytest.mark.parametrize("sentence", COMMENT_STORY_SENTENCES)
def test_sentences_about_comments_stay(sentence: str) -> None:
    assert sentence in extract(page(f"<p>{sentence}</p>", inside="end")).text


#: A story's own heading may name one answer or one comment: without the quoted title
#: blog software prints, it heads the story's part, not a comment section.
COMMENT_LIKE_STORY_HEADINGS = [
    "Eine Antwort auf die Steuerpläne",
    "Ein Kommentar zur Hafenreform",
    "Un commentaire sur la réforme du port",
]


def test_an_italic_request_to_comment_inside_a_story_sentence_stays() -> None:
    line = (
        "The sign on the pier read <i>Please leave a comment below with your story.</i> "
        "Nobody did, the harbour master said."
    )
    text = extract(page(f"<p>{line}</p>", inside="end")).text
    assert "leave a comment below" in text
    assert "Nobody did" in text


@pytest.mark.parametrize("heading", COMMENT_LIKE_STORY_HEADINGS)
def test_story_headings_like_a_single_comments_heading_stay(heading: str) -> None:
    markup = f"<h3>{heading}</h3><p>The harbour board answered the plan within a week.</p>"
    text = extract(page(markup, inside="end")).text
    assert "answered the plan within a week" in text


#: A story about a newsletter reports who signs up and what its emails say: it stays.
NEWSLETTER_STORY_SENTENCES = [
    "Readers can sign up for the newsletter on the council's website.",
    '"Subscribe to our newsletter," the email read, though nobody had asked for it.',
    "More than 4,000 people subscribe to the newsletter, which costs nothing.",
    "Readers can get the harbour report by email, the ministry said on Monday.",
    "Wer sich zum Newsletter anmelden wollte, stand vor einer leeren Seite, sagte sie.",
    "Der Newsletter des Hafenamts landet seit Mai in 900 Posteingängen, sagte die Sprecherin.",
    "„Werden Sie Mitglied und erhalten Sie Rabatte“, stand auf dem Plakat am Kai.",
    "Prices at the chandlery are now 20% off, the owner said, to clear the winter stock.",
    # a course reported, not offered: who took it, or quoted
    "In unserem Kurs lernten die Teilnehmer, wie man einen Palstek knotet.",
    "„In unserem Seminar lernen Sie Geduld“, sagte die Trainerin am Kai.",
    "In our workshop the volunteers learned to mend nets.",
]


#: Newsletter promotions among the story's paragraphs, in several languages.
NEWSLETTER_PROMOS = [
    "Kostenlos zum Newsletter anmelden und keine Hafen-Nachricht mehr verpassen",
    "Melden Sie sich jetzt für unseren Hafen-Newsletter an!",
    "Inscrivez-vous à notre newsletter quotidienne.",
    "Suscríbete a nuestro boletín semanal del puerto.",
    "Get the Quayside Daily by email and never miss our top stories. Free sign up",
]


@pytest.mark.parametrize("promo", NEWSLETTER_PROMOS)
def test_newsletter_promotions_among_the_paragraphs_go(promo: str) -> None:
    assert_line_goes(promo, inside=True)


@pytest.mark.parametrize("sentence", NEWSLETTER_STORY_SENTENCES)
def test_sentences_about_newsletters_stay(sentence: str) -> None:
    assert sentence in extract(page(f"<p>{sentence}</p>", inside=True)).text


#: A story's closing sentences that use an appeal's words about others, not the reader.
CLOSING_STORY_SENTENCES = [
    "Pap tests save lives",
    "Leser schrieben in den Kommentaren, sie seien von der Reederei enttäuscht.",
    "Er wolle nichts mehr verpassen, sagte der Fährmann.",
    "Die Firma werde das Geld zurückzahlen, sagte er dem Magazin.",
    "Wenn nicht anders angegeben, gelten die Preise pro Person, sagte die Reederei.",
    "Erhalten Sie Updates zur Rente per E-Mail, fragte die Behörde ihre Kunden.",
    # a story's own attribution closing it ("outlet-credits" leaves it)
    "With Harbour Times wires",
    # a closing sentence opening with a credit's label ("wire-credits" leaves it)
    "Contributing: the tides did most of the work. The crew did the rest.",
    # a bracketed note, no shortcode ("shortcode-lines" leaves it)
    "[Update: the council has since approved the money for the repairs.]",
    # sentences opening with the word "source" ("source-lines" leaves them)
    "Quelle der Sorge bleibt der Damm.",
    "Source code for the tide tables is on the club's site",
    # sentences ending in the words a caption's toggle reads ("toggled-captions")
    "The ferry will cost less. More boats will follow next year, and fares will cost less",
    "Nobody expected more",
    # prose about support, availability and citing closing a story
    "Wer den Bau unterstützen will, kann beim Kassenwart spenden, sagt die Vorsitzende. Die "
    "Stadt hat zugesagt, die Hälfte zu tragen, wenn der Verein den Rest bis zum Sommer "
    "sammelt; bisher fehlen noch rund 40.000 Euro, und die Mitglieder wollen mit einem Fest "
    "am Kai dazu beitragen. Support for the breakwater has grown since the storms, she said, "
    "and every donation helps the club to keep its promise to the fishermen. Die Helfer "
    "rechnen damit, dass das Geld im Herbst beisammen ist.",
    "The footage will be available until the end of the inquiry, the council said.",
    "How to cite sources properly is something every new reporter learns in the first week.",
    # a story's own errors and corrections, and a report on a comment widget
    "If you spot an error on your tax return, contact the revenue office at once.",
    "The paper said it would report a correction in its next edition.",
    "Readers could comment via Facebook until the page closed its comments in May.",
    # a story citing another publication's issue ("issue-pointers")
    "„Das lesen Sie in der Ausgabe von Montag“, sagte der Chefredakteur des Hafenblatts.",
    "Die Leser finden in der neuen Ausgabe des Gemeindeblatts die Fahrzeiten der Fähre.",
    "Readers can find the council's answer in the March issue of its own bulletin, she said",
    "Die Zeitung berichtete in ihrer jüngsten Ausgabe über den Streit um die Fähre.",
]


#: Story sentences and headings opening like a blog post's filing line, its link to the
#: next post, its share bar or its view counter: each goes on past the label.
FILING_LIKE_SENTENCES = [
    "The suit, filed under seal, claims the harbour board hid the dredging costs.",
    "Veröffentlicht unter dem Titel „Hafenchronik“ erschien das Buch im Jahr 1998.",
    "Der Artikel wurde in der Fachzeitschrift Hafenbau veröffentlicht.",
    "The next article in this series looks at the lifeboat station.",
    "Der nächste Artikel unserer Reihe erscheint am Freitag.",
    "Share Mac applications with Windows",
    "Tweet storm over the harbour fees",
    "Views differ on the harbour fees",
    "1,200 views of the harbour from the new tower",
]


#: Lines like a pointer, a request to comment or a file link that are the story's: a
#: pointer ending in a colon, a contact, a sentence going on past its "hier" or its PDF,
#: a size alone (a table's value); among the paragraphs, a quoted request too (closing
#: the body, closing-appeals reads it).
POINTER_LIKE_SENTENCES = [
    ("Die Ergebnisse der Zählung finden Sie hier:", (True, "end")),
    ("Weitere Informationen erteilt Ada Lind unter Tel. 040 1234.", (True, "end")),
    ("Mehr Liegeplätze gibt es hier nicht, sagte der Hafenmeister.", (True, "end")),
    ("Das Gutachten zum Steg liegt als PDF vor.", (True, "end")),
    ("71.1 MB", (True, "end")),
    ("The full report on the harbour (PDF, 3.2MB)", (True, "end")),
    ("Leser schrieben in den Kommentaren, sie seien von der Reederei enttäuscht.", (True, "end")),
    ("„Schreiben Sie uns in den Kommentaren“, bat der Hafenmeister die Leser.", (True,)),
]


@pytest.mark.parametrize(("sentence", "places"), POINTER_LIKE_SENTENCES)
def test_sentences_like_pointers_and_file_links_stay(
    sentence: str, places: tuple[bool | str, ...]
) -> None:
    for inside in places:
        assert sentence in extract(page(f"<p>{sentence}</p>", inside=inside)).text


@pytest.mark.parametrize("sentence", FILING_LIKE_SENTENCES)
def test_sentences_like_filing_lines_stay(sentence: str) -> None:
    for inside in (True, "end"):
        assert sentence in extract(page(f"<p>{sentence}</p>", inside=inside)).text


def test_a_labelled_author_inside_the_story_stays() -> None:
    """Among the story's paragraphs "Autorin: ..." is a book's data, as in a review."""
    box = "<p>Titel: Die Tidenuhr</p><p>Autorin: Jonte Varga</p><p>Verlag: Hafenbuch</p>"
    assert "Autorin: Jonte Varga" in extract(page(box, inside=True)).text


@pytest.mark.parametrize("sentence", CLOSING_STORY_SENTENCES)
def test_closing_sentences_of_the_story_stay(sentence: str) -> None:
    assert sentence in extract(page(f"<p>{sentence}</p>", inside="end")).text


def test_only_the_closing_line_after_breaks_goes() -> None:
    """A request to comment set after two ``<br>`` in the story's last block goes alone:
    the story's sentence above it stays, and so does a story's line after the breaks."""
    text = extract(
        page(
            "<p>The new timetable starts in May.<br><br>Tell us in the comments: would you "
            "take the night ferry?</p>",
            inside="end",
        )
    ).text
    assert "The new timetable starts in May." in text
    assert "night ferry" not in text
    story = "Many readers wrote in the comments that they prefer the old timetable."
    text = extract(
        page(f"<p>The harbour office will keep it.<br><br>{story}</p>", inside="end")
    ).text
    assert story in text


def test_a_long_pitch_after_the_closing_note_goes_alone() -> None:
    """A pitch set loose after the story's closing note and two ``<br>``, the two too
    long together for any edge rule, goes (``edge-promo-paragraphs``); the note above
    the breaks stays, and so does a story's line after them."""
    note = FARE_NOTE
    markup = f"<em>{note}</em><br><br><a href='https://harbourtimes.example/pro'>{LONG_PITCH}</a>"
    text = extract(page(markup, inside="end")).text
    assert note in text
    assert "Harbour Pro" not in text
    story = "The harbour office will keep the old timetable until the new ferry arrives."
    text = extract(page(f"<em>{note}</em><br><br>{story}", inside="end")).text
    assert story in text


def test_a_long_disclaimer_beside_an_empty_author_box_goes() -> None:
    """A closing disclaimer of up to 600 characters in an ``<em>``, loose in a box of
    empty blocks (an author box whose bio is empty), is read in their stead."""
    disclaimer = (
        "Disclaimer (varies by section): Stories on this site may contain the writer's "
        "views, which may not reflect the views of the site itself nor those of the "
        "owners of the Harbour Times. For more on our editorial policies please see our "
        "guidelines, our fact checking policy and, most importantly, our terms of "
        "service. All links on this site could lead to commissions paid to the "
        "publisher. Please see the advertising disclosure in the sidebar."
    )
    markup = (
        "<section><div><a href='/author/ada-lind'></a></div><div> </div><hr>"
        f"<em>{disclaimer}</em><hr></section>"
    )
    text = extract(page(markup, inside="end")).text
    assert "Disclaimer" not in text
    for paragraph in PARAGRAPHS:
        assert paragraph in text


@pytest.mark.parametrize("sentence", PROMPT_LIKE_SENTENCES)
def test_sentences_opening_like_prompts_stay(sentence: str) -> None:
    assert sentence in extract(page(f"<p>{sentence}</p>", inside=True)).text


#: Contact lines of a press release: opening like a teaser's label, or holding nothing
#: but an e-mail link, they give where to reach a person, not another page.
CONTACT_LINES = [
    "Weitere Informationen erteilt Jonas Brehmer unter Tel. 04521 88314.",
    "Weitere Informationen erteilt Jonas Brehmer "
    "(<a href='mailto:j.brehmer@lindenau.example'>j.brehmer@lindenau.example</a>).",
    "Learn more from the harbour office, phone: +44 1632 960 123.",
    "<a href='mailto:office@harbour.example'>office@harbour.example</a>",
]


@pytest.mark.parametrize("line", CONTACT_LINES)
def test_contact_lines_stay(line: str) -> None:
    text = extract(page(f"<p>{line}</p>", inside=True)).text
    assert ("office@harbour.example" if line.startswith("<a") else line[:30]) in text


#: Prompts worded around an e-mail or phone link: no contact details written out.
CONTACT_PROMPTS = [
    "<a href='mailto:tips@harbour.example'>Email the author</a>",
    "<a href='tel:+441632960123'>Call the newsroom</a>",
]


@pytest.mark.parametrize("line", CONTACT_PROMPTS)
def test_contact_prompts_go(line: str) -> None:
    text = extract(page(f"<p>{line}</p>", inside=True)).text
    assert "the newsroom" not in text and "Email the author" not in text
    assert "lifeboat station" in text


#: Sentences of a story about affiliate links and comment moderation: they report on
#: others in the third person (or quote the notice), so no policy-notice rule reads them.
POLICY_STORY_SENTENCES = [
    "Bloggers who use affiliate links must say so, the regulator said on Tuesday.",
    '"We may earn a commission," the notice read, in grey type under the headline.',
    "Retailers may earn a commission on each sale, analysts at the bank estimated.",
    "The list includes affiliate members from twelve harbour towns, the union said.",
    "The site uses affiliate links to pay its writers, its founder said in an interview.",
    "Readers' comments are reviewed by a team of five, the editor told the harbour board.",
    "Para comentar el fallo, el juez dijo que debes leerlo entero antes de opinar.",
    "Um die Pläne zu diskutieren, musst du nicht eingeloggt sein, sagte die Bürgermeisterin.",
    "The company reserves the right to close the quay to visitors in a storm.",
    "Members must be logged in to the council's portal to read the plans, she said.",
    "The harbour blog uses a spam filter on its guestbook, the volunteers said.",
    "Die Redaktion der Schülerzeitung darf künftig Kommentare selbst freischalten, hieß es.",
    "Ein Anspruch auf Veröffentlichung besteht laut Gericht auch für Leserbriefe nicht.",
    "The post contains affiliate links to three shops, the regulator found in March.",
    "As an Amazon Associate, the blogger earned little from the harbour guides, she said.",
    "Wenn Sie über diese Links kaufen, erhalten Händler mehr Daten, warnen Verbraucherschützer.",
    "Mehr Geld erhalten wir erst im nächsten Jahr, wenn der Bund zahlt, sagte die Kämmerin.",
    "Wenn Sie über die Brücke fahren, erhalten wir eine Gebühr, sagte der Betreiber der Fähre.",
]


#: Notices on who may comment, and a comment form's spam filter, closing the body.
COMMENT_NOTICES = [
    "You must be logged in to post a comment.",
    "Du musst angemeldet sein, um einen Kommentar abzugeben.",
    "Um den Beitrag „Neue Fähre“ kommentieren zu können, müssen Sie eingeloggt sein.",
    "Vous devez être connecté pour publier un commentaire.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Diese Website verwendet Akismet, um Spam zu reduzieren.",
    "Die Redaktion behält sich vor, Lesermeinungen zu kürzen.",
    "Bitte lies unsere Kommentarregeln, bevor du einen Kommentar schreibst.",
    # who may comment, the purpose first, and comments kept for subscribers
    "Para comentar debés activar tu cuenta con el enlace que te enviamos.",
    "Para comentar esta nota, por favor completá tus datos.",
    "Um mitzudiskutieren oder Fotos zu posten, musst du eingeloggt sein.",
    "Los comentarios de esta nota son exclusivos para suscriptores.",
    "Comments are available to subscribers only.",
]


@pytest.mark.parametrize("notice", COMMENT_NOTICES)
def test_notices_on_commenting_closing_the_body_go(notice: str) -> None:
    assert_line_goes(notice, inside="end")


#: The site's disclaimers and disclosures as paragraphs of their own at the body's edges.
EDGE_DISCLAIMERS = [
    "Disclaimer: The answers below are not provided or endorsed by the ferry company.",
    "Editorial Disclaimer: Opinions expressed here are the writer's alone.",
    "Disclaimer (varies by section): Stories on this site may contain the writer's views.",
    "The content on this site does not constitute medical advice. Please see a doctor.",
    "This article does not constitute financial advice.",
    "Harbour Notes is a participant in the Amazon Services LLC Associates Program.",
    "Harbour Notes is not responsible for the opinions presented by contributors.",
    "We test every pass ourselves. We may receive compensation if you buy through our links.",
]


@pytest.mark.parametrize("notice", EDGE_DISCLAIMERS)
def test_disclaimers_at_the_body_edges_go(notice: str) -> None:
    assert_line_goes(notice, inside="end")


@pytest.mark.parametrize(
    "line", ["Drucken ist teurer geworden.", "Send help, the skipper radioed at noon."]
)
def test_closing_sentences_opening_with_a_tools_word_stay(line: str) -> None:
    assert line in extract(page(f"<p>{line}</p>", inside="end")).text


#: Story sentences sharing words with a disclaimer: quoted, or a fact about others.
DISCLAIMER_STORY_SENTENCES = [
    '"This does not constitute legal advice," the harbour master wrote to the skippers.',
    "The disclaimer on the ferry tickets was printed in smaller type this year.",
    "The harbour clinic does not offer medical advice by telephone, the council said.",
    '"We are not responsible for the views of the skippers," the ferry company said.',
]


@pytest.mark.parametrize("sentence", DISCLAIMER_STORY_SENTENCES)
def test_story_sentences_like_disclaimers_stay(sentence: str) -> None:
    assert sentence in extract(page(f"<p>{sentence}</p>", inside="end")).text


#: The same in Arabic: the company reviews comments before they are published, the
#: ministry urged citizens to read the terms of use.
POLICY_STORY_SENTENCES += [
    "وقالت الشركة إن فريقا من خمسة موظفين يتولى مراجعة التعليقات قبل نشرها على الموقع.",
    "ودعت الوزارة المواطنين إلى قراءة شروط الاستخدام قبل تحميل التطبيق.",
]


@pytest.mark.parametrize("sentence", POLICY_STORY_SENTENCES)
def test_sentences_about_affiliate_links_and_comments_stay(sentence: str) -> None:
    for inside in (True, "end"):
        html = page(f"<div>{sentence}</div>", inside=inside)
        assert sentence in extract(html).text


#: Story sentences naming affiliate links, update dates or ratings, as a shopping
#: plugin's footnote or a rating widget's tally do: a stamp with no separator, a score
#: with words around it.
FOOTNOTE_LIKE_SENTENCES = [
    "Last update on the scheme: affiliate links pay bloggers less than they did in 2020.",
    "Updated 2 March: the ferry company's affiliate links were removed from its site.",
    "Affiliate Links auf Vergleichsseiten führen oft zu teuren Modellen, sagt die Prüferin.",
    "The harbour cafe scored 4.5/5 with 12 critics, the guide said.",
    "No ratings yet exist for the new ferries, the agency said.",
    "Loading the ferry took three hours on Monday.",
]


@pytest.mark.parametrize("sentence", FOOTNOTE_LIKE_SENTENCES)
def test_sentences_like_price_footnotes_and_ratings_stay(sentence: str) -> None:
    for inside in (True, "end"):
        assert sentence in extract(page(f"<p>{sentence}</p>", inside=inside)).text


def test_a_disclosure_set_as_a_paragraph_of_the_story_stays() -> None:
    """The writer's own disclosure among the story's paragraphs is read as the story's."""
    line = "Disclosure: we may earn a commission from the ferry passes sold through this page."
    assert line in extract(page(f"<p>{line}</p>", inside=True)).text


def test_a_way_back_is_dropped() -> None:
    check_dropped(
        page("<div>Back to photo gallery</div>", inside=True), "engagement-prompts", "Back to"
    )


#: Dates that are the story's own (a range without labels, a timeline's heading) and a
#: version number.
STORY_DATES = [
    "29 November 2018 | 20 January 2019",
    "May 5",
    "On May 3 the council met",
    "4.2.3",
    "4:14 p.m.",  # a live story's entry opens with its time
]


@pytest.mark.parametrize("line", DATE_LINES)
def test_date_lines_are_dropped(line: str) -> None:
    check_dropped(page(f"<div>{line}</div>", inside=True), "date-only-blocks", line)


#: Date lines naming their month in the other languages the metadata's dates read:
#: Russian, Ukrainian, Finnish, Czech, Swedish, Dutch, Romanian, Turkish, Polish.
OTHER_LANGUAGE_DATE_LINES = [
    "13 декабря 2016, 14:30",
    "15 березня 2022",
    "4. toukokuuta 2024",
    "13. prosince 2016",
    "29 augusti 2024 09:12",
    "12 mei 2024",
    "3 iunie 2023",
    "5 Mayıs 2023 14:30",
    "12 maj 2025, 08:15",
]


@pytest.mark.parametrize("line", OTHER_LANGUAGE_DATE_LINES)
def test_date_lines_of_other_languages_are_dropped(line: str) -> None:
    check_dropped(page(f"<div>{line}</div>", inside=True), "date-only-blocks", line)


#: An author's name and the date, or the date and the section, set apart by a mark; a
#: byline with the outlet after its date.
MARKED_META_LINES = [
    ("post-meta-lines", "Marta Zielińska · 12 maja 2025"),
    ("post-meta-lines", "Ada Lind | May 3, 2024"),
    ("post-meta-lines", "2021-10-16 | Botschaft"),
    # month names of the one table the metadata's dates read too (Czech, Russian)
    ("post-meta-lines", "Redakce · 29. srpna 2024"),
    ("post-meta-lines", "Новости | 29 августа 2024"),
    ("byline-lines", "By ADA LIND March 11, 2025 3:46 PM Harbour Morning Show"),
    ("byline-lines", "By Ada Lind Monday, May 4, 2024 @ 11:10 PM UTC"),
    ("byline-lines", "By Ada Lind for The Harbour Times"),
    ("byline-lines", "Von Ada Lind und Jo Berg für den Hafenboten"),
    # more writers in brackets
    ("byline-lines", "By Ada Lind (with Jo Berg in Portsmouth)"),
    ("byline-lines", "Par Ada Lind et Jo Berg (avec Léa Marc à Brest)"),
]


@pytest.mark.parametrize(("rule", "line"), MARKED_META_LINES)
def test_marked_meta_lines_are_dropped(rule: str, line: str) -> None:
    check_dropped(page(f"<div>{line}</div>", inside=True), rule, line)


@pytest.mark.parametrize(
    "line",
    [
        "3 May 2024 | 20 June 2024",
        "By the end of March 11, 2025, the harbour had reopened to the ferries.",
        "The vote | May 3, 2024 was the day the council changed its mind",
        "By then (with the ferries gone) the harbour lay empty for a week.",
    ],
)
def test_lines_like_marked_meta_lines_stay(line: str) -> None:
    assert line in extract(page(f"<p>{line}</p>", inside=True)).text


def opening(line: str) -> str:
    """A page whose story opens with ``line`` as a block of its own."""
    return page("").replace("<div class='story'>", f"<div class='story'><div>{line}</div>")


#: A line of the post's fields opening the body: a date or a count beside a few words.
METADATA_LINES = [
    "Ada · April 19, 2024 · Travel · 7 comments",
    "Von Ada Lind | 12.03.2024 | Politik | 3 Kommentare",
    "Redaktion - 31. Januar 2024",
    "Ein Artikel von Ada Lind | 27.01.2024 - 12:45",
    "Ada Lind | Publicado hace 3 horas",
    "5343 mal gelesen | 32 Kommentare",
    "November 28, 2024 -- Updated 0203 GMT (1003 HKT)",
]


def _goes_as_metadata_line(html: str, *gone: str) -> None:
    """``metadata-lines`` takes ``gone`` from the opening of ``html``; the story stays."""
    assert "metadata-lines" in fired(html)
    text = extract(html).text
    for line in gone:
        assert line not in text
    for paragraph in PARAGRAPHS:
        assert paragraph in text


@pytest.mark.parametrize("line", METADATA_LINES)
def test_metadata_lines_opening_the_body_go(line: str) -> None:
    html = opening(line)
    _goes_as_metadata_line(html, line)


@pytest.mark.parametrize(
    "line",
    ["05/10/2024 - Published by: Ada Lind - Category: Harbour", "Published by Ada Lind"],
)
def test_published_by_lines_opening_the_body_go_as_bylines(line: str) -> None:
    html = opening(line)
    assert "byline-lines" in fired(html)
    text = extract(html).text
    assert line not in text
    for paragraph in PARAGRAPHS:
        assert paragraph in text


@pytest.mark.parametrize(
    "line",
    [
        # a dateline opening the story's first sentence, a kicker, dates alone, a title
        "HARBOURTON, May 3, 2024 – The council met for the last time before the storms.",
        "Breakwater – Harbour – Council",
        "3 May 2024 | 20 June 2024",
        "The Breakwater · Ada Lind (1990)",
        "Harbour Times | May 3, 2024 | What the engineers told the council about the delay",
    ],
)
def test_lines_like_metadata_lines_opening_the_body_stay(line: str) -> None:
    assert line in extract(opening(line)).text


#: A line of the post's fields with each field in an inline element of its own, no
#: separator between them.
INLINE_METADATA_LINES = [
    "<span>Press release</span> <span>Current</span> <span>02. November 2024</span>",
    "<a href='/people/ada'>Ada Lind</a> <i></i> <span>Monday, May 3, 2024 @ 11:10 PM UTC</span>",
    # one date twice, the post's and its update's
    "<img src='/avatar.png' alt=''><time datetime='2024-05-03T02:00'>Friday, 3. May 2024</time>"
    "<time datetime='2024-05-03T16:53'>Friday, 3. May 2024</time>",
    # labels and values each in an inline element, each field a line of its own
    "<strong>Ort</strong> <span>Harbourton</span><br>"
    "<strong>Datum</strong> <span>03.05.2024</span>",
]


@pytest.mark.parametrize("line", INLINE_METADATA_LINES)
def test_metadata_lines_of_inline_fields_opening_the_body_go(line: str) -> None:
    html = opening(line)
    _goes_as_metadata_line(html, "2024")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # loose words run on as a sentence; dates alone; words alone
        ("Concert on <b>3 May 2024</b>", "Concert on 3 May 2024"),
        ("<span>3 May 2024</span> <span>20 June 2024</span>", "3 May 2024 20 June 2024"),
        ("<span>Breakwater</span> <span>Harbour</span>", "Breakwater Harbour"),
    ],
)
def test_lines_like_inline_metadata_lines_stay(line: str, kept: str) -> None:
    assert kept in extract(opening(line)).text


@pytest.mark.parametrize(
    "line",
    [
        # dates in languages and scripts no month list holds
        "Uredništvo · 29. kolovoza 2024",
        "Ειδήσεις | 29 Αυγούστου 2024",
        "শনিবার, আগস্ট ২৯, ২০২৪ | ১০:৪৬ পূর্বাহ্ণ",
        # a box of fields as lines of their own: a linked name beside a block, a bare
        # count beside loose text
        "<a href='/people/ada'>Ada Lind</a><div>2 hours ago</div>",
        "<div><span>1537</span></div> | শনিবার, আগস্ট ২৯, ২০২৪ | ১০:৪৬ পূর্বাহ্ণ",
    ],
)
def test_metadata_lines_of_other_shapes_opening_the_body_go(line: str) -> None:
    html = opening(line)
    _goes_as_metadata_line(html, "2024", "২০২৪", "2 hours")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a heading over its date, a box of words alone, a count beside a sentence
        ("<h3>Day one on the pier</h3> May 3, 2024", "Day one on the pier"),
        ("<a href='/people/ada'>Ada Lind</a><div>Harbour desk</div>", "Harbour desk"),
        ("<div>12</div> The council met on 3 May 2024 to vote.", "The council met on 3 May 2024"),
    ],
)
def test_boxes_like_metadata_lines_stay(line: str, kept: str) -> None:
    assert kept in extract(opening(line)).text


@pytest.mark.parametrize(
    "above",
    [
        "Essay",
        "The harbour's new breakwater will open a year late, and the bill has grown by a "
        "third since the works began.",
    ],
)
def test_a_metadata_line_right_below_the_first_block_goes(above: str) -> None:
    html = opening(f"{above}</div><div>25.10.2024 - Ada Lind")
    assert "metadata-lines" in fired(html)
    text = extract(html).text
    assert "Ada Lind" not in text
    assert above in text


@pytest.mark.parametrize(
    "line",
    [
        # loose in no block, above the empty box of a picture
        "<small>Erstellt am: 03.05.2024 18:36 / al</small><div><img src='/pier.jpg'></div>",
        # a date left alone once its clock time went, beside a share bar's empty icons
        "<div><a href='https://facebook.com/sharer'><i></i></a></div>"
        "<span><span>May 3</span> <span><span>09:34</span></span> <span>2024</span></span>",
        # the same right below the first block (a standfirst)
        "Essay</div><div>"
        "<span><span>May 3</span> <span><span>09:34</span></span> <span>2024</span></span>",
    ],
)
def test_date_lines_left_at_the_opening_go(line: str) -> None:
    html = opening(line)
    _goes_as_metadata_line(html, "2024")


def test_a_date_beside_its_label_in_a_list_of_pairs_stays() -> None:
    text = extract(opening("<dl><dt>Member since</dt><dd>28 June 2014</dd></dl>")).text
    assert "Member since\n\n28 June 2014" in text


def test_a_metadata_line_below_two_blocks_of_the_story_stays() -> None:
    line = "Open days · June 14, 2024 · Harbour Road"
    html = opening(f"Essay</div><div>The works began in March.</div><div>{line}")
    assert line in extract(html).text


def test_a_line_of_names_over_a_date_line_opening_the_body_goes() -> None:
    html = opening("ADA LIND</div><div><a href='/desk'>Harbour desk</a> <time>May 3, 2024</time>")
    _goes_as_metadata_line(html, "ADA LIND", "May 3, 2024")


@pytest.mark.parametrize(
    "lines",
    [
        # a name over no date, a title over a date in a sentence, a long line of names
        "Ada Lind</div><div>The harbour reopened on May 3, 2024 after the storms.",
        "Harbour Council Meeting</div><div>Minutes of the meeting held on 3 May 2024 follow.",
        "Ada Lind and Jo Bacon and Mira Holt</div><div>May 3, 2024",
    ],
)
def test_lines_like_a_byline_over_a_date_stay(lines: str) -> None:
    assert lines.split("</div><div>")[0] in extract(opening(lines)).text


def authored(line: str) -> str:
    """A page whose metadata names Ada Lind its author, its story opening with ``line``."""
    meta = "<meta name='author' content='Ada Lind'></head>"
    return opening(line).replace("</head>", meta, 1)


#: A line naming the page's author beside the post's fields, with no separator, split by
#: unspaced slashes, or alone after a line break.
AUTHOR_LINES = [
    "<span><span>Ada Lind</span> <span><time>3. Mai 2024</time></span></span>",
    "<span>By</span> <a href='/ada'>Ada Lind</a><span>/May 3, 2024 9:49 am EST</span>"
    "<span>/Updated: May 4, 2024 4:17 pm EST</span>",
    "3. Mai 2024 // Ada Lind",
    "Ein Artikel von Ada Lind, veröffentlicht am 03.05.2024",
    "By <a href='/ada'>Ada Lind</a>\n<br>Harbour Health News",
    "Ada Lind",
]


@pytest.mark.parametrize("line", AUTHOR_LINES)
def test_a_line_naming_the_pages_author_opening_the_body_goes(line: str) -> None:
    html = authored(line)
    assert "metadata-lines" in fired(html)
    article = extract(html)
    assert "Ada Lind" not in article.text
    assert article.authors == ("Ada Lind",)
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a title naming the author, a sentence about her, a title after her name, a
        # dated sentence naming her
        ("The story of Ada Lind", "The story of Ada Lind"),
        ("Ada Lind, 34, grew up by the harbour.", "Ada Lind, 34, grew up by the harbour."),
        ("Ada Lind: why I left the council", "Ada Lind: why I left the council"),
        ("On 3 May 2024, Ada Lind left the council.", "On 3 May 2024, Ada Lind left the council."),
    ],
)
def test_lines_naming_the_author_like_a_byline_stay(line: str, kept: str) -> None:
    assert kept in extract(authored(line)).text


def test_a_name_and_a_date_with_no_separator_stay_when_no_author_is_known() -> None:
    # the byline of a page whose metadata names no author: the only one it has
    line = "<span><span>Jo Bacon</span> <span><time>3. Mai 2024</time></span></span>"
    assert "Jo Bacon 3. Mai 2024" in extract(authored(line)).text


def test_a_heading_the_metadata_gives_as_the_author_stays() -> None:
    # a heading mistaken for the author is no byline
    html = authored("Richtlinien für Autor/innen").replace(
        "Ada Lind", "Richtlinien für Autor/innen"
    )
    assert "Richtlinien für Autor/innen" in extract(html).text


def loose(line: str) -> str:
    """A page whose story opens with a heading and ``line`` after it in no block."""
    return page("").replace("<div class='story'>", f"<div class='story'><h2>Day one</h2>{line}")


@pytest.mark.parametrize(
    "line",
    [
        " May 3, 2024, 19:49 | <a href='mailto:desk@example.org'>Harbour desk</a> ",
        " <time>May 3, 2024</time> <time>May 3, 2024</time> ",
    ],
)
def test_a_loose_line_of_the_posts_fields_opening_the_body_goes(line: str) -> None:
    html = loose(line)
    _goes_as_metadata_line(html, "2024")


@pytest.mark.parametrize(
    "line",
    [
        # a dateline with no field of words, a sentence, dates of an exhibition
        "HARBOURTON, May 3, 2024",
        "The ferry left the pier at dawn on May 3, 2024, and came back at noon.",
        "3 May 2024 | 20 June 2024",
    ],
)
def test_loose_lines_like_the_posts_fields_stay(line: str) -> None:
    assert line in extract(loose(f" {line} ")).text


@pytest.mark.parametrize("line", METADATA_LINES[:2])
def test_metadata_lines_in_the_middle_of_the_story_are_not_read(line: str) -> None:
    assert "metadata-lines" not in fired(page(f"<div>{line}</div>", inside=True))


@pytest.mark.parametrize("line", STORY_DATES)
def test_dates_of_the_story_stay(line: str) -> None:
    assert line in extract(page(f"<p>{line}</p>", inside=True)).text


def test_stylesheet_id_hides_only_the_element_with_that_id() -> None:
    # "#promo" selects id="promo"; a role or data-testid of the same word is not hidden
    sheet = "<style>#promo { display: none }</style>"
    assert "hidden-stylesheet" in fired(page(sheet + "<div id='promo'>Win a spa day</div>"))
    for attribute in ("role", "data-testid", "itemprop"):
        markup = sheet + f"<div {attribute}='promo'>Win a spa day</div>"
        assert "hidden-stylesheet" not in fired(page(markup, inside=True)), attribute


def test_stylesheet_hides_every_element_of_a_hidden_class() -> None:
    # the walk remembers each attribute value's rules: the second element of a class
    # the stylesheet hides is hidden as the first is
    sheet = "<style>.flyout { display: none }</style>"
    boxes = "".join(f"<div class='flyout'>Offer number {n}</div>" for n in range(3))
    decisions = decisions_of(page(sheet + boxes))
    hidden = [e for e, rule in decisions.drops if rule.name == "hidden-stylesheet"]
    assert len(hidden) == 3


#: Sentences near an embed's consent words that are the story's own.
CONSENT_LIKE_SENTENCES = [
    "The video has been blocked in Germany because of a dispute over music rights.",
    "The video has been blocked in Russia since the court would not accept the appeal.",
    "Sie sei damit einverstanden, dass der Hafen verkauft werde, sagte die Bürgermeisterin.",
]


@pytest.mark.parametrize("line", CONSENT_LIKE_SENTENCES)
def test_a_sentence_near_consent_words_is_the_storys(line: str) -> None:
    assert line in extract(page(f"<p>{line}</p>", inside=True)).text


#: The story's sentences about support and gifts: no plea of the site's own.
SUPPORT_LIKE_SENTENCES = [
    "Support for the new ferry timetable has grown since the winter, the survey found.",
    "Support staff from three schools joined the strike on Monday morning.",
    '"Support us on Sunday and we will stay open," the librarian told the meeting.',
    "„Unterstützen Sie unsere Arbeit!“, rief die Vorsitzende des Tierheims am Ende.",
    "The charity said every donation helps, but that it still needs volunteers.",
    "Rada miasta postanowiła wesprzeć nasz port nową dotacją na remont nabrzeża.",
]


@pytest.mark.parametrize("line", SUPPORT_LIKE_SENTENCES)
def test_a_sentence_about_support_is_the_storys(line: str) -> None:
    assert line in extract(page(f"<p>{line}</p>", inside=True)).text


#: The story's sentences with the words of a review note, a legal page or a next-page
#: link: none is the site's.
REVIEW_LIKE_SENTENCES = [
    "Der Antrag wurde vom Landratsamt geprüft und im März abgelehnt.",
    "Geprüft von der Hafenbehörde wurde am Ende auch der zweite Kran.",
    "The study was reviewed by an independent panel of doctors before it was published.",
    "Reviewed by the council in March, the plan for the slipway was approved in May.",
    "„Dieser Artikel wurde von Juristen geprüft“, sagte die Sprecherin des Verlags.",
    "The privacy policy of the harbour app, its operator said, will change in May.",
    "Impressum und Datenschutz der Website seien veraltet, sagte der Hafenmeister.",
    'Weiter zu "Sturmflut" ging es dann am Abend mit der ganzen Mannschaft.',
]


@pytest.mark.parametrize("line", REVIEW_LIKE_SENTENCES)
def test_sentences_like_review_notes_legal_links_and_next_links_stay(line: str) -> None:
    assert line in extract(page(f"<p>{line}</p>", inside=True)).text


def test_a_quotation_of_the_story_stays() -> None:
    quote = "We will see the breakwater finished before the storms, and then we will celebrate."
    assert quote in extract(page(f"<blockquote>{quote}</blockquote>", inside=True)).text


def test_a_sentence_about_javascript_is_not_a_notice() -> None:
    line = "The new booking site requires JavaScript, the council admitted on Tuesday."
    assert line in extract(page(f"<p>{line}</p>", inside=True)).text


def test_a_lone_pinned_label_and_a_pinned_paragraph_stay() -> None:
    """One label pinned on a picture is no chart; a paragraph pinned among labels is no
    label."""
    sentence = (
        "The breakwater was finished in March, two years after the storm that broke the old "
        "one, and the ferries have used the new berth since the start of the summer timetable."
    )
    markup = (
        "<div><img src='a.png'><div style='top:40%;left:20%'><p>Quay</p></div></div>"
        f"<div><div style='top:5%;left:5%'><p>{sentence}</p></div>"
        "<div style='top:50%;left:5%'><p>12</p></div><div style='top:60%;left:5%'><p>14</p></div>"
        "<div style='top:70%;left:5%'><p>16</p></div></div>"
    )
    text = extract(page(markup, inside=True)).text
    assert "Quay" in text and sentence in text


def test_a_box_named_player_holding_prose_stays() -> None:
    """A box an aria-label calls a player, with controls, keeps a sentence of the story."""
    sentence = (
        "The harbour master said the new ferry would carry two hundred passengers and forty "
        "cars, twice as many as the old boat, and would make the crossing in half an hour."
    )
    markup = "<div aria-label='Audio player'><button>Listen</button><p>" + sentence + "</p></div>"
    assert sentence in extract(page(markup, inside=True)).text


@pytest.mark.parametrize(
    "sentence",
    [
        "The launch failed. The agency will try again in March.",
        "The first attempt failed. Try again, the coach told her, and she did.",
        "If at first the engine fails, try again.",
    ],
)
def test_sentences_about_trying_again_stay(sentence: str) -> None:
    assert sentence in extract(page(f"<p>{sentence}</p>", inside=True)).text


@pytest.mark.parametrize(
    "sentence",
    [
        "Hat dir der Film gefallen? Die meisten Gäste sagten ja.",
        "If you liked the first season, the second will not disappoint.",
        "Sie sagte: \u201eWenn Ihnen dieser Artikel gefallen hat, schreiben Sie uns.\u201c",
    ],
)
def test_sentences_about_liking_something_stay(sentence: str) -> None:
    assert sentence in extract(page(f"<p>{sentence}</p>", inside=True)).text


def test_every_builtin_drop_rule_has_a_case() -> None:
    covered = {case[0] for case in CASES}
    drop_rules = {r.name for r in BUILTIN_RULES if r.effect is Effect.DROP}
    assert drop_rules <= covered, drop_rules - covered


def test_itemprop_article_body_marks_body() -> None:
    html = page(
        "<div class='teaser'><p>" + "Unrelated teaser text. " * 30 + "</p></div>",
        body_attrs=" itemprop='articleBody'",
    )
    assert "itemprop-article-body" in fired(html)
    text = extract(html).text
    assert "Unrelated teaser" not in text
    assert PARAGRAPHS[0] in text


def test_named_article_body_marks_body() -> None:
    html = page("", body_attrs=" data-testid='article-body'")
    assert "named-article-body" in fired(html)


def test_named_body_words_must_end_the_name() -> None:
    assert "named-article-body" not in fired(page("", body_attrs=" class='article-body__title'"))


def _standfirst_page(name: str) -> str:
    return (
        "<html><body><article><header><h1>Quay reopens</h1>"
        f"<p class='{name}'>The quay reopened on Friday after two years of repairs.</p>"
        "</header><div itemprop='articleBody'>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</div></article></body></html>"
    )


def test_a_paragraph_named_intro_above_the_body_is_the_standfirst() -> None:
    html = _standfirst_page("article-intro")
    assert "lead-paragraph" in fired(html)
    assert extract(html).standfirst == "The quay reopened on Friday after two years of repairs."


def test_lead_paragraph_is_the_standfirst() -> None:
    html = _standfirst_page("standfirst")
    assert "standfirst-names" in fired(html)
    article = extract(html)
    assert article.standfirst == "The quay reopened on Friday after two years of repairs."
    assert "quay reopened" not in article.text  # the standfirst is not the body
    assert article.text.startswith(PARAGRAPHS[0])
    kept = extract(html, include_standfirst=True)
    assert kept.text.startswith("The quay reopened on Friday")
    assert kept.standfirst == article.standfirst
    assert "The quay reopened" in kept.markdown and "The quay reopened" not in article.markdown


def test_score_rules_fire() -> None:
    decisions = decisions_of(page(""))
    assert any(el.tag == "article" for el in decisions.scores)


def test_veto_keeps_article_inside_misnamed_wrapper() -> None:
    # a theme that names the article wrapper "share" must not lose the article
    html = page("", body_attrs=" class='entry share'")
    text = extract(html).text
    for paragraph in PARAGRAPHS:
        assert paragraph in text


def _scripted_post(noscript: str, visible: str = "") -> str:
    template = "<script type='text/template'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='post-body'>{template}</script><noscript>{noscript}</noscript>{visible}</div>"
        "<footer>Harbour Gazette, 2 Quay Street</footer></body></html>"
    )


def test_article_only_in_a_noscript_is_kept() -> None:
    # the visible copy is built by a script from a template: the noscript is the only one
    text = extract(_scripted_post("".join(f"<p>{p}</p>" for p in PARAGRAPHS))).text
    assert all(paragraph in text for paragraph in PARAGRAPHS)
    assert "Harbour Gazette" not in text


def test_noscript_notices_and_copies_are_not_kept() -> None:
    notice = "<p>Please turn on JavaScript to read this site.</p>"
    assert "JavaScript" not in extract(_scripted_post(notice)).text
    # a noscript copy of text already on the page is not read twice
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    text = extract(_scripted_post(paragraphs, visible=paragraphs)).text
    assert text.count(PARAGRAPHS[0]) == 1


def test_article_outweighs_a_teaser_lifted_by_its_class_name() -> None:
    # a rail's teaser named "story-text" scores its class words above the article's
    # container, which has no such name but holds several times its text
    blurb = "A museum finds a diary of the old harbour master, with notes, sketches, and letters."
    teaser = f"<div class='story-text'><span class='teaser-text'>{blurb}</span></div>"
    article = "<div class='col'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    html = f"<body><div class='rail'>{teaser}</div><div class='wrap'>{article}</div></body>"
    text = extract(f"<html>{html}</html>").text
    assert all(paragraph in text for paragraph in PARAGRAPHS)
    assert blurb not in text


TALKBACK = page(
    "<section class='talkback'><h2>Your views</h2><ol>"
    "<li><span class='author'>Maren Holt</span> <p>The breakwater should have been"
    " finished years ago, and the delay costs the fishing fleet dearly.</p></li>"
    "<li><span class='author'>Ivo Berg</span> <p>Good to see the council finally"
    " explaining the schedule in public, even if it slips again.</p></li>"
    "</ol></section>"
)


def test_a_users_comment_rule_feeds_the_comments_feature() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.add(Rule("talkback", Css("section.talkback"), Effect.DROP))
    plain = extract(TALKBACK, registry=registry, include_comments=True)
    assert plain.comments == () and "Maren Holt" not in plain.text
    registry.override(Rule("talkback", Css("section.talkback"), Effect.DROP, role=Role.COMMENTS))
    article = extract(TALKBACK, registry=registry, include_comments=True)
    assert [c.author for c in article.comments] == ["Maren Holt", "Ivo Berg"]
    assert "breakwater should have been" not in article.text


def test_a_users_caption_rule_is_switched_off_with_captions() -> None:
    html = page(
        "<p class='photo-note'>Pictured: the breakwater at dawn, from the quay.</p>", inside=True
    )
    registry = Registry.default(load_entry_points=False)
    registry.add(Rule("photo-notes", Css("p.photo-note"), Effect.DROP, role="caption"))
    assert "Pictured" not in extract(html, registry=registry).text
    assert "Pictured" in extract(html, registry=registry, include_captions=True).text


def test_edge_rules_leave_the_middle_of_the_story_alone() -> None:
    appeal = "<p>Get the harbour briefing in your inbox every morning: sign up here.</p>"
    text = extract(page(appeal, inside=True)).text
    assert "harbour briefing" in text  # a line in the middle is the story's
    credit = "<p>Ada Lind contributed reporting from Oslo.</p>"
    closing = extract(page(appeal + credit, inside="end")).text
    assert "harbour briefing" not in closing and "contributed" not in closing
    assert PARAGRAPHS[-1] in closing


def test_an_embedded_post_in_a_sharing_box_is_part_of_the_story() -> None:
    post = (
        "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>The ferry"
        " is back on the water after two years, and the whole harbour came to watch."
        "</p>— Harbour Watch (@harbourwatch)</blockquote></div>"
    )
    text = extract(page(post, inside=True)).text
    assert "the whole harbour came to watch" in text
    assert "Share this" not in extract(page("<div class='social-share'>Share this</div>")).text


def test_a_headline_opening_the_body_goes_though_worded_otherwise() -> None:
    html = page("").replace("<h1>Breakwater to be late</h1>", "<h1>Harbour wall delayed again</h1>")
    html = html.replace("<div class='story'>", "<div class='story'><h1>Harbour wall delayed</h1>")
    text = extract(html).text
    assert "delayed" not in text and text.startswith(PARAGRAPHS[0])


def test_a_minor_heading_that_is_the_title_goes_and_so_does_a_second_copy() -> None:
    # the headline set as an h4 in a box around the story
    html = (
        page("")
        .replace(
            "<h1>Breakwater to be late</h1>",
            "<div class='post'><h4>Breakwater late</h4>",
        )
        .replace("</article>", "</div></article>")
    )
    text = extract(html).text
    assert "Breakwater late" not in text and text.startswith(PARAGRAPHS[0])
    # the title printed again right after the h1 goes too, whatever its case
    copy = page("").replace(
        "<div class='story'>", "<div class='story'><span>BREAKWATER LATE</span>"
    )
    copied = extract(copy).text
    assert "BREAKWATER" not in copied and copied.startswith(PARAGRAPHS[0])
    # a first paragraph that only begins like the title stays
    opening = page("").replace(
        "<div class='story'>", "<div class='story'><p>Breakwater late again, and again.</p>"
    )
    assert extract(opening).text.startswith("Breakwater late again")


def test_a_short_line_in_three_blocks_in_a_row_goes_but_a_refrain_stays() -> None:
    slides = "".join("<div class='title'>Breakwater works in pictures</div>" for _ in range(4))
    assert "in pictures" not in extract(page(slides, inside=True)).text
    # blank blocks between the copies do not break the run
    hints = "<p>&nbsp;</p>".join("<p><img src='m.png'>Click to see it larger</p>" for _ in range(3))
    assert "Click to see" not in extract(page(hints, inside=True)).text
    # twice is a refrain or a question put to two people; a run of short words is a chant
    twice = "<p>Will it be ready this time?</p>" * 2
    assert extract(page(twice, inside=True)).text.count("Will it be ready") == 2
    chant = "<p>Build it!</p>" * 3
    assert extract(page(chant, inside=True)).text.count("Build it!") == 3
    # a sentence said three times over is the page's, whatever its length
    sentence = "<p>The council approved the plan.</p>" * 3
    assert extract(page(sentence, inside=True)).text.count("approved the plan.") == 3
    # a refrain between verses, and a long passage repeated, stay
    verse = "<p>The tide comes in across the bay</p><p>Hold fast, hold fast, my darling</p>"
    assert extract(page(verse * 3, inside=True)).text.count("Hold fast") == 3
    passage = f"<p>{PARAGRAPHS[0]}</p>" * 3
    assert extract(page(passage, inside=True)).text.count(PARAGRAPHS[0]) == 4


def test_the_pages_own_address_printed_above_the_story_goes() -> None:
    url = "https://www.harbourtimes.example/news/breakwater-late-again"
    html = page(f"<p>{url}</p>", inside=True).replace(
        "<div class='story'>", f"<div class='story'><p>{url}/</p>"
    )
    text = extract(html, url=url).text
    assert not text.startswith("https://") and text.startswith(PARAGRAPHS[0])


def test_a_gallery_is_the_story_unless_it_stands_between_paragraphs() -> None:
    gallery = (
        "<div class='gallery'><ul><li><img src='a.jpg'><p>Granite blocks waiting on the quay"
        " for the barge that will take them out to the breakwater.</p></li></ul></div>"
    )
    inside = page(gallery, inside=True)
    assert "Granite blocks" not in extract(inside).text
    assert "Granite blocks" in extract(inside, include_captions=True).text
    assert "Granite blocks" in extract(page(gallery, inside="end")).text


def test_copyright_words_in_the_middle_of_the_story_stay() -> None:
    line = "<p>Copyright lawyers said the harbour's logo could not be registered.</p>"
    assert "Copyright lawyers" in extract(page(line, inside=True)).text


def test_a_credited_caption_stays_with_captions_and_a_sentence_after_the_sign_stays() -> None:
    caption = "<p>The breakwater at dawn. © Harbour Photo Agency | Lena Ruud</p>"
    assert "breakwater at dawn" in extract(page(caption, inside=True), include_captions=True).text
    prose = "<p>The logo, marked © on every sign, was drawn by a local artist. She was paid.</p>"
    assert "drawn by a local artist" in extract(page(prose, inside=True)).text


def test_a_state_class_says_what_an_element_holds_not_what_it_is() -> None:
    from newsclean.rules.words import name_tokens

    assert name_tokens("has-sharing") == [] and name_tokens("withComments") == []
    assert name_tokens("header--with-ads__title") == ["header", "title"]
    assert name_tokens("share-tools") == ["share", "tools"]
    standfirst = (
        "<div class='story-intro has-sharing'><p>Granite from across the bay, and a year late:"
        " the breakwater's long story.</p><div class='sharing'>Share</div></div>"
    )
    text = extract(page(standfirst, inside=True)).text
    assert "Granite from across the bay" in text and "Share" not in text


def test_a_table_chosen_by_its_rows_joins_the_paragraphs_beside_it() -> None:
    from lxml import html as lxml_html

    from newsclean import Tuning
    from newsclean.engine.scoring import Scores
    from newsclean.engine.siblings import with_siblings

    root = lxml_html.fromstring(
        "<div class='text'><p>" + PARAGRAPHS[0] + "</p><table><caption>Blocks landed</caption>"
        "<thead><tr><th>Month</th><th>Tonnes</th></tr></thead><tbody><tr><td>March</td>"
        "<td>4,120</td></tr></tbody></table><h2>See also</h2></div>"
    )
    tbody = root.find(".//tbody")
    chosen = with_siblings(tbody, tbody, 50.0, Scores(), Tuning())
    assert [el.tag for el in chosen] == ["p", "table"]


def test_a_live_story_told_in_a_stream_stays() -> None:
    updates = "".join(f"<div class='post'><p>{p}</p></div>" for p in PARAGRAPHS)
    html = (
        "<html><head><title>Breakwater live | Harbour Times</title></head><body><article>"
        f"<h1>Breakwater live</h1><div class='content-stream'>{updates}</div></article>"
        "</body></html>"
    )
    assert "related-rails" in fired(html)
    text = extract(html).text
    assert all(p in text for p in PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "<p>Copyright lawyers for the harbour board said the logo could not be registered.</p>",
        "<p>Imprimer les billets coûte désormais deux euros au guichet du port.</p>",
        "<p>Das Hafenmuseum ist jetzt auch digital zu besuchen, mit allen Karten.</p>",
        "<p>The boatyard is a family company founded in 1921 and still builds dinghies.</p>",
        "<p>Disclaimer notices on the harbour gates were repainted in the spring.</p>",
    ],
)
def test_closing_sentences_that_only_share_words_with_notices_stay(line: str) -> None:
    assert line[3:20] in extract(page(line, inside="end")).text


def test_the_text_quick_check_tries_only_the_patterns_of_rules_reading_that_long() -> None:
    from newsclean import Text
    from newsclean.rules.quick_check import TextQuickCheck

    short = Rule("short", Text(pattern=r"photo: .*", max_length=20), Effect.DROP)
    long = Rule("long", Text(pattern=r".* all rights reserved", max_length=300), Effect.DROP)
    check = TextQuickCheck.build([short, long])
    assert check.may_match("photo: a. lee")
    assert check.may_match("photo: " + "x" * 60 + " all rights reserved")
    # too long for the short rule, which is then not tried; too long for both
    assert not check.may_match("photo: " + "x" * 60)
    assert not check.may_match("x" * 301 + " all rights reserved")


def test_a_pattern_with_keywords_is_tried_only_on_a_text_holding_one() -> None:
    from newsclean import Text
    from newsclean.rules.quick_check import TextQuickCheck

    match = Text(pattern=r".*sign up.*", max_length=100, keywords=("newsletter", "inbox"))
    rule = Rule("keyed", match, Effect.DROP)
    check = TextQuickCheck.build([rule])
    assert match.matches_text("sign up for the newsletter")
    assert check.may_match("sign up for the newsletter")
    # the pattern alone would match; without a keyword it is not tried
    assert not match.matches_text("sign up for the club")
    assert not check.may_match("sign up for the club")
    assert not check.may_match("sign up for the newsletter" + "x" * 80)


def test_the_keywords_are_tried_by_the_length_of_the_text() -> None:
    from newsclean import Text
    from newsclean.rules.quick_check import TextQuickCheck

    short = Rule("short", Text(pattern=r".*", max_length=20, keywords=("on",)), Effect.DROP)
    long = Rule("long", Text(pattern=r".*", max_length=100, keywords=("commission",)), Effect.DROP)
    check = TextQuickCheck.build([short, long])
    # up to 20 characters "on" stands for "commission", which holds it
    assert check.keyed == ((20, (("n", ("on",)),)), (100, (("c", ("commission",)),)))
    assert check.may_match("log on")
    assert check.may_match("a commission of " + "x" * 40)
    assert not check.may_match("log on to " + "x" * 40)


def test_the_keywords_are_tried_only_on_a_text_holding_their_rarest_character() -> None:
    from newsclean import Text
    from newsclean.rules.quick_check import TextQuickCheck

    keywords = ("zoom", "zero", "boom", "room")
    rule = Rule("keyed", Text(pattern=r".*", max_length=100, keywords=keywords), Effect.DROP)
    check = TextQuickCheck.build([rule])
    # each word sits under its character the fewest keywords hold ("b", "e": one;
    # "r", "z": two; "o", "m": three), the first in code point order among as few
    assert check.keyed == (
        (100, (("b", ("boom",)), ("r", ("room",)), ("e", ("zero",)), ("z", ("zoom",)))),
    )
    for word in keywords:
        assert check.may_match(f"a {word} here")
    assert not check.may_match("a zebra in the bow")


def test_an_ascii_text_is_tried_with_the_keywords_under_an_ascii_character_only() -> None:
    from newsclean import Text
    from newsclean.rules.quick_check import TextQuickCheck

    keywords = ("gesperrt", "gesperré")
    rule = Rule("keyed", Text(pattern=r".*", max_length=100, keywords=keywords), Effect.DROP)
    check = TextQuickCheck.build([rule])
    assert check.keyed == ((100, (("t", ("gesperrt",)), ("é", ("gesperré",)))),)
    # an ASCII text holds no "é": its group is not tried
    assert check.ascii_keyed == ((100, (("t", ("gesperrt",)),)),)
    assert check.may_match("der inhalt ist gesperré")
    assert check.may_match("der inhalt ist gesperrt")
    assert not check.may_match("der inhalt ist gesperr")


def test_a_text_longer_than_every_pattern_tier_tries_no_pattern() -> None:
    from newsclean import Text
    from newsclean.rules.quick_check import TextQuickCheck

    rule = Rule("short", Text(pattern=r"read more.*", max_length=30), Effect.DROP)
    check = TextQuickCheck.build([rule])
    assert check.may_match("read more about it")
    assert check.may_match("read more über die stadt")  # not plain: the other tier
    assert not check.may_match("read more " + "x" * 40)


def test_the_text_quick_check_tries_only_pattern_rules_when_no_phrase_matches() -> None:
    from newsclean import Text
    from newsclean.rules.quick_check import TextQuickCheck

    phrase = Rule("phrase", Text(phrases=["advertisement"]), Effect.DROP)
    prefix = Rule("prefix", Text(prefixes=["photo:"], pattern=r"x+"), Effect.DROP)
    keyed = Rule("keyed", Text(pattern=r".*newsletter", keywords=("news",)), Effect.DROP)
    unless = Rule("unless", Text(pattern=r"sign up.*", unless=r"@"), Effect.DROP)
    check = TextQuickCheck.build([phrase, prefix, keyed, unless])
    assert [reading[0].name for reading in check.patterned] == ["prefix", "keyed", "unless"]
    assert check.matching("advertisement") == [phrase]
    assert check.matching("photo: a. lee") == [prefix]
    assert check.matching("sign up for our newsletter") == [keyed, unless]
    assert check.matching("sign up at news@example.org") == []
    assert check.matching("xxx") == [prefix]
    # a label between divider marks is read again without them
    assert check.matching("- advertisement -") == [phrase]


def test_the_text_quick_checks_compile_nothing_of_their_own() -> None:
    # a fresh process builds them on its first page: each pattern they try is a rule's
    # own, compiled with the rule (an alternation of the large patterns per text length
    # cost a fresh process over a second); longest first, which may_match relies on
    from newsclean import Registry, Text

    compiled = Registry.default().compiled()
    own = set()
    for rule in compiled.rules:
        if isinstance(rule.match, Text):
            own.update(id(pattern) for pattern in (rule.match.pattern, rule.match.plain_pattern))
    checks = [*compiled.text_quick_checks.values(), *compiled.edge_quick_checks.values()]
    assert any(check.tiers for check in checks)
    for check in checks:
        for tiers in (check.tiers, check.plain_tiers):
            assert all(id(pattern) in own for _longest, pattern in tiers)
            lengths = [longest for longest, _pattern in tiers]
            assert lengths == sorted(lengths, reverse=True)


def test_the_edge_quick_checks_pass_what_the_edge_rules_match() -> None:
    # trim_edges tries a block's edge rules only when its tag's quick check passes it
    from newsclean import Registry, Text

    compiled = Registry.default().compiled()
    assert compiled.edge_text_rules
    for tag, rules in compiled.edge_text_rules.items():
        check = compiled.edge_quick_checks[tag]
        for rule in rules:
            match = rule.match
            assert isinstance(match, Text)
            for text in (*match.phrases, *(f"{prefix} the harbour" for prefix in match.prefixes)):
                if match.matches_text(text):
                    assert check.may_match(text), (tag, rule.name, text)
        assert not check.may_match("the ferry left the harbour at dawn with forty cars. " * 4)
    # tags with the same rules share one check, built once
    same = [t for t in ("h2", "h3") if t in compiled.edge_text_rules]
    if len(same) == 2 and compiled.edge_text_rules["h2"] == compiled.edge_text_rules["h3"]:
        assert compiled.edge_quick_checks["h2"] is compiled.edge_quick_checks["h3"]


def test_the_ending_rules_longest_texts_are_known_when_compiled() -> None:
    # end_article reads the longest text of each tag's ending rules from the compiled
    # rules (not reckoned per page): twice the longest max_length, for each tag
    from newsclean import Registry, Text

    compiled = Registry.default().compiled()
    assert compiled.ending_rules
    assert compiled.ending_longest.keys() == compiled.ending_rules.keys()
    for tag, rules in compiled.ending_rules.items():
        lengths = [rule.match.max_length for rule in rules if isinstance(rule.match, Text)]
        assert compiled.ending_longest[tag] == 2 * max(lengths)
    # a rule switched off leaves its tags out, as it leaves the ending rules
    switched = Registry.default()
    switched.disable("comment-buttons")
    switched.disable("comment-openers")
    assert "p" not in switched.compiled().ending_longest


def test_the_closing_rules_longest_texts_are_known_when_compiled() -> None:
    # closing_section reads the longest text of each tag's closing rules from the
    # compiled rules too: twice the longest max_length (none for a tag without one)
    from newsclean import Registry

    compiled = Registry.default().compiled()
    assert any(compiled.closing_rules.values())
    assert compiled.closing_longest.keys() == compiled.closing_rules.keys()
    for tag, rules in compiled.closing_rules.items():
        lengths = [rule.text_match.max_length for rule in rules]
        assert compiled.closing_longest[tag] == 2 * max(lengths, default=0)


def test_a_phrase_inside_a_sentence_stays_whatever_its_class() -> None:
    # a stock ticker class on a company name: the walk's words say "ticker", the
    # sentence around it says otherwise
    sentence = (
        "Shares of <span class='ticker' data-symbol='HRB'>Harbour Freight Lines</span> rose "
        "four percent on Monday after the company raised its forecast for the year."
    )
    html = page(f"<p>{sentence}</p>", inside=True)
    assert "related-rails" in fired(html)
    assert "Shares of Harbour Freight Lines rose four percent" in extract(html).text


def test_a_labelled_span_on_its_own_line_still_goes() -> None:
    html = page("<p><span class='ticker'>Markets: FTSE 100 up 0.4%</span></p>", inside=True)
    assert "FTSE 100" not in extract(html).text


def test_a_phrase_after_a_full_stop_is_no_part_of_the_sentence() -> None:
    html = page(
        "<p>The council approved the plan on Monday. <span class='share-tools'>Share on"
        " Twitter</span> The works begin in May.</p>",
        inside=True,
    )
    text = extract(html).text
    assert "Share on Twitter" not in text
    assert "The council approved the plan on Monday. The works begin in May." in text


def test_a_picture_faded_in_by_a_script_stays() -> None:
    # image plugins render the picture with opacity 0 and fade it in once loaded
    html = page(
        "<p><img src='/photo-800.jpg' alt='The inner basin' style='opacity:0'></p>", inside=True
    )
    assert "photo-800.jpg" in extract(html, include_images=True).markdown


def test_a_phrase_after_a_link_or_a_closing_quote() -> None:
    after_link = (
        "<p>Shares of <a href='https://example.org/r'>the retailer</a> <span class='ticker'>"
        "Harbour Freight Lines</span> rose four percent on Monday after the forecast.</p>"
    )
    after_quote = (
        "<p>“We will start in May.” <span class='share-tools'>Share this quote</span> The works"
        " last ten weeks, the harbour master said on Monday afternoon.</p>"
    )
    text = extract(page(after_link + after_quote, inside=True)).text
    assert "Shares of the retailer Harbour Freight Lines rose" in text
    assert "Share this quote" not in text


def test_an_ad_box_in_a_span_inside_a_sentence_still_goes() -> None:
    sentence = (
        "<p>The plant has run a research centre for four years<span id='content_ad_1'>"
        "<div style='position: relative'><div class='adunit-label'><small>Advertisement"
        "</small></div><div id='content_ad_1_0' style='display: block'><div id='slot_0'>"
        "</div></div></div></span> and now adds a research group funded by the ministry.</p>"
    )
    text = extract(page(sentence, inside=True)).text
    assert "for four years and now adds a research group" in text


def test_a_sign_up_form_beside_the_story_takes_only_its_own_box() -> None:
    """A form asking for an email address takes its box's heading and pitch with it,
    but a wrapper holding the story's paragraphs as well is no box of the form's."""
    paragraphs = "".join(
        f"<p>Paragraph {n} of the harbour story, with a full sentence of text in it so"
        " that it reads as prose.</p>"
        for n in range(3)
    )
    page = (
        f"<html><body><div><h1>Harbour story</h1><div>{paragraphs}"
        "<div><h4>Morning briefing</h4><p>The day's news by email.</p>"
        "<form action='/join'><input type='email' name='email'></form></div>"
        "<p>The closing paragraph of the harbour story comes after the sign-up box.</p>"
        "<form action='/join'><input type='email' name='email'></form>"
        "</div></div></body></html>"
    )
    text = extract(page).text
    assert "Paragraph 0 of the harbour story" in text
    assert "The closing paragraph of the harbour story" in text
    assert "Morning briefing" not in text
    assert "news by email" not in text


def test_a_form_wrapping_the_whole_page_keeps_the_story() -> None:
    """Some frameworks (ASP.NET WebForms) set the whole page in one form: the story
    inside it is no form's furniture, and the weighing keeps it."""
    paragraphs = "".join(
        f"<p>Paragraph {n} of the council report, with a full sentence of story text in it"
        " so that it reads as prose.</p>"
        for n in range(8)
    )
    page = (
        "<html><body><form method='post' action='./story.aspx' id='pageForm'>"
        "<input type='hidden' name='__VIEWSTATE' value='a1'>"
        f"<div><h1>Council report</h1><div>{paragraphs}</div></div></form></body></html>"
    )
    text = extract(page).text
    assert "Paragraph 0 of the council report" in text
    assert "Paragraph 7 of the council report" in text


@pytest.mark.parametrize(
    "items",
    [
        ("Facebook", "WhatsApp", "Instagram"),  # a story's list of platforms
        ("Flour", "Salt", "Water"),
        ("Share", "the grant with the two villages"),
    ],
)
def test_a_list_naming_no_tool_stays(items: tuple[str, ...]) -> None:
    story = "".join(
        f"<p>Paragraph {n} of a story about the town's bakers, told in full sentences.</p>"
        for n in range(6)
    )
    listed = "".join(f"<li>{item}</li>" for item in items)
    text = extract(f"<html><body><article>{story}<ul>{listed}</ul></article></body></html>").text
    assert items[-1] in text


SHARE_LABELS = ("Teilen mit:", "Gefällt mir:", "Like this:", "Jetzt teilen!")
CHINESE_SHARE_LABELS = ("分享", "分享到", "分享到微信")


#: Story sentences and lines about sharing: a German verb last, a share price, a
#: bidding with no label after it. They tell of sharing, no bar's label.
SHARING_STORY_LINES = (
    "Sie wollten die Kosten teilen, sagte er.",
    "Die Brüder teilen sich ein Zimmer über dem Hafen.",
    "Wir teilen diese Sorge nicht.",
    "Die Kosten teilen",
    "Share prices fell sharply after the ferry strike.",
    "They share a flat above the chandlery.",
)


@pytest.mark.parametrize("line", SHARING_STORY_LINES)
def test_story_lines_about_sharing_stay(line: str) -> None:
    for inside in (True, "end"):
        assert line in extract(page(f"<p>{line}</p>", inside=inside)).text


@pytest.mark.parametrize(
    ("label", "tag"),
    [*((label, "h3") for label in SHARE_LABELS), *((c, "span") for c in CHINESE_SHARE_LABELS)],
)
def test_share_and_like_labels_go(label: str, tag: str) -> None:
    """A blog's share and like bar labels, and Chinese share labels, between the story's
    paragraphs (where no closing heading is read), over buttons drawn as icons."""
    markup = f"<div><{tag}>{label}</{tag}></div><div><a href='/like'><span></span></a></div>"
    text = extract(page(markup, inside=True)).text
    assert label not in text
    assert "lifeboat station" in text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("This entry was posted on Monday, May 3rd, 2010 and is filed under Harbour.", False),
        ("Der Beitrag wurde am 3. Mai 2010 um 10:00 Uhr veröffentlicht.", False),
        ("Der Beitrag wurde am Montag um zwölf Euro erhöht, teilte der Verein mit.", True),
        (
            "Dieser Eintrag wurde veröffentlicht in <a href='/c/hafen'>Hafen</a> von "
            "<a href='/a/ada'>ada</a>. <a href='/2024/hafen/'>Permanentlink</a>.",
            False,
        ),
        (
            "Cette entrée a été publiée dans <a href='/c/port'>Port</a>. "
            "<a href='/2024/port/'>Permalien</a>.",
            False,
        ),
        ("Dieser Artikel erklärt, was ein Permalink ist und wozu Blogs ihn brauchen.", True),
    ],
)
def test_a_blog_posts_footer_goes(line: str, kept: bool) -> None:
    """Its posting or filing line closing the story, perhaps ending in a link to the post
    itself (a permalink), with no footer tag around it (``engagement-prompts``)."""
    text = extract(page(f"<div>{line}</div>", inside="end")).text
    line = re.sub(r"<[^>]+>", "", line)
    assert (line in text) is kept
    assert "lifeboat station" in text


def test_a_how_to_step_opening_with_sign_up_stays() -> None:
    """A how-to's steps open with "Sign up for ..." as often as a site's prompt does:
    only a prompt naming a newsletter, an inbox or alerts goes (``promo-paragraphs``)."""
    steps = (
        "<ul><li>Sign up for a harbour pass for $12 a month</li>"
        "<li>Sign up for the ferry bundle using the same email as your pass</li></ul>"
        "<p>Sign up for our newsletter</p>"
    )
    text = extract(page(steps, inside=True)).text
    assert "Sign up for a harbour pass for $12 a month" in text
    assert "using the same email as your pass" in text
    assert "Sign up for our newsletter" not in text


@pytest.mark.parametrize(
    "labels",
    [
        ["Captions"],
        ["Captions", "Subtitles", "Chapters"],
    ],
)
def test_a_few_player_words_stay(labels: list[str]) -> None:
    """A player's labels go only as a group of at least four different ones: a story's
    "Captions" subheading, or a short list of a few such words, is the story's."""
    markup = "".join(
        f"<h3>{label}</h3>" if i == 0 else f"<p>{label}</p>" for i, label in enumerate(labels)
    )
    text = extract(page(markup, inside=True)).text
    for label in labels:
        assert label in text


def test_a_sentence_naming_handles_stays() -> None:
    """A story's sentence naming accounts is no list of the site's accounts."""
    line = "Send your pictures of the storm to the council's accounts, @harbourcouncil and @quays."
    assert line in extract(page(f"<p>{line}</p>", inside="end")).text


#: The site's own number or account on a messenger closing the body, in several languages.
MESSENGER_LINES = [
    "Wir bei WhatsApp: 0170 - 55 31 20 9",
    "Sie erreichen uns auch bei Telegram: t.me/hafenzeitung",
    "Nous sur Telegram : @hafenzeitung",
    "Folgen Sie uns auf WhatsApp",
]
#: A story's last sentences naming a messenger: the writer or someone in the story used
#: it, the site gives no number of its own.
MESSENGER_STORY_SENTENCES = [
    "Der Kapitän schrieb uns auf WhatsApp, die Fähre komme erst am Abend.",
    "Die Polizei bittet um Hinweise per WhatsApp an 0171 2233445.",
    "The skipper sent us photos on WhatsApp for weeks after the storm.",
]


@pytest.mark.parametrize("line", MESSENGER_LINES)
def test_messenger_lines_closing_the_body_go(line: str) -> None:
    assert_line_goes(line, inside="end")


@pytest.mark.parametrize("sentence", MESSENGER_STORY_SENTENCES)
def test_story_sentences_naming_a_messenger_stay(sentence: str) -> None:
    assert sentence in extract(page(f"<p>{sentence}</p>", inside="end")).text


def _list_end(last: str) -> str:
    return page(
        f"<ul><li>Length: 420 metres</li><li>Cost: 3.1 million pounds</li><li>{last}</li></ul>",
        inside="end",
    )


#: A list's last item left as a bare label: its value is empty or was taken out.
DANGLING_LABELS = ["Photos by:", "Diese Seite:", "Partager :", "Fotos：", "Weitere Bildautoren: "]
#: Items and paragraphs ending in a colon that are the story's: a longer item, a quotation,
#: a writer's pointer as a paragraph, and a label in the middle of the list.
STORY_COLON_LINES = [
    "<ul><li>Length: 420 metres</li><li>The council's full list of closures follows:</li></ul>",
    "<ul><li>Length: 420 metres</li><li>„Wir kommen wieder:“</li></ul>",
    "<p>Das Protokoll der Sitzung finden Sie hier:</p>",
    "<p>See more photos:</p>",
]


@pytest.mark.parametrize("label", DANGLING_LABELS)
def test_a_bare_label_closing_a_list_at_the_body_end_goes(label: str) -> None:
    text = extract(_list_end(label)).text
    assert label.strip() not in text
    assert "Cost: 3.1 million pounds" in text and "lifeboat station" in text


@pytest.mark.parametrize("markup", STORY_COLON_LINES)
def test_story_lines_ending_in_a_colon_stay(markup: str) -> None:
    line = re.sub(r"<[^>]+>", " ", markup).split("  ")[-1].strip()
    assert line in extract(page(markup, inside="end")).text


def test_a_label_in_the_middle_of_a_list_stays() -> None:
    markup = "<ul><li>Photos by:</li><li>Ada Lind and Ben Okafor</li></ul>"
    assert "Photos by:" in extract(page(markup, inside="end")).text


#: The site asking the reader about its own service at the body's end.
OWN_SERVICE_QUESTIONS = [
    "Kennt ihr schon unseren Tidenrechner? Ihr findet ihn oben im Menü.",
    "Gefällt dir unser Hafenmagazin?",
    "Have you tried our tide calculator? It's free for you to use.",
    "Want more from us?",
    "¿Conoces nuestro boletín del puerto?",
]
#: The same questions in a story: quoted, or followed by who asked them.
OWN_SERVICE_STORY_SENTENCES = [
    "„Kennt ihr schon unseren neuen Hafenmeister?“, fragte sie die Kinder.",
    "Kennen Sie unsere Stadt? fragte der Bürgermeister die Gäste vom Schiff.",
    "Do you know our mayor? He was born on the quay, the guide told the group.",
    "Sie wollen mehr von uns, sagte der Sprecher der Fischer.",
    # "Europa" and "Euro" open like "eure", but speak to no reader
    "Kennt ihr schon unseren Hafen? Er ist das Tor nach Europa für Waren aus Asien.",
]


@pytest.mark.parametrize("line", OWN_SERVICE_QUESTIONS)
def test_questions_about_the_site_s_own_service_go(line: str) -> None:
    assert_line_goes(line, inside="end")


@pytest.mark.parametrize("sentence", OWN_SERVICE_STORY_SENTENCES)
def test_story_questions_naming_our_stay(sentence: str) -> None:
    for inside in (True, "end"):
        assert sentence in extract(page(f"<p>{sentence}</p>", inside=inside)).text


#: A post's meta line in several languages, standing alone among the story's paragraphs.
META_LINES = [
    "May 3, 2024 | Ada Lind | 12 comments",
    "3. Mai 2024 · 5 Kommentare",
    "Ben Okafor Updated: May 3, 2024",
    "3 mai 2024 - Ada Lind - 7 commentaires",
]
#: Story sentences with a date and a name, or a date and a number: they stay.
META_LIKE_SENTENCES = [
    "Der Bericht wurde veröffentlicht am 3. Mai 2024",
    "Die Fähre fährt ab 1. Mai 2024 wieder, sagte Ada Lind.",
    "On May 3, 2024, 12 comments were filed with the harbour board.",
]


@pytest.mark.parametrize("line", META_LINES)
def test_post_meta_lines_go(line: str) -> None:
    assert_line_goes(line, inside=True)


@pytest.mark.parametrize("sentence", META_LIKE_SENTENCES)
def test_sentences_with_a_date_and_a_name_stay(sentence: str) -> None:
    assert sentence in extract(page(f"<p>{sentence}</p>", inside=True)).text


@pytest.mark.parametrize(
    "line",
    [
        "The video starts in 10 seconds with a scream from the quay.",
        "The concert will start in 20 minutes",
        "Wait 10 seconds.",
        "Wait 5 minutes to continue",
        "The film will play in 12 cinemas",
        "Next up in 2026",
    ],
)
def test_lines_like_player_countdowns_stay(line: str) -> None:
    """A story's line naming a clip or a wait runs on past the count, counts minutes or
    a year, or names no clip: no player's countdown."""
    assert line in extract(page(f"<p>{line}</p>", inside=True)).text


@pytest.mark.parametrize(
    "line",
    [
        "Related reading is listed at the council's library.",
        "Trending upward all year, the fares rose again in May.",
        "Most popular with the divers was the north wall.",
    ],
)
def test_lines_opening_like_rail_headings_stay(line: str) -> None:
    """A rail's heading goes as the whole line: a story's sentence opening with its
    word is the story's."""
    assert line in extract(page(f"<p>{line}</p>", inside=True)).text


#: One text for each branch of the patterns that read keywords first, in the branches'
#: order: each must name one of its rule's keywords, or the rule would miss it.
KEYWORD_BRANCHES = {
    "disclaimer-lines": [
        "disclaimer: the answers below are no substitute for a visit to your doctor.",
        "the content on this site does not constitute medical advice.",
        "acme health does not offer medical advice.",
        "the views expressed are the author's own.",
        "les opinions publiées ici n'engagent que leurs auteurs.",
        "der beitrag gibt die meinung des autors wieder.",
        "kommentare von lesern stellen nicht die meinung der redaktion dar.",
        "las opiniones son responsabilidad de sus autores.",
        "the photos on this blog are licensed under a creative commons licence.",
        "alle bilder auf diesem blog stehen unter einer creative commons lizenz.",
        "für links übernehmen wir keine haftung für die inhalte externer seiten.",
        "für die inhalte der verlinkten seiten sind ausschließlich deren betreiber verantwortlich.",
        "we are not responsible for the content of external sites.",
        "acme garden is a participant in the amazon services llc associates program.",
        "acme garden is not responsible for the opinions of its readers.",
    ],
    "market-data-notices": ["quotes delayed at least 15 minutes."],
    "copyright-notices": [
        "© 2031 harbour gazette",
        "copyright 2031 harbour gazette",
        "harbour gazette, all rights reserved.",
        "written permission is required to reprint this story.",
        "unless otherwise stated, this page is licensed under creative commons.",
        "this document is subject to copyright.",
        "dieser artikel ist urheberrechtlich geschützt.",
        "no part of this site may be reproduced without permission.",
        "the material on this site may not be published elsewhere.",
        "this story may not be copied.",
        "reproduction without written permission is prohibited.",
        "no republication without written permission.",
        "nachdruck nur mit genehmigung.",
        "keine vervielfältigung, verbreitung oder nutzung für kommerzielle zwecke.",
        "toute reproduction est interdite.",
        "reproduction totale ou partielle interdite.",
        "prohibida su reproducción total o parcial.",
        "vietata la riproduzione. riproduzione riservata.",
        "é proibida a reprodução deste conteúdo.",
        "本站内容版权所有",
    ],
    "credited-captions": [
        "the ferry leaving the harbour at dawn © jo lee",
        "the ferry leaving the harbour at dawn (c) jo lee",
    ],
    "issue-promos": [
        "die neue ausgabe: jetzt am kiosk und im abo.",
        "the new issue is available now at newsstands and by subscription.",
    ],
    "pointer-lines": [
        "alle tipps zum thema findest du hier",
        "weitere infos unter www.example.org",
        "mehr details auf example.org",
        "more information at example.com",
        "further details are available on example.com",
        "wie das geht, erklären wir in unserem ratgeber.",
    ],
    "download-lines": [
        "dieses skript als pdf herunterladen",
        "the guide as an ebook",
        "die broschüre als e-book",
        "pdf version",
        "merkblatt vom 4. mai 2021 docx | 38 kb | datei ist nicht barrierefrei",
    ],
    "post-meta-lines": [
        "23.06.2016 um 16:14 uhr - ada lind - 91 ergänzungen",
        "ada lind stand: 05. februar 2020",
        "ada lind · 12 maja 2025",
        "2021-10-16 | botschaft",
    ],
    "offer-promos": [
        "looking for a flat? browse listings at example.com",
        "vous cherchez un emploi ? découvrez nos offres sur example.fr",
        "suchst du einen job? hier findest du aktuelle angebote",
        "szukasz lokalu? zobacz oferty na example.pl",
        "hundefutter – jetzt 20% rabatt auf die erste bestellung sichern",
        "now 20% off your first order",
        "über 9.000 jobs warten auf dich in unserer jobbörse",
    ],
    "author-box-lines": [
        "ada lind writes about gardens. view all posts by ada lind",
        "ada lind schreibt über gärten. zeige alle beiträge von ada lind",
        "alle beiträge von ada lind",
        "ada lind écrit sur les jardins. voir tous les articles de ada lind",
        "ada lind escribe sobre jardines. ver todas las entradas de ada lind",
        "ver todos los artículos de ada lind",
        "über ada lind 257 artikel",
        "about ada lind 12 posts",
        "à propos de ada lind 40 articles",
        "sobre ada lind 9 artículos",
        "über ada lind 31 beiträge",
    ],
    "agency-credits": [
        f"photo: {agency}"
        for agency in (
            *("getty images", "afp", "reuters", "dpa", "ap photo", "associated press"),
            *("picture alliance", "picture-alliance", "imago", "istock", "istockphoto"),
            *("shutterstock", "epa", "keystone", "bloomberg", "anadolu", "xinhua", "efe"),
            *("ansa", "belga", "sipa", "abaca", "alamy", "unsplash", "pexels"),
        )
    ]
    + ["foto: mk/pap", "foto: epd/lind", "bild: (kna)"],
}


@pytest.mark.parametrize(
    ("name", "text"),
    [(name, text) for name, texts in KEYWORD_BRANCHES.items() for text in texts],
)
def test_each_branch_of_a_keyed_pattern_names_a_keyword(name: str, text: str) -> None:
    rule = next(rule for rule in BUILTIN_RULES if rule.name == name)
    match = rule.text_match
    assert match.keywords
    assert match.pattern is not None and match.pattern.fullmatch(text)
    assert match.matches_text(text)


@pytest.mark.parametrize(
    "markup",
    [
        # an accordion's toggle over a section: its heading titles the story's text
        "<div role='button' aria-expanded='true'><h3>Who pays for the works</h3></div>",
        # a question set as the toggle ends a sentence
        "<div role='button' aria-expanded='true'>Who pays for the works?</div>",
        # a clickable card linking to another story
        "<div role='button'><a href='/news/slipway-closed'>Slipway closed all summer</a></div>",
        # a tab's label titles a panel of the story
        "<li role='tab'>Who pays for the works</li>",
        # an icon button beside a picture's caption, a section's title or a question
        "<div><img src='/slipway.jpg' alt=''><button type='button'><svg></svg></button>"
        "<span>The slipway at dawn</span></div>",
        "<div><button type='button'><svg></svg></button><h3>Who pays for the works</h3></div>",
        "<div><button type='button'><svg></svg></button><span>Who pays for the works?</span></div>",
        # a box's title before its close button: the label of an icon reads after it
        "<div><div>Your view counts<button type='button'><svg></svg></button></div>"
        "<div>Fields marked * are optional</div></div>",
        # a comment section's opener is left to comment-buttons, which takes the thread
        "<div><button type='button'><svg></svg></button><span>Show comments</span></div>",
        "<div><div tabindex='0'><span>Show comments</span></div></div>",
        # a player's control labels are weighed together by player-controls
        "<div><div tabindex='0'>Video Quality</div></div>",
        # a focusable word of a sentence opens its note
        "<p>The <span tabindex='0'>caisson</span> was floated into the dock at dawn</p>",
        # a tab's label, focusable, titles a panel of the story
        "<div><div role='tab' tabindex='0'>Who pays for the works</div></div>",
        # a formula set in focusable spans, a symbol each
        "<div><span tabindex='0'><span>x</span><span>=</span><span>2</span><span>+</span>"
        "<span>y</span></span></div>",
        # a line of code beside its "Copy" button
        "<div><pre>pip install harbour</pre><button type='button'>Copy</button></div>",
        # a button's holder with a word, not a count
        "<div><span>Breakwater works</span><button type='button'>More</button></div>",
        # a checklist's items, labels of checkboxes, are the story's list
        "<ul><li><label><input type='checkbox'><span>granite blocks</span></label></li>"
        "<li><label><input type='checkbox'><span>mooring chains</span></label></li></ul>",
    ],
)
def test_control_labels_keep_the_story_s_titles(markup: str) -> None:
    """A control holding a heading, a sentence, code or a link to a page, a tab, a
    checkbox's label, or a button's holder holding more than a count, is the story's:
    ``control-labels`` leaves it."""
    assert "control-labels" not in fired(page(markup, inside=True))
