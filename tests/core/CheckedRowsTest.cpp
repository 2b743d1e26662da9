#include "csv/CheckedRows.h"

#include <catch2/catch.hpp>

TEST_CASE("The first pass's rows are kept up to a budget, and taken by the second in the file's order",
          "[import][memory]")
{
    CheckedRows<QString> rows;
    // Records of a million characters (2 MB in UTF-16, beside a string's header): 15 fit in the
    // 32 MB of the budget.
    const QString cell(1024 * 1024, QLatin1Char('x'));
    for (int line = 2; line < 40; ++line)
        rows.keep(QString::number(line), CsvRecord{{cell}, line});
    CHECK(rows.size() == 15);
    // A row the second pass does not ask for (left out) is passed over.
    CHECK(rows.take(3) == QStringLiteral("3"));
    CHECK(rows.take(5) == QStringLiteral("5"));
    CHECK(rows.size() == 11);
    CHECK_FALSE(rows.take(5)); // taken already
    for (int line = 6; line <= 16; ++line)
        CHECK(rows.take(line) == QString::number(line));
    // Past the budget, nothing was kept: those rows are read again.
    CHECK_FALSE(rows.take(17));
    CHECK(rows.size() == 0);

    rows.clear(); // another import: a budget of its own
    rows.keep(QStringLiteral("again"), CsvRecord{{cell}, 2});
    CHECK(rows.take(2) == QStringLiteral("again"));
}
