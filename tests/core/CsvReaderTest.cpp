#include "support/QtPrinting.h"

#include "csv/CsvReader.h"
#include "support/TrickleDevice.h"

#include <QBuffer>

namespace {

struct ReadResult
{
    QList<QStringList> records;
    QList<int> lines;
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    QChar delimiter;
    bool separatorLine = false;
    QString error;
    int errorLine = 0;
    int errorField = 0;
};

ReadResult readAll(const QByteArray& bytes,
                   CsvReader::Options options = {std::nullopt, CsvReader::Delimiter::Auto})
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, options);
    ReadResult result;
    REQUIRE(reader.start());
    CsvRecord record;
    while (reader.next(record)) {
        result.records << record.fields;
        result.lines << record.line;
    }
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    result.separatorLine = reader.hadSeparatorLine();
    result.error = reader.errorString();
    result.errorLine = reader.errorLine();
    result.errorField = reader.errorField();
    return result;
}

QStringList row(std::initializer_list<const char*> fields)
{
    QStringList list;
    for (const char* field : fields)
        list << QString::fromUtf8(field);
    return list;
}

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char low = static_cast<char>(c.unicode() & 0xFF);
        const char high = static_cast<char>(c.unicode() >> 8);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

} // namespace

TEST_CASE("CSV reader: the four delimiters are detected", "[csv][reader]")
{
    struct Case
    {
        const char* text;
        char delimiter;
    };
    for (const Case& c : {Case{"a;b;c\n1;2;3\n", ';'}, Case{"a,b,c\n1,2,3\n", ','},
                          Case{"a\tb\tc\n1\t2\t3\n", '\t'}, Case{"a|b|c\n1|2|3\n", '|'}}) {
        INFO(c.text);
        const ReadResult read = readAll(QByteArray(c.text));
        CHECK(read.delimiter == QLatin1Char(c.delimiter));
        REQUIRE(read.records.size() == 2);
        CHECK(read.records.at(1) == row({"1", "2", "3"}));
    }
}

TEST_CASE("CSV reader: detection is not fooled by delimiters in quotes or decimal commas", "[csv][reader]")
{
    CHECK(readAll("Nom;Montant\n\"Dupont, Jean\";\"1 234,56\"\nMartin;12,5\n").delimiter == QLatin1Char(';'));
    CHECK(readAll("name,note\n\"a;b;c;d\",x\ny,z\n").delimiter == QLatin1Char(','));
    // A single column: nothing to detect, the French default stays.
    CHECK(readAll("Nom\nLyon\nGrenoble\n").delimiter == QLatin1Char(';'));
}

TEST_CASE("CSV reader: quoted fields hold delimiters, quotes and line breaks", "[csv][reader]")
{
    const ReadResult read = readAll("Nom;Description\n\"Lyon; Rhône\";\"Il a dit \"\"oui\"\"\"\n"
                                    "\"Multi\nligne\";\"CR\r\nLF\"\nFin;x\n");
    REQUIRE(read.records.size() == 4);
    CHECK(read.records.at(1) == row({"Lyon; Rhône", "Il a dit \"oui\""}));
    CHECK(read.records.at(2) == row({"Multi\nligne", "CR\r\nLF"}));
    CHECK(read.records.at(3) == row({"Fin", "x"}));
    // Line numbers are the file's lines where each record starts.
    CHECK(read.lines == QList<int>{1, 2, 3, 6});
}

TEST_CASE("CSV reader: line endings CRLF, LF, CR and mixed", "[csv][reader]")
{
    for (const char* text :
         {"a;b\r\n1;2\r\n3;4\r\n", "a;b\n1;2\n3;4\n", "a;b\r1;2\r3;4\r", "a;b\r\n1;2\n3;4\r"}) {
        INFO(QByteArray(text).toPercentEncoding().toStdString());
        const ReadResult read = readAll(text);
        REQUIRE(read.records.size() == 3);
        CHECK(read.records.at(2) == row({"3", "4"}));
        CHECK(read.lines == QList<int>{1, 2, 3});
    }
}

TEST_CASE("CSV reader: blank lines are skipped and lines still counted", "[csv][reader]")
{
    const ReadResult read = readAll("a;b\n\n1;2\r\n\r\n\n3;4\n\n");
    REQUIRE(read.records.size() == 3);
    CHECK(read.lines == QList<int>{1, 3, 6});
}

