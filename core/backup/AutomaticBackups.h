#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What a copy holds, to choose one: its records, counted.
struct BackupContents
{
    int actors = 0;
    int partners = 0;
    int partnerships = 0;
    int projects = 0;

    // Reads the counts from the copy at `path` (read-only, its own connection); nothing when it
    // is no Observatoire database.
    static std::optional<BackupContents> read(const QString& path);
};

// One automatic copy of a database, as its name tells it.
struct BackupCopy
{
    QString path;
    QDateTime madeAt; // local time
    QString reason;   // "import", "migration", "merge", "restore", "edit"
    qint64 bytes = 0;

    // The reason in the adviser's words.
    QString reasonText() const;
};

// The copies the program makes of a database by itself, before every import, migration, merge
// and restore: in a folder beside the database (« observatoire.sqlite.sauvegardes »), named by
// their date and reason, the most recent `kept` kept. They protect against a wrong import or
// merge, not against the loss of the disk: that is what the adviser's own copies are for
// (File › Save a copy…, `observatoire backup`).
class AutomaticBackups
{
    Q_DECLARE_TR_FUNCTIONS(AutomaticBackups)

public:
    AutomaticBackups(const QString& databasePath, int kept);

    // The folder of the copies of the database at `databasePath`.
    static QString folderFor(const QString& databasePath);
    QString folder() const { return m_folder; }

    // Writes a copy of the open database `db` now (DatabaseBackup::write), then removes the
    // oldest beyond the number kept. Returns the copy's path.
    Result<QString> make(const QSqlDatabase& db, const QString& reason) const;

    // The copy made before a change of the open database (`reason`: "import", "merge"…), kept as
    // many as the adviser's preferences say; nothing for a database that is not a file.
    static Status beforeWriting(const QSqlDatabase& db, const QString& reason);

    // The copies there are, newest first.
    QList<BackupCopy> list() const;

private:
    void prune() const;

    QString m_folder;
    int m_kept;
};
