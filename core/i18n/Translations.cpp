#include "Translations.h"

#include "Typography.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

namespace {
Language& installedLanguage()
{
    static Language language = Language::French;
    return language;
}
} // namespace

Language current()
{
    return installedLanguage();
}

Language languageFor(const QLocale& locale)
{
    const QString forced = qEnvironmentVariable("OBSERVATOIRE_LANG");
    if (forced.startsWith(QLatin1String("en")))
        return Language::English;
    if (forced.startsWith(QLatin1String("fr")))
        return Language::French;
    return locale.language() == QLocale::English ? Language::English : Language::French;
}

QString code(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("fr");
}

QStringList searchPaths()
{
    const QDir binary(QCoreApplication::applicationDirPath());
    return {
        binary.filePath(QStringLiteral("../share/observatoire/translations")),
        binary.filePath(QStringLiteral("../translations")),
        binary.filePath(QStringLiteral("translations")),
    };
}

bool install(QCoreApplication& application, Language language)
{
    installedLanguage() = language;
    const QString code = Translations::code(language);
    // Dates and numbers follow the interface language, unless the system locale already speaks it.
    if (language == Language::French && QLocale().language() != QLocale::French)
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    if (language == Language::English && QLocale().language() != QLocale::English)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    // French text is set by French typography, Qt's own (the file dialogs) as well as ours.
    const auto newTranslator = [&]() -> QTranslator* {
        if (language == Language::French)
            return new FrenchTypographyTranslator(&application);
        return new QTranslator(&application);
    };
    auto* qtTranslator = newTranslator();
    if (qtTranslator->load(QStringLiteral("qtbase_") + code,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto* ownTranslator = newTranslator();
    for (const QString& folder : searchPaths()) {
        if (ownTranslator->load(QStringLiteral("observatoire_") + code, folder)) {
            QCoreApplication::installTranslator(ownTranslator);
            return true;
        }
    }
    return false;
}

} // namespace Translations
