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

Partnership::DateLabels Partnership::firstDateLabels(bool signedAgreement, bool planned)
{
    if (planned && signedAgreement)
        return {tr("To be signed on"), tr("To be signed in")};
    if (planned)
        return {tr("To start on"), tr("To start in")};
    if (signedAgreement)
        return {tr("Signed on"), tr("Signed in")};
    return {tr("Started on"), tr("Started in")};
}

QString Partnership::firstDateWording(bool signedAgreement, bool planned, const PartialDate& date)
{
    const DateLabels labels = firstDateLabels(signedAgreement, planned);
    return date.wording(labels.onDay, labels.inPeriod);
}
