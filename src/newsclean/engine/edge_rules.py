"""The engine's own rules at the body's edges. They are not in the registry (they need
the page's address, its authors or the body's shape), but are named so that explain()
reports them and disable() switches them off."""

from __future__ import annotations

from ..rules.matchers import Tags
from ..rules.model import Effect, Rule

#: Stands in for a rule on a line that is the page's own address (a print header). The
#: engine's own rules are not in the registry (they need the page's address and its
#: authors), but its ``disable()`` switches them off by name all the same.
PAGE_ADDRESS = Rule(
    "page-address", Tags("p div"), Effect.DROP, description="The page's own address as a line."
)

#: Stands in for a rule on a line of the post's fields opening the body.
METADATA_LINE = Rule(
    "metadata-lines",
    Tags("p div li h2 h3 h4 h5 h6 dd section center"),
    Effect.DROP,
    description="A short line of the post's fields opening the body, split by dots, bars, "
    "bullets or spaced dashes or each field in an inline element of its own, one of them its "
    "date or its count of comments or views, the others a few words each ('Ada Lind · May 3, "
    "2024 · Travel · 7 comments', 'By Ada Lind | 12.03.2020 | Politik'), a line of names "
    "alone above such a date line, and a line naming the page's author with such fields or "
    "alone ('Ada Lind 3. Mai 2024', 'By Ada Lind'), one date twice, such a line loose in no "
    "block above a block of the opening or an empty one; right below the body's first "
    "block too (a standfirst); a date line left alone there once a rule took the rest of "
    "its block: a dateline opening the story's first sentence, a date heading, stay; at "
    "the top or bottom edge, a date in figures with a short label of any script or wording "
    "('기사입력 :[ 2018-08-25 15:24 ]', 'Опубликовано: 25.08.2018').",
)

#: Stands in for a rule on the trail of links to the page's sections opening the body.
BREADCRUMB_TRAIL = Rule(
    "breadcrumb-trails",
    Tags("p div li span nav ol ul"),
    Effect.DROP,
    description="A line opening the body that is a trail of links to the site's sections, "
    "split by '>', '»', '›' or a spaced '/', perhaps after a label ('You are here:') and "
    "ending in the page's own title: 'Home » Recipes » Cakes » Lemon cake'.",
)

#: Stands in for a rule on the note about the page's author closing the story.
AUTHOR_NOTE = Rule(
    "author-note",
    Tags("p div"),
    Effect.DROP,
    description="A short note about the page's author closing the body ('Ada Lind is a "
    "reporter for the Harbour Times', or a personal bio: 'Ada is a Maine native living in "
    "Ohio with her husband and two sons'), in a box of its own, and the name above it; "
    "a line giving the author's e-mail address ('Contact Ada Lind at ...'); a short "
    "closing section under a heading naming the author ('About Ada Lind', 'Über Ada'); "
    "and a bio no author name finds, in a small box of its own after the story ('Marit "
    "has reported on the islands since 2009. She ...'), with that box.",
)

#: Stands in for a rule on a heading left closing the body with nothing after it.
CLOSING_HEADING = Rule(
    "closing-headings",
    Tags("h2 h3 h4 h5 h6"),
    Effect.DROP,
    description="A heading closing the body with nothing after it ('Share this:', 'Related "
    "posts', 'Leave a reply'): the title of a section the rules took out; and a short line "
    "below a note on the author, a widget's title ('Reader conversations').",
)
#: Stands in for a rule on the editor's pointer to another story closing the body.
ITALIC_POINTER = Rule(
    "italic-pointers",
    Tags("p div"),
    Effect.DROP,
    description="A line closing the body set in italics that links to another story of "
    "the site ('This is part 2 of <a>...</a>, published last week', 'More on the "
    "conversion here: <a>...</a>.'): the editor's pointer, styled apart from the story.",
)
#: Stands in for a rule on a heading whose section holds nothing.
EMPTY_SECTION = Rule(
    "empty-sections",
    Tags("h2 h3 h4 h5 h6"),
    Effect.DROP,
    description="A heading with no text or picture before the next heading of its rank or "
    "higher ('Context', 'Search the archive' over a box the rules took out): the title "
    "of a box, not a section of the story.",
)
#: Stands in for a rule on a label ending in a colon left closing the body.
DANGLING_LABEL = Rule(
    "dangling-labels",
    Tags("li dd div"),
    Effect.DROP,
    description="A list's last item left closing the body as a bare label ending in a "
    "colon, its value empty or taken out ('weitere Bildautoren:', 'Diese Seite:', "
    "'Share:'), or a div closing it holding such a label beside icon links (a share "
    "bar's 'Share this story:'): a field, not the story.",
)
#: Stands in for a rule on a header line of loose text opening the body, cut by ``<br>``.
LOOSE_HEADER_LINES = Rule(
    "loose-header-lines",
    Tags("p div li h2 h3 h4 h5 h6 dd section center"),
    Effect.DROP,
    description="A line of loose text at the body's opening, in no block of its own but "
    "set apart by line breaks ('3 May 2024<br>By Ada Lind<br>Photo: Jo Doe<br>Share'), "
    "that a rule would take as a block holding it alone: a body text rule's paragraph "
    "(a byline, a date, a credit, a share prompt), an edge rule's, a line of the post's "
    "fields; read from the top of the loose text above a block of the opening, and of "
    "the story's first block (past its first line of story, the lines right below it), "
    "until a line of the story. A block whose every line is such a line goes whole.",
)
#: Stands in for a rule on a closing line of loose text, cut by ``<br>``.
LOOSE_CLOSING_LINES = Rule(
    "loose-closing-lines",
    Tags("p div li dd section center"),
    Effect.DROP,
    description="The closing counterpart of loose-header-lines: the lines of loose text "
    "closing the body, each set apart by a line break, that a rule would take as a "
    "block holding it alone ('Datum: 3.5.2024<br>Autor: Ada Lind<br>Quelle: Harbour "
    "Times' after the story): read from the bottom of the loose text after the last "
    "container's last block, until a line of the story; a block closing the body whose "
    "every line, two or more, is such a line goes whole.",
)
