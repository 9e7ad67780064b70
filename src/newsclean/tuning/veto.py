"""The thresholds of the vetoes on DROP rules (engine/veto.py): a part of
:class:`newsclean.settings.Tuning`."""

from __future__ import annotations

import attrs

from .fields import number as _number

#: A weak drop is vetoed on an element whose text is at least this much embedded posts
#: (engine/veto_kinds.py: an embedded tweet in a box named for sharing is the story's quote).
EMBED_SHARE = 0.5

#: Characters of a hidden element's longest paragraph looked for elsewhere on the page
#: (engine/veto.py).
HIDDEN_COPY_SAMPLE_CHARS = 80
#: Characters read on each side of an element that may be a phrase of a sentence
#: (engine/veto_kinds.py ``inside_sentence``).
PHRASE_SIDE_CHARS = 40


@attrs.frozen(slots=False)
class VetoTuning:
    """When a drop would take too much of the page's text to be believed."""

    # --- vetoes on DROP rules (engine/veto.py) -----------------------------------
    #: a drop that would take this share of the page's paragraph text with the
    #: headline is vetoed...
    veto_share_with_headline: float = _number(0.35)
    #: ... or this share without it (a consent dialog may hold more text than the story)
    veto_share_without_headline: float = _number(0.65)
    #: sibling matches of one weak rule, at least this many, are weighed together
    #: (their shares summed) before each is weighed alone
    veto_together_min: int = _number(3)
    #: hidden text in another branch of the page than the headline is no copy of the
    #: story when the headline stands with this much paragraph text
    reveal_story_chars: int = _number(500)
    #: a hidden element beside the headline holding at least this much paragraph text
    #: (a story's length)...
    reveal_alone_chars: int = _number(1000)
    #: ... and this many times the largest run of visible paragraphs (a paywall's
    #: notice standing where the story should be) is the story, however much other
    #: paragraph text the page holds
    reveal_over_visible: float = _number(4.0)
    #: elements with less text than this are never vetoed
    veto_min_chars: int = _number(100)
    #: a menu, footer or aside holding less than this part of the share that could
    #: veto it, on the page as first parsed, goes at once (before the rules walk)
    veto_early_share: float = _number(0.5)
    #: the share of the page's paragraph text counts only where the page has at least
    #: this much of it (else a footer's few ``<p>`` would be "most of the paragraphs");
    #: the share of its prose always counts
    veto_min_paragraphs: int = _number(500)
    #: a form asking for no email address holding this much prose (``prose-forms``) is
    #: spared the drop of forms: a shop's product with its description...
    form_prose_chars: int = _number(300)
    #: ... in paragraphs of this many characters at least, closed as sentences
    form_prose_paragraph_chars: int = _number(80)
