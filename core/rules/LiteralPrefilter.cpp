// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/LiteralPrefilter.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace MailMedic {

namespace {

// Case folding for the literals, which are ASCII. Besides A-Z, PCRE2's
// caseless matching lets U+017F (long s) match 's' and U+212A (Kelvin) match
// 'k'; the dotted and dotless i are folded too, to stay on the safe side.
inline char16_t fold(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    switch (c) {
    case 0x017f:
        return u's';
    case 0x212a:
        return u'k';
    case 0x0130:
    case 0x0131:
        return u'i';
    default:
        return 0;
    }
}

// Quantifier at p[i] ('?', '*', '+', '{n}', '{n,}', '{n,m}', with a lazy or
// possessive suffix). Returns false for a '{' that is not a quantifier.
bool quantifier(const QString &p, int &i, bool *present, int *minimum)
{
    *present = false;
    *minimum = 1;
    if (i >= p.size())
        return true;
    const QChar c = p.at(i);
    if (c == QLatin1Char('?') || c == QLatin1Char('*') || c == QLatin1Char('+')) {
        *present = true;
        *minimum = c == QLatin1Char('+') ? 1 : 0;
        ++i;
    } else if (c == QLatin1Char('{')) {
        int j = i + 1;
        int n = 0;
        int digits = 0;
        while (j < p.size() && p.at(j).isDigit() && p.at(j).unicode() < 0x80) {
            n = qMin(n * 10 + p.at(j).digitValue(), 100000);
            ++j;
            ++digits;
        }
        if (digits == 0)
            return false; // "{,n}" means different things to Python and to PCRE2 before 10.43
        if (j < p.size() && p.at(j) == QLatin1Char(',')) {
            ++j;
            while (j < p.size() && p.at(j).isDigit() && p.at(j).unicode() < 0x80)
                ++j;
        }
        if (j >= p.size() || p.at(j) != QLatin1Char('}'))
            return false;
        *present = true;
        *minimum = n;
        i = j + 1;
    } else {
        return true;
    }
    if (i < p.size() && (p.at(i) == QLatin1Char('?') || p.at(i) == QLatin1Char('+')))
        ++i;
    return true;
}

// Skips a character class starting at p[i] == '['; false if it uses nesting
// ([:alpha:]) this scanner does not follow.
bool skipClass(const QString &p, int &i)
{
    ++i;
    if (i < p.size() && p.at(i) == QLatin1Char('^'))
        ++i;
    if (i < p.size() && p.at(i) == QLatin1Char(']'))
        ++i;
    while (i < p.size() && p.at(i) != QLatin1Char(']')) {
        if (p.at(i) == QLatin1Char('['))
            return false;
        if (p.at(i) == QLatin1Char('\\'))
            ++i;
        ++i;
    }
    if (i >= p.size())
        return false;
    ++i;
    return true;
}

// Skips a group starting at p[i] == '('.
bool skipGroup(const QString &p, int &i)
{
    int depth = 0;
    while (i < p.size()) {
        const QChar c = p.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 < p.size() && p.at(i + 1) == QLatin1Char('Q'))
                return false;
            i += 2;
        } else if (c == QLatin1Char('[')) {
            if (!skipClass(p, i))
                return false;
        } else {
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0) {
                ++i;
                return true;
            }
            ++i;
        }
    }
    return false;
}

