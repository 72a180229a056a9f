// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReport.h"
#include "report/Clock.h"

#include "bounce/BounceParser.h"
#include "LanguageManager.h"
#include "mailmedic_version.h"
#include "PageBreaks.h"
#include "report/ReportText.h"
#include "Syntax.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimeZone>

#include <cmath>

#ifdef MAILMEDIC_HAVE_KSH
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif

namespace MailMedic {

namespace {

const QString bodyFont = QStringLiteral("DejaVu Sans");
const QString monoFont = QStringLiteral("DejaVu Sans Mono");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString statusColour(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Fail:
        return QStringLiteral("#c62828");
    case FindingStatus::Warn:
        return QStringLiteral("#b45309");
    case FindingStatus::Untested:
        return QStringLiteral("#5f6368");
    case FindingStatus::Info:
        return QStringLiteral("#1565c0");
    case FindingStatus::Pass:
        return QStringLiteral("#2e7d32");
    }
    return QStringLiteral("#000000");
}

#ifdef MAILMEDIC_HAVE_KSH
// The program's one repository; the PDF asks it for HTML spans on a light
// theme, whatever the screen's palette.
KSyntaxHighlighting::Repository &repository()
{
    return Syntax::repository();
}

class HtmlLines : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit HtmlLines(const QString &definition)
    {
        setDefinition(repository().definitionForName(definition));
        setTheme(repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    }

    QStringList toHtml(const QStringList &lines)
    {
        QStringList html;
        KSyntaxHighlighting::State state;
        for (const QString &line : lines) {
            m_line = line;
            m_html.clear();
            m_pos = 0;
            state = highlightLine(QStringView(m_line), state);
            if (m_pos < m_line.size())
                m_html += esc(m_line.mid(m_pos));
            html << m_html;
        }
        return html;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (offset > m_pos)
            m_html += esc(m_line.mid(m_pos, offset - m_pos));
        const QString text = esc(m_line.mid(offset, length));
        QString style;
        if (format.hasTextColor(theme()))
            style += QStringLiteral("color:") + format.textColor(theme()).name() + QLatin1Char(';');
        if (format.isBold(theme()))
            style += QStringLiteral("font-weight:bold;");
        if (format.isItalic(theme()))
            style += QStringLiteral("font-style:italic;");
        m_html += style.isEmpty() ? text
                                  : QStringLiteral("<span style=\"") + style + QStringLiteral("\">") + text
                + QStringLiteral("</span>");
        m_pos = offset + length;
    }

private:
    QString m_line;
    QString m_html;
    int m_pos = 0;
};
#endif

// Monospaced lines, wrapped at the page edge: a server answers in one long line.
QString codeBlock(const QStringList &lines, const QString &definition)
{
    QStringList html;
#ifdef MAILMEDIC_HAVE_KSH
    if (repository().definitionForName(definition).isValid()) {
        HtmlLines highlighter(definition);
        html = highlighter.toHtml(lines);
    }
#else
    Q_UNUSED(definition)
#endif
    if (html.isEmpty()) {
        for (const QString &line : lines)
            html << esc(line);
    }
    QString out
        = QStringLiteral("<table class=\"code\" width=\"100%\" cellpadding=\"6\" cellspacing=\"0\"><tr><td>");
    for (const QString &line : std::as_const(html))
        out += QStringLiteral("<p class=\"mono\">") + (line.isEmpty() ? QStringLiteral("&nbsp;") : line)
            + QStringLiteral("</p>");
    return out + QStringLiteral("</td></tr></table>");
}

} // namespace

QPageSize PdfReport::pageSizeFor(const QLocale &locale)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 2, 0)
    const QLocale::Territory where = locale.territory();
#else
    const QLocale::Country where = locale.country();
