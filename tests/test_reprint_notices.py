"""A site's ban on copying its pages closing the body ("This report is subject to
copyright. No part may be reproduced ...", "Nachdruck nur mit Genehmigung der Redaktion",
"Prohibida su reproducción total o parcial") is the site's notice (``copyright-notices``)
and goes; a story's closing sentence about copying, reported or quoted, stays. Also the
site's note that readers' comments are not its opinion, said with "stellen ... dar"."""

from __future__ import annotations

import pytest
from conftest import HARBOUR_STORY

from newsclean import extract


def _page(closing: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in HARBOUR_STORY)
    return (
        "<html><body><div><h1>Breakwater to be finished before the storms</h1>"
        f"<article>{paragraphs}<p>{closing}</p></article></div></body></html>"
    )


#: The notice in the words of several sites' terms, one language or shape each.
REPRINT_BANS = [
    "This report is subject to copyright. Apart from fair use for study, no part may be "
    "reproduced without written permission of the publisher.",
    "No part of this site or its pages may be reproduced without the owner's permission.",
    "The material on this site may not be reproduced or redistributed except with the "
    "prior written consent of Harbour Media.",
    "Reproduction of any Harbour Times page without written permission is strictly prohibited.",
    "Nachdruck und Weitergabe, auch in Auszügen, nur mit Genehmigung der Redaktion.",
    "Unerlaubte Vervielfältigung ist untersagt.",
    "Dieser Beitrag ist urheberrechtlich geschützt.",
    "Toute reproduction, même partielle, est interdite sans l'accord de la rédaction.",
    "Prohibida su reproducción total o parcial sin autorización del diario.",
    "Vietata la riproduzione anche parziale dei contenuti.",
    "É proibida a reprodução deste conteúdo sem autorização.",
]


@pytest.mark.parametrize("notice", REPRINT_BANS)
def test_a_ban_on_copying_closing_the_body_goes(notice: str) -> None:
    text = extract(_page(notice)).text
    assert notice not in text
    assert "lifeboat station" in text


#: A story's closing sentences about copying and copyright: reported, quoted, or about
#: something else that is reproduced or forbidden.
STORY_SENTENCES = [
    "The court said the material on this site may not be reproduced by the rival paper.",
    '"Reproduction is prohibited," the museum wrote on the sign by the old charts.',
    "Reproduction of the seals is forbidden in the reserve until the colony recovers.",
    "This story is subject to copyright disputes that began when the charts were sold.",
    "Mit Nachdruck forderte der Rat mehr Geld für die Mole.",
    "Laut Gericht ist der Nachdruck der Seekarten ohne Genehmigung verboten.",
    "La reproduction des saumons est interdite en mai, selon la préfecture.",
    "The harbour photos are protected by copyright, the photographer said.",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_story_sentences_about_copying_stay(sentence: str) -> None:
    assert sentence in extract(_page(sentence)).text


@pytest.mark.parametrize(
    "notice",
    [
        "Kommentare von Lesern stellen keinesfalls die Meinung der Redaktion dar!",
        "Leserbriefe geben nicht unbedingt die Meinung der Redaktion wieder.",
    ],
)
def test_a_note_that_readers_comments_are_not_the_sites_opinion_goes(notice: str) -> None:
    text = extract(_page(notice)).text
    assert notice not in text
    assert "lifeboat station" in text


def test_a_sentence_about_readers_disputing_the_paper_stays() -> None:
    sentence = "Viele Leser stellen die Meinung der Redaktion zur Mole in Frage."
    assert sentence in extract(_page(sentence)).text
