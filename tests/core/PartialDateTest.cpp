#include "support/QtPrinting.h"

#include "common/PartialDate.h"

TEST_CASE("Partial dates are read in the forms people type", "[values][dates]")
{
    struct Case
    {
        const char* input;
        const char* iso;
        PartialDate::Precision precision;
    };
    const Case cases[] = {
        {"12/05/1998", "1998-05-12", PartialDate::Precision::Day},
        {"1/5/1998", "1998-05-01", PartialDate::Precision::Day},
        {"01.05.1998", "1998-05-01", PartialDate::Precision::Day},
        {"1998-05-12", "1998-05-12", PartialDate::Precision::Day},
        {"05/1998", "1998-05", PartialDate::Precision::Month},
        {"1998-05", "1998-05", PartialDate::Precision::Month},
        {"1998", "1998", PartialDate::Precision::Year},
        {"  1965 ", "1965", PartialDate::Precision::Year},
        {"29/02/2024", "2024-02-29", PartialDate::Precision::Day},
    };
    for (const Case& c : cases) {
        INFO(c.input);
        const std::optional<PartialDate> date = PartialDate::parse(QString::fromUtf8(c.input));
        REQUIRE(date.has_value());
        CHECK(date->toIso() == QString::fromUtf8(c.iso));
        CHECK(date->precision() == c.precision);
    }
}

TEST_CASE("Two-digit years fall in the last hundred years", "[values][dates]")
{
    const std::optional<PartialDate> date = PartialDate::parse(QStringLiteral("12/05/98"));
    REQUIRE(date);
    CHECK(date->year() == 1998);
    const std::optional<PartialDate> recent = PartialDate::parse(QStringLiteral("3/1/05"));
    REQUIRE(recent);
    CHECK(recent->toIso() == QStringLiteral("2005-01-03"));
}

TEST_CASE("Impossible dates are refused with a reason", "[values][dates]")
{
    for (const char* input :
         {"31/02/2020", "13/2020", "00/2020", "32/01/2020", "hier", "1998-13-01", "12/05/0098"}) {
        INFO(input);
        QString error;
        CHECK_FALSE(PartialDate::parse(QString::fromUtf8(input), &error).has_value());
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("An empty text is a null date, not an error", "[values][dates]")
{
    const std::optional<PartialDate> date = PartialDate::parse(QStringLiteral("   "));
    REQUIRE(date);
    CHECK(date->isNull());
    CHECK(date->toIso().isEmpty());
}

TEST_CASE("Stored ISO dates round-trip and malformed ones are rejected", "[values][dates]")
{
    for (const char* iso : {"1998", "1998-05", "1998-05-12"}) {
        const std::optional<PartialDate> date = PartialDate::fromIso(QString::fromUtf8(iso));
        REQUIRE(date);
        CHECK(date->toIso() == QString::fromUtf8(iso));
    }
    CHECK_FALSE(PartialDate::fromIso(QStringLiteral("12/05/1998")));
    CHECK_FALSE(PartialDate::fromIso(QStringLiteral("1998-02-30")));
    CHECK(PartialDate::fromIso(QString())->isNull());
}

TEST_CASE("French display keeps the precision", "[values][dates]")
{
    CHECK(PartialDate::fromIso(QStringLiteral("1998-05-12"))->toFrench() == QStringLiteral("12/05/1998"));
    CHECK(PartialDate::fromIso(QStringLiteral("1998-05"))->toFrench() == QStringLiteral("05/1998"));
    CHECK(PartialDate::fromIso(QStringLiteral("1998"))->toFrench() == QStringLiteral("1998"));
}

TEST_CASE("A date is certainly before another only when no reading of the unknown parts overlaps",
          "[values][dates]")
{
    const auto date = [](const char* iso) { return *PartialDate::fromIso(QString::fromUtf8(iso)); };
    CHECK(date("1997").certainlyBefore(date("1998-01-01")));
    CHECK(date("1998-04-30").certainlyBefore(date("1998-05")));
    CHECK_FALSE(date("1998").certainlyBefore(date("1998-05-12")));
    CHECK_FALSE(date("1998-05-12").certainlyBefore(date("1998")));
    CHECK_FALSE(date("1998-05").certainlyBefore(date("1998-05-31")));
    CHECK(date("1998-02").latestDay() == QDate(1998, 2, 28));
    CHECK_FALSE(PartialDate().certainlyBefore(date("1998")));
}
