#pragma once

#include "ActorLink.h"
#include "common/PartialDate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A lasting relationship (twinning, decentralised cooperation, friendship pact…) between one or
// more actors of the region and one or more foreign partners.
struct Partnership
{
    Q_DECLARE_TR_FUNCTIONS(Partnership)

public:
    qint64 id = 0;
    QString uuid;
    QString title;
    QString kindCode;
    QString statusCode = QStringLiteral("actif");
    QString statusReason;
    bool formalized = false;
    PartialDate signedOn;
    PartialDate endedOn;
    QString description;
    QString source;
    PartialDate verifiedOn;
    QList<ActorLink> actors;
    QList<qint64> partnerIds;
    QStringList themeCodes;
    QString createdAt;
    QString updatedAt;
    qint64 version = 0; // raised by every change; a save from an older version is a conflict

    // Every field: a store's replace() takes equal records for an unchanged one without
    // composing their columns.
    friend bool operator==(const Partnership&, const Partnership&) = default;

    // Whether a convention or charter was signed: the record says so (« formalisé »), or its nature
    // is a signed act by definition. Else its first date is when it began, not a signature: the
    // details panel and the editor name that date by this rule.
    static bool isSignedAgreement(const QString& kindCode, bool formalized);
    // Whether the partnership is still to be made (« en projet »): its first date is then the one
    // planned for the signature or the start, and named so.
    static bool isPlanned(const QString& statusCode);
    static constexpr char kPlannedStatus[] = "en_projet";
    // What the first date is called, by the two rules above: before a date known to the day
    // (« Signé le », « Signature prévue le », « Commencé le », « Début prévu le »: the editor's
    // field), and before a month or a year (« … en »).
    struct DateLabels
    {
        QString onDay;
        QString inPeriod;
    };
    static DateLabels firstDateLabels(bool signedAgreement, bool planned);
    // The same before `date`, by its precision: the details panel and the list's tooltip say it.
    static QString firstDateWording(bool signedAgreement, bool planned, const PartialDate& date);
};
