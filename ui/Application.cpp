#include "Application.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "PasswordKeyring.h"
#include "common/CurrentUser.h"
#include "common/Preferences.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>

namespace Application {

namespace {

// --db first; else the last database, if it still exists; else the default local file.
DatabaseLocation startupLocation(const QString& databaseOption, const AppSettings& settings)
{
    if (!databaseOption.isEmpty()) {
        if (auto chosen = DatabaseLocation::parse(databaseOption))
            return *chosen;
    }
    const QString last = settings.lastDatabase();
    if (!last.isEmpty()) {
        const auto location = DatabaseLocation::parse(last);
        if (location && (location->backend() != DatabaseLocation::Backend::Sqlite ||
                         QFileInfo::exists(location->filePath())))
            return *location;
    }
    return DatabaseLocation::defaultLocation();
}

} // namespace

int runGui(int& argc, char** argv, const QString& databaseOption)
{
    QApplication application(argc, argv);
    QIcon icon(QStringLiteral(":/icons/observatoire-256.png"));
    icon.addFile(QStringLiteral(":/icons/observatoire.svg"));
    QApplication::setWindowIcon(icon);
    QApplication::setDesktopFileName(QStringLiteral(OBSERVATOIRE_APP_ID));
    // OBSERVATOIRE_LANG first, then the language chosen in the preferences, then the system's.
    Translations::Language language = Translations::languageFor(QLocale::system());
    if (const QString chosen = Preferences().language();
        !chosen.isEmpty() && qEnvironmentVariableIsEmpty("OBSERVATOIRE_LANG"))
        language =
            chosen == QLatin1String("en") ? Translations::Language::English : Translations::Language::French;
    Translations::install(application, language);
    PasswordKeyring::installTranslation(application, Translations::code(language));

    // The history names the adviser as the preferences say (the system's full name otherwise).
    CurrentUser::setOverride(Preferences().adviserName());
    AppSettings settings;
    MainWindow window(settings);
    window.show();
    window.openDatabase(startupLocation(databaseOption, settings), Database::OpenMode::CreateIfMissing);
    return QApplication::exec();
}

} // namespace Application
