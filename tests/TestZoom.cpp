// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputPage.h"
#include "LanguageManager.h"
#include "MainWizard.h"
#include "ResultsPage.h"
#include "TestSupport.h"
#include "WizardTestSupport.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace MailMedic;

// A support engineer shares the screen and zooms in (Ctrl+=): at 150 % and
// 200 %, in every language, every button and one-line label is still whole,
// and the tick boxes grow with the text. Runs on a real X server (Xvfb), so
// the screen has a laptop's size rather than the offscreen platform's 800x600.
class TestZoom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingCutOff_data();
    void nothingCutOff();
    void keysZoom();

private:
    QTemporaryDir m_settingsDir;
    LanguageManager *m_languages = nullptr;
};

namespace {

const QString bounce
    = QStringLiteral("<someone@gmail.com>: host gmail-smtp-in.l.google.com[142.250.1.26] said:\n"
                     "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n"
                     "550 5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n");

// What is cut on this page: buttons narrower than their text, one-line
// labels narrower than theirs.
QStringList cutOff(QWidget *window)
{
    QStringList cut;
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(window) || b->text().isEmpty())
            continue;
        // A command link wraps its description: the height it needs at its width.
        const int height = b->hasHeightForWidth() ? b->heightForWidth(b->width()) : b->sizeHint().height();
        const int width = b->hasHeightForWidth() ? b->minimumSizeHint().width() : b->sizeHint().width();
        if (b->width() + 1 < width || b->height() + 1 < height)
            cut << QStringLiteral("button '%1' %2x%3 < %4x%5")
                       .arg(b->text())
                       .arg(b->width())
                       .arg(b->height())
                       .arg(width)
                       .arg(height);
    }
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(window) || l->text().isEmpty() || l->wordWrap())
            continue;
        if (l->width() + 1 < l->sizeHint().width())
            cut << QStringLiteral("label '%1' %2 < %3")
                       .arg(l->text())
                       .arg(l->width())
                       .arg(l->sizeHint().width());
    }
    return cut;
}

} // namespace

void TestZoom::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    Test::useScratchSettings(QStringLiteral("TestZoom"), m_settingsDir.path());
    qputenv("MAILMEDIC_OFFLINE", "1"); // the pages, not the network
    m_languages = new LanguageManager(this);
    QVERIFY2(QGuiApplication::primaryScreen()->size().width() >= 1600,
        "run under xvfb-run -s '-screen 0 1920x1200x24' (CTest does)");
}

void TestZoom::nothingCutOff_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("zoom");
    for (const char *lang : { "en", "nl", "ru" })
        for (const int zoom : { 100, 150, 200 })
            QTest::addRow("%s %d%%", lang, zoom) << QString::fromLatin1(lang) << zoom;
}

void TestZoom::nothingCutOff()
{
    QFETCH(QString, language);
    QFETCH(int, zoom);
    QVERIFY(m_languages->setLanguage(language));
    MainWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setZoomPercent(zoom);
    const auto check = [&](const QString &where) {
        QTest::qWait(50);
        const QStringList cut = cutOff(&wizard);
        QVERIFY2(cut.isEmpty(), qPrintable(where + QStringLiteral(": ") + cut.join(QStringLiteral("; "))));
    };
    check(QStringLiteral("start"));

    auto *input = Test::chooseStart(wizard, QStringLiteral("chooseSymptom"));
    QVERIFY(input);
    input->symptomList()->setCurrentRow(0);
    check(QStringLiteral("symptom"));
    wizard.back();
    input = Test::chooseStart(wizard, QStringLiteral("chooseDomain"));
    QVERIFY(input);
    check(QStringLiteral("domain"));
    wizard.back();
    input = Test::chooseStart(wizard, QStringLiteral("chooseBounce"));
    QVERIFY(input);
    input->bounceEdit()->setPlainText(bounce);
    QTRY_VERIFY2(input->understoodLabel()->text().contains(QLatin1String("5.7.26")),
        qPrintable(input->understoodLabel()->text()));
    check(QStringLiteral("bounce"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(Test::throughChecks(wizard));
    auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
    QVERIFY(results);
    check(QStringLiteral("results"));

    // The tick boxes and the status icons grow with the text.
    QTreeWidget *tree = results->findingsTree();
    const int box = tree->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, tree);
    const int base = QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth);
    QVERIFY2(qAbs(box - qRound(base * zoom / 100.0)) <= 1,
        qPrintable(QStringLiteral("%1 vs %2").arg(box).arg(base)));
    QVERIFY(tree->iconSize().height()
        >= QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize) * zoom / 100 - 1);
}

// Ctrl+= and Ctrl+- as a person presses them; the choice is remembered.
void TestZoom::keysZoom()
{
    MainWizard wizard(m_languages);
    wizard.show();
    wizard.activateWindow(); // shortcuts need the active window (no window manager on Xvfb)
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    wizard.resetZoom();
    const qreal before = wizard.font().pointSizeF();
    QTest::keyClick(&wizard, Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(&wizard, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(wizard.zoomPercent(), 120);
    QVERIFY(wizard.font().pointSizeF() > before);
    QTest::keyClick(&wizard, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(wizard.zoomPercent(), 110);
    QCOMPARE(QSettings().value(QStringLiteral("ui/zoom")).toInt(), 110);
    wizard.resetZoom();
}

QTEST_MAIN(TestZoom)
#include "TestZoom.moc"
