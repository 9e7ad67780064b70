"""Every number that shapes an extraction decision, and the keyword options of ``extract()``.

:class:`Tuning` holds the thresholds of scoring, body choice, vetoes and pruning,
each a named and documented field of its stage's class in ``newsclean/tuning/``
(``Tuning`` inherits them all). The ``favor`` presets are instances of it;
callers may pass their own (``extract(html, tuning=...)``, ``--tuning file.toml``),
for instance ``attrs.evolve(Tuning.preset("precision"), sibling_share=0.5)``.
Numbers that belong to one rule (a rule's ``weight`` or ``max_chars``) stay on
the rule, where a rule file can change them.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

import attrs

from .errors import OptionError
from .tuning.body import BodyTuning
from .tuning.leads import LeadTuning
from .tuning.prepare import PrepareTuning
from .tuning.pruning import (
    PULL_QUOTE_MAX_CHARS,
    PULL_QUOTE_MAX_ELEMENTS,
    PULL_QUOTE_MIN_WORDS,
    PULL_QUOTE_PROSE_CHARS,
    PULL_QUOTE_REPEAT_SHARE,
    PruningTuning,
)
from .tuning.scoring import TAG_WEIGHTS, ScoringTuning
from .tuning.veto import VetoTuning
from .tuning.widgets import WidgetTuning

Favor = Literal["precision", "balanced", "recall"]
FAVORS: tuple[Favor, ...] = ("precision", "balanced", "recall")

__all__ = [
    "FAVORS",
    "PULL_QUOTE_MAX_CHARS",
    "PULL_QUOTE_MAX_ELEMENTS",
    "PULL_QUOTE_MIN_WORDS",
    "PULL_QUOTE_PROSE_CHARS",
    "PULL_QUOTE_REPEAT_SHARE",
    "TAG_WEIGHTS",
    "TUNINGS",
    "Favor",
    "Options",
    "Tuning",
]


# attrs puts the fields of the classes inherited in the reverse of their order here (the
# last class's first): the stages are listed last to first, so the fields (their
# ``repr``, ``attrs.fields``) keep the pipeline's order, scoring first.
@attrs.frozen
class Tuning(
    PrepareTuning,
    WidgetTuning,
    PruningTuning,
    LeadTuning,
    BodyTuning,
    VetoTuning,
    ScoringTuning,
):
    """The thresholds of body selection and pruning (lengths in characters, shares
    and densities between 0 and 1)."""

    # Its fields are those of each stage's class, in ``newsclean/tuning/``.

    @classmethod
    def preset(cls, favor: Favor) -> Tuning:
        """The tuning behind ``extract(favor=...)``."""
        if favor not in FAVORS:
            raise OptionError(f"favor must be one of {', '.join(FAVORS)}, not {favor!r}")
        return TUNINGS[favor]

    @classmethod
    def from_toml(cls, path: str | Path) -> Tuning:
        """A tuning read from a TOML file: field names as keys, ``tag_weights`` as a
        table, and an optional ``preset = "precision"`` (or ``"recall"``) to start from."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise OptionError(f"cannot read tuning file {path}: {exc}") from exc
        base = cls.preset(data.pop("preset", "balanced"))
        known = {field.name for field in attrs.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise OptionError(f"{path}: unknown tuning field(s): {', '.join(unknown)}")
        if "tag_weights" in data:
            data["tag_weights"] = {**base.tag_weights, **data["tag_weights"]}
        try:
            return attrs.evolve(base, **data)
        except (TypeError, ValueError, AttributeError) as exc:
            raise OptionError(f"{path}: {exc}") from exc


TUNINGS: dict[Favor, Tuning] = {
    "precision": Tuning(
        widen_gain=1.8, widen_quality=0.85, widen_density=0.2, sibling_share=0.6,
        sibling_named_twin_share=0.6, link_list_density=0.3, sibling_deep_prose_chars=400,
        sibling_section_prose_chars=400,
    ),
    "balanced": Tuning(),
    "recall": Tuning(
        widen_gain=1.1, widen_quality=0.35, widen_density=0.5, sibling_share=0.08,
        link_list_density=0.75, sibling_deep_prose_chars=80,
    ),
}  # fmt: skip


def _check_tuning(instance: Options, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, Tuning):
        raise OptionError(f"tuning must be a newsclean.Tuning, not {value!r}")


@attrs.frozen
class Options:
    """What to keep besides the body text, and which way to lean when unsure."""

    include_images: bool = False
    include_links: bool = True
    include_tables: bool = True
    include_captions: bool = False
    include_comments: bool = False
    include_title: bool = True
    include_standfirst: bool = False
    favor: Favor = "balanced"
    #: thresholds to use instead of the ``favor`` preset
    custom_tuning: Tuning | None = attrs.field(default=None, validator=_check_tuning)

    def __attrs_post_init__(self) -> None:
        if self.favor not in FAVORS:
            raise OptionError(f"favor must be one of {', '.join(FAVORS)}, not {self.favor!r}")
        if self.custom_tuning is not None and self.favor != "balanced":
            raise OptionError("give favor or tuning, not both (a tuning file may name a preset)")
        for field in attrs.fields(Options):
            value = getattr(self, field.name)
            if field.name.startswith("include_") and not isinstance(value, bool):
                raise OptionError(f"{field.name} must be True or False, not {value!r}")

    @property
    def tuning(self) -> Tuning:
        """The thresholds in force: the caller's, else the ``favor`` preset's."""
        return self.custom_tuning or TUNINGS[self.favor]