TEST_CASE("CSV reader: the last line may lack its line break", "[csv][reader]")
{
    const ReadResult read = readAll("a;b\n1;2");
    REQUIRE(read.records.size() == 2);
    CHECK(read.records.at(1) == row({"1", "2"}));
    CHECK(readAll("a;b\n1;\"quoted last\"").records.at(1) == row({"1", "quoted last"}));
}

TEST_CASE("CSV reader: empty file, header only, sep line only", "[csv][reader]")
{
    CHECK(readAll("").records.isEmpty());
    CHECK(readAll("").error.isEmpty());
    const ReadResult header = readAll("Nature;Acteur;Partenaire;Pays\r\n");
    REQUIRE(header.records.size() == 1);
    CHECK(header.records.first().size() == 4);
    const ReadResult hint = readAll("sep=;\r\n");
    CHECK(hint.records.isEmpty());
    CHECK(hint.separatorLine);
}

TEST_CASE("CSV reader: Excel's sep= line names the delimiter and is not a record", "[csv][reader]")
{
    const ReadResult read = readAll("sep=,\na;b,c\n1;2,3\n");
    CHECK(read.separatorLine);
    CHECK(read.delimiter == QLatin1Char(','));
    REQUIRE(read.records.size() == 2);
    CHECK(read.records.at(0) == row({"a;b", "c"}));
    CHECK(read.lines == QList<int>{2, 3});
    const ReadResult withBom = readAll("\xEF\xBB\xBFsep=;\r\nNom;Pays\r\nLyon;Allemagne\r\n");
    CHECK(withBom.separatorLine);
    CHECK(withBom.records.at(0) == row({"Nom", "Pays"}));
}

TEST_CASE("CSV reader: UTF-8 with and without BOM", "[csv][reader][encoding]")
{
    const ReadResult bom = readAll("\xEF\xBB\xBFNom;Pays\nSaint-\xC3\x89tienne;C\xC3\xB4te d'Ivoire\n");
    CHECK(bom.encoding == TextDecoder::Encoding::Utf8);
    CHECK(bom.records.at(0).first() == QStringLiteral("Nom"));
    CHECK(bom.records.at(1) == row({"Saint-Étienne", "Côte d'Ivoire"}));
    const ReadResult plain = readAll("Nom;Pays\nSaint-\xC3\x89tienne;C\xC3\xB4te d'Ivoire\n");
    CHECK(plain.encoding == TextDecoder::Encoding::Utf8);
    CHECK(plain.records.at(1) == row({"Saint-Étienne", "Côte d'Ivoire"}));
}

TEST_CASE("CSV reader: Windows-1252 when the bytes are not UTF-8", "[csv][reader][encoding]")
{
    const ReadResult read = readAll("Nom;Budget;Th\xE8me\nSaint-\xC9tienne;1\xA0"
                                    "234,56 \x80;\x9C"
                                    "uvre \x93"
                                    "ECSI\x94\n");
    CHECK(read.encoding == TextDecoder::Encoding::Windows1252);
    REQUIRE(read.records.size() == 2);
    CHECK(read.records.at(0).at(2) == QStringLiteral("Thème"));
    CHECK(read.records.at(1) == row({"Saint-Étienne", "1\u00a0234,56 €", "œuvre “ECSI”"}));
}

TEST_CASE("CSV reader: UTF-16 with BOM, as Excel's Unicode text (tab-separated)", "[csv][reader][encoding]")
{
    const QString text = QStringLiteral("Nom\tPays\r\nSaint-Étienne\tSénégal\r\n");
    for (const bool littleEndian : {true, false}) {
        const ReadResult read = readAll(utf16(text, littleEndian));
        CHECK(read.encoding ==
              (littleEndian ? TextDecoder::Encoding::Utf16LE : TextDecoder::Encoding::Utf16BE));
        CHECK(read.delimiter == QLatin1Char('\t'));
        REQUIRE(read.records.size() == 2);
        CHECK(read.records.at(1) == row({"Saint-Étienne", "Sénégal"}));
    }
}