bool groupSyntaxIsPlain(const QString &p)
{
    // Inline options ((?x) changes what a space means), comments, verbs and
    // \Q..\E quoting: give up rather than model them.
    for (int i = 0; i + 1 < p.size(); ++i) {
        if (p.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (p.at(i) != QLatin1Char('('))
            continue;
        const QChar next = p.at(i + 1);
        if (next == QLatin1Char('*'))
            return false;
        if (next != QLatin1Char('?'))
            continue;
        const QString rest = p.mid(i + 2, 3);
        if (rest.startsWith(QLatin1Char(':')) || rest.startsWith(QLatin1Char('='))
            || rest.startsWith(QLatin1Char('!')) || rest.startsWith(QLatin1String("<="))
            || rest.startsWith(QLatin1String("<!")) || rest.startsWith(QLatin1Char('>'))
            || rest.startsWith(QLatin1String("P<")))
            continue;
        return false;
    }
    return true;
}

// The longest literal run of one top-level alternative, or an empty string.
bool branchLiteral(const QString &p, int begin, int end, QString *best)
{
    QString run;
    auto endRun = [&]() {
        if (run.size() > best->size())
            *best = run;
        run.clear();
    };
    int i = begin;
    while (i < end) {
        const QChar c = p.at(i);
        QChar literal;
        bool isLiteral = false;
        if (c == QLatin1Char('(')) {
            if (!skipGroup(p, i))
                return false;
        } else if (c == QLatin1Char('[')) {
            if (!skipClass(p, i))
                return false;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= end)
                return false;
            const QChar e = p.at(i + 1);
            i += 2;
            if (QStringLiteral("bBAzZG").contains(e))
                continue; // zero width: the text around it is still adjacent
            if (QStringLiteral("dDsSwWhHvVNR").contains(e)) {
                // a class: ends the run
            } else if (e.unicode() < 0x80 && e.isPrint() && !e.isLetterOrNumber()) {
                literal = e;
                isLiteral = true;
            } else {
                return false; // \x.., \p{..}, back references, \Q, ...
            }
        } else if (c == QLatin1Char('^') || c == QLatin1Char('$')) {
            ++i;
            continue;
        } else if (c == QLatin1Char('.')) {
            ++i;
        } else if (c == QLatin1Char(')') || c == QLatin1Char('{') || c == QLatin1Char('*')
            || c == QLatin1Char('+') || c == QLatin1Char('?')) {
            return false;
        } else {
            ++i;
            if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {
                literal = c;
                isLiteral = true;
            }
        }
        bool quantified = false;
        int minimum = 1;
        if (!quantifier(p, i, &quantified, &minimum))
            return false;
        if (!isLiteral) {
            endRun();
            continue;
        }
        if (quantified && minimum == 0) {
            endRun();
            continue;
        }
        run.append(QChar(fold(literal.unicode())));
        if (quantified)
            endRun(); // "a+" or "a{2,}": one 'a' is certain, what follows may not be adjacent
    }
    endRun();
    return true;
}

} // namespace

QStringList LiteralPrefilter::requiredLiterals(const QString &pattern)
{
    if (!groupSyntaxIsPlain(pattern) || pattern.contains(QLatin1String("\\Q")))
        return {};
    // Split at the top-level '|'.
    QList<QPair<int, int>> branches;
    int begin = 0;
    int depth = 0;
    for (int i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\')) {
            i += 2;
        } else if (c == QLatin1Char('[')) {
            if (!skipClass(pattern, i))
                return {};
        } else {
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')'))
                --depth;
            else if (c == QLatin1Char('|') && depth == 0) {
                branches.append({ begin, i });
                begin = i + 1;
            }
            ++i;
        }
    }
    branches.append({ begin, int(pattern.size()) });
    QStringList literals;
    for (const auto &branch : std::as_const(branches)) {
        QString best;
        if (!branchLiteral(pattern, branch.first, branch.second, &best) || best.isEmpty())
            return {};
        if (!literals.contains(best))
            literals.append(best);
    }
    return literals;
}

