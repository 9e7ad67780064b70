"""Stories scrolled in under the article (``next-stories``): what the class fixture does
not show. <article> elements each with an h1 and prose count (or, on a page marking
none, boxes made alike each holding one h1, the first the headline's); the first is the
story unless a later one holds the page's headline; sections under h1s, live posts
without one and a short card stay."""

from __future__ import annotations

from conftest import class_text_without

from newsclean import extract


def _prose(topic: str, count: int = 3) -> str:
    return "".join(
        f"<p>Paragraph {n} about {topic} runs on with the detail a local report gives, "
        "the people asked and what they said, at the length of a news story.</p>"
        for n in range(count)
    )


def _story(tag: str, heading: str, topic: str, count: int = 3) -> str:
    prose = _prose(topic, count)
    return f"<div class='w1'><{tag} class='a1'><h1>{heading}</h1>{prose}</{tag}></div>"


def _page(*parts: str, title: str = "Harbour wall to be rebuilt") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><main><div class='c1'>"
        f"{''.join(parts)}</div></main></body></html>"
    )


def test_the_stories_after_the_first_go() -> None:
    page = _page(
        _story("article", "Harbour wall to be rebuilt", "the harbour wall"),
        _story("article", "Bakery wins a prize", "the bakery"),
    )
    text = extract(page).text
    assert "Paragraph 2 about the harbour wall" in text
    assert "the bakery" not in text


def test_boxes_made_alike_after_the_first_go_on_a_page_marking_no_article() -> None:
    page = _page(
        _story("div", "Harbour wall to be rebuilt", "the harbour wall"),
        _story("div", "Bakery wins a prize", "the bakery"),
        _story("div", "Ferry timetable changes", "the ferry"),
    )
    text = extract(page).text
    assert "Paragraph 2 about the harbour wall" in text
    assert "the bakery" not in text
    assert "the ferry" not in text


def test_boxes_made_unlike_stay() -> None:
    other = _story("div", "What the divers found", "the divers' survey").replace("w1", "w2")
    page = _page(_story("div", "Harbour wall to be rebuilt", "the harbour wall"), other)
    text = extract(page).text
    assert "Paragraph 2 about the divers' survey" in text


def test_sections_under_h1s_stay() -> None:
    page = _page(
        _story("section", "Harbour wall to be rebuilt", "the harbour wall"),
        _story("section", "What the divers found", "the divers' survey"),
    )
    text = extract(page).text
    assert "Paragraph 2 about the divers' survey" in text


def test_articles_without_their_own_h1_stay() -> None:
    posts = "".join(
        f"<article class='p1'><h3>10:{n}5</h3>{_prose(f'update {n}', 2)}</article>"
        for n in range(3)
    )
    page = _page(f"<div class='w1'><h1>Harbour wall to be rebuilt</h1>{posts}</div>")
    text = extract(page).text
    assert "Paragraph 1 about update 2" in text


def test_articles_inside_the_story_stay() -> None:
    quoted = "".join(
        f"<article class='q1'><h1>Letter {n}</h1>{_prose(f'letter {n}', 3)}</article>"
        for n in range(2)
    )
    page = _page(
        "<div class='w1'><article class='a1'><h1>Harbour wall to be rebuilt</h1>"
        f"{_prose('the harbour wall')}{quoted}</article></div>"
    )
    text = extract(page).text
    assert "Paragraph 2 about letter 1" in text


def test_nothing_goes_when_a_later_article_holds_the_headline() -> None:
    page = _page(
        _story("article", "Bakery wins a prize", "the bakery"),
        _story("article", "Harbour wall to be rebuilt", "the harbour wall"),
    )
    text = extract(page).text
    assert "Paragraph 2 about the harbour wall" in text


def test_nothing_goes_when_an_article_is_a_short_card() -> None:
    card = "<div class='w1'><article class='a1'><h1>Bakery wins a prize</h1></article></div>"
    page = _page(_story("article", "Harbour wall to be rebuilt", "the harbour wall"), card)
    text = extract(page).text
    assert "Paragraph 2 about the harbour wall" in text


def test_the_rule_switches_off() -> None:
    text = class_text_without("class-next-stories", "next-stories")
    assert "Scaffolding went up around Westmere's town library" in text
