"""Ready the page for the rules: embeds become placeholders, a ``<noscript>`` holding
the only copy of the article is opened, and markup that never carries article text
is stripped."""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import Any

from lxml import etree

from ..dom.page_tags import (
    ACCOUNT_FORMS_ATTRIBUTE,
    EMAIL_FORM_ATTRIBUTE,
    FORM_BOX_ATTRIBUTE,
    PageTags,
)
from ..dom.text import paragraph_text, text_of, words_length
from ..dom.tree import remove_element
from ..render.clean_tree import EMBED_ATTRIBUTE
from ..rules.builtin.chrome import (
    CONTROL_LABEL_TAGS,
    CONTROL_LABELS,
    button_count,
    field_label,
    icon_button_label,
)
from ..settings import Tuning
from .consent_panels import toggle_panels
from .dismissibles import closable_boxes
from .follow_cards import follow_cards
from .heading_targets import open_heading_targets
from .ranked_figures import open_ranked_figures
from .search_columns import search_holders
from .signup_pitches import is_pitch_box
from .stray_captions import open_stray_captions
from .threads import mark_reply_buttons

HtmlElement = Any
Test = Callable[[HtmlElement], bool]

NON_CONTENT_TAGS = (
    *("script", "style", "noscript", "template", "svg", "iframe", "object", "embed"),
    *("canvas", "button", "input", "select", "textarea", "option", "link", "meta", "map"),
    *("audio", "video", "source", "track", "img", "picture", "head", "title", "base"),
    *("rt", "rp"),
)
IMAGE_TAGS = ("img", "picture", "source")
NON_CONTENT_WITHOUT_IMAGES = tuple(t for t in NON_CONTENT_TAGS if t not in IMAGE_TAGS)
#: How many forms asking for an email address get a box (a page has a sign-up and a
#: comment box, not thousands), and how far up from its form a box may be: each level
#: measures the text below it, so both bound the work on a page built to be slow.
FORM_BOX_MAX_FORMS = 20
FORM_BOX_MAX_LEVELS = 5
#: How many fields, and how many buttons, get their holders picked (a booking box or a
#: calculator has a dozen, not thousands), and how many levels above each are picked:
#: the field's wrapper and the box holding its label beside it.
FIELD_MAX_MARKED = 40
FIELD_HOLDER_LEVELS = 2
#: Where the climb from a field stops: the page and the form itself.
_HOLDER_STOPS = frozenset(("body", "html", "form"))
#: How far up from a form asking for a password its text is counted.
ACCOUNT_BOX_LEVELS = 4
_VIDEO_HOSTS = ("youtube", "youtu.be", "vimeo", "dailymotion", "player", "video", "jwplatform")
#: Text outside scripts, styles and noscripts (a script may hold a template of the post).
_VISIBLE_TEXT = etree.XPath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]",
    smart_strings=False,
    regexp=False,
)


def prepare(
    root: HtmlElement,
    body: HtmlElement,
    tags: PageTags,
    tuning: Tuning,
    *,
    images: bool,
    ranked_figures: bool = True,
) -> None:
    """Placeholders for embeds, noscript articles opened (and with ``images`` the
    noscript copies of lazy images put in place), a ranked list told in figures opened
    (unless ``ranked_figures`` is off: the rule switched off by name), non-content
    markup stripped. Images stay for the rules to see (a line after an image is its
    caption); without ``images`` :func:`strip_images` takes them out once the rules have
    run."""
    _embed_placeholders(tags.embeds)
    _noscript_articles(tags.noscripts, body, tuning.noscript_article_chars)
    if images:
        _noscript_images(tags.noscripts)
    _strip_php_diagnostics(tags.php_labels)
    open_stray_captions(tags.captions)
    open_heading_targets(body)
    if ranked_figures:
        open_ranked_figures(tags.figcaptions, tuning)
    forms = tags.forms_by_kind()
    _mark_account_boxes(forms.password)
    tags.held = control_holders(tags)
    tags.closable = closable_boxes(tags.buttons)
    tags.follow_cards = follow_cards(tags.buttons)
    tags.toggle_panels = toggle_panels(tags.toggles, [*tags.buttons, *tags.input_buttons])
    tags.searches = search_holders(forms.search)
    tags.reply_forms = [
        [
            (node, node.getnext())
            for node in (form, *islice(form.iterancestors(), FORM_BOX_MAX_LEVELS))
        ]
        for form in forms.reply[:FORM_BOX_MAX_FORMS]
    ]
    mark_reply_buttons(tags.buttons)
    # the stripped fields' proxies go with them, not with the page's tags
    tags.fields, tags.buttons, tags.toggles, tags.input_buttons = [], [], [], []
    etree.strip_elements(root, *NON_CONTENT_WITHOUT_IMAGES, with_tail=False)
    _mark_form_boxes(forms.email, set(forms.reply), tuning)


