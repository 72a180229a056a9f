// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace MailMedic {

// What Qt's rich text lacks for print: page-break-inside: avoid and
// page-break-after: avoid. Blocks take part through their user state, set in
// the HTML with style() (Qt reads "-qt-user-state"); apply() then puts page
// breaks before the blocks that need one, on the laid-out pages.
class PageBreaks
{
public:
    enum Role {
        // Starts a group that runs to the next Group or Heading: the group is
        // kept on one page when it fits on one; its first block is kept with
        // the two lines after it.
        Group = 1,
        // Kept with the two lines after it; ends a group.
        Heading = 2,
        // Kept with the two lines after it (a label above a transcript).
        KeepWithNext = 3,
    };

    // The inline CSS that gives a block its role.
    static QString style(Role role);

    // For a document whose page size is set: moves to the next page each
    // group that would straddle a page end though it fits on a page, and
    // each heading or group title that would be left at the bottom of a
    // page, taking along the headings right above it. Returns how many
    // page breaks it added.
    static int apply(QTextDocument &doc);
};

} // namespace MailMedic