#endif
    // CLDR's "US-Letter" territories.
    switch (where) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::ElSalvador:
    case QLocale::Venezuela:
    case QLocale::Belize:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QString PdfReport::suggestedFileName(const QString &domain, const QDate &date)
{
    // Only what is safe in a file name on every system.
    QString safe;
    for (const QChar c : domain.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-'))
            safe += c;
    }
    const QString day = date.toString(QStringLiteral("yyyy-MM-dd"));
    return safe.isEmpty() ? QStringLiteral("mailmedic-%1.pdf").arg(day)
                          : QStringLiteral("mailmedic-%1-%2.pdf").arg(safe, day);
}

QString PdfReport::excerptText(const QByteArray &data)
{
    return BounceParser::readableText(data);
}

namespace {

QString kindText(InputKind kind)
{
    switch (kind) {
    case InputKind::Empty:
        return PdfReport::tr("nothing (empty input)");
    case InputKind::Text:
        return PdfReport::tr("error text");
    case InputKind::Message:
        return PdfReport::tr("e-mail message");
    case InputKind::Dsn:
        return PdfReport::tr("delivery status notification (bounce)");
    case InputKind::Domain:
        return PdfReport::tr("domain check");
    }
    return QString();
}

QString causeText(const QString &cause)
{
    if (cause == QLatin1String("offline"))
        return PdfReport::tr("the checks were switched off");
    if (cause == QLatin1String("timeout"))
        return PdfReport::tr("no answer in time");
    if (cause == QLatin1String("refused"))
        return PdfReport::tr("the resolver refused to answer");
    if (cause == QLatin1String("unreachable"))
        return PdfReport::tr("the server could not be reached");
    if (cause == QLatin1String("servfail"))
        return PdfReport::tr("the DNS server failed");
    if (cause == QLatin1String("port-blocked"))
        return PdfReport::tr("the port is blocked by the local network");
    if (cause == QLatin1String("cancelled"))
        return PdfReport::tr("cancelled");
    if (cause == QLatin1String("headers-only"))
        return PdfReport::tr("only the headers were given");
    return cause.isEmpty() ? QString() : PdfReport::tr("error");
}

QString languageName(const QString &code)
{
    for (const LanguageManager::Language &l : LanguageManager::languages()) {
        if (l.code == code)
            return l.nativeName;
    }
    return code;
}

QString utcOffset(const QDateTime &local)
{
    const int offset = local.offsetFromUtc();
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
        .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

// "2026-12-06 13:26 UTC+01:00" for the footer: the same in every language
// and every country, so nobody reads 06.12 as June.
QString isoWhen(const QDateTime &generated)
{
    const QDateTime local = (generated.isValid() ? generated : Clock::nowUtc()).toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') + utcOffset(local);
}

// "22 November 2026, 21:04 CET (UTC+01:00)": a ticket is read in other time zones.
QString whenText(const QDateTime &generated, const QLocale &locale)
{
    const QDateTime local = (generated.isValid() ? generated : Clock::nowUtc()).toLocalTime();
    const QString utc = utcOffset(local);
    QString zone = local.timeZoneAbbreviation();
    // Without a real abbreviation the offset says it all.
    if (zone.startsWith(QLatin1String("UTC")) || zone.startsWith(QLatin1String("GMT")))
        zone.clear();
    // The long date without its weekday, which a ticket does not need.
    QString dateFormat = locale.dateFormat(QLocale::LongFormat);
    dateFormat.remove(QRegularExpression(QStringLiteral("d{4}[,.]?\\s*")));
    QString text = locale.toString(local.date(), dateFormat.trimmed()) + QStringLiteral(", ")
        + locale.toString(local.time(), QLocale::ShortFormat);
    if (!zone.isEmpty())
        text += QLatin1Char(' ') + zone;
    return text + QStringLiteral(" (") + utc + QLatin1Char(')');
}

// Block roles for PageBreaks: a heading or title never ends a page, a finding stays whole.
QString roleStyle(PageBreaks::Role role)
{
    return QStringLiteral(" style=\"") + PageBreaks::style(role) + QStringLiteral("\"");
}

QString heading2(const QString &text)
{
    return QStringLiteral("<h2") + roleStyle(PageBreaks::Heading) + QLatin1Char('>') + esc(text)
        + QStringLiteral("</h2>");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td class=\"label\">") + esc(label) + QStringLiteral("</td><td>") + esc(value)
        + QStringLiteral("</td></tr>");
}

QString sectionHtml(const PdfSection &s, bool first)
{
    const Report &r = s.report;
    const QLocale locale(r.language);
    QString h;
    h += QStringLiteral("<h1 style=\"") + PageBreaks::style(PageBreaks::Heading)
        + (first ? QString() : QStringLiteral(" page-break-before: always;")) + QStringLiteral("\">");
    h += esc(PdfReport::tr("MailMedic diagnosis")) + QStringLiteral("</h1>");

    // What was checked, when and with what: the questions a second-line
    // engineer asks before reading further.
    h += QStringLiteral("<table class=\"facts\" cellpadding=\"3\" cellspacing=\"0\">");
    h += row(PdfReport::tr("Date"), whenText(r.generated, locale));
    h += row(PdfReport::tr("MailMedic version"),
        r.version.isEmpty() ? QStringLiteral(MAILMEDIC_VERSION_STRING) : r.version);
    h += row(PdfReport::tr("Language"), languageName(r.language));
    if (!s.input.isEmpty())
        h += row(PdfReport::tr("Input"), s.input);
    h += row(PdfReport::tr("Kind"), kindText(r.kind));
    if (!r.provider.isEmpty())
        h += row(PdfReport::tr("Provider"), s.providerName.isEmpty() ? r.provider : s.providerName);
    if (!s.domain.isEmpty())
        h += row(PdfReport::tr("Domain"), s.domain);
    if (!s.servers.isEmpty())
        h += row(PdfReport::tr("Mail servers"), s.servers.join(QStringLiteral(", ")));
    if (!s.liveChecks)
        h += row(PdfReport::tr("Live checks"), PdfReport::tr("not run: the message was only read"));
    else
        h += row(PdfReport::tr("DNS resolver"),
            s.nameserver.isEmpty() ? PdfReport::tr("the system's resolver") : s.nameserver);
    h += QStringLiteral("</table>");

    if (!s.summary.isEmpty())
        h += QStringLiteral(
                 "<table class=\"summary\" width=\"100%\" cellpadding=\"8\" cellspacing=\"0\"><tr><td>")
            + esc(s.summary) + QStringLiteral("</td></tr></table>");

    if (!r.recipients.isEmpty()) {
        h += heading2(PdfReport::tr("Recipients"));
        h += QStringLiteral("<table class=\"list\" width=\"100%\" cellpadding=\"3\" cellspacing=\"0\">");
        h += QStringLiteral("<tr><th align=\"left\">") + esc(PdfReport::tr("Address"))
            + QStringLiteral("</th><th align=\"left\">") + esc(PdfReport::tr("Code"))
            + QStringLiteral("</th><th align=\"left\">") + esc(PdfReport::tr("Reason"))
            + QStringLiteral("</th></tr>");
        for (const Recipient &rc : r.recipients) {
            h += QStringLiteral("<tr><td>")
                + esc(rc.address.isEmpty() ? PdfReport::tr("(recipient not named)") : rc.address)
                + QStringLiteral("</td><td>") + esc(rc.statedCodes()) + QStringLiteral("</td><td>")
                + esc(ReportText::reasonText(rc.reason)) + QStringLiteral("</td></tr>");
        }
        h += QStringLiteral("</table>");
    }

    h += heading2(PdfReport::tr("Findings and steps"));
    const QList<Finding> findings = ReportText::ordered(r.findings);
    if (findings.isEmpty())
        h += QStringLiteral("<p>") + esc(PdfReport::tr("No findings.")) + QStringLiteral("</p>");
    for (const Finding &f : findings) {
        h += QStringLiteral("<p class=\"finding\"") + roleStyle(PageBreaks::Group)
            + QStringLiteral("><span style=\"background-color:") + statusColour(f.status)
            + QStringLiteral("; color:#ffffff; font-weight:bold;\">&nbsp;")
            + esc(ReportText::statusText(f.status)) + QStringLiteral("&nbsp;</span>&nbsp; <b>") + esc(f.title)
            + QStringLiteral("</b></p>");
        // "Not tested" is never a failure; the reader needs to know why it was not.
        if (f.status == FindingStatus::Untested && !f.cause.isEmpty())
            h += QStringLiteral("<p class=\"cause\">")
                + esc(PdfReport::tr("Not tested because: %1").arg(causeText(f.cause)))
                + QStringLiteral("</p>");
        if (!f.explanation.isEmpty())
            h += QStringLiteral("<p class=\"explanation\">") + esc(f.explanation) + QStringLiteral("</p>");
        if (!f.fixes.isEmpty()) {
            h += QStringLiteral("<table class=\"fixes\" cellpadding=\"2\" cellspacing=\"0\">");
            for (const Fix &fix : f.fixes) {
                // U+2611 / U+2610: the tick as the wizard showed it at export time.
                h += QStringLiteral("<tr><td class=\"box\">")
                    + (fix.done ? QStringLiteral("\u2611") : QStringLiteral("\u2610"))
                    + QStringLiteral("</td><td>") + esc(fix.text);
                if (!fix.link.isEmpty())
                    h += QStringLiteral("<br/><span class=\"link\">") + esc(fix.link)
                        + QStringLiteral("</span>");
                h += QStringLiteral("</td></tr>");
            }
            h += QStringLiteral("</table>");
        }
        if (!f.evidence.isEmpty()) {
            h += QStringLiteral("<p class=\"evidence-label\"") + roleStyle(PageBreaks::KeepWithNext)
                + QLatin1Char('>') + esc(PdfReport::tr("Evidence")) + QStringLiteral("</p>");
            h += codeBlock(f.evidence, Syntax::transcriptDefinition());
        }
        if (!f.source.isEmpty())
            h += QStringLiteral("<p class=\"source\">") + esc(PdfReport::tr("Source: %1").arg(f.source))
                + QStringLiteral("</p>");
    }

    if (!r.probes.isEmpty()) {
        h += heading2(PdfReport::tr("Checks and server conversations"));
        for (const Probe &p : r.probes) {
            QString head = ReportText::stepText(p.id);
            if (!p.target.isEmpty())
                head += QStringLiteral(" \u2014 ") + p.target;
            QString detail = ReportText::statusText(p.status);
            if (p.durationMs)
                detail += QStringLiteral(", ") + PdfReport::tr("%1 ms").arg(*p.durationMs);
            h += QStringLiteral("<p class=\"probe\"") + roleStyle(PageBreaks::KeepWithNext)
                + QStringLiteral("><b>") + esc(head) + QStringLiteral("</b> <span style=\"color:")
                + statusColour(p.status) + QStringLiteral("\">(") + esc(detail)
                + QStringLiteral(")</span></p>");
            if (!p.transcript.isEmpty())
                h += codeBlock(p.transcript, Syntax::transcriptDefinition());
        }
    }

    const QString text = s.bounceText.trimmed();
    if (!text.isEmpty()) {
        QStringList lines = s.bounceText.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
        }
        while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
            lines.removeLast();
        const int total = int(lines.size());
        const bool cut = total > PdfReport::excerptLines;
        if (cut) {
            // End at a blank line, between two recipients' blocks rather than
            // in the middle of one, when there is one in the last third.
            int end = PdfReport::excerptLines;
            for (int i = PdfReport::excerptLines; i > PdfReport::excerptLines * 2 / 3; --i) {
                if (lines.at(i).trimmed().isEmpty()) {
                    end = i;
                    break;
                }
            }
            lines = lines.mid(0, end);
        }
        h += heading2(PdfReport::tr("The message as given"));
        if (cut)
            h += QStringLiteral("<p class=\"note\"") + roleStyle(PageBreaks::KeepWithNext) + QLatin1Char('>')
                + esc(PdfReport::tr("The first %1 of %2 lines.").arg(lines.size()).arg(total))
                + QStringLiteral("</p>");
        h += codeBlock(lines, Syntax::bounceDefinition());
    }
    return h;
}

} // namespace

