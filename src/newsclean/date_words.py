"""The words that label a date line as the story's publication or its update, by kind:
the one table the metadata's shown dates (:mod:`newsclean.metadata.shown_dates`, which
tells an update's date from the publication's) and the rules' date lines
(``rules.builtin.lexicon.dates``, which drop a labelled date line) read, so it stands
below both layers, as :mod:`newsclean.month_names` does.

Each is a regex alternation, to be matched ignoring case; the words a label may open
with ("Last updated", "Zuletzt geändert", "First published", "Originally posted") and
the word that may follow it ("Updated on", "Veröffentlicht am", "Publié le") are kept
apart, so that each reader puts them where its own pattern wants them.
"""

from __future__ import annotations

#: The words that label the date of a story's update.
UPDATE_WORDS = (
    r"updated|modified|edited|aktualisiert|geändert|bearbeitet|überarbeitet|stand"
    r"|mis à jour|modifié|actualisé|actualizado|modificado|atualizado|aggiornato"
    r"|zaktualizowano|aktualisierung|aktualizacja"
)
#: The words that open an update's label.
UPDATE_OPENERS = r"last |zuletzt "
#: The words that label the date of its publication.
PUBLISHED_WORDS = (
    r"published|posted|created|veröffentlicht|publiziert|erstellt|erschienen|publié|créé"
    r"|publicado|creado|pubblicato|opublikowano|submitted|veröffentlichung|publikacja"
    r"|wydrukowano"
)
#: The words that open a publication's label.
PUBLISHED_OPENERS = r"first |originally "
#: The word between a label and its date: "on", "am", "le", "el", "em", "il", "at".
LABEL_LINKS = r"on|at|am|le|el|em|il"
