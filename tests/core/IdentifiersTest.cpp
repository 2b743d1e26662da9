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
