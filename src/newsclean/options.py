"""The keyword options of :func:`newsclean.extract` and what each one tunes."""

from __future__ import annotations

from typing import Literal

import attrs

from .errors import OptionError

Favor = Literal["precision", "balanced", "recall"]
FAVORS: tuple[Favor, ...] = ("precision", "balanced", "recall")
#: Rules switched off when captions are wanted.
CAPTION_RULES = frozenset(("figcaption", "captions-and-credits", "credit-microdata"))


@attrs.frozen
class Tuning:
    """Thresholds of body selection and pruning that trade precision for recall."""

    #: widen to an ancestor holding this many times the paragraph text...
    widen_gain: float = 1.3
    #: ... or when this share of the text it adds is paragraph text...
    widen_quality: float = 0.6
    #: ... as long as its link density stays under this
    widen_density: float = 0.35
    #: siblings scoring this share of the best container join it
    sibling_share: float = 0.2
    #: blocks inside the body with more link text than this share are link lists
    link_list_density: float = 0.5


TUNINGS: dict[Favor, Tuning] = {
    "precision": Tuning(
        widen_gain=1.8, widen_quality=0.85, widen_density=0.2, sibling_share=0.6,
        link_list_density=0.3,
    ),
    "balanced": Tuning(),
    "recall": Tuning(
        widen_gain=1.1, widen_quality=0.35, widen_density=0.5, sibling_share=0.08,
        link_list_density=0.75,
    ),
}  # fmt: skip


@attrs.frozen
class Options:
    """What to keep besides the body text, and which way to lean when unsure."""

    include_images: bool = False
    include_links: bool = True
    include_tables: bool = True
    include_captions: bool = False
    include_comments: bool = False
    favor: Favor = "balanced"

    def __attrs_post_init__(self) -> None:
        if self.favor not in FAVORS:
            raise OptionError(f"favor must be one of {', '.join(FAVORS)}, not {self.favor!r}")
        for field in attrs.fields(Options):
            value = getattr(self, field.name)
            if field.name.startswith("include_") and not isinstance(value, bool):
                raise OptionError(f"{field.name} must be True or False, not {value!r}")

    @property
    def tuning(self) -> Tuning:
        return TUNINGS[self.favor]
