#pragma once

#include <QAbstractFileIconProvider>
#include <QMimeDatabase>

// Icons and types for the file dialogs, told from each file's name alone. Qt's own provider
// asks the MIME database, which opens a file to read its first bytes when the name is not
// enough — and opening then closing the open database file (or its -wal) in this process
// drops every SQLite lock the process holds on it (DatabaseFiles.h). This one never opens a
// file: a dialog showing the database's folder is harmless.
class NameOnlyFileIconProvider : public QAbstractFileIconProvider
{
public:
    NameOnlyFileIconProvider();

    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;

private:
    QMimeType mimeTypeOf(const QFileInfo& info) const;

    QMimeDatabase m_mimeTypes;
};
