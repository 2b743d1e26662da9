// The reader's quirks as a table: each case is the bytes of a whole file and the records the
// reader must give for it, with the delimiter it must detect. Each row is one thing a real file
// has done; add a row when a file surprises us.
#include "support/QtPrinting.h"

#include "csv/CsvReader.h"

#include <QBuffer>

namespace {

using Records = QList<QStringList>;

struct ReaderCase
{
    const char* name;
    QByteArray bytes;
    Records expected;
    char delimiter;
};

QStringList fields(std::initializer_list<const char*> values)
{
    QStringList list;
    for (const char* value : values)
        list << QString::fromUtf8(value);
    return list;
}

const QList<ReaderCase>& cases()
{
    static const QList<ReaderCase> table = {
        {"semicolon", "a;b\n1;2\n", {fields({"a", "b"}), fields({"1", "2"})}, ';'},
        {"comma", "a,b\n1,2\n", {fields({"a", "b"}), fields({"1", "2"})}, ','},
        {"tab", "a\tb\n1\t2\n", {fields({"a", "b"}), fields({"1", "2"})}, '\t'},
        {"pipe", "a|b\n1|2\n", {fields({"a", "b"}), fields({"1", "2"})}, '|'},
        {"one column", "nom\nLyon\n", {fields({"nom"}), fields({"Lyon"})}, ';'},
        {"empty fields", "a;b;c\n;;\n", {fields({"a", "b", "c"}), fields({"", "", ""})}, ';'},
        {"trailing delimiter", "a;b;\n1;2;\n", {fields({"a", "b", ""}), fields({"1", "2", ""})}, ';'},
        {"CRLF", "a;b\r\n1;2\r\n", {fields({"a", "b"}), fields({"1", "2"})}, ';'},
        {"CR only (old Mac Excel)", "a;b\r1;2\r", {fields({"a", "b"}), fields({"1", "2"})}, ';'},
        {"mixed line ends",
         "a;b\r\n1;2\n3;4\r",
         {fields({"a", "b"}), fields({"1", "2"}), fields({"3", "4"})},
         ';'},
        {"no final line break", "a;b\n1;2", {fields({"a", "b"}), fields({"1", "2"})}, ';'},
        {"blank lines skipped", "a;b\n\n1;2\n\n\n", {fields({"a", "b"}), fields({"1", "2"})}, ';'},
        {"blank CRLF lines skipped", "a;b\r\n\r\n1;2\r\n", {fields({"a", "b"}), fields({"1", "2"})}, ';'},
        {"quoted delimiter", "a;b\n\"x;y\";2\n", {fields({"a", "b"}), fields({"x;y", "2"})}, ';'},
        {"doubled quotes",
         "a;b\n\"il dit \"\"oui\"\"\";2\n",
         {fields({"a", "b"}), fields({"il dit \"oui\"", "2"})},
         ';'},
        {"quoted LF", "a;b\n\"l1\nl2\";2\n", {fields({"a", "b"}), fields({"l1\nl2", "2"})}, ';'},
        {"quoted CRLF", "a;b\r\n\"l1\r\nl2\";2\r\n", {fields({"a", "b"}), fields({"l1\r\nl2", "2"})}, ';'},
        {"quoted empty", "a;b\n\"\";2\n", {fields({"a", "b"}), fields({"", "2"})}, ';'},
        {"quote inside unquoted field",
         "lat;b\n13°05'28.3\"N;2\n",
         {fields({"lat", "b"}), fields({"13°05'28.3\"N", "2"})},
         ';'},
        {"quoted decimal comma",
         "n;m\n\"1 234,56\";x\n\"7,5\";y\n",
         {fields({"n", "m"}), fields({"1 234,56", "x"}), fields({"7,5", "y"})},
         ';'},
        {"commas in text of a ; file",
         "nom;ville\nDupont, Jean;Lyon\nMartin, Paul;Vienne\n",
         {fields({"nom", "ville"}), fields({"Dupont, Jean", "Lyon"}), fields({"Martin, Paul", "Vienne"})},
         ';'},
        {"sep= line", "sep=,\na,b\n1,2\n", {fields({"a", "b"}), fields({"1", "2"})}, ','},
        {"sep= line with CRLF", "sep=|\r\na|b\r\n", {fields({"a", "b"})}, '|'},
        {"sep= after a BOM", "\xEF\xBB\xBFsep=;\na;b\n", {fields({"a", "b"})}, ';'},
        {"UTF-8 BOM",
         "\xEF\xBB\xBFnom;pays\nOuagadougou;Burkina Faso\n",
         {fields({"nom", "pays"}), fields({"Ouagadougou", "Burkina Faso"})},
         ';'},
        {"UTF-8 accents without BOM",
         "nom;région\nSaint-Étienne;Auvergne-Rhône-Alpes\n",
         {fields({"nom", "région"}), fields({"Saint-Étienne", "Auvergne-Rhône-Alpes"})},
         ';'},
        {"Windows-1252 accents",
         "nom;r\xE9gion\nSaint-\xC9tienne;Dr\xF4me\n",
         {fields({"nom", "région"}), fields({"Saint-Étienne", "Drôme"})},
         ';'},
        {"Windows-1252 euro and oe",
         "montant;note\n1 000 \x80;c\x9Cur\n",
         {fields({"montant", "note"}), fields({"1 000 €", "cœur"})},
         ';'},
        {"Windows-1252 curly apostrophe",
         "nom\nComit\xE9 d\x92"
         "amiti\xE9\n",
         {fields({"nom"}), fields({"Comité d’amitié"})},
         ';'},
        {"Windows-1252 non-breaking space",
         "m;n\n1\xA0"
         "234;x\n",
         {fields({"m", "n"}), fields({"1\u00A0234", "x"})},
         ';'},
        {"UTF-16 LE with BOM, tabs",
         QByteArray("\xFF\xFE"
                    "a\0\t\0b\0\n\0"
                    "1\0\t\0\xE9\0\n\0",
                    18),
         {fields({"a", "b"}), fields({"1", "é"})},
         '\t'},
        {"UTF-16 BE with BOM", QByteArray("\xFE\xFF\0a\0;\0b\0\n", 10), {fields({"a", "b"})}, ';'},
        {"header only", "a;b;c\n", {fields({"a", "b", "c"})}, ';'},
        {"header only without line break", "a;b;c", {fields({"a", "b", "c"})}, ';'},
        {"empty file", "", {}, ';'},
        {"only blank lines", "\n\r\n\n", {}, ';'},
        {"ragged rows kept as they are",
         "a;b;c\n1;2\n1;2;3;4\n",
         {fields({"a", "b", "c"}), fields({"1", "2"}), fields({"1", "2", "3", "4"})},
         ';'},
        {"spaces kept inside fields", "a;b\n  x  ; y\n", {fields({"a", "b"}), fields({"  x  ", " y"})}, ';'},
        {"leading zeros kept",
         "code;dep\n01053;01\n",
         {fields({"code", "dep"}), fields({"01053", "01"})},
         ';'},
        {"formula guard kept for the caller",
         "a;b\n'=SUM(A1);2\n",
         {fields({"a", "b"}), fields({"'=SUM(A1)", "2"})},
         ';'},
        {"quoted field then text before delimiter",
         "a;b\n\"x\"y;2\n",
         {fields({"a", "b"}), fields({"xy", "2"})},
         ';'},
        {"tab file with commas in text",
         "nom\tville\nDupont, J.\tLyon\n",
         {fields({"nom", "ville"}), fields({"Dupont, J.", "Lyon"})},
         '\t'},
        {"many columns",
         "a;b;c;d;e;f;g;h;i;j\n1;2;3;4;5;6;7;8;9;10\n",
         {fields({"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}),
          fields({"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"})},
         ';'},
    };
    return table;
}

Records readAll(const QByteArray& bytes, QChar* delimiter, QString* error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    REQUIRE(reader.start());
    Records records;
    CsvRecord record;
    while (reader.next(record))
        records << record.fields;
    *delimiter = reader.delimiter();
    *error = reader.errorString();
    return records;
}

} // namespace

TEST_CASE("CSV reader: the table of real files' quirks", "[csv][reader][cases]")
{
    CHECK(cases().size() >= 40);
    for (const ReaderCase& readerCase : cases()) {
        DYNAMIC_SECTION(readerCase.name)
        {
            QChar delimiter;
            QString error;
            const Records records = readAll(readerCase.bytes, &delimiter, &error);
            CHECK(error.isEmpty());
            CHECK(records == readerCase.expected);
            CHECK(delimiter == QLatin1Char(readerCase.delimiter));
        }
    }
}
