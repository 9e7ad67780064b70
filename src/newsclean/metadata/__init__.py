"""The article's metadata (see :mod:`.reader`) and its reader comments (:mod:`.comments`)."""

from .comments import Comment, read_comments
from .model import Metadata
from .reader import apply_site_selectors, read_metadata

__all__ = ["Comment", "Metadata", "apply_site_selectors", "read_comments", "read_metadata"]
