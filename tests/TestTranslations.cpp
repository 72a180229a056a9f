// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

// A Dutch or Russian customer must never meet an English string the
// translators missed: every message in the .ts files is translated.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("nl") << QStringLiteral("mailmedic_nl.ts") << 2;
    QTest::newRow("ru") << QStringLiteral("mailmedic_ru.ts") << 3;
    QTest::newRow("en") << QStringLiteral("mailmedic_en.ts") << 2;
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    QFile ts(MailMedic::Test::sourceDir() + QStringLiteral("/translations/") + file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList missing;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                continue;
            if (type == QLatin1String("unfinished")) {
                missing << source;
                continue;
            }
            if (numerus) {
                int forms = 0;
                bool empty = false;
                while (xml.readNextStartElement()) {
                    ++forms;
                    empty = empty || xml.readElementText().isEmpty();
                }
                if (forms != pluralForms || empty)
                    missing << source + QStringLiteral(" (plural forms)");
            } else if (xml.readElementText().isEmpty()) {
                missing << source;
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 100, "suspiciously few messages");
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
