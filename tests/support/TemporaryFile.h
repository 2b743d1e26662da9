#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

// A file with the given bytes in a folder of its own, gone with the object: what an adviser
// would pick in a file dialog.
class TemporaryFile
{
public:
    explicit TemporaryFile(const QByteArray& bytes, const QString& name = QStringLiteral("import.csv"))
        : m_path(m_dir.filePath(name))
    {
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
    }
    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// Writes `bytes` as the file `name` of a test's folder; returns its path (empty when it cannot).
inline QString writeTestFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}
