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

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
