// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PdfSection.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace MailMedic {

// The diagnosis as a PDF a support team attaches to a ticket: what was
// checked, when, with which version; every finding with its fix checklist
// (ticks as in the wizard), the evidence, and the start of the bounce.
// Texts go through tr(), so the PDF is in the language whose translator is
// installed. Needs a QGuiApplication (text layout), which may run on the
// "offscreen" platform.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(MailMedic::PdfReport)
public:
    static constexpr int excerptLines = 60;

    // A message given as bytes (a dropped or named file) as text for the
    // excerpt: decoded as a mail program shows it (BounceParser::readableText).
    static QString excerptText(const QByteArray &data);

    // Letter where the territory prints on it (the Americas' Letter countries
    // and the Philippines), A4 everywhere else.
    static QPageSize pageSizeFor(const QLocale &locale);
    // mailmedic-<domain>-<yyyy-MM-dd>.pdf; "mailmedic-<yyyy-MM-dd>.pdf" without a domain.
    static QString suggestedFileName(const QString &domain, const QDate &date);
    // The document as HTML (what write() lays out, without the page footers).
    static QString html(const QList<PdfSection> &sections);
    // Each section starts on a new page; every page says "Page N of M".
    static bool write(const QString &path, const QList<PdfSection> &sections, const QPageSize &pageSize,
        QString *error = nullptr);
};

} // namespace MailMedic
