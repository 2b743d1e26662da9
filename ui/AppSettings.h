#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

// The GUI's remembered state, one typed accessor per setting so that no key is spelt twice.
class AppSettings
{
public:
    static constexpr int kMaxRecentDatabases = 8;

    // The user's settings (the platform's usual place).
    AppSettings();
    // Settings in an INI file of one's own: tests use a temporary one.
    explicit AppSettings(const QString& iniFile);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);

    // A list's header: column widths, order, hidden columns and sort (QHeaderView::saveState).
    QByteArray listHeaderState(const QString& list) const;
    void setListHeaderState(const QString& list, const QByteArray& state);

    // The database open when the program last closed: a path or a postgresql:// URL.
    QString lastDatabase() const;
    void setLastDatabase(const QString& location);

    // Most recent first, without duplicates, at most kMaxRecentDatabases.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString& location);
    void removeRecentDatabase(const QString& location);

    // The export dialog's last choices: "excel" or "csv", and the folder written to.
    QString exportFormat() const;
    void setExportFormat(const QString& format);
    QString exportFolder() const;
    void setExportFolder(const QString& folder);

    // The import dialog's last choices: the kind of records ("partnerships"…) and the folder.
    QString importEntity() const;
    void setImportEntity(const QString& entity);
    QString importFolder() const;
    void setImportFolder(const QString& folder);
    // How the last file was read: "auto" or the encoding and delimiter the adviser forced.
    QString importEncoding() const;
    void setImportEncoding(const QString& encoding);
    QString importDelimiter() const;
    void setImportDelimiter(const QString& delimiter);
    // The report's last year (last year by default), export format and folder.
    int reportYear() const;
    void setReportYear(int year);
    QString reportFormat() const;
    void setReportFormat(const QString& format);
    QString reportFolder() const;
    void setReportFolder(const QString& folder);
    // The columns chosen last time for an entity: header → field key ("" for a column left out).
    QHash<QString, QString> importMapping(const QString& entity) const;
    void setImportMapping(const QString& entity, const QHash<QString, QString>& mapping);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