TEST_CASE("CSV reader: encoding and delimiter can be forced", "[csv][reader]")
{
    const ReadResult latin =
        readAll("a;b\nS\xC3\xA9n;x\n", {TextDecoder::Encoding::Windows1252, CsvReader::Delimiter::Auto});
    CHECK(latin.encoding == TextDecoder::Encoding::Windows1252);
    CHECK(latin.records.at(1).first() == QStringLiteral("SÃ©n"));
    const ReadResult comma = readAll("a;b,c\n1;2,3\n", {std::nullopt, CsvReader::Delimiter::Comma});
    CHECK(comma.delimiter == QLatin1Char(','));
    CHECK(comma.records.at(1) == row({"1;2", "3"}));
    CHECK(readAll("a|b\n", {std::nullopt, CsvReader::Delimiter::Tab}).records.at(0) == row({"a|b"}));
}

TEST_CASE("CSV reader: a quote inside an unquoted field is text", "[csv][reader]")
{
    const ReadResult read = readAll("Nom;Coordonnées\nKaya;13°05'28.3\"N 1°05'04.1\"W\n\"abc\"def;x\n");
    REQUIRE(read.records.size() == 3);
    CHECK(read.records.at(1) == row({"Kaya", "13°05'28.3\"N 1°05'04.1\"W"}));
    CHECK(read.records.at(2) == row({"abcdef", "x"}));
}

TEST_CASE("CSV reader: an unterminated quote is an error naming the line where it began", "[csv][reader]")
{
    const ReadResult read = readAll("a;b\n1;2\n3;\"never closed\n4;5\n6;7\n");
    CHECK(read.records.size() == 2);
    CHECK_FALSE(read.error.isEmpty());
    CHECK(read.errorLine == 3);
    const ReadResult first = readAll("\"open\n");
    CHECK(first.errorLine == 1);
}

TEST_CASE("CSV reader: ragged rows come out as they are, with their lines", "[csv][reader]")
{
    const ReadResult read = readAll("a;b;c\n1;2\n1;2;3;4\n;;\n");
    REQUIRE(read.records.size() == 4);
    CHECK(read.records.at(1).size() == 2);
    CHECK(read.records.at(2).size() == 4);
    CHECK(read.records.at(3) == row({"", "", ""}));
    CHECK(read.lines == QList<int>{1, 2, 3, 4});
    CHECK(readAll("a;\"\"\n").records.at(0) == row({"a", ""}));
    // Spaces are data; trimming belongs to value parsing.
    CHECK(readAll(" a ; b \n").records.at(0) == row({" a ", " b "}));
}

TEST_CASE("CSV reader: a huge field and records across chunk boundaries", "[csv][reader]")
{
    const QByteArray huge(1'500'000, 'x');
    const ReadResult big = readAll("a;b\n1;\"" + huge + "\"\n2;" + huge + "\n3;end\n");
    REQUIRE(big.records.size() == 4);
    CHECK(big.records.at(1).at(1).size() == huge.size());
    CHECK(big.records.at(2).at(1).size() == huge.size());
    CHECK(big.records.at(3) == row({"3", "end"}));

    // A CRLF, a doubled quote and an é split exactly at the 64 KiB chunk boundaries.
    for (const QByteArray& tail :
         {QByteArray("\r\n2;x\r\n"), QByteArray("\"\"q\"\n2;x\n"), QByteArray("\xC3\xA9;x\n")}) {
        QByteArray file = "a;b\n1;";
        if (tail.startsWith('"'))
            file += '"';
        file += QByteArray(64 * 1024 - file.size() - 1, 'y');
        file += tail;
        const ReadResult read = readAll(file);
        INFO(tail.toPercentEncoding().toStdString());
        CHECK(read.error.isEmpty());
        CHECK(read.records.size() >= 2);
        if (tail.startsWith("\xC3"))
            CHECK(read.records.at(1).at(1).endsWith(QStringLiteral("yé")));
        if (tail.startsWith('"'))
            CHECK(read.records.at(1).at(1).endsWith(QStringLiteral("y\"q")));
        if (tail.startsWith('\r'))
            CHECK(read.records.last() == row({"2", "x"}));
    }
}

