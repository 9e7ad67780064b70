"""``read-also-teasers`` by shape: a rail's heading worded as the site likes ("Diese
Artikel könnten dich ebenfalls interessieren:", "Related recipes", "Vidéo recommandée",
"Keine verwandten Artikel") goes whatever the names, once the rail's links went or with
them; a story's sentence saying something could interest someone, and a field naming
related sections, stay."""

from __future__ import annotations

import pytest

from newsclean import Registry, extract
from newsclean.explain.decisions import explain

URL = "https://www.valley-courier.example/2024/05/orchard-frost"
STORY = (
    "<h1>Late frost hits the valley orchards</h1>"
    "<p>A night of frost in early May damaged the blossom in most of the valley's apple "
    "orchards, the growers' association said on Tuesday. Temperatures fell to minus four "
    "degrees shortly before dawn, two weeks after the trees had flowered.</p>"
    "<p>Growers who ran their sprinklers through the night saved much of their crop, since "
    "the ice forming on the blossom keeps it at freezing point. Those without water rights "
    "expect to lose more than half of this year's harvest.</p>"
    "<p>The association will ask the regional government for emergency help next week and "
    "has asked its members to count the damaged trees before the end of the month.</p>"
)


def page(after: str, before: str = "") -> str:
    """The story with ``before`` after its first paragraph and ``after`` at its end, in
    boxes whose names say nothing."""
    first, rest = STORY.split("</p>", 1)
    return (
        "<html><body><div class='q1'><a href='/'>Valley Courier</a></div>"
        f"<div class='q2'><div class='q3'>{first}</p>{before}{rest}{after}</div></div>"
        "</body></html>"
    )


LINKS = (
    "<p><a href='/2024/04/cherry-harvest'>Cherry growers hope for a better year</a></p>"
    "<p><a href='/2024/03/bees'>Why the bees came back to the valley</a></p>"
)

HEADINGS = [
    "<p><em>Diese Artikel könnten dich ebenfalls interessieren:</em></p>",
    "<p>Das interessiert Sie vielleicht auch</p>",
    "<h3>Related recipes</h3>",
    "<div><label>VIDÉO RECOMMANDÉE</label><div></div></div>",
    "<p><strong>Links zu verwandten externen Artikeln:</strong></p>",
    "<b>Siehe auch:</b><br>",
    "<p>Stories that might interest you</p>",
    "<p>También te puede interesar</p>",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_rail_heading_goes_with_its_links(heading: str) -> None:
    text = extract(page(heading + LINKS), url=URL).text
    assert "count the damaged trees" in text
    for words in ("interess", "Related", "RECOMMAND", "verwandten", "Siehe", "might interest"):
        assert words not in text
    assert "Cherry growers hope" not in text


def test_a_rail_heading_between_paragraphs_goes() -> None:
    text = extract(page("", before="<p>Diese Beiträge könnten Sie auch interessieren</p>"), url=URL)
    assert "interessieren" not in text.text
    assert "Growers who ran their sprinklers" in text.text


def test_an_empty_rails_notice_goes() -> None:
    empty = "<h4>Verwandte Artikel</h4><ul><li>Keine verwandten Artikel</li></ul>"
    text = extract(page(empty), url=URL).text
    assert "verwandten" not in text
    assert "count the damaged trees" in text


def test_explain_names_the_rule() -> None:
    found = explain(page("<p>Diese Artikel könnten dich auch interessieren:</p>"), url=URL)
    blocks = found.find("Diese Artikel könnten dich auch interessieren")
    assert any(block.reason == "read-also-teasers" for block in blocks)


def test_the_rule_switches_off() -> None:
    registry = Registry.default(load_entry_points=False)
    registry.disable("read-also-teasers")
    text = extract(
        page("<p>Diese Artikel könnten dich auch interessieren:</p>"), url=URL, registry=registry
    ).text
    assert "Diese Artikel könnten dich auch interessieren" in text


@pytest.mark.parametrize(
    "line",
    [
        # a sentence: something could interest someone, said someone
        "<p>Die neuen Sorten könnten Sie interessieren, sagte der Vorsitzende den Züchtern.</p>",
        # a field naming related sections: its value after a colon
        "<p>Verwandte Bereiche: Obstbau</p>",
        # a sentence opening with the words of a heading
        "<p>Recommended videos from the association show how to run sprinklers at night.</p>",
    ],
)
def test_a_story_line_stays(line: str) -> None:
    text = extract(page("", before=line), url=URL).text
    inner = line.split(">", 1)[1].rsplit("<", 1)[0]
    assert inner in text
