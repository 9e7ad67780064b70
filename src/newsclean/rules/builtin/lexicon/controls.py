"""The labels of the reader's tools on a page (a picture's zoom, a read-later or share
button, a read-aloud player, a teaser's "Mehr erfahren", a download button) that a page
whose markup no longer says "button" leaves as lines of their own. Only labels no story
stands on alone as a line: a word a program's code or a heading may be ("Print",
"Copy", "Next", "Close", "Like") is left out.
"""

from __future__ import annotations

#: Each tool's label, lowercased, as the whole text of its block.
CONTROL_LABEL_TEXTS = (
    # a picture's zoom ("Bild anzeigen Bild schließen": both states written)
    *("bild anzeigen", "bild schließen", "bild anzeigen bild schließen", "bild vergrößern"),
    *("zum vergrößern klicken", "vergrößern", "zoom", "enlarge", "enlarge image"),
    *("view larger", "view larger image", "view full size", "click to enlarge", "agrandir"),
    # reading later
    *("read later", "später lesen", "save for later", "merken", "artikel merken"),
    *("zur merkliste", "auf die merkliste"),
    # a read-aloud or media player
    *("listen to this article", "listen to this story", "artikel anhören", "artikel vorlesen"),
    *("vorlesen", "vorlesen lassen", "audio abspielen", "video abspielen", "abspielen"),
    *("play video", "écouter cet article"),
    # sharing
    *("teilen", "teilen auf", "artikel teilen", "beitrag teilen", "share", "share this"),
    *("share this article", "share this story", "share on", "partager", "compartir"),
    *("condividi", "udostępnij"),
    # printing
    *("drucken", "artikel drucken", "print this article", "imprimer"),
    # a teaser's or an excerpt's link to the rest, and the box's expander
    *("read more", "mehr erfahren", "weiterlesen", "mehr lesen", "learn more", "mehr"),
    *("mehr details", "more details"),
    *("more", "mehr anzeigen", "show more", "see more", "weniger anzeigen", "show less"),
    # a file's button
    *("download", "herunterladen"),
    *("link kopieren", "copy link"),
)
#: What a label may carry after it: a stop. An arrow or a mark the button drew before or
#: after it ("» Mehr erfahren", "Weiterlesen →", "+ Merken") is read off by the line
#: rules' second reading (:func:`newsclean.dom.text.unmarked`).
_ENDS = ("", ".", ":", "…", "...")
#: The labels with the stops they are printed with, as :class:`Text` compares phrases.
CONTROL_LABEL_PHRASES = tuple(f"{label}{end}" for label in CONTROL_LABEL_TEXTS for end in _ENDS)
