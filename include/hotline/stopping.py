"""Stop a long command on SIGTERM or SIGINT, even while Airflow runs a task inside this process.

`hotline run-months` and `hotline demo` run DAG runs in-process (`dag.test`). Airflow's task
runner replaces the process's SIGTERM handler at every task and catches whatever a task raises,
so a plain signal handler is lost or swallowed (issue 16: the command was still running minutes
after SIGTERM, in `dag.test`'s retry wait). Within `stop_on_signals()` instead:

- SIGTERM and SIGINT are blocked in the main thread (and the threads it starts) and taken by a
  watcher thread, so no handler installed later can swallow them (one delivered to an older
  thread is still seen, through Python's signal wakeup fd);
- the watcher then interrupts the main thread with SIGUSR1, whose handler raises
  `StopRequested` wherever the main thread is — a task's open DuckDB transaction rolls back, the
  way a task Airflow interrupts fails — and repeats that about every `kick_every_s` (jittered), because the task
  runner takes the first one as the task's failure; a later one reaches `dag.test`, which lets a
  BaseException through.

The command then exits with 128 + the signal's number (143 for SIGTERM, 130 for SIGINT); a rerun
redoes the interrupted month, whose writes were never committed.
"""

from __future__ import annotations

import random
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
# The signal the watcher sends the main thread: a real signal interrupts a blocking call
# (a socket read, a sleep) at once, which Python's own "interrupt main" would not.
_KICK = signal.SIGUSR1


class StopRequested(BaseException):
    """The process was asked to stop (a BaseException, so `except Exception` lets it through)."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(f"stopped by {signal.Signals(signum).name}")

    @property
    def exit_code(self) -> int:
        """The conventional exit status of a process ended by this signal: 128 + its number."""
        return 128 + self.signum


_active = threading.Event()
# The running block's "leaving" event (see `stopping_now`), None outside a block.
_leaving: list[threading.Event] = []


def stopping_now() -> None:
    """Called by the main thread once it has taken the `StopRequested`: no more kicks, so it can
    clean up (mark its run failed) without being interrupted again. The block still re-raises
    the stop when it is left."""
    for leaving in _leaving:
        leaving.set()


def unblock_in_child() -> None:
    """`preexec_fn` for a subprocess started inside `stop_on_signals()`: the child must not
    inherit the blocked stop signals (it could then not be stopped)."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def _next_signal(wake_reader: socket.socket) -> int | None:
    """The next stop signal, blocked and pending or seen on the wakeup fd; None after 0.2 s without."""
    got = signal.sigtimedwait(STOP_SIGNALS, 0.2)
    if got is not None:
        return got.si_signo
    try:
        woken = wake_reader.recv(64)
    except BlockingIOError:
        return None
    return next((signum for signum in woken if signum in STOP_SIGNALS), None)


def _watch_signals(wake_reader: socket.socket, received: list[int], leaving: threading.Event, main_thread: int,
                   kick_every_s: float) -> None:
    """The watcher thread: on a stop signal, kick the main thread until the block is left."""
    while not leaving.is_set():
        signum = _next_signal(wake_reader)
        if signum is None:
            continue
        received.append(signum)
        print(f"hotline: {signal.Signals(signum).name} received, stopping", file=sys.__stderr__, flush=True)
        while not leaving.is_set():
            signal.pthread_kill(main_thread, _KICK)
            # Jittered: at a fixed interval the kicks can lock in phase with a loop of about the same period
            # and land in its swallowing part every time (CI saw a 0.5 s loop outlast 10 s of 0.5 s kicks).
            leaving.wait(kick_every_s * random.uniform(0.4, 1.6))


@contextmanager
def stop_on_signals(kick_every_s: float = 0.5) -> Iterator[None]:
    """Within the block, SIGTERM or SIGINT raise `StopRequested` in the main thread (repeatedly,
    until the block is left). Enter it in the main thread before starting any thread (a thread
    started earlier does not block the signals and would receive them); start subprocesses with
    `preexec_fn=unblock_in_child`. Nested use is the outer block's."""
    if _active.is_set():
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("stop_on_signals() must be entered in the main thread")
    received: list[int] = []
    leaving = threading.Event()
    main_thread = threading.main_thread().ident
    assert main_thread is not None

    def on_kick(_signum: int, _frame: FrameType | None) -> None:
        if received and not leaving.is_set():
            raise StopRequested(received[0])

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        # Reached only if a thread started before the block takes the signal: same outcome.
        received.append(signum)
        raise StopRequested(signum)

    # A thread started before the block (DuckDB's workers, say) does not block the signals; the
    # kernel may hand the signal to it, and the handler then run is whichever Python handler is
    # installed by then. Python also writes every handled signal's number to the wakeup fd, so the
    # watcher sees those too.
    wake_reader, wake_writer = socket.socketpair()
    wake_reader.setblocking(False)
    wake_writer.setblocking(False)

    previous = {signum: signal.signal(signum, on_signal) for signum in (*STOP_SIGNALS, _KICK)}
    signal.signal(_KICK, on_kick)
    previous_mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    previous_wakeup = signal.set_wakeup_fd(wake_writer.fileno(), warn_on_full_buffer=False)
    watcher = threading.Thread(target=_watch_signals, args=(wake_reader, received, leaving, main_thread, kick_every_s),
                               name="hotline-stop-watcher", daemon=True)
    _active.set()
    _leaving.append(leaving)
    watcher.start()
    try:
        yield
    finally:
        leaving.set()
        watcher.join(1)
        _active.clear()
        _leaving.clear()
        signal.set_wakeup_fd(previous_wakeup)
        wake_reader.close()
        wake_writer.close()
        signal.pthread_sigmask(signal.SIG_SETMASK, previous_mask)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if received:  # the signal came as the block was ending, before a kick could land
        raise StopRequested(received[0])