QString PdfReport::html(const QList<PdfSection> &sections)
{
    QString h = QStringLiteral("<html><body>");
    for (int i = 0; i < sections.size(); ++i)
        h += sectionHtml(sections.at(i), i == 0);
    return h + QStringLiteral("</body></html>");
}

bool PdfReport::write(
    const QString &path, const QList<PdfSection> &sections, const QPageSize &pageSize, QString *error)
{
    QPdfWriter writer(path);
    constexpr int dpi = 300;
    writer.setResolution(dpi);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("MailMedic " MAILMEDIC_VERSION_STRING));
    QString title = tr("MailMedic diagnosis");
    if (sections.size() == 1 && !sections.first().input.isEmpty())
        title += QStringLiteral(": ") + QFileInfo(sections.first().input).fileName();
    writer.setTitle(title);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    QFont base(bodyFont);
    base.setPointSizeF(9.5);
    // No "ﬁ" ligatures: people search and copy text out of the PDF.
    base.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(base);
    const QString css = QStringLiteral(
        "h1 { font-size: 17pt; color: #1f3a5f; margin-bottom: 8px; }"
        "h2 { font-size: 12pt; color: #1f3a5f; margin-top: 16px; margin-bottom: 4px; }"
        "table.facts td.label { color: #555555; padding-right: 12px; }"
        "table.summary { background-color: #eef3f8; margin-top: 10px; font-size: 11pt; font-weight: bold; }"
        "table.list th { color: #555555; border-bottom: 1px solid #999999; }"
        "p.finding { margin-top: 12px; margin-bottom: 2px; font-size: 10.5pt; }"
        "p.explanation { margin-top: 2px; margin-bottom: 4px; }"
        "p.cause { color: #5f6368; font-style: italic; margin-top: 1px; margin-bottom: 1px; }"
        "table.fixes { margin-left: 6px; }"
        "td.box { font-size: 11pt; padding-right: 4px; }"
        "span.link { color: #1565c0; font-size: 8pt; }"
        "p.evidence-label { color: #555555; font-size: 8pt; margin-top: 4px; margin-bottom: 1px; }"
        "p.source { color: #555555; font-size: 7pt; margin-top: 2px; }"
        "table.code { background-color: #f5f5f5; }"
        "p.mono { font-family: 'MONO'; font-size: 7.5pt; margin: 0px; white-space: pre-wrap; }"
        "p.probe { margin-top: 8px; margin-bottom: 2px; }"
        "p.note { color: #555555; font-size: 8pt; margin: 0px; }");
    doc.setDefaultStyleSheet(QString(css).replace(QStringLiteral("MONO"), monoFont));
    doc.setHtml(html(sections));

    const QRectF page = writer.pageLayout().paintRectPixels(dpi);
    QFont footerFont(bodyFont);
    footerFont.setPointSizeF(8);
    // Points to device pixels at the writer's resolution, with room above the line.
    const qreal footerHeight = footerFont.pointSizeF() / 72.0 * dpi * 2.5;
    // Whole device pixels: the layout keeps the page height in 1/64 pixel,
    // and page i painted at i times a height it rounded drifts from the
    // page the layout put a line on (a title at the top of page 28 would
    // reach into page 27).
    const QSizeF body(page.width(), std::floor(page.height() - footerHeight));
    doc.setPageSize(body);
    PageBreaks::apply(doc);

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    const int pages = doc.pageCount();
    const QString generated = sections.isEmpty()
        ? QString()
        : QStringLiteral("MailMedic " MAILMEDIC_VERSION_STRING " \u00b7 ")
            + isoWhen(sections.first().report.generated);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * body.height());
        // Half a pixel short: the layout draws a line that starts exactly
        // where the clip ends, and its clipped-off text would still be found
        // (searched, copied) at the bottom of this page.
        doc.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height() - 0.5));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x77, 0x77, 0x77));
        const QRectF footer(0, page.height() - footerHeight * 0.6, page.width(), footerHeight * 0.6);
        painter.drawLine(QPointF(0, footer.top()), QPointF(page.width(), footer.top()));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, generated);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    if (!painter.end()) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace MailMedic
