// libFuzzer target for the CSV reader: any bytes must give records or a clean error, never a
// crash, a hang or an out-of-bounds read. Built with clang and -fsanitize=fuzzer when
// OBSERVATOIRE_FUZZ is on (see CONTRIBUTING.md); otherwise built with a small main that replays
// the seed corpus, so that the target keeps compiling and the corpus keeps passing.
#include "csv/CsvReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const auto delimiter : {CsvReader::Delimiter::Auto, CsvReader::Delimiter::Comma}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, {std::nullopt, delimiter});
        if (!reader.start())
            return 0;
        CsvRecord record;
        int previousLine = 0;
        while (reader.next(record)) {
            // Lines only go forward: a record never starts before the one before it.
            if (record.line <= previousLine)
                __builtin_trap();
            previousLine = record.line;
        }
    }
    return 0;
}
