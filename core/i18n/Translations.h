#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Chooses the interface language and installs the translators, for the GUI and the CLI alike.
namespace Translations {

enum class Language
{
    French,
    English
};

// French unless the locale asks for English: the advisers work in French, and a machine set to
// another language (or to the neutral C locale) still gets the French interface.
// OBSERVATOIRE_LANG=fr|en overrides the locale.
Language languageFor(const QLocale& locale);

// Installs the program's and Qt's translators for `language` on the application and makes the
// matching locale the default for dates and numbers. Returns false if the program's own
// translation file was not found (the interface then shows the English source strings).
bool install(QCoreApplication& application, Language language);

// The language installed last (French until install() is called): lists and reports show the
// reference tables' labels in this language.
Language current();

// The language's code in the names of translation catalogues: "fr", "en".
QString code(Language language);

// Where the .qm files are looked for: beside an installed binary, then in the build tree.
QStringList searchPaths();

} // namespace Translations
