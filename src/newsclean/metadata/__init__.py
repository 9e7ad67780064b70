"""The article's metadata (see :mod:`.reader`) and its reader comments (:mod:`.comments`)."""

from .comment_parts import CommentParts, read_comment_parts
from .comments import Comment, read_comments
from .model import Metadata
from .reader import apply_site_selectors, read_metadata

__all__ = [
    "Comment",
    "CommentParts",
    "Metadata",
    "apply_site_selectors",
    "read_comment_parts",
    "read_comments",
    "read_metadata",
]