def _mark_form_boxes(forms: list[HtmlElement], replies: set[HtmlElement], tuning: Tuning) -> None:
    """Mark each form asking for an email address (the veto weighs it by its prose), and
    the box around it (``form-boxes`` drops it): the largest of the form's wrappers, up
    to ``FORM_BOX_MAX_LEVELS`` above it, holding, besides the form, at most ``form_box_max_chars``
    characters and no headline. The form itself goes by its tag before the rules' walk,
    leaving its box's heading and pitch ("Newsletter", "Get our stories by email", "Leave
    a reply") as loose lines; its inputs, which tell what it asks for, are stripped
    before the rules run, hence the marks. A sign-up's box may hold a longer pitch of
    short lines (:func:`is_pitch_box`); a reply form's (in ``replies``) may not."""
    most = tuning.form_box_max_chars
    for form in forms[:FORM_BOX_MAX_FORMS]:
        form.set(EMAIL_FORM_ATTRIBUTE, "")
        own = words_length(form)
        signup = form not in replies
        box = None
        wrapper = form.getparent()
        for _level in range(FORM_BOX_MAX_LEVELS):
            if wrapper is None or wrapper.tag in ("body", "html"):
                break
            extra = words_length(wrapper) - own
            if extra > most and not (signup and is_pitch_box(wrapper, extra, tuning)):
                break
            if next(wrapper.iter("h1"), None) is not None:
                break
            box = wrapper
            wrapper = wrapper.getparent()
        if box is not None:
            box.set(FORM_BOX_ATTRIBUTE, "")


def control_holders(tags: PageTags) -> list[tuple[HtmlElement, str, Test]]:
    """The wrapper of each field asking for a value (and of each button) and the box
    above it, and each ``<label>`` inside a form, with the ``control-labels`` test each
    gets once the rules' walk is done: when the field is stripped, what they hold is
    its label ("Check-in"), or the button's count ("12"), or the label after an icon
    button ("Save"). A form kept for its prose (a
    shop's product page) shows its fields' labels ("Colour", "Quantity:") beside the
    fields, not above them. Climbed with ``getparent``; only the tags the rule reads are
    kept, and nothing is written on the page (a mark on each costs more than the list)."""
    held: dict[HtmlElement, Test] = {}
    # a field's test wins over a button's beside it (a search box's)
    for fields, kind in ((tags.buttons, button_count), (tags.fields, field_label)):
        for field in fields[:FIELD_MAX_MARKED]:
            # a button showing no words (an icon) has its label after it ("Save")
            icon = kind is button_count and not text_of(field).strip()
            inner, holder = field, field.getparent()
            for _level in range(FIELD_HOLDER_LEVELS):
                if holder is None:
                    break
                tag = holder.tag
                if tag in _HOLDER_STOPS:
                    break
                icon = icon and not _text_before(inner, holder)
                if tag in CONTROL_LABEL_TAGS:
                    held[holder] = icon_button_label if icon else kind
                inner, holder = holder, holder.getparent()
    for label in tags.labels[:FIELD_MAX_MARKED]:
        if label not in held and next(label.iterancestors("form"), None) is not None:
            held[label] = field_label  # a kept form's "Colour", "Quantity:"
    name = CONTROL_LABELS.name
    return [(holder, name, test) for holder, test in held.items()]


def _text_before(inner: HtmlElement, holder: HtmlElement) -> bool:
    """True when text stands before ``inner`` inside ``holder``: a box's title before
    its close or toggle button ("Your opinion counts ×"), not an icon's label, which
    reads after the icon."""
    if (holder.text or "").strip():
        return True
    for sibling in inner.itersiblings(preceding=True):
        if (sibling.tail or "").strip():
            return True
        if isinstance(sibling.tag, str) and text_of(sibling).strip():
            return True
    return False


