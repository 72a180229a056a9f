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
    // Moved, never copied: the arrays it reads may be its own vectors.
    LiteralPrefilter(LiteralPrefilter &&) = default;
    LiteralPrefilter &operator=(LiteralPrefilter &&) = default;
    LiteralPrefilter(const LiteralPrefilter &) = delete;
    LiteralPrefilter &operator=(const LiteralPrefilter &) = delete;

    int patternCount() const { return int(m_view.always.size); }
    // Sets marks[i] (patternCount() of them) to 1 if pattern i may match `text`.
    void candidates(const QString &text, char *marks) const;

    // Case-folded strings of which a match must contain at least one (one
    // per top-level alternative: its longest literal run, or one per
    // alternative of a group it cannot match without), or an empty list when
    // the pattern uses syntax this scanner does not model.
    static QStringList requiredLiterals(const QString &pattern);
    // Characters of each literal the automaton looks for.
    static constexpr int MaxLiteral = 10;

    // The automaton as the built-in rule image keeps it, so that a start
    // builds none: save() hands `out` its numbers and arrays in a fixed
    // order; load() takes them back in that order from `in`, which returns
    // arrays in place (raw data that outlives the prefilter), and checks that
    // every index in them is in range, so a damaged image cannot make a scan
    // read past them or loop.
    template<typename Out> void save(Out &out) const
    {
        out.number(m_classes);
        out.number(int(m_dense));
        eachArray(m_view, [&out](const auto &array) { out.array(array); });
    }
    template<typename In> static bool load(In &in, LiteralPrefilter *prefilter)
    {
        LiteralPrefilter read;
        read.m_classes = in.number();
        read.m_dense = std::uint32_t(in.number());
        bool good = true;
        eachArray(read.m_view, [&](auto &array) { good = good && in.array(&array); });
        if (!good || !read.consistent())
            return false;
        *prefilter = std::move(read);
        return true;
    }

    // An array the prefilter reads: its own vector's or one in an image.
    template<typename T> struct Array
    {
        const T *data = nullptr;
        std::size_t size = 0;
        const T &operator[](std::size_t i) const { return data[i]; }
        bool empty() const { return size == 0; }
    };

private:
    struct Arrays
    {
        Array<char> always;
        Array<std::uint8_t> classOf;
        Array<std::uint32_t> delta;
        Array<std::uint16_t> delta16;
        Array<std::uint32_t> edgeBegin;
        Array<std::uint8_t> edgeClass;
        Array<std::uint32_t> edgeTarget;
        Array<std::uint32_t> failure;
        Array<std::uint32_t> outBegin;
        Array<std::int32_t> out;
        Array<std::uint32_t> outLink;
    };

    // Every array, in the image's order (save() and load() share it).
    template<typename Arrays_, typename F> static void eachArray(Arrays_ &v, F &&f)
    {
        f(v.always);
        f(v.classOf);
        f(v.delta);
        f(v.delta16);
        f(v.edgeBegin);
        f(v.edgeClass);
        f(v.edgeTarget);
        f(v.failure);
        f(v.outBegin);
        f(v.out);
        f(v.outLink);
    }
    int classOf(char16_t c) const;
    template<typename State> void scan(const State *delta, const QString &text, char *marks) const;
    void viewOwnArrays();
    bool consistent() const;

    // What a scan reads: the vectors below, or an image's arrays.
    Arrays m_view;

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
    std::vector<std::int32_t> m_out; // pattern indices of the literal that ends in the state
    // state -> the nearest state along its failure chain in which a literal
    // ends, 0 when none: the outputs a state has besides its own.
    std::vector<std::uint32_t> m_outLink;
};

} // namespace MailMedic
