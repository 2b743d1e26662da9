// libFuzzer target for the CSV reader: any bytes must give records or a clean error, never a
// crash, a hang or an out-of-bounds read. The same bytes given a few at a time (TrickleDevice)
// must give the same records, lines and error as given at once: the reader goes on with a record
// from where the last chunk stopped, and no boundary may change what it reads. Built with clang
// and libFuzzer when OBSERVATOIRE_FUZZ is on (CONTRIBUTING.md, tests/fuzz/run.sh); otherwise with
// a small main that replays the seed corpus, so that the target keeps compiling and the corpus
// keeps passing.
#include "csv/CsvReader.h"
#include "support/TrickleDevice.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

namespace {

struct Reading
{
    QList<CsvRecord> records;
    QString error;
    int errorLine = 0;
    int errorField = 0;

    bool operator==(const Reading& other) const
    {
        if (records.size() != other.records.size() || error != other.error || errorLine != other.errorLine ||
            errorField != other.errorField)
            return false;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (records.at(i).fields != other.records.at(i).fields ||
                records.at(i).line != other.records.at(i).line)
                return false;
        }
        return true;
    }
};

Reading readAll(QIODevice* device, const CsvReader::Options& options)
{
    Reading reading;
    CsvReader reader(device, options);
    if (reader.start()) {
        CsvRecord record;
        int previousLine = 0;
        while (reader.next(record)) {
            // Lines only go forward: a record never starts before the one before it.
            if (record.line <= previousLine)
                __builtin_trap();
            previousLine = record.line;
            reading.records << record;
        }
    }
    reading.error = reader.errorString();
    reading.errorLine = reader.errorLine();
    reading.errorField = reader.errorField();
    return reading;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const auto delimiter : {CsvReader::Delimiter::Auto, CsvReader::Delimiter::Comma}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        readAll(&buffer, {std::nullopt, delimiter});
    }
    if (size == 0)
        return 0;
    // Detected as given at once, and with one byte per character forced, so that the parser's
    // handling of boundaries is compared apart from the decoder's.
    const qint64 piece = data[0] % 16 + 1;
    for (const CsvReader::Options& options :
         {CsvReader::Options{std::nullopt, CsvReader::Delimiter::Auto},
          CsvReader::Options{TextDecoder::Encoding::Windows1252, CsvReader::Delimiter::Semicolon}}) {
        QBuffer whole;
        whole.setData(bytes);
        whole.open(QIODevice::ReadOnly);
        TrickleDevice trickle(bytes, piece);
        if (!(readAll(&whole, options) == readAll(&trickle, options)))
            __builtin_trap();
    }
    return 0;
}
