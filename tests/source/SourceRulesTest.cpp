// Rules of the project that a compiler does not check, read from the sources themselves so that a
// broken one cannot come back unnoticed.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <catch2/catch.hpp>

namespace {

struct SourceFile
{
    QString path; // relative to the source folder
    QString text;
};

// Every C++ file of the program and its tests.
QList<SourceFile> sourceFiles()
{
    const QDir root(QStringLiteral(OBSERVATOIRE_SOURCE_DIR));
    QList<SourceFile> files;
    for (const QString& folder :
         {QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("tests")}) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                files.append({root.relativeFilePath(file.fileName()), QString::fromUtf8(file.readAll())});
        }
    }
    return files;
}

int lineOf(const QString& text, qsizetype offset)
{
    return static_cast<int>(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// The literals outside ASCII given to QLatin1String, QLatin1StringView, QLatin1Char or _L1, by
// their offset in `text`.
QList<std::pair<qsizetype, QString>> nonAsciiLatin1Literals(const QString& text)
{
    static const QRegularExpression latin1(QStringLiteral(
        R"((?:QLatin1(?:String|StringView|Char)\s*\(\s*(?:u8)?("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'))"
        R"(|("(?:[^"\\\n]|\\.)*")_L1\b))"));
    QList<std::pair<qsizetype, QString>> found;
    for (const QRegularExpressionMatch& match : latin1.globalMatch(text)) {
        const QString literal = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        if (!isAscii(literal))
            found.append({match.capturedStart(), literal});
    }
    return found;
}

} // namespace

TEST_CASE("The sources are found", "[source]")
{
    const QList<SourceFile> files = sourceFiles();
    CHECK(files.size() > 100);
    CHECK(std::any_of(files.cbegin(), files.cend(), [](const SourceFile& file) {
        return file.path == QStringLiteral("ui/FilterBar.cpp");
    }));
}

// A UTF-8 « – » read as Latin-1 shows « â€“ »: text that is not ASCII must not go through Latin-1.
TEST_CASE("No text outside ASCII is given to QLatin1String or QLatin1Char", "[source]")
{
    QStringList found;
    for (const SourceFile& file : sourceFiles()) {
        for (const auto& [offset, literal] : nonAsciiLatin1Literals(file.text))
            found << QStringLiteral("%1:%2: %3").arg(file.path).arg(lineOf(file.text, offset)).arg(literal);
    }
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("The check of Latin-1 literals finds what it looks for", "[source]")
{
    // The same expression over a sample: a check that finds nothing proves nothing.
    const QString sample = QStringLiteral(
        "a + QLatin1String(\" \u2013 \") + b; QLatin1Char('\u00e9'); \"ok\"_L1; \"\u00e9\"_L1; "
        "QLatin1String(\"plain\")");
    QStringList nonAscii;
    for (const auto& [offset, literal] : nonAsciiLatin1Literals(sample))
        nonAscii << literal;
    CHECK(nonAscii == QStringList{QStringLiteral("\" \u2013 \""), QStringLiteral("'\u00e9'"),
                                  QStringLiteral("\"\u00e9\"")});
}

// QtTest's QTRY waits only `return` on timeout, which ends a Catch2 test case as passed: tests
// wait with tests/support/WaitFor.h instead.
TEST_CASE("No test waits with QtTest's QTRY macros", "[source]")
{
    const QString macro = QStringLiteral("QTRY") + QLatin1Char('_');
    QStringList found;
    for (const SourceFile& file : sourceFiles()) {
        if (!file.path.startsWith(QStringLiteral("tests/")))
            continue;
        for (qsizetype at = file.text.indexOf(macro); at >= 0; at = file.text.indexOf(macro, at + 1))
            found << QStringLiteral("%1:%2").arg(file.path).arg(lineOf(file.text, at));
    }
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}
