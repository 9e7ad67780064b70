"""The panel of a site's cookie settings set inside the body (``consent-boxes``): the
second dialog of a consent banner, opened by its "Settings" link, where the reader
ticks the kinds of cookies allowed ("Necessary", "Statistics", "Marketing") and saves
the choice. It asks nothing in words a notice's ask is known by (its lines name each
kind of cookie and what it does), so it is known by its controls, read before they are
stripped (:func:`toggle_panels`): a box of two toggles or more (checkboxes, switches)
with a button, whose first line and most of whose text speak of cookies, privacy or
consent (:func:`.consent_boxes.drop_consent_boxes` weighs it as a notice's box). A
story's checklist has no such button, or lines on other things."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import Any

HtmlElement = Any

#: How many toggles, and how many buttons, are read (a settings panel has a handful, a
#: shop's filter a few dozen, not thousands) ...
CONTROLS_READ = 40
#: ... and how far up from each the panel holding two of them (and a button) is looked
#: for: a toggle sits in its switch's wrapper, in its row, in the list of rows, in the
#: panel.
PANEL_LEVELS = 6


def toggle_panels(
    toggles: Sequence[HtmlElement], buttons: Sequence[HtmlElement]
) -> list[HtmlElement]:
    """The panels of toggles among ``toggles`` (checkbox inputs) and ``buttons`` (those
    with the role of a switch; the others send the choice), read before the controls
    are stripped: for each toggle, the nearest box up to ``PANEL_LEVELS`` above it
    holding another toggle and, as far up from it, a button sending the choice,
    perhaps above the list of toggles. Each once. Read by climbing from the controls
    alone, no subtree walked; a page with fewer than two toggles (most) no further."""
    switches = [button for button in buttons[:CONTROLS_READ] if _is_switch(button)]
    if len(toggles) + len(switches) < 2:
        return []
    chains = [
        list(islice(toggle.iterancestors(), PANEL_LEVELS))
        for toggle in [*toggles, *switches][:CONTROLS_READ]
    ]
    counts: dict[HtmlElement, int] = {}
    for chain in chains:
        for node in chain:
            counts[node] = counts.get(node, 0) + 1
    senders = {
        node
        for button in buttons[:CONTROLS_READ]
        if not _is_switch(button)
        for node in islice(button.iterancestors(), PANEL_LEVELS)
    }
    panels: list[HtmlElement] = []
    for chain in chains:
        shared = next((at for at, node in enumerate(chain) if counts[node] > 1), None)
        if shared is None:
            continue
        panel = next((node for node in chain[shared:] if node in senders), None)
        if panel is not None and panel not in panels:
            panels.append(panel)
    return panels


def _is_switch(button: HtmlElement) -> bool:
    """Whether ``button`` is a toggle: a switch by its role ("On/Off")."""
    return (button.get("role") or "").strip().lower() == "switch"
