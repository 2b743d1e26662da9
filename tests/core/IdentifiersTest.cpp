#include "support/QtPrinting.h"

#include "common/Identifiers.h"
#include "common/Money.h"

TEST_CASE("INSEE commune codes keep their leading zeros and Corsican letters", "[values][identifiers]")
{
    for (const char* code : {"69123", "01053", "2A004", "2B033", "97411"})
        CHECK(Identifiers::isInseeCommuneCode(QString::fromUtf8(code)));
    for (const char* code : {"6912", "691234", "2C004", "1053", "", "69 123"})
        CHECK_FALSE(Identifiers::isInseeCommuneCode(QString::fromUtf8(code)));
}

TEST_CASE("SIREN numbers carry a Luhn check digit", "[values][identifiers]")
{
    for (const char* siren : {"216901231", "200046977", "356000000", "552100554"})
        CHECK(Identifiers::isSiren(QString::fromUtf8(siren)));
    for (const char* siren : {"216901232", "123456789", "21690123", "2169012310", "21690123A"})
        CHECK_FALSE(Identifiers::isSiren(QString::fromUtf8(siren)));
}

TEST_CASE("RNA numbers are W and nine digits", "[values][identifiers]")
{
    CHECK(Identifiers::isRna(QStringLiteral("W691234567")));
    CHECK_FALSE(Identifiers::isRna(QStringLiteral("691234567")));
    CHECK_FALSE(Identifiers::isRna(QStringLiteral("W69123456")));
}

TEST_CASE("Amounts show cents only when there are some", "[values][money]")
{
    const QLocale french(QLocale::French, QLocale::France);
    const QString whole = Money::format(12'500'000, french);
    CHECK(whole.startsWith(QStringLiteral("125")));
    CHECK(whole.endsWith(QStringLiteral("€")));
    CHECK_FALSE(whole.contains(QLatin1Char(',')));
    CHECK(Money::format(12'500'050, french).contains(QStringLiteral(",50")));
    CHECK(Money::format(0, french).startsWith(QLatin1Char('0')));
}

TEST_CASE("Amounts are read as people write them", "[values][money]")
{
    struct Case
    {
        const char* text;
        qint64 cents;
    };
    for (const Case& c : {Case{"12 500,50 €", 1'250'050}, Case{"1234.56", 123'456}, Case{"1 234", 123'400},
                          Case{"1\u00a0234,5", 123'450}, Case{"0", 0}, Case{" 75 000 EUR ", 7'500'000},
                          Case{"1\u202f000\u202f000", 100'000'000},
                          // As the English interface shows them (the editors read back what they show).
                          Case{"€1,500", 150'000}, Case{"€12,500.50", 1'250'050},
                          Case{"1,000,000", 100'000'000}, Case{"1,5", 150}}) {
        INFO(c.text);
        const std::optional<qint64> cents = Money::parse(QString::fromUtf8(c.text));
        REQUIRE(cents);
        CHECK(*cents == c.cents);
    }
    for (const char* bad : {"-12", "douze", "1,234,56", "12.345", "", "1,23,456", "12,34.5", "1,500,5"}) {
        INFO(bad);
        QString error;
        CHECK_FALSE(Money::parse(QString::fromUtf8(bad), &error));
        CHECK_FALSE(error.isEmpty());
    }
    // Whatever format() shows, in either language, reads back as the same amount.
    for (const QLocale& locale :
         {QLocale(QLocale::French, QLocale::France), QLocale(QLocale::English, QLocale::UnitedKingdom)})
        for (const qint64 cents : {qint64(0), qint64(150'000), qint64(1'250'050), qint64(100'000'000'00)}) {
            INFO(Money::format(cents, locale).toStdString());
            CHECK(Money::parse(Money::format(cents, locale)) == cents);
        }
}