TEST_CASE("CSV reader: a record of many chunks is read once and whole, whatever falls on a boundary",
          "[csv][reader]")
{
    // The record starts in the first chunk and its tricky part sits on the boundary between the
    // second and the third, at every offset around it: the reader goes on from where it stopped.
    struct Tricky
    {
        QByteArray bytes;
        QString text; // what it is inside a quoted field
        int lineBreaks;
    };
    const QList<Tricky> tricks = {
        {"\"\"", QStringLiteral("\""), 0},    {"\r\n", QStringLiteral("\r\n"), 1},
        {"\r", QStringLiteral("\r"), 1},      {"\n\n", QStringLiteral("\n\n"), 2},
        {"\xC3\xA9", QStringLiteral("é"), 0}, {"\xE2\x82\xAC\"\"", QStringLiteral("€\""), 0}};
    constexpr qsizetype kBoundary = 2 * 64 * 1024;
    for (const Tricky& trick : tricks) {
        for (qsizetype offset = -5; offset <= 5; ++offset) {
            INFO(trick.bytes.toPercentEncoding().toStdString() << " at " << offset);
            QByteArray file = "a;b;c\n1;\"";
            const qsizetype filler = kBoundary + offset - file.size();
            file += QByteArray(filler, 'y') + trick.bytes + "z\";x\r\n2;y;\"w\"\n";
            const ReadResult read = readAll(file);
            CHECK(read.error.isEmpty());
            REQUIRE(read.records.size() == 3);
            CHECK(read.records.at(1) ==
                  QStringList{QStringLiteral("1"),
                              QString(filler, QLatin1Char('y')) + trick.text + QLatin1Char('z'),
                              QStringLiteral("x")});
            CHECK(read.records.at(2) == row({"2", "y", "w"}));
            CHECK(read.lines == QList<int>{1, 2, 3 + trick.lineBreaks});
        }
    }
    // Outside quotes too: a line break, a delimiter, a CR alone on the boundary.
    for (const QByteArray& end : {QByteArray("\r\n"), QByteArray("\r"), QByteArray("\n")}) {
        for (qsizetype offset = -3; offset <= 3; ++offset) {
            INFO(end.toPercentEncoding().toStdString() << " at " << offset);
            QByteArray file = "a;b\n1;";
            const qsizetype filler = kBoundary + offset - file.size();
            file += QByteArray(filler, 'y') + end + "2;" + QByteArray(filler, 'v') + ";w" + end + "3;x";
            const ReadResult read = readAll(file);
            REQUIRE(read.records.size() == 4);
            CHECK(read.records.at(1).at(1).size() == filler);
            CHECK(read.records.at(2) ==
                  QStringList{QStringLiteral("2"), QString(filler, QLatin1Char('v')), QStringLiteral("w")});
            CHECK(read.records.at(3) == row({"3", "x"}));
            CHECK(read.lines == QList<int>{1, 2, 3, 4});
        }
    }
}

TEST_CASE("CSV reader: a record of several megabytes comes out exactly", "[csv][reader]")
{
    // Delimiters, doubled quotes and line breaks all along a 6 MB field: each chunk of it is parsed
    // once (docs/csv.md; bench_csv_reader times 16 and 32 MB).
    QByteArray quoted;
    QString expected;
    for (int i = 0; quoted.size() < 6 * 1024 * 1024; ++i) {
        const QByteArray piece = "Puits n°" + QByteArray::number(i) + "; \"\"eau\"\"\r\n";
        quoted += piece;
        expected += QString::fromUtf8(piece).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    }
    const ReadResult read = readAll("Titre;Description\nKaya;\"" + quoted + "\"\nFin;ok\n");
    REQUIRE(read.records.size() == 3);
    CHECK(read.records.at(1).at(1) == expected);
    CHECK(read.records.at(2) == row({"Fin", "ok"}));
    CHECK(read.lines.at(2) == 3 + int(quoted.count("\r\n")));
}

TEST_CASE("CSV reader: a NUL character is refused with its line and field", "[csv][reader]")
{
    const ReadResult plain = readAll(QByteArray("a;b\n1;2\n3;x\0y\n4;5\n", 18));
    CHECK(plain.records.size() == 2);
    CHECK(plain.error.contains(QStringLiteral("NUL character")));
    CHECK(plain.errorLine == 3);
    CHECK(plain.errorField == 2);
    // In a quoted field, on its second line; and in a header.
    const ReadResult quoted = readAll(QByteArray("a;b;c\n1;\"l1\nl2\0\";3\n", 19));
    CHECK(quoted.errorLine == 3);
    CHECK(quoted.errorField == 2);
    const ReadResult header = readAll(QByteArray("Nom;Pa\0ys;Code\n", 15));
    CHECK(header.records.isEmpty());
    CHECK(header.errorLine == 1);
    CHECK(header.errorField == 2);
}

