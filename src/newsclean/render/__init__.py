"""The body rendered: plain text (:mod:`.text`), and a clean allow-listed tree
(:mod:`.clean_tree`) written out as HTML or Markdown (:mod:`.markdown`)."""
