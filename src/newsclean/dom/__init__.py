"""Helpers over lxml trees shared by every stage: measuring text, editing the tree,
the block-tag vocabulary and the one pass that collects the page's special elements."""
