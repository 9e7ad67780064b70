"""What the built-in text rules recognise, one module per kind of line: their regular
expressions and their phrase lists.

A pattern is matched whole against a short block's normalised text; none may backtrack
catastrophically (``tests/test_regex_safety.py`` checks). A phrase list is lowercased,
whitespace-collapsed text: prefixes match the start of a block's text, labels and texts
its whole text. The pieces several modules build with are in :mod:`.base`.
"""
