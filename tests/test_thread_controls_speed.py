"""A comment's control is matched without its header line's time when the text holds no
":" (a time of day needs one): the same texts match as with the whole pattern, and a
thread is still known by either kind of control."""

from __future__ import annotations

import itertools

import newsclean
from newsclean.engine.threads import _CONTROL, is_control

#: Pieces of controls, header lines and look-alikes, in several cases and scripts.
_PIECES = (
    *("Reply", "reply ↓", "REPLY", "Flag", "report abuse", "Report this comment"),
    *("Antworten", "odpowiedź", "svara »", "回复", "返信", "ответить"),
    *("10:28", "9:15 pm", "12:30:01 a.m.", " | ", " · ", ":", " ", "x", "Ben, 4 May 2022 at"),
)


def test_a_text_without_a_colon_matches_as_with_the_header_line() -> None:
    for count in range(1, 4):
        for pieces in itertools.product(_PIECES, repeat=count):
            text = "".join(pieces)
            expected = len(text) <= 100 and _CONTROL.fullmatch(text) is not None
            assert is_control(text) == expected, repr(text)


def _page(control: str) -> str:
    story = "".join(
        f"<p>Paragraph {n} of the report on the harbour works, a full sentence with a"
        " comma, and enough words to read as the story's own prose.</p>"
        for n in range(6)
    )
    comments = "".join(
        f"<li><p>Comment {n} from a reader who watched the cranes each morning, with"
        f" a long thought on the noise and the new quay.</p><span>{control}</span></li>"
        for n in range(4)
    )
    return (
        "<html><body><article><h1>Harbour works end</h1>"
        f"{story}<ol>{comments}</ol></article></body></html>"
    )


def test_a_thread_is_known_by_plain_controls_and_by_timed_header_lines() -> None:
    for control in ("Reply", "Ana, 4 May 2022 at 9:15 pm | Reply"):
        text = newsclean.extract(_page(control)).text
        assert "Paragraph 5 of the report" in text
        assert "Comment 0 from a reader" not in text, control
