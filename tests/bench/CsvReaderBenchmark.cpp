// Times the CSV reader on files whose one record is very long — a description pasted from a
// whole document, or a broken quote that swallows the rest of the file — of 1 to 32 MB (or the
// sizes given, in MB). The reader used to parse such a record again from its start for each
// 64 KiB chunk read: 15.8 s for 16 MB and 71 s for 32 MB, four times longer for twice the size.
// Each size is read from memory, so the figures are the reader's alone. Prints figures; asserts
// nothing.
#include "csv/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace {

// A header and one record whose quoted description holds `megabytes` MB of text with
// delimiters, doubled quotes and line breaks in it, then a short record.
QByteArray longRecordFile(int megabytes)
{
    const QByteArray piece = "Puits, forage; \"\"eau\"\" potable\r\nà Kaya et Ouahigouya | ";
    QByteArray text;
    const qsizetype size = qsizetype(megabytes) * 1024 * 1024;
    text.reserve(size + 256);
    while (text.size() < size)
        text += piece;
    return "Identifiant;Description;Pays\r\n1;\"" + text + "\";Burkina Faso\r\n2;court;Mali\r\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QList<int> sizes;
    for (const QString& argument : application.arguments().mid(1))
        sizes << argument.toInt();
    if (sizes.isEmpty())
        sizes = {1, 2, 4, 8, 16, 32};
    out << "record (MB)\tseconds\tMB/s" << Qt::endl;
    for (const int megabytes : std::as_const(sizes)) {
        QBuffer buffer;
        buffer.setData(longRecordFile(megabytes));
        buffer.open(QIODevice::ReadOnly);
        QElapsedTimer timer;
        timer.start();
        CsvReader reader(&buffer);
        CsvRecord record;
        int records = 0;
        qsizetype longest = 0;
        if (reader.start()) {
            while (reader.next(record)) {
                ++records;
                for (const QString& field : std::as_const(record.fields))
                    longest = std::max(longest, field.size());
            }
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        out << megabytes << '\t' << QString::number(seconds, 'f', 3) << '\t'
            << QString::number(megabytes / seconds, 'f', 1) << "\t(" << records << " records, longest field "
            << longest << " characters" << (reader.hasError() ? ", error" : "") << ')' << Qt::endl;
    }
    return 0;
}
