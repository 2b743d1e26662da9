#pragma once

#include "SchemeMatch.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// Matching in both directions on the open database: from an actor or a project, the schemes it
// fits; from a scheme, the actors of the region that fit it — the list an adviser mails before
// the deadline, which exportActors() writes as CSV for Excel or as a workbook.
class SchemeMatching
{
    Q_DECLARE_TR_FUNCTIONS(SchemeMatching)

public:
    SchemeMatching(const QSqlDatabase& db, bool englishLabels);

    // Every scheme, ranked (SchemeMatch::rank) for the actor or the project.
    QList<SchemeFit> schemesForActor(qint64 actorId, const QDate& today) const;
    QList<SchemeFit> schemesForProject(qint64 projectId, const QDate& today) const;
    // The actors that fit the scheme (SchemeFit::fits), ranked.
    QList<SchemeFit> actorsForScheme(qint64 schemeId, const QDate& today) const;

    enum class Format
    {
        Excel,
        Xlsx
    };
    // Writes the actors that fit the scheme with their contact and why they fit; the count written.
    Result<int> exportActors(qint64 schemeId, const QDate& today, const QString& path, Format format,
                             const QString& databasePath = QString()) const;

    // The label of a code of a vocabulary, in the interface's language; the code when unknown.
    QString label(const QString& table, const QString& code) const;

private:
    // The actors with what they do where (all of them, or one).
    QList<Applicant> actors(std::optional<qint64> only) const;
    std::optional<Applicant> project(qint64 projectId) const;
    QList<Scheme> schemes() const;
    QList<SchemeFit> schemesFor(const Applicant& applicant, const QDate& today) const;
    QHash<QString, QString> zones() const;

    QSqlDatabase m_db;
    QString m_labelColumn;
    mutable QHash<QString, QHash<QString, QString>> m_labels;
};
