#include "VocabularyStore.h"

#include "common/Clock.h"
#include "common/TextFolding.h"
#include "database/Transaction.h"
#include "store/ChangeLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

bool isVocabulary(const QString& table)
{
    for (const VocabularyStore::Vocabulary& vocabulary : VocabularyStore::vocabularies()) {
        if (vocabulary.table == table)
            return true;
    }
    return false;
}

// Columns some vocabularies require besides code and labels, with the value a new entry takes.
QString extraColumns(const QString& table, QString* values)
{
    if (table == QLatin1String("ref_actor_type")) {
        *values = QStringLiteral(", 'etat_autres'");
        return QStringLiteral(", family_code");
    }
    if (table == QLatin1String("ref_project_status")) {
        *values = QStringLiteral(", 2");
        return QStringLiteral(", iati_code");
    }
    values->clear();
    return {};
}

} // namespace

VocabularyStore::VocabularyStore(const QSqlDatabase& db)
    : m_db(db)
{
}

QList<VocabularyStore::Vocabulary> VocabularyStore::vocabularies()
{
    return {
        {QStringLiteral("ref_theme"), tr("Themes")},
        {QStringLiteral("ref_partnership_kind"), tr("Natures of partnership")},
        {QStringLiteral("ref_partnership_status"), tr("Statuses of partnerships")},
        {QStringLiteral("ref_project_status"), tr("Statuses of projects")},
        {QStringLiteral("ref_actor_type"), tr("Types of actor")},
        {QStringLiteral("ref_partner_type"), tr("Types of foreign partner")},
        {QStringLiteral("ref_org_role"), tr("Roles of actors")},
        {QStringLiteral("ref_funding_programme"), tr("Funding programmes")},
        {QStringLiteral("ref_funding_status"), tr("Statuses of funding")},
        {QStringLiteral("ref_zone"), tr("Zones")},
    };
}

QList<VocabularyStore::Entry> VocabularyStore::entries(const QString& table) const
{
    QList<Entry> result;
    if (!isVocabulary(table))
        return result;
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT code, label_fr, label_en, active FROM %1 ORDER BY sort_order, code")
                .arg(table)))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toInt() != 0});
    return result;
}

Status VocabularyStore::record(const QString& table, const QString& code, const QString& field,
                               const QString& before, const QString& after) const
{
    return ChangeLog(m_db).record(before.isEmpty() ? ChangeLog::Action::Create : ChangeLog::Action::Update,
                                  table, 0, code, {{field, before}}, {{field, after}}, Clock::nowIso());
}

Result<VocabularyStore::Entry> VocabularyStore::add(const QString& table, const QString& labelFr,
                                                    const QString& labelEn)
{
    if (!isVocabulary(table))
        return Result<Entry>::failure(tr("%1 is not a vocabulary.").arg(table));
    const QString french = labelFr.trimmed();
    if (french.isEmpty())
        return Result<Entry>::failure(tr("A new entry needs a French label."), QStringLiteral("label_fr"));
    const QString english = labelEn.trimmed().isEmpty() ? french : labelEn.trimmed();
    for (const Entry& entry : entries(table)) {
        if (TextFolding::key(entry.labelFr) == TextFolding::key(french))
            return Result<Entry>::failure(tr("\"%1\" is already in the list.").arg(entry.labelFr),
                                          QStringLiteral("label_fr"));
    }
    // A readable, stable code: the label's words joined by underscores, made unique.
    QString code = TextFolding::normalizedName(french).replace(QLatin1Char(' '), QLatin1Char('_')).left(40);
    const QList<Entry> existing = entries(table);
    const auto taken = [&existing](const QString& candidate) {
        return std::any_of(existing.cbegin(), existing.cend(),
                           [&](const Entry& e) { return e.code == candidate; });
    };
    const QString base = code;
    for (int suffix = 2; taken(code); ++suffix)
        code = base + QStringLiteral("_%1").arg(suffix);

    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    QString extraValues;
    const QString extra = extraColumns(table, &extraValues);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO %1 (code, label_fr, label_en, sort_order, active%2) "
                                 "VALUES (?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM %1), 1%3)")
                      .arg(table, extra, extraValues));
    query.addBindValue(code);
    query.addBindValue(french);
    query.addBindValue(english);
    if (!query.exec())
        return Result<Entry>::failure(tr("The entry could not be added: %1").arg(query.lastError().text()));
    if (Status logged = record(table, code, QStringLiteral("label_fr"), QString(), french); !logged)
        return logged;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return Entry{code, french, english, true};
}

Status VocabularyStore::setActive(const QString& table, const QString& code, bool active)
{
    if (!isVocabulary(table))
        return Status::failure(tr("%1 is not a vocabulary.").arg(table));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET active = ? WHERE code = ? AND active <> ?").arg(table));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(code);
    query.addBindValue(active ? 1 : 0);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    if (query.numRowsAffected() > 0) {
        if (Status logged = record(table, code, QStringLiteral("active"),
                                   active ? QStringLiteral("0") : QStringLiteral("1"),
                                   active ? QStringLiteral("1") : QStringLiteral("0"));
            !logged)
            return logged;
    }
    return transaction.commit();
}

Status VocabularyStore::rename(const QString& table, const QString& code, const QString& labelFr,
                               const QString& labelEn)
{
    if (!isVocabulary(table))
        return Status::failure(tr("%1 is not a vocabulary.").arg(table));
    if (labelFr.trimmed().isEmpty())
        return Status::failure(tr("An entry needs a French label."), QStringLiteral("label_fr"));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery before(m_db);
    before.prepare(QStringLiteral("SELECT label_fr FROM %1 WHERE code = ?").arg(table));
    before.addBindValue(code);
    if (!before.exec() || !before.next())
        return Status::failure(tr("\"%1\" is not in the list.").arg(code));
    const QString oldLabel = before.value(0).toString();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET label_fr = ?, label_en = ? WHERE code = ?").arg(table));
    query.addBindValue(labelFr.trimmed());
    query.addBindValue(labelEn.trimmed().isEmpty() ? labelFr.trimmed() : labelEn.trimmed());
    query.addBindValue(code);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    if (oldLabel != labelFr.trimmed()) {
        if (Status logged = record(table, code, QStringLiteral("label_fr"), oldLabel, labelFr.trimmed());
            !logged)
            return logged;
    }
    return transaction.commit();
}
