// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Syntax.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

using namespace MailMedic;

// The two syntax definitions (resources/syntax) in the shape of
// KSyntaxHighlighting's own tests: each sample in tests/data/syntax is
// highlighted and written as <format>text</format> per line, and compared
// with its .ref file. After a deliberate change to a definition:
//   MAILMEDIC_UPDATE_REFERENCES=1 build/qt5/tests/TestSyntaxReferences
// Built only where KSyntaxHighlighting is (tests/CMakeLists.txt).
class TestSyntaxReferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesReference_data();
    void matchesReference();
};

namespace {

class ReferenceHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString highlight(const QString &text)
    {
        m_out.clear();
        KSyntaxHighlighting::State state;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            m_line = line;
            m_covered = 0;
            state = highlightLine(QStringView(line), state);
            m_out += m_line.mid(m_covered) + QLatin1Char('\n');
        }
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length == 0)
            return;
        m_out += m_line.mid(m_covered, offset - m_covered);
        m_out += QStringLiteral("<%1>%2</%1>").arg(format.name(), m_line.mid(offset, length));
        m_covered = offset + length;
    }

private:
    QString m_out;
    QString m_line;
    int m_covered = 0;
};

} // namespace

void TestSyntaxReferences::matchesReference_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("sample");
    QTest::newRow("bounce") << Syntax::bounceDefinition() << QStringLiteral("bounce");
    QTest::newRow("transcript") << Syntax::transcriptDefinition() << QStringLiteral("transcript");
}

void TestSyntaxReferences::matchesReference()
{
    QFETCH(QString, definition);
    QFETCH(QString, sample);
    const QString dir = Test::sourceDir() + QStringLiteral("/tests/data/syntax/");
    QFile input(dir + sample + QStringLiteral(".txt"));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const KSyntaxHighlighting::Definition def = Syntax::repository().definitionForName(definition);
    QVERIFY2(def.isValid(), qPrintable(definition));
    ReferenceHighlighter highlighter;
    highlighter.setDefinition(def);
    const QString got = highlighter.highlight(QString::fromUtf8(input.readAll()));
    QFile reference(dir + sample + QStringLiteral(".ref"));
    if (qEnvironmentVariableIntValue("MAILMEDIC_UPDATE_REFERENCES")) {
        // Written, then compared like any other run.
        QVERIFY(reference.open(QIODevice::WriteOnly));
        QCOMPARE(reference.write(got.toUtf8()), qint64(got.toUtf8().size()));
        reference.close();
    }
    QVERIFY2(reference.open(QIODevice::ReadOnly), qPrintable(reference.fileName()));
    const QStringList want = QString::fromUtf8(reference.readAll()).split(QLatin1Char('\n'));
    const QStringList lines = got.split(QLatin1Char('\n'));
    for (int i = 0; i < qMax(want.size(), lines.size()); ++i)
        QVERIFY2(want.value(i) == lines.value(i),
            qPrintable(QStringLiteral("line %1\n want: %2\n got:  %3")
                           .arg(i + 1)
                           .arg(want.value(i), lines.value(i))));
    // The definitions do mark things: codes, addresses, server lines.
    QVERIFY(got.contains(QLatin1Char('<')));
}

QTEST_GUILESS_MAIN(TestSyntaxReferences)
#include "TestSyntaxReferences.moc"
