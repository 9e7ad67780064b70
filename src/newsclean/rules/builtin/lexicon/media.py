"""Players, galleries and captions: a player's controls, countdowns and running times, a
slide counter, a caption's toggle, a clip's availability, labels pinned on a picture, and
the labels a media block leaves.
"""

from __future__ import annotations

#: The most page numbers a pager's row shows in a run.
_PAGER_RUN_MAX = 40
#: The page numbers from 4 up, each only after the one before it: "4( 5( 6...)?)?".
_PAGER_RUN = "".join(f"(?: {n}" for n in range(4, _PAGER_RUN_MAX + 1)) + ")?" * (_PAGER_RUN_MAX - 3)
_ARROW = "[<>«»‹›←→]{1,2}"
#: A pager's row read as one line: the page numbers running from 1 one by one, each
#: apart ("1 2 3 4 5", a gap's ellipsis and the last page after them: "1 2 3 … 14"),
#: between arrow glyphs ("<< < 1 2 3 > >>", "« 1 2 3 »"). No sentence, and no row of
#: a table's figures, runs so and holds nothing else.
PAGE_NUMBER_ROW = rf"(?:{_ARROW} )*1 2 3{_PAGER_RUN}(?: (?:…|\.\.\.) \d{{1,3}})?(?: {_ARROW})*"
#: What every such row holds: the quick test before the pattern.
PAGE_NUMBER_KEYWORDS = ("1 2 3",)

#: "3 / 10", "2 of 8", "Bild 4 von 12", "photo 5/20": a counter, not prose.
SLIDE_COUNTER = (
    r"(?:(?:image|photo|picture|slide|bild|foto|imagen|diapositiva)\s*)?"
    r"\d{1,3}\s*(?:/|of|von|de|sur|di|z)\s*\d{1,3}"
)

#: A caption with its expand or collapse toggle left at its end: the whole caption
#: closing with "less" after its last sentence ("... on Tuesday. less"), or the caption
#: cut short closing with an ellipsis and "more" ("... unveil the new ... more"). A
#: story's sentence never ends in the bare word after its full stop.
TOGGLED_CAPTION = r".{20,}(?:[.!?\"')\]]\s?(?:show |see )?less|(?:\.\.\.|…)\s?(?:show |see )?more)"
#: The quick test before :data:`TOGGLED_CAPTION` (``Text(suffixes=...)``): how every
#: such caption ends.
TOGGLED_CAPTION_ENDINGS = ("less", "more")

#: A media library's note on how long its video stays online ("Video verfügbar bis
#: 28.02.2021", "Available until 12/31/2024", "Disponible jusqu'au 3 mai 2025"): the date
#: alone after it.
AVAILABILITY_NOTE = (
    r"(?:(?:video|audio|sendung|clip|film|podcast|episode|vidéo|vídeo) )?"
    r"(?:(?:online |in der mediathek )?verfügbar|abrufbar|available|disponible|disponibile)"
    r" (?:bis(?: zum)?|until|till|through|jusqu'au|jusqu'à|hasta(?: el)?|fino al)"
    r" [\w .,:/-]{1,30}"
)
#: What every such note says, one of these at least (``Text(keywords=...)``).
AVAILABILITY_KEYWORDS = ("verfügbar", "abrufbar", "available", "disponib")

#: A web video player's control or menu label, perhaps with its value: "Mute", "Current
#: Time 0:00", "Stream TypeLIVE", "Playback Rate 1", "Captions", "captions off, selected",
#: "Font Size", "Text Edge Style". Read only as a group (``Role.GROUPED``): one
#: "Captions" heading in a story is not a player.
PLAYER_CONTROL = (
    r"(?:play|pause|replay|auto-?play|mute|unmute|volume(?: level)?|(?:non-|exit )?full ?screen"
    r"|skip (?:this )?ads?|view (?:all )?photos|buy (?:this )?photo"
    r"|picture[ -]in[ -]picture|current time|duration(?: time)?|remaining time|time remaining"
    r"|stream type|seek to live|loaded|progress(?: bar)?|playback (?:rate|speed)"
    r"|(?:video )?quality|settings|closed captions?(?: settings)?"
    r"|captions? (?:are )?(?:not available|unavailable)|captions? will look like this"
    r"|chapters?|descriptions?|subtitles?|captions?|audio tracks?|(?:captions?|subtitles?)"
    r" settings(?:, opens (?:captions?|subtitles?) settings dialog)?|foreground|background"
    r"|window|font (?:size|family)|text edge style|(?:text|background|window) colou?r"
    r"|(?:text|background|window) opacity|opacity|transparency|caption area background"
    r"|reset|defaults|modal window)"
    r"(?:[\s:,/]*(?:live|on|off|selected|default|auto|normal|none|opaque|transparent"
    r"|semi-transparent|-?\d+(?:[:.,]\d+)*\s*[%x]?))*"
)
#: What every such label holds, one of these at least (``Text(keywords=...)``): the
#: pattern stays out of the alternations every short block is read against.
PLAYER_KEYWORDS = (
    *("play", "pause", "mute", "volume", "screen", "picture", "time", "duration", "stream"),
    *("live", "loaded", "progress", "quality", "chapter", "description", "subtitle"),
    *("caption", "audio", "ground", "window", "font", "edge", "colo", "opacity"),
    *("transparency", "reset", "default", "modal", "skip", "photo", "setting"),
)

