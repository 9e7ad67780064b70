"""Every exception newsclean raises on purpose, in one place.

Everything raised on bad input, bad options or bad rule files derives from
:class:`NewscleanError`, so a caller can catch one class.
"""


class NewscleanError(Exception):
    """Base class of every error newsclean raises deliberately."""


class InputError(NewscleanError, ValueError):
    """The input is not an HTML page (wrong type, binary data, unparseable)."""


class LimitError(NewscleanError):
    """The input exceeds a configured size, node-count or depth limit."""


class OptionError(NewscleanError, ValueError):
    """An option of ``extract()`` has a value it does not accept."""


class RuleFileError(NewscleanError, ValueError):
    """A rule file cannot be read: bad syntax, unknown keys, invalid selectors."""


class UsageError(NewscleanError):
    """The command line asks for something impossible (missing input, unknown format)."""


class UnsupportedDirective(UserWarning):
    """A rule file uses a directive newsclean does not carry out (named in the message)."""


class PackWarning(UserWarning):
    """An installed rule pack failed to load; the registry goes on without it."""


class WorkerError(RuntimeError):
    """A worker process of a batch run died or failed outside any page (out of memory,
    killed); the run cannot go on without losing pages silently."""


class Terminated(BaseException):
    """SIGTERM asked the command line to stop: raised where the program is, like
    ``KeyboardInterrupt`` for Ctrl-C, so that workers are stopped and outputs closed."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(f"stopped by signal {signal_number}")
        self.signal_number = signal_number
