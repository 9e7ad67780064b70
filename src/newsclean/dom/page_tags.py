"""The few kinds of elements the pipeline reads before cleaning, found in one pass.

Each ``iter(tag)`` over a whole page costs about as much as the next, so the
metadata's ``<meta>``, ``<script>``, ``<link>``, ``<title>`` and ``<base>``, the
embeds and ``<noscript>`` fallbacks the structured outputs need, the ``<h1>``
headlines and ``<time>`` elements several steps look for, and the forms, are collected
together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from .tree import is_below

HtmlElement = Any

EMBED_TAGS = ("iframe", "video", "audio", "embed", "object")
#: Set by the engine on the box around a form asking for an email address, for the
#: ``form-boxes`` rule (the form's inputs, which tell, are stripped before the rules).
FORM_BOX_ATTRIBUTE = "data-newsclean-form-box"
#: How PHP labels the diagnostics it prints into the pages of a misconfigured site.
PHP_LEVELS = frozenset(
    ("Warning", "Notice", "Deprecated", "Strict Standards", "Fatal error", "Parse error")
)
#: Set by the engine on a form asking for an email address itself, for the veto (which
#: weighs such a form by its prose: see :meth:`newsclean.engine.veto.Veto.keeps`).
EMAIL_FORM_ATTRIBUTE = "data-newsclean-email-form"
#: Set by the engine on the boxes a few levels around a form asking for a password (a
#: log-in, a sign-up, a password reset), its value the characters of such forms below:
#: the body choice passes over a candidate in a box mostly made of them.
ACCOUNT_FORMS_ATTRIBUTE = "data-newsclean-account-forms"
#: The input types that ask the reader to type or pick a value (a checkbox or a radio
#: button labels a choice that may be the story's own: a recipe's ingredients to tick).
FIELD_INPUT_TYPES = frozenset(
    (
        *("", "text", "email", "number", "date", "datetime-local", "month", "week", "time"),
        *("search", "tel", "url", "password", "range"),
    )
)
#: The input types of a button ("Save", "Accept all" written as an input).
BUTTON_INPUT_TYPES = frozenset(("submit", "button"))
#: ``str.translate`` tables lowering only the letters of "password", of "email" and of
#: "get" (as XPath's ``translate()`` would: a value holding any other capital is another).
_PASSWORD_CASE = str.maketrans("PASWORD", "pasword")
_EMAIL_CASE = str.maketrans("EMAIL", "email")
_GET_CASE = str.maketrans("GET", "get")


class Forms(NamedTuple):
    """The page's forms by what they ask for, each list in page order."""

    #: asking for an email address: a newsletter's sign-up, a comment box
    email: list[HtmlElement]
    #: asking for a password: an account's log-in, sign-up or password reset
    password: list[HtmlElement]
    #: searching the site: one marked as a search (``role="search"`` on it or around it,
    #: a ``type="search"`` field), or one sent with GET whose one typed field is text,
    #: asking for no email address or password and holding no text area (a comment box)
    search: list[HtmlElement]
    #: asking for an email address and holding a text area: a reply (a comment, a
    #: message to the site), never a sign-up or a search
    reply: list[HtmlElement]


#: Where a page's ``<title>`` stands (a ``<title>`` deeper in is an icon's).
_TITLE_PARENTS = frozenset(("head", "body"))