LiteralPrefilter::LiteralPrefilter(const QStringList &patterns)
    : m_always(size_t(patterns.size()), 0), m_class(128, 0)
{
    // Literals, deduplicated, and the patterns that need each.
    QHash<QString, int> literalIds;
    QStringList literals;
    std::vector<std::vector<int>> owners;
    for (int p = 0; p < patterns.size(); ++p) {
        const QStringList required = requiredLiterals(patterns.at(p));
        if (required.isEmpty()) {
            m_always[size_t(p)] = 1;
            continue;
        }
        for (const QString &whole : required) {
            // A match contains the literal, so it contains its start too: the
            // first MaxLiteral characters are as good a filter for prose and
            // keep the automaton (and its table) small for a large rule set.
            const QString literal = whole.left(MaxLiteral);
            auto it = literalIds.find(literal);
            if (it == literalIds.end()) {
                it = literalIds.insert(literal, int(literals.size()));
                literals.append(literal);
                owners.emplace_back();
            }
            owners[size_t(*it)].push_back(p);
        }
    }
    for (const QString &literal : std::as_const(literals)) {
        for (const QChar c : literal) {
            if (m_class[c.unicode()] == 0)
                m_class[c.unicode()] = std::uint8_t(m_classes++);
        }
    }

    // The trie, sparse: (state, class) -> state. At most one state per
    // literal character plus the root.
    const int classes = m_classes;
    std::size_t maxStates = 1;
    for (const QString &literal : std::as_const(literals))
        maxStates += size_t(literal.size());
    std::vector<std::vector<std::pair<std::uint8_t, std::uint32_t>>> edges(1);
    edges.reserve(maxStates);
    std::vector<std::vector<int>> outputs(1);
    outputs.reserve(maxStates);
    const auto child = [&edges](std::size_t state, std::uint8_t k) -> std::int64_t {
        for (const auto &edge : edges[state])
            if (edge.first == k)
                return edge.second;
        return -1;
    };
    for (int l = 0; l < literals.size(); ++l) {
        std::size_t state = 0;
        for (const QChar c : literals.at(l)) {
            const std::uint8_t k = m_class[c.unicode()];
            std::int64_t to = child(state, k);
            if (to < 0) {
                to = std::int64_t(outputs.size());
                edges[state].emplace_back(k, std::uint32_t(to));
                edges.emplace_back();
                outputs.emplace_back();
            }
            state = size_t(to);
        }
        outputs[state].insert(outputs[state].end(), owners[size_t(l)].cbegin(), owners[size_t(l)].cend());
    }

    // Breadth-first order, so that the shallow states (the ones a scan is
    // in most of the time) come first and can have dense rows.
    const std::size_t states = outputs.size();
    std::vector<std::uint32_t> order; // new id -> trie state
    order.reserve(states);
    order.push_back(0);
    std::vector<std::uint32_t> renumbered(states, 0); // trie state -> new id
    std::vector<std::uint8_t> depth(states, 0);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::uint32_t state = order[i];
        renumbered[state] = std::uint32_t(i);
        for (const auto &edge : edges[state]) {
            depth[edge.second] = std::uint8_t(std::min(depth[state] + 1, 255));
            order.push_back(edge.second);
        }
    }
    std::size_t dense = 0;
    while (dense < states && depth[order[dense]] <= DenseDepth)
        ++dense;
    m_dense = std::uint32_t(dense);

    // Failure links (the longest proper suffix that is also a prefix of a
    // literal), and the outputs a state inherits through them.
    std::vector<std::uint32_t> failure(states, 0);
    for (std::size_t i = 0; i < states; ++i) {
        const std::uint32_t state = order[i];
        const std::vector<int> &inherited = outputs[failure[state]];
        if (state != 0)
            outputs[state].insert(outputs[state].end(), inherited.cbegin(), inherited.cend());
        for (const auto &edge : edges[state]) {
            std::int64_t fallback = -1;
            for (std::uint32_t f = failure[state]; state != 0; f = failure[f]) {
                fallback = child(f, edge.first);
                if (fallback >= 0 || f == 0)
                    break;
            }
            failure[edge.second] = fallback >= 0 ? std::uint32_t(fallback) : 0;
        }
    }

    // Shallow states: a full row per state (every class leads somewhere).
    const bool narrow = states <= 0x10000;
    if (narrow)
        m_delta16.assign(dense * size_t(classes), 0);
    else
        m_delta.assign(dense * size_t(classes), 0);
    const auto delta = [&](std::size_t id, int k) -> std::uint32_t {
        const std::size_t at = id * size_t(classes) + size_t(k);
        return narrow ? m_delta16[at] : m_delta[at];
    };
    for (std::size_t id = 0; id < dense; ++id) {
        const std::uint32_t state = order[id];
        for (int k = 1; k < classes; ++k) {
            const std::int64_t to = child(state, std::uint8_t(k));
            // The failure state is shallower, so its row is already written.
            const std::uint32_t next = to >= 0 ? renumbered[size_t(to)]
                : state == 0                   ? 0
                                               : delta(renumbered[failure[state]], k);
            const std::size_t at = id * size_t(classes) + size_t(k);
            if (narrow)
                m_delta16[at] = std::uint16_t(next);
            else
                m_delta[at] = next;
        }
    }
    // Deep states: only their own edges and a failure link. Most of a large
    // rule set's states are deep and have one edge: a row each would be the
    // largest part of the prefilter.
    m_edgeBegin.reserve(states - dense + 1);
    m_failure.reserve(states - dense);
    for (std::size_t id = dense; id < states; ++id) {
        const std::uint32_t state = order[id];
        m_edgeBegin.push_back(std::uint32_t(m_edgeClass.size()));
        m_failure.push_back(renumbered[failure[state]]);
        for (const auto &edge : edges[state]) {
            m_edgeClass.push_back(edge.first);
            m_edgeTarget.push_back(renumbered[edge.second]);
        }
    }
    m_edgeBegin.push_back(std::uint32_t(m_edgeClass.size()));

    m_outBegin.resize(states + 1);
    for (std::size_t id = 0; id < states; ++id) {
        m_outBegin[id] = std::uint32_t(m_out.size());
        const std::vector<int> &out = outputs[order[id]];
        m_out.insert(m_out.end(), out.cbegin(), out.cend());
    }
    m_outBegin[states] = std::uint32_t(m_out.size());
}