#: A video player's countdown to the next clip or past its advert, alone in its box:
#: "Your video will play in 00:25", "Next video starts in : 7 Play", "Wait 1 second to
#: continue.", "Up next in 5". Only the player names a clip, a count of seconds and
#: nothing else in one line; a story's sentence runs on ("... starts in 10 minutes at").
_COUNT = r"\s*:?\s*(?:\d{1,2}:)?\d{1,2}(?: ?(?:s|secs?|seconds?))?"
PLAYER_COUNTDOWN = (
    r"(?:(?:your|the|next|this) )?(?:video|clip|ad|advert|advertisement|playlist)s? (?:will )?"
    r"(?:(?:auto)?plays?|starts?|begins?|resumes?|continues?)(?: playing)? in"
    + _COUNT
    + r"\.?(?: play)?"
    r"|(?:please )?wait \d{1,2} ?(?:s|secs?|seconds?) to (?:continue|skip(?: the)?(?: ads?)?)\.?"
    r"|(?:up next|next up|auto-?play(?:ing)?(?: next)?) in" + _COUNT + r"\.?"
    r"|(?:you can )?skip (?:this |the )?ad in" + _COUNT + r"\.?"
)
#: What every countdown holds, one of these at least (``Text(keywords=...)``).
PLAYER_COUNTDOWN_KEYWORDS = ("play", "start", "begin", "resume", "continue", "wait", "next", "skip")

#: An embedded clip's running time with the outlet it comes from, a line of its own
#: under the clip's title: "05:22 - Source: CNN", "1:02:10 | Quelle: ZDF". A running time
#: alone ("05:22") is left: a live blog's clock time reads the same.
CLIP_RUNNING_TIME = (
    r"(?:\d{1,2}:)?\d{1,2}:\d\d\s*[-–—|·•]\s*(?:source|quelle|fuente|fonte|bron)"
    r"\s*:\s*\S.{0,40}"
)
#: What every such line holds, one of these at least (``Text(keywords=...)``).
CLIP_RUNNING_TIME_KEYWORDS = ("source", "quelle", "fuente", "fonte", "bron")

#: An inline style setting an element at a share of its box's height (``top:4.9%``, not
#: ``margin-top``): with :data:`PLACED_ACROSS`, a label pinned on a picture.
PLACED_DOWN = r"(?<![-\w])top\s*:\s*-?\d[\d.]*%"
#: ... and at a share of its width (``left:96.5%``, ``right:94.9%``).
PLACED_ACROSS = r"(?<![-\w])(?:left|right)\s*:\s*-?\d[\d.]*%"
#: What an ``aria-label`` calls a media player's own box ("Video Player", "Videoplayer",
#: "Lecteur vidéo", "Reproductor de video"): the accessible name players give their root.
PLAYER_NAMES = ("player", "lecteur", "reproductor")

MEDIA_LABEL_TEXTS = (
    "caption",
    "hide caption",
    "show caption",
    "toggle caption",
    "close",
    # the same close control's label in the other languages read ("Fermer", "关闭")
    *("schließen", "schliessen", "fermer", "cerrar", "chiudi", "fechar", "zamknij"),
    *("sluiten", "stäng", "закрыть", "关闭", "關閉", "閉じる", "닫기"),
    "image",
    "images",
    "photo",
    "photos",
    "video",
    "videos",
    "gallery",
    "audio",
    "graphic",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "bildergalerie",
    "vidéo",
    "imagen",
    "图片",
    "写真",
    "動画",
    "enlarge this image",
    "expand image",
    "open gallery",
    "play video",
    "watch video",
)

#: The word a video player's label or title names its clip by, in the languages the
#: lexicon reads (matched as a word stem, lower case: "Video", "Zum Video", "Wideo",
#: "Vídeo", "Видео"): it tells an empty box kept at a clip's shape from a picture's
#: (``player-remnants``).
VIDEO_WORDS = r"\b(?:video|wideo|vídeo|vidéo|videó|βίντεο|видео|відео|動画|视频|視頻)"
