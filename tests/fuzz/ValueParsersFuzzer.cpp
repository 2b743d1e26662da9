// libFuzzer target for the parsers of cell values: dates (PartialDate), amounts (Money), codes
// (Identifiers), yes/no and lists (CsvValues), the export's formatting of stored values
// (CellFormatter) and the formula guard (CsvWriter). Any text must give a value or a reason,
// never a crash, an overflow or an out-of-bounds read; and what they give must hold together:
// a date parsed reads back from its ISO and French forms, an amount from its digits, a guarded
// cell unguards to itself. A broken property traps, so that the fuzzer keeps the input.
// Built as a libFuzzer program with OBSERVATOIRE_FUZZ (CONTRIBUTING.md), else with the main that
// replays the seed corpus (tests/fuzz/corpus/value_parsers), run by CTest.
#include "common/Identifiers.h"
#include "common/Money.h"
#include "common/PartialDate.h"
#include "common/TextFolding.h"
#include "csv/CellFormatter.h"
#include "csv/CsvValues.h"
#include "csv/CsvWriter.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

void require(bool holds)
{
    if (!holds)
        __builtin_trap();
}

void parseDate(const QString& text)
{
    QString error;
    const std::optional<PartialDate> date = PartialDate::parse(text, &error);
    if (!date) {
        require(!error.isEmpty());
        return;
    }
    if (date->isNull())
        return;
    require(PartialDate::fromIso(date->toIso()) == date);
    require(PartialDate::parse(date->toFrench()) == date);
    require(date->earliestDay().isValid() && date->latestDay().isValid());
    require(date->earliestDay() <= date->latestDay());
}

void parseAmount(const QString& text)
{
    QString error;
    const std::optional<qint64> cents = Money::parse(text, &error);
    if (!cents) {
        require(!error.isEmpty());
        return;
    }
    require(*cents >= 0);
    const QString written =
        QStringLiteral("%1,%2").arg(*cents / 100).arg(*cents % 100, 2, 10, QLatin1Char('0'));
    require(Money::parse(written) == cents);
}

void formatCells(std::string_view bytes)
{
    for (const bool french : {true, false}) {
        CellFormatter formatter(french);
        for (const CellFormatter::Kind kind :
             {CellFormatter::Text, CellFormatter::Date, CellFormatter::Money, CellFormatter::Flag,
              CellFormatter::Integer, CellFormatter::Real}) {
            // Bytes that are not UTF-8 (the database gives UTF-8) may come back as U+FFFD, three
            // bytes each; nothing grows beyond that.
            const std::string_view cell = formatter.text(kind, bytes);
            require(cell.size() <= 3 * bytes.size() + 64);
            CellFormatter::typed(kind, bytes);
        }
    }
    // The writer works on the bytes too, assuming UTF-8: whatever they are, a record comes out.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Dialect::Csv);
    writer.addCell(bytes);
    writer.addCell(bytes);
    require(writer.endRecord());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const char* bytes = reinterpret_cast<const char*>(data);
    const auto length = static_cast<qsizetype>(size);
    // The same bytes as the two encodings files arrive in.
    for (const QString& text : {QString::fromUtf8(bytes, length), QString::fromLatin1(bytes, length)}) {
        parseDate(text);
        parseAmount(text);
        Identifiers::isInseeCommuneCode(text);
        Identifiers::isSiren(text);
        Identifiers::isRna(text);
        TextFolding::key(text);
        TextFolding::normalizedName(text);

        bool valid = true;
        CsvValues::parseFlag(text, &valid);
        CsvValues::splitList(text, false);
        CsvValues::splitList(text, true);
        CsvValues::clean(text);
        require(CsvValues::excerpt(text).size() <= 61);
        require(CsvWriter::unguardFormula(CsvWriter::guardFormula(text)) == text);
    }
    formatCells(std::string_view(bytes, size));
    return 0;
}
