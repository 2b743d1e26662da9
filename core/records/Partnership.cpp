#include "Partnership.h"

bool Partnership::isPlanned(const QString& statusCode)
{
    return statusCode == QLatin1String(kPlannedStatus);
}

bool Partnership::isSignedAgreement(const QString& kindCode, bool formalized)
{
    // The domain's natures that are a signed act: a twinning's charter, a decentralised
    // cooperation's convention (L.1115-1), a friendship pact or charter, a cooperation agreement
    // or protocol.
    static const QStringList signedKinds = {
        QStringLiteral("jumelage"), QStringLiteral("cooperation_decentralisee"),
        QStringLiteral("pacte_charte_amitie"), QStringLiteral("accord_protocole_cooperation")};
    return formalized || signedKinds.contains(kindCode);
}

QString Partnership::firstDateWording(bool signedAgreement, bool planned, const PartialDate& date)
{
    if (planned && signedAgreement)
        return date.wording(tr("To be signed on"), tr("To be signed in"));
    if (planned)
        return date.wording(tr("To start on"), tr("To start in"));
    if (signedAgreement)
        return date.wording(tr("Signed on"), tr("Signed in"));
    return date.wording(tr("Started on"), tr("Started in"));
}
