"""``newsclean.spark``, the documented name of :mod:`newsclean.integrations.spark`."""

from .integrations.spark import clean_warc, extract_column, read_warc

__all__ = ["clean_warc", "extract_column", "read_warc"]
