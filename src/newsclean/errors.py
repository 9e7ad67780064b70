"""Typed errors: everything newsclean raises on bad input derives from NewscleanError."""


class NewscleanError(Exception):
    """Base class of every error newsclean raises deliberately."""


class InputError(NewscleanError, ValueError):
    """The input is not an HTML page (wrong type, binary data, unparseable)."""


class LimitError(NewscleanError):
    """The input exceeds a configured size, node-count or depth limit."""


class OptionError(NewscleanError, ValueError):
    """An option of ``extract()`` has a value it does not accept."""