inline int LiteralPrefilter::classOf(char16_t c) const
{
    const char16_t folded = fold(c);
    return folded == 0 ? 0 : m_class[folded];
}

void LiteralPrefilter::candidates(const QString &text, char *marks) const
{
    const std::size_t count = m_always.size();
    if (count == 0)
        return;
    std::copy(m_always.cbegin(), m_always.cend(), marks);
    if (m_out.empty())
        return;
    if (m_delta16.empty())
        scan(m_delta.data(), text, marks);
    else
        scan(m_delta16.data(), text, marks);
}

template<typename State>
void LiteralPrefilter::scan(const State *delta, const QString &text, char *marks) const
{
    const std::size_t classes = size_t(m_classes);
    const std::uint32_t *outBegin = m_outBegin.data();
    const std::uint32_t dense = m_dense;
    // A deep state: its own edge, else its failure link, which is shallower,
    // until a state with a full row.
    const auto step = [&](std::uint32_t state, int k) -> std::uint32_t {
        while (state >= dense) {
            const std::size_t deep = state - dense;
            for (std::uint32_t e = m_edgeBegin[deep]; e < m_edgeBegin[deep + 1]; ++e) {
                if (m_edgeClass[e] == k)
                    return m_edgeTarget[e];
            }
            state = m_failure[deep];
        }
        return delta[state * classes + size_t(k)];
    };
    std::uint32_t state = 0;
    for (const QChar c : text) {
        const int k = classOf(c.unicode());
        if (k == 0) {
            state = 0; // a character in no literal: back to the root, which has no outputs
            continue;
        }
        state = step(state, k);
        for (std::uint32_t o = outBegin[state]; o < outBegin[state + 1]; ++o)
            marks[m_out[o]] = 1;
    }
}

} // namespace MailMedic
