"""Worker processes that this process owns from start to end.

``concurrent.futures.ProcessPoolExecutor`` cannot be stopped on Ctrl-C: its workers
take the interrupt too (with a traceback each, even while they import), and its
shutdown waits for workers that nobody tells to leave, so an interrupted run could
hang. Here the workers never see Ctrl-C (the parent alone decides), talk to the parent
over one pipe each, and are terminated, then killed, whenever the parent leaves early,
whatever the reason: an interrupt, SIGTERM, a closed output pipe.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from ..errors import WorkerError

T = TypeVar("T")
R = TypeVar("R")

#: How long stopping workers may take: politely, then by force.
_GRACE_SECONDS = 0.8


class WorkerPool(Generic[T, R]):
    """``jobs`` spawned processes applying ``function(item, *arguments)`` to the items
    given to :meth:`map`; ``initializer()`` runs once in each."""

    def __init__(
        self,
        jobs: int,
        function: Callable[..., R],
        arguments: tuple[Any, ...] = (),
        initializer: Callable[[], None] | None = None,
    ) -> None:
        context = multiprocessing.get_context("spawn")  # the same on Linux, macOS, Windows
        self.workers: list[tuple[Any, Connection]] = []
        _start_resource_tracker()
        try:
            with _signals_held_for_children():
                for _ in range(jobs):
                    ours, theirs = context.Pipe()
                    process = context.Process(
                        target=_serve,
                        args=(theirs, function, arguments, initializer),
                        daemon=True,  # never outlive this process, even if it is killed
                    )
                    process.start()
                    theirs.close()
                    self.workers.append((process, ours))
        except BaseException:  # Ctrl-C or SIGTERM, delivered when the start is over
            self.stop()
            raise

    def __enter__(self) -> WorkerPool[T, R]:
        return self

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        self.stop(politely=kind is None)

    def map(self, items: Iterable[T], *, ordered: bool = True, window: int = 0) -> Iterator[R]:
        """The results of ``items``, in their order, or as they come (``ordered=False``).

        One item is in a worker at a time, sent when it is idle (so that neither side
        ever blocks on a full pipe), and, in order, at most ``window`` items are out
        (being worked on or waiting for an earlier one), so memory stays flat.
        """
        window = max(window, len(self.workers))
        idle = [connection for _, connection in reversed(self.workers)]
        process_of = {connection: process for process, connection in self.workers}
        busy: dict[Connection, int] = {}
        done: dict[int, R] = {}
        source = iter(items)
        sent = given = 0
        exhausted = False
        while True:
            while idle and not exhausted and (not ordered or sent - given < window):
                item = next(source, _END)
                if item is _END:
                    exhausted = True
                    break
                connection = idle.pop()
                _send(connection, item)
                busy[connection] = sent
                sent += 1
            while given in done:
                yield done.pop(given)
                given += 1
            if not busy:
                if exhausted:
                    return
                continue  # the window was full of answers now given: send more first
            for connection, result in self._results(busy, process_of):
                idle.append(connection)
                if ordered:
                    done[busy.pop(connection)] = result
                else:
                    busy.pop(connection)
                    given += 1
                    yield result

    def _results(
        self, busy: dict[Connection, int], process_of: dict[Connection, Any]
    ) -> list[tuple[Connection, R]]:
        """Wait for at least one busy worker to answer; a worker that died fails the run."""
        sentinels = {process_of[c].sentinel: c for c in busy}
        ready = wait([*busy, *sentinels])
        results = []
        for connection in [r for r in ready if isinstance(r, Connection)]:
            try:
                ok, value = connection.recv()
            except (EOFError, OSError):
                raise WorkerError(_death(process_of[connection])) from None
            if not ok:
                raise WorkerError(f"a worker process failed: {value}")
            results.append((connection, value))
        answered = {connection for connection, _ in results}
        for sentinel in ready:
            if isinstance(sentinel, int) and sentinels[sentinel] not in answered:
                raise WorkerError(_death(process_of[sentinels[sentinel]]))
        return results

    def stop(self, *, politely: bool = False) -> None:
        """Stop every worker: told to leave after a normal end, else terminated at once;
        killed when still there after a short grace."""
        for process, connection in self.workers:
            with contextlib.suppress(OSError):
                if politely:
                    connection.send(None)
                elif process.is_alive():
                    process.terminate()
        deadline = _GRACE_SECONDS * (4 if politely else 1)
        for process, _ in self.workers:
            process.join(deadline / max(len(self.workers), 1))
        for process, connection in self.workers:
            if process.is_alive():
                process.kill()
                process.join(1)
            connection.close()
        self.workers = []


_END: Any = object()


def _send(connection: Connection, item: object) -> None:
    try:
        connection.send(item)
    except OSError as exc:  # a broken pipe to a worker is a dead worker, not our stdout
        raise WorkerError(f"a worker process died ({exc.strerror or exc})") from None


def _death(process: Any) -> str:
    process.join(0.1)
    code = process.exitcode
    how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
    return f"a worker process died ({how}; out of memory?)"


#: Signals held back while workers start.
_HELD = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def _signals_held_for_children() -> Iterator[None]:
    """Start children with SIGINT ignored, holding SIGINT and SIGTERM back meanwhile.

    An ignored signal stays ignored across the exec of a spawned worker (a blocked one
    does not: the mask is reset), and Python then leaves it so: Ctrl-C, which a
    terminal sends to the whole process group, never interrupts a worker, even while
    it imports; the parent alone decides what to do. The parent never stops half-way
    through starting a worker (which it could then not stop): a signal that comes
    meanwhile waits, blocked (a blocked signal is kept even while ignored), or is
    noted by a holding handler when it was caught just before, and is delivered when
    the start is over.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal,
        "pthread_sigmask",  # not on Windows, where spawn does not fork
    ):
        yield
        return
    held: list[int] = []

    def hold(signal_number: int, frame: object) -> None:
        held.append(signal_number)

    previous = {number: signal.signal(number, hold) for number in _HELD}
    _let_handlers_run()
    signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # what the children inherit
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # pending ones are delivered now
        for caught in held:
            signal.raise_signal(caught)


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker now: starting it unblocks SIGINT and
    SIGTERM, which would let a Ctrl-C be lost while workers start (it is ignored then)."""
    if hasattr(signal, "pthread_sigmask"):
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()


def _let_handlers_run() -> None:
    """A Python call: Python runs the handlers of signals caught so far on entering it."""


def _serve(
    connection: Connection,
    function: Callable[..., Any],
    arguments: tuple[Any, ...],
    initializer: Callable[[], None] | None,
) -> None:
    """A worker's life: apply ``function`` to each item received until told to stop.
    Ctrl-C is the parent's to handle (see :func:`_signals_held_for_children`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # also when started some other way
    if initializer is not None:
        initializer()
    while True:
        try:
            item = connection.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if item is None:
            return
        try:
            answer: tuple[bool, Any] = (True, function(item, *arguments))
        except Exception as exc:  # reported to the parent, which stops the run
            answer = (False, f"{type(exc).__name__}: {exc}")
        try:
            connection.send(answer)
        except OSError:
            return
