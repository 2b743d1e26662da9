#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>
#include <QString>

// A file written for the adviser — an export, a report, a list of import errors — that replaces
// an earlier file of the same name only once it is whole on disk. The bytes go to a temporary
// file beside it; commit() writes what is still buffered, syncs the file and renames it over the
// target. The first write that fails (a full disk, a file-size limit, an I/O error) is kept:
// later writes are refused, and commit() reports it with the file's name and the system's cause,
// leaving the earlier file as it was and nothing under the final name.
//
// QSaveFile alone loses such failures: a write that the disk cuts short is no error to it, and
// when the bytes still in its buffer cannot be written as the file closes, commit() still
// renames the (empty or truncated) file into place (Qt 6.4). So this device keeps its own
// buffer, writes it to an unbuffered QSaveFile until every byte went or the system said why not.
class OutputFile : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    enum class Failure
    {
        None,
        Refused,      // the path is the database or one of its files: nothing was created
        CannotCreate, // the folder is missing or not writable
        WriteFailed,  // a write, the sync or the rename failed: the earlier file is unchanged
    };

    explicit OutputFile(const QString& path);
    ~OutputFile() override;
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Refuses a path that is the database at `databasePath` or any database open in this process
    // (DatabaseFiles), then creates the temporary file and opens this device for writing.
    Status begin(const QString& databasePath = QString());
    // Writes out, syncs and renames into place; on failure nothing is left under the final name.
    Status commit();
    // Drops what was written; the earlier file stays.
    void cancel();

    Failure failure() const { return m_failure; }
    // The message of the failure, naming the file and the cause; empty while none happened.
    QString failureMessage() const { return m_message; }
    // What the system said of the failure ("No space left on device"), without the file's name.
    QString cause() const { return m_cause; }
    QString path() const { return m_path; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool writeOut(const char* data, qint64 size);
    bool drain();
    Status writeAll();
    void discardTemporary();
    void discard();
    Status fail(Failure failure, const QString& cause);

    QString m_path;
    QSaveFile m_file;
    QByteArray m_buffer;
    Failure m_failure = Failure::None;
    QString m_message;
    QString m_cause;
};
