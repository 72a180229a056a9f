// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace MailMedic {

// Tells which of many case-insensitive regular expressions can possibly match
// a text, from literal strings each one requires ("spam" in
// "\bspam\b.{0,30}reject"). One Aho-Corasick pass over the text replaces
// hundreds of regex searches; only the candidates are then run by PCRE2.
// A pattern without a usable literal is always a candidate.
class LiteralPrefilter
{
public:
    LiteralPrefilter() = default;
    explicit LiteralPrefilter(const QStringList &patterns);
    // The same from each pattern's requiredLiterals(), worked out before
    // (a rule file's reader does, and the built-in rule image keeps them).
    explicit LiteralPrefilter(const QList<QStringList> &literals);

    int patternCount() const { return int(m_always.size()); }
    // Sets marks[i] (patternCount() of them) to 1 if pattern i may match `text`.
    void candidates(const QString &text, char *marks) const;

    // Case-folded strings of which a match must contain at least one (one
    // per top-level alternative: its longest literal run, or one per
    // alternative of a group it cannot match without), or an empty list when
    // the pattern uses syntax this scanner does not model.
    static QStringList requiredLiterals(const QString &pattern);
    // Characters of each literal the automaton looks for.
    static constexpr int MaxLiteral = 10;

private:
    int classOf(char16_t c) const;
    template<typename State> void scan(const State *delta, const QString &text, char *marks) const;

    std::vector<char> m_always;
    std::vector<std::uint8_t> m_class; // folded character -> alphabet class, 0 = not in any literal
    int m_classes = 1;
    // States are numbered breadth-first. The first m_dense (depth <=
    // DenseDepth) have a full row: state * m_classes + class -> next state.
    static constexpr int DenseDepth = 2;
    std::uint32_t m_dense = 0;
    std::vector<std::uint32_t> m_delta;
    // The same rows in half the bytes when the states fit: scanning is bound
    // by cache misses on them.
    std::vector<std::uint16_t> m_delta16;
    // Deeper states keep only their own edges (classes and targets from
    // m_edgeBegin[state - m_dense]) and their failure link.
    std::vector<std::uint32_t> m_edgeBegin;
    std::vector<std::uint8_t> m_edgeClass;
    std::vector<std::uint32_t> m_edgeTarget;
    std::vector<std::uint32_t> m_failure;
    std::vector<std::uint32_t> m_outBegin; // state -> range in m_out (m_outBegin[state + 1] ends it)
    std::vector<int> m_out; // pattern indices of the literal that ends in the state
    // state -> the nearest state along its failure chain in which a literal
    // ends, 0 when none: the outputs a state has besides its own.
    std::vector<std::uint32_t> m_outLink;
};

} // namespace MailMedic
