"""Boxes selling something inside the body (``buy-boxes``): a journal's "Buy single
article / 37,40 € / Price includes VAT", a holiday let's "Preis: ab 94,00 € pro Nacht /
Online buchen" with its booking hotline, a card offer's "Annual Fee $95 / Apply Now".

Words alone would not tell such a box from a story about prices. The box is known by
two signals of shape meeting in one small element: a line that is a price and nothing
else ("ab 94,00 €", "Annual fee: $95", "19,99 € / Monat"), and a line that is a call to
buy and nothing else ("Online buchen", "Buy single article", "Apply now"), both short;
and the box holds no paragraph of prose (a product review's description runs longer
than a box's fine print) and far less than the body around it."""

from __future__ import annotations

import functools
import re
from typing import Any

from lxml import etree

from ..dom.text import RAW_SLACK, collapse_space, text_bytes, text_of
from ..dom.tree import remove_element, text_holder
from ..rules.matchers import Tags
from ..rules.model import Effect, Rule
from ..settings import Tuning
from ..tuning.widgets import OFFER_LINE_MAX_CHARS

HtmlElement = Any

#: Stands in for a rule on a box selling something (an engine rule, like
#: ``teaser-streams``: ``disable("buy-boxes")`` switches it off).
BUY_BOXES = Rule(
    "buy-boxes",
    Tags("div section article aside form"),
    Effect.DROP,
    description="A small box in the body holding a price line ('ab 94,00 € pro Nacht', "
    "'Annual fee: $95') and a call to buy ('Online buchen', 'Buy single article', "
    "'Apply now'), with no paragraph of prose: an offer, not the story.",
)

#: A currency's signs and codes, as UTF-8 bytes (the container's text is read as such).
_CURRENCIES = tuple(sign.encode() for sign in ("€", "$", "£", "EUR", "CHF"))


@functools.lru_cache(maxsize=32)
def _currency_texts(signs: tuple[bytes, ...]) -> etree.XPath:
    """The text nodes holding one of ``signs`` (those the container's text holds: each
    sign more costs a test of every text node, in C), no longer than a price line may
    be: a sentence naming a price is none."""
    tests = " or ".join(f"contains(., '{sign.decode()}')" for sign in signs)
    most = OFFER_LINE_MAX_CHARS * RAW_SLACK
    return etree.XPath(f".//text()[{tests}][string-length() <= {most}]", regexp=False)


#: An amount of money: the sign or code before the number or after it.
_AMOUNT = (
    r"(?:[$£€]|eur|chf|usd) ?\d[\d.,' ]*(?:[.,]-+)?"
    r"|\d[\d.,' ]*(?:[.,]-+)? ?(?:[$£€]|eur\b|euro\b|chf\b|usd\b)"
)
#: An amount of money anywhere in a text.
_AMOUNT_IN_TEXT = re.compile(rf"(?<![\w.,])(?:{_AMOUNT})", re.IGNORECASE)
#: A line that is a price and nothing else: perhaps a label ("Preis:", "Annual fee:",
#: "TPG's bonus valuation*:"), a word for "from" or "only", the amount, perhaps its
#: unit ("pro Nacht", "/ month", "par mois") and a tax note ("inkl. MwSt.").
_PRICE_LINE = re.compile(
    r"(?:[\w'’&*./ -]{1,30}: ?)?"
    r"(?:(?:ab|von|nur|für|from|only|just|now|jetzt|dès|à partir de|seulement|desde"
    r"|a partir de|por|solo|sólo) )*"
    rf"(?:{_AMOUNT})\*?"
    r"(?: ?/ ?[\w.]{1,12}| (?:pro|per|a|an|je|par|por|al) [\w.]{1,12}){0,2}"
    r"(?: ?\(?(?:inkl|incl|including|zzgl|ttc|ht|iva)\b[\w. ]{0,20}\)?)?[ .*]*",
    re.IGNORECASE,
)
#: A line that is a call to buy, book or subscribe and nothing else, in English, German,
#: French, Spanish and Italian: the verb alone, with "now", or with a short object after
#: an article or particle ("Buy single article", "Subscribe to journal", "Apply now",
#: "Book your stay"; not "Rent control"), or an object and the verb after it ("Jetzt
#: online buchen", "Artikel kaufen", "Abo abschließen"), or the shop's own words ("Add to
#: cart", "In den Warenkorb", "Zum Angebot"); never a question.
_CALL = re.compile(
    r"\W*(?:"
    r"(?:buy|order|purchase|subscribe|shop|rent|reserve|book|apply|sign up)"
    r"(?: (?:now|today|online|here)|(?: (?:to|the|this|a|an|single|your|our|it))+(?: [\w-]+)?)?"
    r"|add to (?:cart|basket|bag)|check (?:price|availability)|view (?:deal|offer|price)s?"
    r"|(?:jetzt |hier |online |direkt |gleich )*(?:[\w-]+ )?(?:buchen|kaufen|bestellen"
    r"|abonnieren|reservieren|mieten|abschließen|sichern)"
    r"|in den (?:warenkorb|einkaufswagen)|zum (?:angebot|shop)|zur buchung"
    r"|(?:acheter|commander|réserver|louer|souscrire|s'abonner|je m'abonne|ajouter au panier)"
    r"(?: (?:maintenant|en ligne|ici)"
    r"| (?:le|la|les|l'|un|une|ce|cet|cette|votre)(?: ?[\w-]+){1,2})?"
    r"|(?:comprar|reservar|alquilar|contratar|suscríbete|suscribirse|añadir al carrito)"
    r"(?: (?:ahora|ya|aquí|online)| (?:el|la|los|las|un|una|este|esta|tu)(?: [\w-]+){1,2})?"
    r"|(?:acquista|prenota|abbonati|aggiungi al carrello)(?: (?:ora|subito|online))?"
    r")[\s!.›»>→]*",
    re.IGNORECASE,
)
#: The elements a call to buy is set as: a link or button, a box's title, a line.
_CALL_TAGS = ("a", "button", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "b", "strong")
#: The blocks whose text, past the box's fine print, is the story's prose.
_PROSE_TAGS = ("p", "li", "blockquote")
#: What a box selling something may be.
_BOX_TAGS = frozenset(("div", "section", "article", "aside", "form", "ul"))
#: A price in a table's cell is a value the table compares (a review's table of
#: products), not an offer's line.
_TABLE_TAGS = frozenset(("td", "th", "table"))


