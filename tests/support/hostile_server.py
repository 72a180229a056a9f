#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 MailMedic authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Misbehaving mail servers on loopback for MailMedic's probe tests.

One listener per behaviour on a free port of --host; prints
"READY mode=PORT mode=PORT ..." once all listen, exits on SIGTERM or when
stdin closes. The TLS servers (imaps, pop3s, smtps and their variants) start
only when --cert and --key are given.

  silence      accepts and never says a word
  garbage      binary junk with line ends instead of a banner
  endless      "220 " followed by an endless line without a line end
  slow         a correct banner, one byte per second
  tls-abort    reads the ClientHello, sends half a ServerHello, closes
  busy421      "421 ... Too many connections" at connect, then closes
  reset        accepts and resets the connection (RST)
  ehlo-silence a banner, then silence after EHLO
  cleartext-auth  no STARTTLS, but AUTH offered in the clear
  blackhole    a full accept queue: the TCP connect itself never completes
  ehlo-refused      "550" to EHLO (the client's address is blocked)
  starttls-refused  offers STARTTLS, answers it with "454"
  no-starttls       a submission server without STARTTLS or AUTH
  mail-from-refused no STARTTLS; MAIL FROM refused with "553" (relay check)
  starttls-tls11    STARTTLS, then a handshake that offers only TLS 1.0/1.1
  imaps        IMAP over TLS: "* OK" greeting, answers LOGOUT
  pop3s        POP3 over TLS: "+OK" greeting, answers QUIT
  smtps        SMTP over TLS (465): banner, EHLO, QUIT
  smtps-tls11  like smtps, but the TLS handshake offers only TLS 1.0/1.1
  imaps-garbage, pop3s-garbage   an HTTP error where the greeting belongs
  imaps-bye    "* BYE" greeting (server full), then closes
  pop3s-err    "-ERR" greeting (server busy), then closes
"""

import argparse
import asyncio
import socket
import ssl
import struct
import warnings

from loopback import stop_with_test_process


async def silence(reader, writer):
    await reader.read(-1)
    writer.close()


async def greet_and_hold(reader, writer, greeting):
    """Says `greeting`, then nothing more until the client hangs up."""
    writer.write(greeting)
    await writer.drain()
    await reader.read(-1)
    writer.close()


async def garbage(reader, writer):
    await greet_and_hold(reader, writer, b"\x16\x03\x01\x00\xff\xfe\x00garbage\x80\x81\r\n\x00\x01\x02\r\n")


async def endless(reader, writer):
    try:
        writer.write(b"220 ")
        chunk = b"A" * 16384
        while True:
            writer.write(chunk)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    writer.close()


async def slow(reader, writer):
    try:
        for byte in b"220 slow.example.test ESMTP\r\n":
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(1)
        await reader.read(-1)
    except (ConnectionError, OSError):
        pass
    writer.close()


async def tls_abort(reader, writer):
    await reader.read(1)
    # Record header of a ServerHello that never comes in full.
    writer.write(b"\x16\x03\x03\x00\x50\x02\x00\x00")
    await writer.drain()
    writer.close()


async def busy421(reader, writer):
    writer.write(b"421 4.7.0 busy.example.test Too many connections, try again later\r\n")
    await writer.drain()
    writer.close()


async def reset(reader, writer):
    sock = writer.get_extra_info("socket")
    # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def ehlo_silence(reader, writer):
    await greet_and_hold(reader, writer, b"220 quiet.example.test ESMTP\r\n")


async def cleartext_auth(reader, writer):
    writer.write(b"220 old.example.test ESMTP\r\n")
    await smtp_dialog(reader, writer, b"250-old.example.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n")


async def smtp_dialog(reader, writer, ehlo, replies=None, old_tls=None):
    """A small SMTP server: `ehlo` answers EHLO, `replies` maps other verbs
    to answers, QUIT ends; STARTTLS upgrades with `old_tls` when given."""
    replies = replies or {}
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            verb = line.strip().split(b" ", 1)[0].upper()
            if verb == b"EHLO":
                writer.write(ehlo)
            elif verb == b"QUIT":
                writer.write(b"221 2.0.0 bye\r\n")
                await writer.drain()
                break
            elif verb == b"STARTTLS" and old_tls is not None:
                writer.write(b"220 2.0.0 Ready to start TLS\r\n")
                await writer.drain()
                await writer.start_tls(old_tls)
            else:
                writer.write(replies.get(verb, b"502 5.5.2 not here\r\n"))
            await writer.drain()
    except (ConnectionError, OSError, ssl.SSLError):
        pass
    writer.close()


EHLO_PLAIN = b"250-plain.example.test\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n"
EHLO_STARTTLS = b"250-plain.example.test\r\n250-STARTTLS\r\n250 8BITMIME\r\n"


async def ehlo_refused(reader, writer):
    writer.write(b"220 strict.example.test ESMTP\r\n")
    await smtp_dialog(reader, writer,
                      b"550 5.7.1 Client host rejected: your address is on our blocklist\r\n")


async def starttls_refused(reader, writer):
    writer.write(b"220 broken.example.test ESMTP\r\n")
    await smtp_dialog(reader, writer, EHLO_STARTTLS,
                      {b"STARTTLS": b"454 4.7.0 TLS not available due to local problem\r\n"})


async def no_starttls(reader, writer):
    writer.write(b"220 plain.example.test ESMTP\r\n")
    await smtp_dialog(reader, writer, EHLO_PLAIN)


async def mail_from_refused(reader, writer):
    writer.write(b"220 picky.example.test ESMTP\r\n")
    await smtp_dialog(reader, writer, EHLO_PLAIN, {
        b"MAIL": b"553 5.7.1 Sender address rejected: not logged in\r\n",
        b"RSET": b"250 2.0.0 Ok\r\n",
    })


async def starttls_tls11(reader, writer):
    writer.write(b"220 old.example.test ESMTP\r\n")
    await smtp_dialog(reader, writer, EHLO_STARTTLS, old_tls=OLD_TLS[0])


async def smtps(reader, writer):
    writer.write(b"220 tls.example.test ESMTP\r\n")
    await smtp_dialog(reader, writer, b"250-tls.example.test\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n")


async def greet_and_close(writer, greeting):
    try:
        writer.write(greeting)
        await writer.drain()
    except (ConnectionError, OSError, ssl.SSLError):
        pass
    writer.close()


async def mailbox_garbage(reader, writer):
    await greet_and_close(writer, b"HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n\r\n")


async def imaps_bye(reader, writer):
    await greet_and_close(writer, b"* BYE Too many connections from your address, try again later\r\n")


async def pop3s_err(reader, writer):
    await greet_and_close(writer, b"-ERR [SYS/TEMP] Server busy, try again later\r\n")


# The TLS context that offers nothing newer than TLS 1.1, once made.
OLD_TLS = [None]


def old_tls_context(cert, key):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        context.minimum_version = ssl.TLSVersion.TLSv1
        context.maximum_version = ssl.TLSVersion.TLSv1_1
    # OpenSSL 3 allows TLS 1.0/1.1 (SHA-1 signatures) only at level 0.
    context.set_ciphers("DEFAULT:@SECLEVEL=0")
    return context


async def line_dialog(reader, writer, greeting, answer):
    """Greets, then answers each line with answer(line) -> (reply, last)."""
    try:
        writer.write(greeting)
        await writer.drain()
        while True:
            line = await reader.readline()
            if not line:
                break
            reply, last = answer(line)
            writer.write(reply)
            await writer.drain()
            if last:
                break
    except (ConnectionError, OSError, ssl.SSLError):
        pass
    writer.close()


def imap_answer(line):
    tag = line.split(b" ", 1)[0]
    if b"LOGOUT" in line.upper():
        return b"* BYE logging out\r\n" + tag + b" OK LOGOUT completed\r\n", True
    return tag + b" BAD unknown command\r\n", False


def pop3_answer(line):
    if line.upper().startswith(b"QUIT"):
        return b"+OK bye\r\n", True
    return b"-ERR unknown command\r\n", False


async def imaps(reader, writer):
    await line_dialog(reader, writer, b"* OK [CAPABILITY IMAP4rev1] imap.example.test ready\r\n", imap_answer)


async def pop3s(reader, writer):
    await line_dialog(reader, writer, b"+OK pop3.example.test POP3 ready\r\n", pop3_answer)


PLAIN = {
    "silence": silence,
    "garbage": garbage,
    "endless": endless,
    "slow": slow,
    "tls-abort": tls_abort,
    "busy421": busy421,
    "reset": reset,
    "ehlo-silence": ehlo_silence,
    "cleartext-auth": cleartext_auth,
    "ehlo-refused": ehlo_refused,
    "starttls-refused": starttls_refused,
    "no-starttls": no_starttls,
    "mail-from-refused": mail_from_refused,
}
TLS = {
    "imaps": imaps,
    "pop3s": pop3s,
    "smtps": smtps,
    "imaps-garbage": mailbox_garbage,
    "pop3s-garbage": mailbox_garbage,
    "imaps-bye": imaps_bye,
    "pop3s-err": pop3s_err,
}
# With the TLS 1.1 context: implicit TLS, and plain text upgraded by STARTTLS.
OLD = {"smtps-tls11": smtps}
OLD_STARTTLS = {"starttls-tls11": starttls_tls11}


def blackhole(host):
    """A listener whose accept queue is full, so the kernel drops new SYNs."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind((host, 0))
    listener.listen(0)
    fillers = []
    for _ in range(2):
        filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        filler.setblocking(False)
        try:
            filler.connect((host, listener.getsockname()[1]))
        except BlockingIOError:
            pass
        fillers.append(filler)
    return listener, fillers


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--cert", default="")
    parser.add_argument("--key", default="")
    parser.add_argument("--port", action="append", default=[], metavar="MODE=PORT",
                        help="listen for MODE on this port instead of a free one")
    args = parser.parse_args()
    fixed = {mode: int(port) for mode, _, port in (p.partition("=") for p in args.port)}

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    ports = {}
    servers = []
    for name, handler in PLAIN.items():
        server = loop.run_until_complete(asyncio.start_server(handler, args.host, fixed.get(name, 0)))
        servers.append(server)
        ports[name] = server.sockets[0].getsockname()[1]
    if args.cert and args.key:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        OLD_TLS[0] = old_tls_context(args.cert, args.key)
        for table, tls in ((TLS, context), (OLD, OLD_TLS[0]), (OLD_STARTTLS, None)):
            for name, handler in table.items():
                server = loop.run_until_complete(
                    asyncio.start_server(handler, args.host, fixed.get(name, 0), ssl=tls))
                servers.append(server)
                ports[name] = server.sockets[0].getsockname()[1]
    hole, fillers = blackhole(args.host)
    ports["blackhole"] = hole.getsockname()[1]

    stop_with_test_process(loop)

    print("READY " + " ".join("%s=%d" % item for item in ports.items()), flush=True)
    try:
        loop.run_forever()
    finally:
        for server in servers:
            server.close()
        hole.close()
        for filler in fillers:
            filler.close()


if __name__ == "__main__":
    main()