class PageTags:
    """Elements of one page, by kind, in document order."""

    def __init__(self, root: HtmlElement) -> None:
        self.metas: list[HtmlElement] = []
        self.scripts: list[HtmlElement] = []
        self.links: list[HtmlElement] = []
        self.embeds: list[HtmlElement] = []
        self.noscripts: list[HtmlElement] = []
        self.styles: list[HtmlElement] = []
        self.forms: list[HtmlElement] = []
        #: the fields asking the reader to type or pick a value: inputs of
        #: :data:`FIELD_INPUT_TYPES`, selects and text areas (read before they are stripped)
        self.fields: list[HtmlElement] = []
        self.buttons: list[HtmlElement] = []
        #: the checkbox inputs: a settings panel's toggles (read before they are stripped)
        self.toggles: list[HtmlElement] = []
        #: the inputs of a button's type ("submit", "button"): a panel's "Save"
        self.input_buttons: list[HtmlElement] = []
        #: the controls' labels (``<label>``): a kept form's show its fields' names
        self.labels: list[HtmlElement] = []
        #: set by the engine before it strips the buttons: the boxes a close button opens
        self.closable: list[HtmlElement] = []
        #: set by the engine before it strips the buttons: the cards a follow button sits in
        self.follow_cards: list[HtmlElement] = []
        #: set by the engine before it strips the fields: the panels of toggles with a
        #: button (a cookie settings' panel, engine ``consent-boxes``)
        self.toggle_panels: list[HtmlElement] = []
        #: set by the engine before it strips the fields and buttons: (a holder of one,
        #: the rule's name, its test), tested once the rules' walk is done
        self.held: list[tuple[HtmlElement, str, Callable[[HtmlElement], bool]]] = []
        #: set by the engine before it strips the forms: the boxes holding a search form
        self.searches: list[HtmlElement] = []
        #: set by the engine before it strips the forms: each reply form
        #: (:attr:`Forms.reply`) and its wrappers, innermost first, each with the element
        #: after it (a rule may take the form and its box, and leave what follows)
        self.reply_forms: list[list[tuple[HtmlElement, HtmlElement | None]]] = []
        #: the bold labels opening a PHP diagnostic ("<b>Warning</b>: ..."), perhaps
        self.php_labels: list[HtmlElement] = []
        #: the figures' captions (a ranked list may be told in figures)
        self.figcaptions: list[HtmlElement] = []
        #: the ``<caption>`` elements (a table's, or a stray one the parser kept)
        self.captions: list[HtmlElement] = []
        #: whether the page marks a footer (``<footer>``): one marking none is read by
        #: its layout (engine ``page-footers``)
        self.footer_marked = False
        #: the ``<footer>`` elements: a story's own may close it with its byline
        self.footers: list[HtmlElement] = []
        #: every h1 at the start; later steps keep those still in the tree
        self.headlines: list[HtmlElement] = []
        self.times: list[HtmlElement] = []
        self.title: HtmlElement | None = None
        self.base: HtmlElement | None = None
        self._collect(root)

    def _collect(self, root: HtmlElement) -> None:
        """Sort the page's elements of the kinds wanted into their lists, in one pass."""
        listed: dict[str, list[HtmlElement]] = {
            "meta": self.metas,
            "script": self.scripts,
            "link": self.links,
            "noscript": self.noscripts,
            "h1": self.headlines,
            "time": self.times,
            "style": self.styles,
            "form": self.forms,
            "select": self.fields,
            "textarea": self.fields,
            "button": self.buttons,
            "label": self.labels,
            "figcaption": self.figcaptions,
            "caption": self.captions,
        }
        for element in root.iter(*listed, "title", "base", "b", "input", "footer", *EMBED_TAGS):
            tag = element.tag
            found = listed.get(tag)
            if found is not None:
                found.append(element)
            elif tag == "title":
                # an empty <title> may come first; the next one the head holds (or the
                # body, where the parser moves what follows a stray tag) names the page
                if self.title is None or (
                    not (self.title.text or "").strip()
                    and element.getparent().tag in _TITLE_PARENTS
                ):
                    self.title = element
            elif tag == "base":
                if self.base is None and element.get("href"):
                    self.base = element
            elif tag == "b":
                if element.text in PHP_LEVELS:
                    self.php_labels.append(element)
            elif tag == "input":
                kind = (element.get("type") or "").strip().lower()
                if kind in FIELD_INPUT_TYPES:
                    self.fields.append(element)
                elif kind == "checkbox":
                    self.toggles.append(element)
                elif kind in BUTTON_INPUT_TYPES:
                    self.input_buttons.append(element)
            elif tag == "footer":
                self.footer_marked = True
                self.footers.append(element)
            else:
                self.embeds.append(element)

    def forms_by_kind(self) -> Forms:
        """The forms asking for an email address, for a password, and searching the site
        (read before their inputs are stripped), each form's fields read in one pass: a
        form may hold the whole page (ASP.NET's), and each question asked of it in XPath
        was a walk of its own."""
        found = Forms([], [], [], [])
        for form in self.forms:
            email = password = private = area = searching = False
            typed = 0  # text fields, any of which may be the search box
            for field in form.iter("input", "textarea"):
                if field.tag == "textarea":
                    area = True
                    continue
                kind = field.get("type")
                if kind is None or kind == "text" or kind == "search":
                    typed += 1
                    searching = searching or kind == "search"
                else:
                    private = private or kind == "password" or kind == "email"
                    email = email or kind == "email"
                    password = password or kind.translate(_PASSWORD_CASE) == "password"
                name = field.get("name")
                email = email or (name is not None and "mail" in name.translate(_EMAIL_CASE))
            if email:
                found.email.append(form)
                if area:
                    found.reply.append(form)
            if password:
                found.password.append(form)
            searched = searching or (typed == 1 and not area and not private and _sent_by_get(form))
            if searched or _marked_search(form):
                found.search.append(form)
        return found

    def headlines_in(self, ancestor: HtmlElement) -> Iterator[HtmlElement]:
        """The h1s still below ``ancestor`` (one was removed with its parent, or
        stands outside it), in document order, read lazily (a caller taking the first
        few tests no more): no pass over the whole tree."""
        return (h1 for h1 in self.headlines if is_below(h1, ancestor))


def _sent_by_get(form: HtmlElement) -> bool:
    """True for a form sent with GET, as a form with no method is."""
    method = form.get("method")
    return method is None or method.translate(_GET_CASE) == "get"


def _marked_search(form: HtmlElement) -> bool:
    """True for a form marked as a search, or inside a box marked so."""
    return form.get("role") == "search" or any(
        box.get("role") == "search" for box in form.iterancestors()
    )