def drop_buy_boxes(
    lines: list[HtmlElement], container: HtmlElement, tuning: Tuning
) -> list[tuple[HtmlElement, str]]:
    """Remove the boxes in ``container`` (one of the body's containers) that sell
    something (:data:`BUY_BOXES`), around its price ``lines`` (:func:`price_lines`)."""
    if not lines:
        return []
    held: dict[HtmlElement, int] = {}  # how many price lines each ancestor holds
    for line in lines:
        for ancestor in line.iterancestors():
            if ancestor is container:
                break
            held[ancestor] = held.get(ancestor, 0) + 1
    limit = min(tuning.buy_box_max_chars, len(text_of(container)) // 2)
    removed: list[tuple[HtmlElement, str]] = []
    for line in lines:
        if any(line is box or box in line.iterancestors() for box, _ in removed):
            continue
        box = _box_around(line, held, container, limit, tuning)
        if box is not None:
            remove_element(box)
            removed.append((box, BUY_BOXES.name))
    return removed


def price_lines(container: HtmlElement, whole: bytes | None = None) -> list[HtmlElement]:
    """The elements of ``container`` whose whole text is a price line; ``whole``: its
    text as bytes (:func:`.dom.text.text_bytes`, perhaps read before other boxes went;
    read now when not given), searched before its text nodes one by one: most stories
    name no price."""
    found: list[HtmlElement] = []
    if whole is None:
        whole = text_bytes(container)
    signs = tuple(sign for sign in _CURRENCIES if sign in whole)
    if not signs:
        return found
    texts = _currency_texts(signs)(container)
    assert isinstance(texts, list)
    for text in texts:
        holder = text_holder(text)
        while holder is not None and holder is not container:
            if holder.tag in _TABLE_TAGS:
                break
            line = _short_line(holder)
            if line is None:
                break
            if _PRICE_LINE.fullmatch(line):
                if holder not in found:
                    found.append(holder)
                break
            holder = holder.getparent()
    return found


def _box_around(
    line: HtmlElement,
    held: dict[HtmlElement, int],
    container: HtmlElement,
    limit: int,
    tuning: Tuning,
) -> HtmlElement | None:
    """The box selling something around the price ``line``: the smallest ancestor (below
    ``container``) holding a call to buy too, widened to the largest ancestor still
    small (at most ``limit`` characters), without prose; None when there is none, or
    when an ancestor holds more than ``buy_box_max_offers`` price lines (``held``: how
    many each holds): a list or grid comparing products (a review's table of them, as
    rows of boxes), which the story is about."""
    box = None
    small = True
    for ancestor in line.iterancestors():
        if ancestor is container:
            break
        if ancestor.tag in _TABLE_TAGS or held[ancestor] > tuning.buy_box_max_offers:
            return None
        if not small:
            continue
        if len(collapse_space(text_of(ancestor))) > limit or has_prose(ancestor, tuning):
            small = False
        elif ancestor.tag in _BOX_TAGS and (box is not None or _has_call(ancestor)):
            box = ancestor
    return box


def is_call_to_buy(text: str) -> bool:
    """True when ``text`` (whitespace collapsed) is a call to buy and nothing else."""
    return len(text) <= OFFER_LINE_MAX_CHARS and _CALL.fullmatch(text) is not None


def names_amount(text: str) -> bool:
    """True when ``text`` holds an amount of money standing apart ("39,90 Euro", "$25",
    "CHF 25.-"), as the price lines of a buy box write it (:data:`_AMOUNT`); stricter
    than :func:`.link_lists.mentions_price`, which a label's test reads."""
    return _AMOUNT_IN_TEXT.search(text) is not None


def _has_call(box: HtmlElement) -> bool:
    """True when an element of ``box`` holds a call to buy as its whole text."""
    for element in box.iter(*_CALL_TAGS):
        text = _short_line(element)
        if text and _CALL.fullmatch(text):
            return True
    return False


def _short_line(element: HtmlElement) -> str | None:
    """``element``'s text, whitespace collapsed, when it is no longer than a price line
    or a call may be (``OFFER_LINE_MAX_CHARS``), else None; the raw text is measured first,
    so a long block is not collapsed to be turned down."""
    raw = text_of(element)
    if len(raw) > OFFER_LINE_MAX_CHARS * RAW_SLACK:
        return None
    line = collapse_space(raw)
    return line if len(line) <= OFFER_LINE_MAX_CHARS else None


def has_prose(box: HtmlElement, tuning: Tuning) -> bool:
    """True when ``box`` holds a block of prose longer than a box's fine print."""
    most = tuning.buy_box_prose_max_chars
    for block in box.iter(*_PROSE_TAGS):
        text = text_of(block)
        if len(text) > most * RAW_SLACK or len(collapse_space(text)) > most:
            return True
    return False
