# SPDX-FileCopyrightText: 2026 MailMedic authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the loopback test servers (smtp_server.py, hostile_server.py) share."""

import os
import signal
import sys


def stop_with_test_process(loop):
    """Stops `loop` on SIGTERM/SIGINT, and when stdin closes: the test
    process that started the server went away without stopping it."""
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.add_signal_handler(signal.SIGINT, loop.stop)

    def stdin_readable():
        if not os.read(sys.stdin.fileno(), 4096):
            loop.stop()
    loop.add_reader(sys.stdin.fileno(), stdin_readable)
