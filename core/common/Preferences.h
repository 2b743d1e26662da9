#pragma once

#include <QString>

#include <memory>

class QSettings;

// The adviser's preferences that the window and the command line share, one typed accessor per
// setting so that no key is spelt twice. (The window's own state is ui/AppSettings.)
class Preferences
{
public:
    static constexpr int kDefaultBackupsKept = 10;

    // The user's settings (the platform's usual place).
    Preferences();
    // Settings in an INI file of one's own: tests use a temporary one.
    explicit Preferences(const QString& iniFile);
    ~Preferences();
    Preferences(const Preferences&) = delete;
    Preferences& operator=(const Preferences&) = delete;

    // How many automatic copies of a database are kept (the oldest go first); at least 1.
    int backupsKept() const;
    void setBackupsKept(int count);

    // The adviser's name, written in the change history; empty: the system account's full name.
    QString adviserName() const;
    void setAdviserName(const QString& name);

    // The interface language chosen by the adviser: "fr", "en", or empty to follow the system.
    // Applied at the next start.
    QString language() const;
    void setLanguage(const QString& language);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