def _mark_account_boxes(forms: list[HtmlElement]) -> None:
    """Add the text of each form asking for a password to its wrappers up to
    ``ACCOUNT_BOX_LEVELS`` above it (``ACCOUNT_FORMS_ATTRIBUTE``): a log-in dialog's
    panels (sign in, register, reset the password, each with its status lines) hold
    more of it than of anything else, and the body choice tells them so."""
    for form in forms[:FORM_BOX_MAX_FORMS]:
        size = len(text_of(form))
        for level, wrapper in enumerate(form.iterancestors()):
            if level >= ACCOUNT_BOX_LEVELS or wrapper.tag in ("body", "html"):
                break
            held = int(wrapper.get(ACCOUNT_FORMS_ATTRIBUTE) or 0)
            wrapper.set(ACCOUNT_FORMS_ATTRIBUTE, str(held + size))


def _strip_php_diagnostics(labels: list[HtmlElement]) -> None:
    """Remove the diagnostics PHP prints into a misconfigured site's pages, "<b>Warning</b>:
    message in <b>/path/file.php</b> on line <b>82</b>" (``labels``: the bold labels that
    may open one): the server's words, never the page's, and often dozens of lines."""
    for label in labels:
        path = label.getnext()
        line = path.getnext() if path is not None else None
        if (
            line is None
            or path.tag != "b"
            or line.tag != "b"
            or not (label.tail or "").lstrip().startswith(":")
            or ".php" not in (path.text or "")
            or (path.tail or "").strip() != "on line"
            or not (line.text or "").strip().isdigit()
        ):
            continue
        label.tail = path.tail = None  # the message, and "on line"
        for element in (label, path, line):
            remove_element(element)


def strip_images(root: HtmlElement) -> None:
    """Take out the images the output will not show."""
    etree.strip_elements(root, *IMAGE_TAGS, with_tail=False)


def _embed_placeholders(embeds: list[HtmlElement]) -> None:
    """Iframes, videos and other embeds become empty links to their source, which the
    HTML and Markdown outputs show as "Embedded video" and the text leaves out."""
    for element in embeds:
        if element.getparent() is None:
            continue
        source = element.get("src") or element.get("data-src") or element.get("data")
        if not source:
            inner = element.find(".//source[@src]")
            source = inner.get("src") if inner is not None else None
        tag = element.tag
        kind = "audio" if tag == "audio" else "video" if tag == "video" else "content"
        if kind == "content" and source and any(h in source.lower() for h in _VIDEO_HOSTS):
            kind = "video"
        if not source or source.startswith(("about:", "javascript:")):
            continue
        placeholder = etree.Element("a")
        placeholder.set(EMBED_ATTRIBUTE, kind)
        placeholder.set("href", source)
        placeholder.tail = element.tail
        element.getparent().replace(element, placeholder)


def _noscript_articles(noscripts: list[HtmlElement], body: HtmlElement, least: int) -> None:
    """Keep a ``<noscript>`` that holds the article (its visible copy is built by a
    script, so it is the only one), unless its text is on the page already."""
    for noscript in noscripts:
        if paragraph_text(noscript) < least:
            continue
        longest = max((text_of(p) for p in noscript.iter("p")), key=len, default="")
        sample = " ".join(longest.split())[:80]
        if sample and sample not in _visible_text(body):
            noscript.tag = "div"


def _visible_text(element: HtmlElement) -> str:
    texts = _VISIBLE_TEXT(element)
    assert isinstance(texts, list)
    return " ".join("".join(str(text) for text in texts).split())


def _noscript_images(noscripts: list[HtmlElement]) -> None:
    """A ``<noscript>`` copy of a lazy-loaded image replaces the placeholder before it."""
    for noscript in noscripts:
        inner = noscript.find(".//img")
        previous = noscript.getprevious()
        parent = noscript.getparent()
        if inner is None or parent is None:
            continue
        if previous is not None and previous.tag == "img":
            inner.tail = previous.tail
            parent.replace(previous, inner)
        else:
            inner.tail = None
            parent.insert(parent.index(noscript), inner)
