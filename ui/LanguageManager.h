// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace MailMedic {

// Installs MailMedic's and Qt's own translations (so QWizard's Back/Next/
// Cancel follow too) and swaps them at run time. Installing a translator
// sends QEvent::LanguageChange to every widget, which retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code; // en, nl, ru
        QString nativeName; // English, Nederlands, Русский
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QList<Language> languages();
    // The first of the system's UI languages that MailMedic speaks; English otherwise.
    static QString systemLanguage();
    static QString systemLanguage(const QStringList &uiLanguages);
    // The language chosen last time (QSettings "ui/language"), else systemLanguage().
    static QString preferredLanguage();
    // Qt's own translations for `code` (dialog buttons, socket and TLS
    // error texts) into `translator`; false when Qt has none installed.
    static bool loadQtTranslation(QTranslator &translator, const QString &code);

    QString language() const { return m_language; }
    // Also remembered in QSettings for the next start.
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_language;
    QList<QTranslator *> m_installed;
};

} // namespace MailMedic
