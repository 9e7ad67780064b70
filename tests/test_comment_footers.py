"""Readers' comments known by their footers (a vote count, then the comment's age) end
the article like a thread with "Reply" lines; an age or a number alone does not."""

from __future__ import annotations

from newsclean import extract

_STORY = "".join(
    f"<p>Paragraph {n} of the story on the ferry timetable, the new pier on the north"
    " shore and what the council decided about the fares for the coming season.</p>"
    for n in range(1, 5)
)


def _page(after: str) -> str:
    return (
        "<html><body><article><h1>Ferry timetable agreed</h1>"
        f"<div>{_STORY}</div><div>{after}</div></article></body></html>"
    )


def _comment(n: int, footer: str) -> str:
    return (
        f"<div><div><span>Guest</span></div><div>reader{n}</div>"
        f"<div><p>Comment {n} says the late boat should wait for the last train.</p></div>"
        f"<div>{footer}</div></div>"
    )


def _votes(n: int) -> str:
    return f"<div><span>Like</span><span>{n}</span><span>Dislike</span></div>"


def test_comments_with_a_vote_count_and_their_age_end_the_article() -> None:
    for age in ("{n} months ago", "{n} Stunden 5 Minuten her", "vor {n} Tagen"):
        comments = "".join(
            _comment(n, _votes(n) + f"<div>{age.format(n=n)}</div>") for n in range(1, 5)
        )
        text = extract(_page(comments)).text
        assert "Comment 1" not in text and "Paragraph 4 of" in text, age


def test_a_live_blog_s_ages_without_votes_stay() -> None:
    entries = "".join(
        f"<div><div>{n} hours ago</div><p>Update {n}: the harbour master says boats"
        " run on the winter timetable until the pier opens.</p></div>"
        for n in range(1, 5)
    )
    assert "Update 4: the harbour" in extract(_page(entries)).text


def test_a_ranked_list_or_dated_entries_with_numbers_stay() -> None:
    ranked = "".join(
        f"<div><div><span>{n}</span> <span>Pier {n}</span></div><p>Pier {n} handles"
        " the most cars of the season and opens first in the morning.</p>"
        f"<div>Opened 3 May 201{n}</div></div>"
        for n in range(1, 5)
    )
    assert "Pier 4 handles" in extract(_page(ranked)).text


def test_questions_and_answers_or_an_interview_stay() -> None:
    qa = "".join(
        f"<div><div><b>Reader {n}</b> asked 2 days ago</div><p>Question {n}: will the"
        f" late boat wait?</p><div><span>Answer</span> <span>{n}</span></div><p>Answer"
        f" {n}: the harbour says it will wait ten minutes for the last train.</p></div>"
        for n in range(1, 5)
    )
    assert "Answer 4: the harbour" in extract(_page(qa)).text


def test_two_comments_stay() -> None:
    comments = "".join(_comment(n, _votes(n) + f"<div>{n} months ago</div>") for n in range(1, 3))
    assert "Comment 2 says" in extract(_page(comments)).text
