// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QVector>

#include <cmath>

namespace MailMedic {

namespace {

// Lines that follow a title or heading and must share its page.
constexpr int linesKeptWith = 2;

// Whether blockBoundingRect() starts at the block's first line or at the
// block's position when the layout has pushed that line down onto the next
// page: Qt versions differ. Asked of a two-line document whose second line
// cannot fit on the first page.
bool boundsStartAtFirstLine()
{
    static const bool answer = [] {
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setPlainText(QStringLiteral("a\nb"));
        doc.documentLayout()->documentSize();
        const QTextLayout *first = doc.begin().layout();
        if (!first->lineCount())
            return false;
        const qreal height = first->lineAt(0).height();
        doc.setPageSize(QSizeF(100, height * 1.5));
        doc.pageCount();
        const QTextBlock second = doc.begin().next();
        const QTextLayout *l = second.layout();
        const qreal pushed = l->lineCount() ? l->lineAt(0).y() : 0;
        const qreal top = doc.documentLayout()->blockBoundingRect(second).top();
        return pushed > 0 && qAbs(top - (l->position().y() + pushed)) < 0.01;
    }();
    return answer;
}

// Where the layout has put every line, in document order, including the
// lines in table cells. Taken again after each change, as a change moves
// everything after it.
class Snapshot
{
public:
    explicit Snapshot(QTextDocument &doc) : m_pageHeight(doc.pageSize().height())
    {
        doc.pageCount(); // finishes the layout, which may otherwise be lazy
        QAbstractTextDocumentLayout *layout = doc.documentLayout();
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            m_blocks << b;
            m_firstLine << int(m_tops.size());
            const QTextLayout *l = b.layout();
            if (!l->lineCount())
                continue;
            // Lines sit below the block's position where the layout pushed
            // them onto the next page.
            qreal origin = layout->blockBoundingRect(b).top();
            if (boundsStartAtFirstLine())
                origin -= l->lineAt(0).y();
            for (int i = 0; i < l->lineCount(); ++i)
                m_tops << origin + l->lineAt(i).y();
        }
        m_firstLine << int(m_tops.size());
    }

    int blockCount() const { return int(m_blocks.size()); }
    const QTextBlock &block(int b) const { return m_blocks.at(b); }
    int role(int b) const { return m_blocks.at(b).userState(); }

    // Half a device pixel of slack: a line that starts exactly at a page's
    // top belongs to that page.
    int page(int line) const { return int(std::floor((m_tops.at(line) + 0.5) / m_pageHeight)); }

    bool atPageTop(int b) const
    {
        const int line = m_firstLine.at(b);
        if (line == 0 || line >= m_tops.size())
            return true;
        return page(line - 1) < page(line);
    }

    // The first block after b that starts a group or is a heading.
    int groupEnd(int b) const
    {
        int end = b + 1;
        while (end < blockCount() && role(end) != PageBreaks::Group && role(end) != PageBreaks::Heading)
            ++end;
        return end;
    }

    // The first heading after b.
    int nextHeading(int b) const
    {
        int end = b + 1;
        while (end < blockCount() && role(end) != PageBreaks::Heading)
            ++end;
        return end;
    }

    bool straddles(int b) const
    {
        const int first = m_firstLine.at(b);
        const int last = m_firstLine.at(groupEnd(b)) - 1;
        return first <= last && page(first) != page(last);
    }

    // Whether b's last line shares its page with the lines after it (as
    // far as they belong to it: its group, or up to the next heading).
    bool keptWithNext(int b) const
    {
        const int end = role(b) == PageBreaks::Group ? groupEnd(b) : nextHeading(b);
        const int own = m_firstLine.at(b + 1) - 1;
        if (own < m_firstLine.at(b))
            return true; // a block without lines
        const int last = qMin(m_firstLine.at(end) - 1, own + linesKeptWith);
        for (int line = own + 1; line <= last; ++line) {
            if (page(line) != page(own))
                return false;
        }
        return true;
    }

    // Where the page break goes to move b: before the headings right above
    // it, which go along. -1 when that is already the top of a page.
    int breakBefore(int b) const
    {
        int at = b;
        while (!atPageTop(at) && at > 0
            && (role(at - 1) == PageBreaks::Heading || role(at - 1) == PageBreaks::KeepWithNext))
            --at;
        return atPageTop(at) ? -1 : at;
    }

private:
    qreal m_pageHeight;
    QVector<QTextBlock> m_blocks;
    QVector<int> m_firstLine; // per block, an index into m_tops; one more at the end
    QVector<qreal> m_tops;
};

void setBlockFormat(const QTextBlock &block, const QTextBlockFormat &format)
{
    QTextCursor(block).setBlockFormat(format);
}

QTextBlockFormat withBreak(QTextBlockFormat format)
{
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    return format;
}

} // namespace

QString PageBreaks::style(Role role)
{
    return QStringLiteral("-qt-user-state:%1;").arg(int(role));
}

int PageBreaks::apply(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (!(pageHeight > 0))
        return 0; // not paginated
    const bool undo = doc.isUndoRedoEnabled();
    doc.setUndoRedoEnabled(false);
    int breaks = 0;
    // One pass in document order: a break changes only what follows it, so
    // what was checked before stays right. Each block costs at most two
    // more layouts of the rest of the document.
    Snapshot s(doc);
    for (int b = 0; b < s.blockCount(); ++b) {
        const int role = s.role(b);
        if (role != Group && role != Heading && role != KeepWithNext)
            continue;
        if (role == Group && s.straddles(b)) {
            const int at = s.breakBefore(b);
            if (at >= 0) {
                const QTextBlockFormat before = s.block(at).blockFormat();
                setBlockFormat(s.block(at), withBreak(before));
                s = Snapshot(doc);
                if (!s.straddles(b)) {
                    ++breaks;
                    continue;
                }
                // Longer than a page from its top too: it breaks where the
                // page ends, with its title kept with what follows.
                setBlockFormat(s.block(at), before);
                s = Snapshot(doc);
            }
        }
        if (!s.keptWithNext(b)) {
            const int at = s.breakBefore(b);
            if (at >= 0) {
                setBlockFormat(s.block(at), withBreak(s.block(at).blockFormat()));
                s = Snapshot(doc);
                ++breaks;
            }
        }
    }
    doc.setUndoRedoEnabled(undo);
    return breaks;
}

} // namespace MailMedic
