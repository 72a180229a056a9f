#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 MailMedic authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Test SMTP server on loopback for MailMedic's probe tests.

Two listeners on free ports of --host (or the ports given): implicit TLS
(like 465: the TLS handshake first, then the banner) and plain with STARTTLS
(like 587), and more STARTTLS listeners on request (like 25).
AUTH PLAIN/LOGIN for one test user, offered only once the connection is
encrypted. Accepted messages go to --spool as numbered .eml files.

Prints "READY implicit=PORT starttls=PORT" once both listen; exits on
SIGTERM or when stdin closes (the test process went away).
Needs Debian's python3-aiosmtpd (1.4) and /usr/bin/python3.
"""

import argparse
import asyncio
import os
import ssl

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from loopback import stop_with_test_process

IDENT = "MailMedic test ESMTP"


class Handler:
    def __init__(self, spool):
        self.spool = spool
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        if self.spool:
            path = os.path.join(self.spool, "%04d.eml" % self.count)
            with open(path, "wb") as out:
                content = envelope.original_content or envelope.content or b""
                if isinstance(content, str):
                    content = content.encode("utf-8", "surrogateescape")
                out.write(content)
        return "250 2.0.0 Ok: queued as %04d" % self.count


class RelayCheckingHandler(Handler):
    """Like a real MTA: strangers may only send to the local domains."""

    def __init__(self, spool, domains):
        super().__init__(spool)
        self.domains = domains

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        domain = address.rpartition("@")[2].lower()
        if domain not in self.domains and not session.authenticated:
            return "554 5.7.1 <%s>: Relay access denied" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"


def make_authenticator(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == user.encode()
              and auth_data.password == password.encode())
        return AuthResult(success=ok, handled=False)
    return authenticate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--hostname", default="mail.example.test",
                        help="name in the banner and the certificate")
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--user", default="test")
    parser.add_argument("--password", default="secret")
    parser.add_argument("--spool", default="")
    parser.add_argument("--implicit-port", type=int, default=0,
                        help="fixed port for implicit TLS (default: a free one)")
    parser.add_argument("--starttls-port", type=int, default=0,
                        help="fixed port for STARTTLS (default: a free one)")
    parser.add_argument("--extra-starttls-port", type=int, action="append", default=[],
                        help="one more STARTTLS listener (e.g. 25 beside 587)")
    parser.add_argument("--relay-domains", default="",
                        help="comma-separated; refuse other recipients unless "
                             "authenticated (default: accept all)")
    args = parser.parse_args()

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    if args.relay_domains:
        domains = {d.strip().lower() for d in args.relay_domains.split(",") if d.strip()}
        handler = RelayCheckingHandler(args.spool, domains)
    else:
        handler = Handler(args.spool)
    authenticator = make_authenticator(args.user, args.password)

    def implicit_factory():
        # The connection is encrypted from the first byte, so AUTH may be
        # offered right away (aiosmtpd only knows about STARTTLS).
        return SMTP(handler, hostname=args.hostname, ident=IDENT,
                    authenticator=authenticator, auth_require_tls=False,
                    loop=loop)

    def starttls_factory():
        return SMTP(handler, hostname=args.hostname, ident=IDENT,
                    tls_context=context, authenticator=authenticator,
                    auth_require_tls=True, loop=loop)

    implicit = loop.run_until_complete(
        loop.create_server(implicit_factory, args.host, args.implicit_port, ssl=context))
    starttls = loop.run_until_complete(
        loop.create_server(starttls_factory, args.host, args.starttls_port))
    extra = [loop.run_until_complete(loop.create_server(starttls_factory, args.host, port))
             for port in args.extra_starttls_port]

    stop_with_test_process(loop)

    print("READY implicit=%d starttls=%d" % (
        implicit.sockets[0].getsockname()[1],
        starttls.sockets[0].getsockname()[1]), flush=True)
    try:
        loop.run_forever()
    finally:
        implicit.close()
        starttls.close()
        for server in extra:
            server.close()


if __name__ == "__main__":
    main()
