// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <utility>

static void initTranslationResources()
{
    // The .qm files are compiled into this static library.
    Q_INIT_RESOURCE(mailmedic_i18n);
}

namespace MailMedic {

namespace {

QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent)
{
    initTranslationResources();
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::languages()
{
    return { { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("nl"), QStringLiteral("Nederlands") },
        { QStringLiteral("ru"), QStringLiteral("Русский") } };
}

QString LanguageManager::systemLanguage(const QStringList &uiLanguages)
{
    for (const QString &tag : uiLanguages) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        for (const Language &l : languages()) {
            if (l.code == code)
                return code;
        }
    }
    return QStringLiteral("en");
}

QString LanguageManager::systemLanguage()
{
    return systemLanguage(QLocale().uiLanguages());
}

QString LanguageManager::preferredLanguage()
{
    const QString stored = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const Language &l : languages()) {
        if (l.code == stored)
            return stored;
    }
    return systemLanguage();
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *t : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_installed.clear();
}

bool LanguageManager::loadQtTranslation(QTranslator &translator, const QString &code)
{
    return code != QLatin1String("en")
        && translator.load(QStringLiteral("qtbase_%1").arg(code), qtTranslationsPath());
}

bool LanguageManager::setLanguage(const QString &code)
{
    bool known = false;
    for (const Language &l : languages())
        known = known || l.code == code;
    if (!known)
        return false;
    if (code == m_language)
        return true;

    removeTranslators();
    auto *own = new QTranslator(this);
    if (own->load(QStringLiteral(":/i18n/mailmedic_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(own);
        m_installed.append(own);
    } else {
        delete own;
    }
    if (code != QLatin1String("en")) {
        // Qt's own strings (QWizard buttons, standard dialogs). Missing files
        // are not fatal: those strings stay English.
        auto *qt = new QTranslator(this);
        if (loadQtTranslation(*qt, code)) {
            QCoreApplication::installTranslator(qt);
            m_installed.append(qt);
        } else {
            delete qt;
        }
    }
    m_language = code;
    QSettings().setValue(QStringLiteral("ui/language"), code);
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace MailMedic