TEST_CASE("CSV reader: UTF-16 without a byte-order mark is told by its zero bytes", "[csv][reader][encoding]")
{
    const QString text = QStringLiteral("Nom;Pays\r\nSaint-Étienne;Sénégal\r\nKaya;Burkina Faso\r\n");
    for (const bool littleEndian : {true, false}) {
        const ReadResult read = readAll(utf16(text, littleEndian).mid(2));
        CHECK(read.encoding ==
              (littleEndian ? TextDecoder::Encoding::Utf16LE : TextDecoder::Encoding::Utf16BE));
        CHECK(read.error.isEmpty());
        REQUIRE(read.records.size() == 3);
        CHECK(read.records.at(1) == row({"Saint-Étienne", "Sénégal"}));
    }
    // One NUL in a UTF-8 file is no UTF-16: it is refused where it is.
    const ReadResult one = readAll(QByteArray("Nom;Pays\nAnn\0e;FR\n", 18));
    CHECK(one.encoding == TextDecoder::Encoding::Utf8);
    CHECK(one.errorLine == 2);
}

TEST_CASE("CSV reader: a file given a few bytes at a time reads as given at once", "[csv][reader]")
{
    // A pipe gives its bytes a piece at a time. Detection used peek(), which returns only what has
    // come: a "sep=" line split after "sep" was read as a record (found by fuzz_csv_reader).
    const QList<QByteArray> files = {
        "sep=\xE7\nNom\xE7Pays\nLyon\xE7Italie\n",
        "\xEF\xBB\xBFsep=;\r\nNom;Pays\r\n\"Saint-\xC3\x89tienne\";\"S\xC3\xA9n\xC3\xA9gal\"\r\n",
        "Nom,Budget\nSaint-\xC9tienne,\"1\xA0"
        "234,56 \x80\"\n",
        utf16(QStringLiteral("Nom\tPays\r\nKaya\tBurkina Faso\r\n"), true).mid(2), "a|b|c\n1|\"x\ny\"|3\n"};
    for (const QByteArray& file : files) {
        const ReadResult whole = readAll(file);
        for (const qint64 piece : {1, 2, 3, 5, 7}) {
            INFO(file.toPercentEncoding().toStdString() << " in pieces of " << piece);
            TrickleDevice trickle(file, piece);
            CsvReader reader(&trickle);
            REQUIRE(reader.start());
            CHECK(reader.encoding() == whole.encoding);
            CHECK(reader.delimiter() == whole.delimiter);
            CHECK(reader.hadSeparatorLine() == whole.separatorLine);
            QList<QStringList> records;
            QList<int> lines;
            CsvRecord record;
            while (reader.next(record)) {
                records << record.fields;
                lines << record.line;
            }
            CHECK(records == whole.records);
            CHECK(lines == whole.lines);
            CHECK(reader.errorString() == whole.error);
        }
    }
}

TEST_CASE("CSV reader: names of encodings and delimiters", "[csv][reader]")
{
    CHECK(TextDecoder::fromName(QStringLiteral("utf-8")) == TextDecoder::Encoding::Utf8);
    CHECK(TextDecoder::fromName(QStringLiteral("windows-1252")) == TextDecoder::Encoding::Windows1252);
    CHECK(TextDecoder::fromName(QStringLiteral("utf-16")) == TextDecoder::Encoding::Utf16LE);
    CHECK_FALSE(TextDecoder::fromName(QStringLiteral("ebcdic")));
    CHECK(CsvReader::delimiterFromName(QStringLiteral("semicolon")) == CsvReader::Delimiter::Semicolon);
    CHECK(CsvReader::delimiterFromName(QStringLiteral("tab")) == CsvReader::Delimiter::Tab);
    CHECK_FALSE(CsvReader::delimiterFromName(QStringLiteral("colon")));
    CHECK(CsvReader::delimiterName(QLatin1Char('\t')) == QStringLiteral("tab"));
    CHECK(TextDecoder::isValidUtf8("abc\xC3\xA9"));
    CHECK_FALSE(TextDecoder::isValidUtf8("abc\xE9 d"));
    CHECK(TextDecoder::isValidUtf8("cut at the end \xC3"));
}
