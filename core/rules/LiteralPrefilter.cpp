// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/LiteralPrefilter.h"

#include <QHash>

#include <algorithm>
#include <type_traits>
#include <utility>

namespace MailMedic {

namespace {

// Case folding as PCRE2's caseless matching sees it: Unicode's simple case
// folding (which also takes U+017F, long s, to 's' and U+212A, Kelvin, to
// 'k'), and the dotted and dotless i to 'i', to stay on the safe side.
// Surrogates (characters outside the BMP) fold to 0: no literal has them.
inline char16_t fold(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    if (c == 0x0130 || c == 0x0131)
        return u'i';
    if (QChar::isSurrogate(c))
        return 0;
    return QChar::toCaseFolded(c);
}

// A character a literal can hold: printable ASCII, and letters and digits of
// other scripts (Cyrillic, CJK, accented Latin); not spaces, which the text
// may have in other forms.
inline bool literalCharacter(QChar c)
{
    if (c.unicode() < 0x80)
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    return !c.isSurrogate() && c.isLetterOrNumber();
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

// "(?i)", "(?s)", "(?m)", "(?-i)" and the like at p[i]: options for what
// follows. They match nothing, and none of them changes what a literal is
// ("(?x)", which does, is not one of them); returns their length, or 0.
int inlineOptions(const QString &p, int i)
{
    if (!p.mid(i).startsWith(QLatin1String("(?")))
        return 0;
    int j = i + 2;
    while (j < p.size() && QStringLiteral("imsJU-").contains(p.at(j)))
        ++j;
    return j > i + 2 && j < p.size() && p.at(j) == QLatin1Char(')') ? j + 1 - i : 0;
}

bool groupSyntaxIsPlain(const QString &p)
{
    // Options that change what a literal is ((?x) changes what a space
    // means), comments, verbs and \Q..\E quoting: give up rather than model
    // them.
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
        if (next != QLatin1Char('?') || inlineOptions(p, i) > 0)
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

// How well a set of literals (one of which a match contains) filters: the
// shorter its shortest literal (as far as the automaton looks at it) and the
// more literals, the more texts it lets through.
struct Selectivity
{
    int shortest = 0; // up to LiteralPrefilter::MaxLiteral
    int count = 0;
    int shortestWhole = 0;

    explicit Selectivity(const QStringList &literals)
    {
        if (literals.isEmpty())
            return;
        shortestWhole = int(literals.first().size());
        for (const QString &literal : literals)
            shortestWhole = qMin(shortestWhole, int(literal.size()));
        shortest = qMin(shortestWhole, int(LiteralPrefilter::MaxLiteral));
        count = int(literals.size());
    }
    bool betterThan(const Selectivity &other) const
    {
        if (shortest != other.shortest)
            return shortest > other.shortest;
        if (count != other.count)
            return other.count == 0 || count < other.count;
        return shortestWhole > other.shortestWhole;
    }
};

// A group of alternatives yields one literal each; past this many it is no
// filter worth an automaton's states.
constexpr int kMostAlternatives = 64;

bool alternativesLiterals(const QString &p, int begin, int end, QStringList *literals, bool inGroup);

// Where the alternatives of the group at p[open] begin, or -1 when the
// group is one a match need not contain (a look-ahead or look-behind).
int groupContent(const QString &p, int open)
{
    if (p.mid(open + 1, 1) != QLatin1String("?"))
        return open + 1;
    const QString kind = p.mid(open + 2, 3);
    if (kind.startsWith(QLatin1Char(':')) || kind.startsWith(QLatin1Char('>')))
        return open + 3;
    if (kind.startsWith(QLatin1String("P<"))) {
        const int close = int(p.indexOf(QLatin1Char('>'), open + 4));
        return close < 0 ? -1 : close + 1;
    }
    return -1;
}

// The literals of which a match of p[begin, end) (one alternative, no
// top-level '|') must contain one: its longest literal run, or the literals
// of a group it cannot match without, one per alternative of the group,
// whichever filters better. Empty when there are none; false for syntax
// this scanner does not follow.
bool sequenceLiterals(const QString &p, int begin, int end, QStringList *best)
{
    QString run;
    auto offer = [&](const QStringList &literals) {
        if (Selectivity(literals).betterThan(Selectivity(*best)))
            *best = literals;
    };
    auto endRun = [&]() {
        if (!run.isEmpty())
            offer({ run });
        run.clear();
    };
    int i = begin;
    while (i < end) {
        const QChar c = p.at(i);
        QChar literal;
        bool isLiteral = false;
        int group = -1; // where a group's alternatives begin
        int groupEnd = -1;
        if (const int options = inlineOptions(p, i)) {
            i += options;
            continue; // zero width: the text around it is still adjacent
        }
        if (c == QLatin1Char('(')) {
            group = groupContent(p, i);
            if (!skipGroup(p, i))
                return false;
            groupEnd = i - 1;
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
            if (literalCharacter(c)) {
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
            if (group >= 0 && minimum > 0) {
                QStringList alternatives;
                if (!alternativesLiterals(p, group, groupEnd, &alternatives, true))
                    return false;
                offer(alternatives);
            }
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

// One literal set for p[begin, end) split at its top-level '|': each
// alternative's, together. Empty when an alternative has none, or when a
// group has too many to be worth it.
bool alternativesLiterals(const QString &p, int begin, int end, QStringList *literals, bool inGroup)
{
    literals->clear();
    int from = begin;
    int depth = 0;
    for (int i = begin; i <= end;) {
        const QChar c = i < end ? p.at(i) : QLatin1Char('|');
        if (c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('[')) {
            if (!skipClass(p, i))
                return false;
            continue;
        }
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        else if (c == QLatin1Char('|') && depth == 0) {
            QStringList alternative;
            if (!sequenceLiterals(p, from, i, &alternative))
                return false;
            if (alternative.isEmpty()) {
                literals->clear();
                return true;
            }
            for (const QString &literal : std::as_const(alternative))
                if (!literals->contains(literal))
                    literals->append(literal);
            from = i + 1;
        }
        ++i;
    }
    if (inGroup && literals->size() > kMostAlternatives)
        literals->clear();
    return true;
}

} // namespace

QStringList LiteralPrefilter::requiredLiterals(const QString &pattern)
{
    if (!groupSyntaxIsPlain(pattern) || pattern.contains(QLatin1String("\\Q")))
        return {};
    QStringList literals;
    if (!alternativesLiterals(pattern, 0, int(pattern.size()), &literals, false))
        return {};
    return literals;
}

namespace {

QList<QStringList> literalsOf(const QStringList &patterns)
{
    QList<QStringList> literals;
    literals.reserve(patterns.size());
    for (const QString &pattern : patterns)
        literals.append(LiteralPrefilter::requiredLiterals(pattern));
    return literals;
}

} // namespace

LiteralPrefilter::LiteralPrefilter(const QStringList &patterns) : LiteralPrefilter(literalsOf(patterns)) { }

LiteralPrefilter::LiteralPrefilter(const QList<QStringList> &patterns)
    : m_always(size_t(patterns.size()), 0), m_class(0x80, 0)
{
    // Literals, deduplicated, and the patterns that need each. A large rule
    // set has tens of thousands of them: flat arrays, not a container each.
    QHash<QString, int> literalIds;
    QStringList literals;
    std::vector<std::pair<int, int>> needs; // (literal, pattern)
    for (int p = 0; p < patterns.size(); ++p) {
        const QStringList &required = patterns.at(p);
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
            }
            needs.emplace_back(*it, p);
        }
    }
    literalIds.clear();
    // The patterns of literal l: owners[ownerBegin[l] .. ownerBegin[l + 1]).
    std::vector<std::uint32_t> ownerBegin(size_t(literals.size()) + 1, 0);
    for (const auto &need : needs)
        ++ownerBegin[size_t(need.first) + 1];
    for (std::size_t l = 0; l < size_t(literals.size()); ++l)
        ownerBegin[l + 1] += ownerBegin[l];
    std::vector<int> owners(needs.size());
    {
        std::vector<std::uint32_t> at(ownerBegin.cbegin(), ownerBegin.cend() - 1);
        for (const auto &need : needs)
            owners[at[size_t(need.first)]++] = need.second;
    }
    needs = {};

    // The alphabet: a class per character the literals use, the table as
    // long as the largest of them. Past 255 classes characters share one: a
    // scan then sees a literal where a look-alike stands, which only makes
    // one more pattern a candidate.
    for (const QString &literal : std::as_const(literals)) {
        for (const QChar c : literal) {
            if (c.unicode() >= m_class.size())
                m_class.resize(size_t(c.unicode()) + 1, 0);
            if (m_class[c.unicode()] == 0)
                m_class[c.unicode()] = std::uint8_t(m_classes < 256 ? m_classes++ : 128 + c.unicode() % 128);
        }
    }

    // The trie, as first-child / next-sibling lists (a few bytes a state;
    // the root's children also in a table, since every lookup starts there).
    // At most one state per literal character plus the root.
    const int classes = m_classes;
    std::size_t maxStates = 1;
    for (const QString &literal : std::as_const(literals))
        maxStates += size_t(literal.size());
    std::vector<std::uint32_t> firstChild(1, 0); // 0: none (the root is nobody's child)
    std::vector<std::uint32_t> nextSibling(1, 0);
    std::vector<std::uint8_t> label(1, 0); // the class on the edge into the state
    std::uint32_t rootChild[256] = {};
    firstChild.reserve(maxStates);
    nextSibling.reserve(maxStates);
    label.reserve(maxStates);
    const auto child = [&](std::uint32_t state, std::uint8_t k) -> std::uint32_t {
        if (state == 0)
            return rootChild[k];
        for (std::uint32_t c = firstChild[state]; c != 0; c = nextSibling[c]) {
            if (label[c] == k)
                return c;
        }
        return 0;
    };
    // The literal that ends in each state, or -1 (and the next literal that
    // ends in the same state, when two share classes). A state's own outputs
    // are its literals' owners; the ones it would inherit through failure
    // links are not copied into it (with thousands of literals that copy
    // grows with the square of the rule set) but reached through m_outLink.
    std::vector<int> ends(1, -1);
    ends.reserve(maxStates);
    std::vector<int> alsoEnds(size_t(literals.size()), -1);
    for (int l = 0; l < literals.size(); ++l) {
        std::uint32_t state = 0;
        for (const QChar c : literals.at(l)) {
            const std::uint8_t k = m_class[c.unicode()];
            std::uint32_t to = child(state, k);
            if (to == 0) {
                to = std::uint32_t(ends.size());
                firstChild.push_back(0);
                label.push_back(k);
                nextSibling.push_back(firstChild[state]);
                firstChild[state] = to;
                if (state == 0)
                    rootChild[k] = to;
                ends.push_back(-1);
            }
            state = to;
        }
        alsoEnds[size_t(l)] = ends[state];
        ends[state] = l;
    }
    const auto forEachChild = [&](std::uint32_t state, auto &&f) {
        for (std::uint32_t c = firstChild[state]; c != 0; c = nextSibling[c])
            f(c);
    };

    // Breadth-first order, so that the shallow states (the ones a scan is
    // in most of the time) come first and can have dense rows.
    const std::size_t states = ends.size();
    std::vector<std::uint32_t> order; // new id -> trie state
    order.reserve(states);
    order.push_back(0);
    std::vector<std::uint32_t> renumbered(states, 0); // trie state -> new id
    std::vector<std::uint8_t> depth(states, 0);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::uint32_t state = order[i];
        renumbered[state] = std::uint32_t(i);
        forEachChild(state, [&](std::uint32_t c) {
            depth[c] = std::uint8_t(std::min(depth[state] + 1, 255));
            order.push_back(c);
        });
    }
    std::size_t dense = 0;
    while (dense < states && depth[order[dense]] <= DenseDepth)
        ++dense;
    m_dense = std::uint32_t(dense);
    depth = {};

    // Failure links (the longest proper suffix that is also a prefix of a
    // literal), and the output links: the nearest state along the failure
    // chain in which a literal ends (0, the root, when there is none). A
    // state's failure link is shallower, so it is done before the state.
    std::vector<std::uint32_t> failure(states, 0);
    m_outLink.assign(states, 0);
    for (std::size_t i = 0; i < states; ++i) {
        const std::uint32_t state = order[i];
        if (state != 0) {
            const std::uint32_t f = failure[state];
            m_outLink[i] = ends[f] >= 0 ? renumbered[f] : m_outLink[renumbered[f]];
        }
        forEachChild(state, [&](std::uint32_t c) {
            std::uint32_t fallback = 0;
            if (state != 0) {
                for (std::uint32_t f = failure[state];; f = failure[f]) {
                    fallback = child(f, label[c]);
                    if (fallback != 0 || f == 0)
                        break;
                }
            }
            failure[c] = fallback;
        });
    }

    // Shallow states: a full row per state (every class leads somewhere):
    // the failure state's row, which is shallower and so already written,
    // with the state's own edges over it.
    const bool narrow = states <= 0x10000;
    if (narrow)
        m_delta16.assign(dense * size_t(classes), 0);
    else
        m_delta.assign(dense * size_t(classes), 0);
    for (std::size_t id = 0; id < dense; ++id) {
        const std::uint32_t state = order[id];
        const std::size_t row = id * size_t(classes);
        if (state != 0) {
            const std::size_t from = size_t(renumbered[failure[state]]) * size_t(classes);
            if (narrow)
                std::copy_n(m_delta16.begin() + std::ptrdiff_t(from), classes,
                    m_delta16.begin() + std::ptrdiff_t(row));
            else
                std::copy_n(
                    m_delta.begin() + std::ptrdiff_t(from), classes, m_delta.begin() + std::ptrdiff_t(row));
        }
        forEachChild(state, [&](std::uint32_t c) {
            if (narrow)
                m_delta16[row + label[c]] = std::uint16_t(renumbered[c]);
            else
                m_delta[row + label[c]] = renumbered[c];
        });
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
        forEachChild(state, [&](std::uint32_t c) {
            m_edgeClass.push_back(label[c]);
            m_edgeTarget.push_back(renumbered[c]);
        });
    }
    m_edgeBegin.push_back(std::uint32_t(m_edgeClass.size()));

    m_outBegin.resize(states + 1);
    for (std::size_t id = 0; id < states; ++id) {
        m_outBegin[id] = std::uint32_t(m_out.size());
        for (int l = ends[order[id]]; l >= 0; l = alsoEnds[size_t(l)])
            m_out.insert(m_out.end(), owners.cbegin() + ownerBegin[size_t(l)],
                owners.cbegin() + ownerBegin[size_t(l) + 1]);
    }
    m_outBegin[states] = std::uint32_t(m_out.size());
    viewOwnArrays();
}

void LiteralPrefilter::viewOwnArrays()
{
    const auto view = [](const auto &vector) {
        using T = typename std::decay_t<decltype(vector)>::value_type;
        return Array<T> { vector.data(), vector.size() };
    };
    m_view = { view(m_always), view(m_class), view(m_delta), view(m_delta16), view(m_edgeBegin),
        view(m_edgeClass), view(m_edgeTarget), view(m_failure), view(m_outBegin), view(m_out),
        view(m_outLink) };
}

// What a scan relies on, for arrays read from an image: every index in
// range, and failure and output links that lead to states nearer the root
// (a lower number), so that following them ends.
bool LiteralPrefilter::consistent() const
{
    const Arrays &v = m_view;
    if (m_classes < 1 || m_classes > 256 || v.classOf.size > 0x10000 || v.outBegin.size < 2)
        return false;
    const std::size_t states = v.outBegin.size - 1;
    const std::size_t classes = std::size_t(m_classes);
    const std::size_t patterns = v.always.size;
    const std::size_t dense = m_dense;
    if (dense < 1 || dense > states || v.outLink.size != states || v.failure.size != states - dense
        || v.edgeBegin.size != states - dense + 1 || v.edgeClass.size != v.edgeTarget.size
        || (v.delta16.empty() ? v.delta.size : v.delta16.size) != dense * classes
        || (!v.delta16.empty() && !v.delta.empty()))
        return false;
    for (std::size_t i = 0; i < v.classOf.size; ++i)
        if (v.classOf[i] >= classes)
            return false;
    for (std::size_t i = 0; i < v.delta.size; ++i)
        if (v.delta[i] >= states)
            return false;
    for (std::size_t i = 0; i < v.delta16.size; ++i)
        if (v.delta16[i] >= states)
            return false;
    if (v.edgeBegin[0] != 0 || v.edgeBegin[v.edgeBegin.size - 1] != v.edgeClass.size)
        return false;
    for (std::size_t i = 0; i + 1 < v.edgeBegin.size; ++i)
        if (v.edgeBegin[i] > v.edgeBegin[i + 1])
            return false;
    for (std::size_t e = 0; e < v.edgeClass.size; ++e)
        if (v.edgeClass[e] >= classes || v.edgeTarget[e] >= states)
            return false;
    for (std::size_t deep = 0; deep < v.failure.size; ++deep)
        if (v.failure[deep] >= dense + deep)
            return false;
    if (v.outBegin[0] != 0 || v.outBegin[states] != v.out.size)
        return false;
    for (std::size_t i = 0; i < states; ++i)
        if (v.outBegin[i] > v.outBegin[i + 1] || (i > 0 && v.outLink[i] >= i)
            || (i == 0 && v.outLink[0] != 0))
            return false;
    for (std::size_t o = 0; o < v.out.size; ++o)
        if (v.out[o] < 0 || std::size_t(v.out[o]) >= patterns)
            return false;
    return true;
}

inline int LiteralPrefilter::classOf(char16_t c) const
{
    const char16_t folded = fold(c);
    return folded < m_view.classOf.size ? m_view.classOf[folded] : 0;
}

void LiteralPrefilter::candidates(const QString &text, char *marks) const
{
    const Array<char> &always = m_view.always;
    if (always.empty())
        return;
    std::copy_n(always.data, always.size, marks);
    if (m_view.out.empty())
        return;
    if (m_view.delta16.empty())
        scan(m_view.delta.data, text, marks);
    else
        scan(m_view.delta16.data, text, marks);
}

template<typename State>
void LiteralPrefilter::scan(const State *delta, const QString &text, char *marks) const
{
    const std::size_t classes = size_t(m_classes);
    const Arrays &v = m_view;
    const std::uint32_t *outBegin = v.outBegin.data;
    const std::uint32_t dense = m_dense;
    // A deep state: its own edge, else its failure link, which is shallower,
    // until a state with a full row.
    const auto step = [&](std::uint32_t state, int k) -> std::uint32_t {
        while (state >= dense) {
            const std::size_t deep = state - dense;
            for (std::uint32_t e = v.edgeBegin[deep]; e < v.edgeBegin[deep + 1]; ++e) {
                if (v.edgeClass[e] == k)
                    return v.edgeTarget[e];
            }
            state = v.failure[deep];
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
        // The literals that end here: this state's own, then those of the
        // states its output links lead to.
        std::uint32_t at = outBegin[state] != outBegin[state + 1] ? state : v.outLink[state];
        while (at != 0) {
            for (std::uint32_t o = outBegin[at]; o < outBegin[at + 1]; ++o)
                marks[v.out[o]] = 1;
            at = v.outLink[at];
        }
    }
}

} // namespace MailMedic
