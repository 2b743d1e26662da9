#include "OutputFile.h"

#include "database/DatabaseFiles.h"

#include <QDir>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

namespace {

// Bytes gathered before they go to the file: a large export writes a million short records.
constexpr qsizetype kBufferSize = 256 * 1024;

} // namespace

OutputFile::OutputFile(const QString& path)
    : m_path(path)
    , m_file(path)
{
}

OutputFile::~OutputFile()
{
    discard();
}

Status OutputFile::fail(Failure failure, const QString& cause)
{
    m_failure = failure;
    const QString shown = QDir::toNativeSeparators(m_path);
    const QString reason = cause.isEmpty() ? tr("unknown cause") : cause;
    m_cause = reason;
    switch (failure) {
    case Failure::Refused:
        m_message = cause;
        break;
    case Failure::CannotCreate:
        m_message = tr("%1 cannot be created: %2.").arg(shown, reason);
        break;
    case Failure::WriteFailed:
    case Failure::None:
        m_message =
            tr("%1 was not written: %2. An earlier file of that name is left as it was.").arg(shown, reason);
        break;
    }
    // The temporary file goes now; this device stays open, refusing writes, until commit() or
    // cancel(): a writer that goes on writing after a failure gets -1, not a warning per write.
    discardTemporary();
    setErrorString(reason);
    return Status::failure(m_message);
}

Status OutputFile::begin(const QString& databasePath)
{
    // Compared by stat, never opened: opening the open database's file would drop its locks.
    if (const Status refused = DatabaseFiles::refuseDatabaseFile(m_path, databasePath); !refused)
        return fail(Failure::Refused, refused.message());
    // Unbuffered: this device buffers, and sees each write the system cuts short.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(Failure::CannotCreate, m_file.errorString());
    QIODevice::open(QIODevice::WriteOnly);
    m_buffer.reserve(kBufferSize);
    return {};
}

qint64 OutputFile::readData(char* /*data*/, qint64 /*maxSize*/)
{
    return -1;
}

bool OutputFile::writeOut(const char* data, qint64 size)
{
    // A write cut short (the disk filled up) is written on: the next one fails with the cause.
    while (size > 0) {
        const qint64 written = m_file.write(data, size);
        if (written <= 0) {
            fail(Failure::WriteFailed, m_file.errorString());
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

bool OutputFile::drain()
{
    if (m_buffer.isEmpty())
        return true;
    const bool written = writeOut(m_buffer.constData(), m_buffer.size());
    m_buffer.clear();
    return written;
}

qint64 OutputFile::writeData(const char* data, qint64 size)
{
    if (m_failure != Failure::None || !m_file.isOpen())
        return -1;
    if (m_buffer.size() + size > kBufferSize) {
        if (!drain())
            return -1;
        if (size >= kBufferSize)
            return writeOut(data, size) ? size : -1;
    }
    m_buffer.append(data, size);
    return size;
}

Status OutputFile::commit()
{
    const Status written = writeAll();
    discard();
    return written;
}

Status OutputFile::writeAll()
{
    if (m_failure != Failure::None)
        return Status::failure(m_message);
    if (!m_file.isOpen())
        return fail(Failure::WriteFailed, tr("the file was not opened"));
    if (!drain())
        return Status::failure(m_message);
#ifdef Q_OS_UNIX
    // QSaveFile syncs too but ignores a failure; a file the disk could not hold is no copy.
    if (::fsync(m_file.handle()) != 0)
        return fail(Failure::WriteFailed, qt_error_string(errno));
#endif
    if (!m_file.commit())
        return fail(Failure::WriteFailed, m_file.errorString());
    return {};
}

void OutputFile::cancel()
{
    discard();
}

void OutputFile::discardTemporary()
{
    if (m_file.isOpen()) {
        // A cancelled QSaveFile keeps its temporary file until it is destroyed or committed; the
        // commit of a cancelled one removes it now.
        m_file.cancelWriting();
        static_cast<void>(m_file.commit());
    }
    m_buffer.clear();
}

void OutputFile::discard()
{
    discardTemporary();
    if (isOpen())
        QIODevice::close();
}
