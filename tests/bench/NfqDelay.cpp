// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for `tc qdisc add dev lo root netem delay 50ms` on kernels
// built without netem: packets that iptables hands to NFQUEUE are held for
// the delay, then accepted in the order they came. Run it inside the
// benchmark's network namespace (the queue belongs to that namespace) with
//   iptables -A OUTPUT -o lo -j NFQUEUE --queue-num N
// so every packet on lo is late by the delay one way, as with netem.
//
//   mailmedic-nfq-delay [--queue N] [--delay-ms MS]
//
// Prints "READY queue=N delay_ms=MS" once bound; stops on SIGTERM/SIGINT or,
// when stdin is a pipe, when that closes, accepting whatever it still holds. No Qt: it must keep
// its timing while the benchmark's event loop is busy.

// arpa/inet.h before linux/netfilter.h: the kernel header pulls in
// linux/in.h, which clashes with glibc's netinet/in.h the other way round.
#include <arpa/inet.h>

#include <libnetfilter_queue/libnetfilter_queue.h>
#include <linux/netfilter.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

volatile sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

struct Held
{
    uint32_t id;
    timespec due;
};

struct State
{
    std::deque<Held> held;
    long delayNs = 50L * 1000 * 1000;
    unsigned long packets = 0;
};

timespec now()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t;
}

timespec plusNs(timespec t, long ns)
{
    t.tv_nsec += ns % 1000000000L;
    t.tv_sec += ns / 1000000000L + t.tv_nsec / 1000000000L;
    t.tv_nsec %= 1000000000L;
    return t;
}

bool before(const timespec &a, const timespec &b)
{
    return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

int onPacket(nfq_q_handle *, nfgenmsg *, nfq_data *data, void *context)
{
    auto *state = static_cast<State *>(context);
    const nfqnl_msg_packet_hdr *header = nfq_get_msg_packet_hdr(data);
    if (!header)
        return 0;
    // The delay counts from when the packet was queued, not from when this
    // loop got round to reading it.
    state->held.push_back({ ntohl(header->packet_id), plusNs(now(), state->delayNs) });
    ++state->packets;
    return 0;
}

int usage(const char *self)
{
    std::fprintf(stderr, "usage: %s [--queue N] [--delay-ms MS]\n", self);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    unsigned queue = 0;
    long delayMs = 50;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--queue" && i + 1 < argc)
            queue = unsigned(std::strtoul(argv[++i], nullptr, 10));
        else if (arg == "--delay-ms" && i + 1 < argc)
            delayMs = std::strtol(argv[++i], nullptr, 10);
        else
            return usage(argv[0]);
    }
    if (delayMs < 0 || delayMs > 10000)
        return usage(argv[0]);

    State state;
    state.delayNs = delayMs * 1000L * 1000L;
    nfq_handle *handle = nfq_open();
    if (!handle) {
        std::fprintf(
            stderr, "nfq_open: %s (needs root and CONFIG_NETFILTER_NETLINK_QUEUE)\n", std::strerror(errno));
        return 1;
    }
    nfq_q_handle *qh = nfq_create_queue(handle, uint16_t(queue), &onPacket, &state);
    if (!qh) {
        std::fprintf(stderr, "nfq_create_queue %u: %s\n", queue, std::strerror(errno));
        nfq_close(handle);
        return 1;
    }
    // Only the packet id is needed for the verdict, not the payload.
    if (nfq_set_mode(qh, NFQNL_COPY_META, 0) < 0 || nfq_set_queue_maxlen(qh, 8192) < 0) {
        std::fprintf(stderr, "nfq_set_mode: %s\n", std::strerror(errno));
        nfq_destroy_queue(qh);
        nfq_close(handle);
        return 1;
    }
    const int fd = nfq_fd(handle);
    // Room for a burst of queue messages while packets are being held.
    const int bufferBytes = 4 * 1024 * 1024;
    setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &bufferBytes, sizeof bufferBytes);

    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    std::printf("READY queue=%u delay_ms=%ld\n", queue, delayMs);
    std::fflush(stdout);

    char buffer[65536];
    // Watch stdin only when it is a pipe from the benchmark: its end tells
    // that the benchmark went away, even when killed without cleaning up.
    struct stat in
    {
    };
    bool stdinOpen = fstat(STDIN_FILENO, &in) == 0 && S_ISFIFO(in.st_mode);
    while (!g_stop) {
        timespec timeout { 1, 0 };
        if (!state.held.empty()) {
            const timespec t = now();
            const timespec due = state.held.front().due;
            timeout
                = before(t, due) ? timespec { due.tv_sec - t.tv_sec, due.tv_nsec - t.tv_nsec } : timespec {};
            if (timeout.tv_nsec < 0) {
                timeout.tv_nsec += 1000000000L;
                --timeout.tv_sec;
            }
        }
        pollfd fds[2] = { { fd, POLLIN, 0 }, { STDIN_FILENO, short(stdinOpen ? POLLIN : 0), 0 } };
        const int ready = ppoll(fds, 2, &timeout, nullptr);
        if (ready < 0 && errno != EINTR) {
            std::perror("ppoll");
            break;
        }
        if (ready > 0 && (fds[1].revents & (POLLIN | POLLHUP))) {
            if (read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
                break;
        }
        if (ready > 0 && (fds[0].revents & POLLIN)) {
            // Drain everything queued so far without blocking.
            for (;;) {
                const ssize_t n = recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
                if (n < 0) {
                    if (errno == ENOBUFS) {
                        std::fprintf(stderr, "mailmedic-nfq-delay: queue messages lost (ENOBUFS)\n");
                        continue;
                    }
                    break;
                }
                nfq_handle_packet(handle, buffer, int(n));
            }
        }
        const timespec t = now();
        while (!state.held.empty() && !before(t, state.held.front().due)) {
            nfq_set_verdict(qh, state.held.front().id, NF_ACCEPT, 0, nullptr);
            state.held.pop_front();
        }
    }
    // Nothing stays stuck in the kernel when we stop early.
    for (const Held &h : state.held)
        nfq_set_verdict(qh, h.id, NF_ACCEPT, 0, nullptr);
    std::fprintf(stderr, "mailmedic-nfq-delay: %lu packets delayed by %ld ms\n", state.packets, delayMs);
    nfq_destroy_queue(qh);
    nfq_close(handle);
    return 0;
}
