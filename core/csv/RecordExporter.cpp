#include "RecordExporter.h"

#include "CsvWriter.h"
#include "ExportBatch.h"
#include "OrganisationCells.h"
#include "ReferenceLabels.h"
#include "VocabularyCells.h"
#include "XlsxWriter.h"
#include "common/HandOff.h"
#include "database/SecondConnection.h"
#include "database/Statement.h"
#include "database/Transaction.h"
#include "lists/RecordQuery.h"
#include "search/SearchIndex.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>

namespace {

constexpr int kBatch = 500;

// A record's value as CellFormatter reads it: integers (counts, cents, flags) in decimal, numbers
// in the shortest text that reads back the same (written in `number`), texts and dates as they are.
std::string_view valueText(const Statement& row, int column, CellFormatter::Kind kind, char (&number)[32])
{
    std::to_chars_result written{number, std::errc()};
    switch (kind) {
    case CellFormatter::Integer:
    case CellFormatter::Money:
    case CellFormatter::Flag:
        written = std::to_chars(number, number + sizeof number, row.integer(column));
        break;
    case CellFormatter::Real:
        written = std::to_chars(number, number + sizeof number, row.real(column));
        break;
    case CellFormatter::Text:
    case CellFormatter::Date:
        return row.text(column);
    }
    return std::string_view(number, static_cast<size_t>(written.ptr - number));
}

} // namespace

RecordExporter::RecordExporter(const QSqlDatabase& db, Entity entity)
    : m_db(db)
    , m_entity(entity)
{
}

std::optional<RecordExporter::Entity> RecordExporter::entityFromName(const QString& name)
{
    static const QHash<QString, Entity> entities = {
        {QStringLiteral("actors"), Entity::Actors},
        {QStringLiteral("partners"), Entity::Partners},
        {QStringLiteral("partnerships"), Entity::Partnerships},
        {QStringLiteral("projects"), Entity::Projects},
        {QStringLiteral("fundings"), Entity::Fundings},
        {QStringLiteral("schemes"), Entity::Schemes},
    };
    const auto found = entities.constFind(name.trimmed().toLower());
    if (found == entities.cend())
        return std::nullopt;
    return *found;
}

QStringList RecordExporter::headers() const
{
    QStringList names;
    for (const ExportColumns::Column& column : ExportColumns::of(m_entity))
        names << QString::fromUtf8(column.header);
    return names;
}

QList<qint64> RecordExporter::selectIds(const Options& options, QString* error) const
{
    QList<qint64> ids;
    QString sql;
    const int year = options.selection.filter.activeYear;
    const QString search = SearchIndex::matchExpression(options.selection.filter.search);
    QStringList conditions;
    if (m_entity == Entity::Fundings) {
        if (year > 0)
            conditions << QStringLiteral("r.year = :year");
        if (!search.isEmpty())
            conditions << QStringLiteral("r.project_id IN (%1)")
                              .arg(SearchIndex::matchingIds(m_db, QStringLiteral("project")));
        // By project title (then id, for projects of the same title): an order that does not
        // depend on the database's ids, so that a file imported elsewhere exports the same again.
        sql = QStringLiteral("SELECT r.id FROM funding r JOIN project p ON p.id = r.project_id%1 "
                             "ORDER BY p.title, p.uuid, r.id")
                  .arg(conditions.isEmpty()
                           ? QString()
                           : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND ")));
    } else {
        // The lists' own query: the same search and "active in" rule as on screen.
        const RecordList::Family family = m_entity == Entity::Actors     ? RecordList::Family::Actors
                                          : m_entity == Entity::Partners ? RecordList::Family::Partners
                                          : m_entity == Entity::Projects ? RecordList::Family::Projects
                                          : m_entity == Entity::Schemes  ? RecordList::Family::Schemes
                                                                         : RecordList::Family::Partnerships;
        RecordQuery query(m_db, family, false);
        query.setSelection(options.selection);
        ids = query.matchingIds(error);
        // A year does not narrow the catalogue of schemes.
        if (year <= 0 || m_entity == Entity::Partnerships || m_entity == Entity::Projects ||
            m_entity == Entity::Schemes)
            return ids;
        // Actors and partners of a year: those of a partnership or project active that year.
        RecordQuery partnerships(m_db, RecordList::Family::Partnerships, false);
        RecordQuery projects(m_db, RecordList::Family::Projects, false);
        RecordFilter active;
        active.activeYear = year;
        partnerships.setFilter(active);
        projects.setFilter(active);
        QStringList activeIds;
        for (const qint64 id : partnerships.matchingIds(error))
            activeIds << QString::number(id);
        QStringList activeProjects;
        for (const qint64 id : projects.matchingIds(error))
            activeProjects << QString::number(id);
        const QString link =
            m_entity == Entity::Actors ? QStringLiteral("actor_id") : QStringLiteral("partner_id");
        const QString suffix =
            m_entity == Entity::Actors ? QStringLiteral("actor") : QStringLiteral("partner");
        QSqlQuery linked(m_db);
        linked.setForwardOnly(true);
        if (!linked.exec(
                QStringLiteral("SELECT %1 FROM partnership_%2 WHERE partnership_id IN (%3) "
                               "UNION SELECT %1 FROM project_%2 WHERE project_id IN (%4)")
                    .arg(link, suffix,
                         activeIds.isEmpty() ? QStringLiteral("0") : activeIds.join(QLatin1Char(',')),
                         activeProjects.isEmpty() ? QStringLiteral("0")
                                                  : activeProjects.join(QLatin1Char(','))))) {
            if (error)
                *error = linked.lastError().text();
            return {};
        }
        QSet<qint64> keep;
        while (linked.next())
            keep.insert(linked.value(0).toLongLong());
        ids.removeIf([&keep](qint64 id) { return !keep.contains(id); });
        return ids;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (sql.contains(QLatin1String(":year")))
        query.bindValue(QStringLiteral(":year"), year);
    if (sql.contains(QLatin1String(":search")))
        query.bindValue(QStringLiteral(":search"), search);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return ids;
    }
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Result<int> RecordExporter::forEachRow(const QList<qint64>& ids, const std::function<bool(const Row&)>& write,
                                       const std::function<bool(int, int)>& progress,
                                       SecondConnection* second) const
{
    const QList<ExportColumns::Column> columnList = ExportColumns::of(m_entity);
    const auto columnCount = static_cast<size_t>(columnList.size());
    QStringList expressions;
    QList<std::shared_ptr<const ExportColumns::Linked>> linkedLists;
    for (const ExportColumns::Column& column : columnList) {
        expressions << (column.linked ? QStringLiteral("NULL") : column.sql);
        if (column.linked && !linkedLists.contains(column.linked))
            linkedLists << column.linked;
    }
    // One statement for every batch, its ids bound: SQLite parsed a list of five hundred ids for
    // each batch before, 0.8 s of a million records' export.
    // (At least one: "IN ()" is SQLite's alone, and with no ids the statement never runs.)
    const qsizetype placeholders = std::max<qsizetype>(1, std::min<qsizetype>(kBatch, ids.size()));
    Statement records(m_db, QStringLiteral("SELECT r.id, %1 FROM %2 r WHERE r.id IN (%3)")
                                .arg(expressions.join(QLatin1String(", ")), ExportColumns::table(m_entity),
                                     QStringList(placeholders, QStringLiteral("?")).join(QLatin1Char(','))));
    const QString readError = tr("The records could not be read: %1");

    // The labels of the code columns, by table.
    std::unordered_map<std::string, ReferenceLabels> labels;
    std::vector<const ReferenceLabels*> labelsOf;
    for (const ExportColumns::Column& column : columnList) {
        if (column.labels && labels.count(column.labels) == 0 &&
            !labels[column.labels].read(m_db, QString::fromUtf8(column.labels)))
            return Result<int>::failure(readError.arg(labels[column.labels].error()));
        labelsOf.push_back(column.labels ? &labels.at(column.labels) : nullptr);
    }

    // A large export reads each linked list whole, once, rather than per batch of records.
    OrganisationCells organisations;
    QHash<const ExportColumns::Linked*, std::shared_ptr<VocabularyCells>> vocabularies;
    const bool whole = ids.size() >= m_wholeReadFrom;
    if (whole) {
        // The actors and partners, the larger half, on the second connection when there is one,
        // while this one reads the other lists.
        const bool withOrganisations = m_entity == Entity::Partnerships || m_entity == Entity::Projects;
        bool organisationsRead = true;
        const auto readOrganisations = [&](const QSqlDatabase& db) {
            organisationsRead =
                organisations.read(db, m_entity == Entity::Partnerships ? QStringLiteral("partnership")
                                                                        : QStringLiteral("project"));
        };
        const bool onSecond = withOrganisations && second && second->isOpen();
        if (onSecond)
            second->start(readOrganisations);
        QString listError;
        for (const std::shared_ptr<const ExportColumns::Linked>& linked : std::as_const(linkedLists)) {
            if (linked->organisations != ExportColumns::Linked::Organisations::None)
                continue;
            auto cells = std::make_shared<VocabularyCells>();
            if (!cells->read(m_db, ExportColumns::linkedQuery(*linked, QString()),
                             static_cast<int>(linked->values.size()),
                             static_cast<int>(linked->order.size()))) {
                listError = cells->error();
                break;
            }
            vocabularies.insert(linked.get(), cells);
        }
        if (onSecond)
            second->wait(); // before anything returns: the second thread fills `organisations`
        else if (withOrganisations && listError.isEmpty())
            readOrganisations(m_db);
        if (!listError.isEmpty())
            return Result<int>::failure(readError.arg(listError));
        if (!organisationsRead)
            return Result<int>::failure(readError.arg(organisations.error()));
    }
    const auto wholeCells = [&](const ExportColumns::Linked& linked, qint64 id,
                                std::vector<std::string>& cells) {
        switch (linked.organisations) {
        case ExportColumns::Linked::Organisations::Actors:
            return organisations.actorCells(id, cells);
        case ExportColumns::Linked::Organisations::Partners:
            return organisations.partnerCells(id, cells);
        case ExportColumns::Linked::Organisations::None:
            break;
        }
        return vocabularies.value(&linked)->cells(id, cells);
    };

    // A batch of records read, without their linked values.
    const auto readBatch = [&](qsizetype start, ExportBatch& batch) {
        batch = ExportBatch(ids.mid(start, kBatch), columnCount);
        records.restart();
        for (qsizetype i = 0; i < placeholders; ++i)
            records.bind(static_cast<int>(i),
                         i < batch.ids().size() ? QVariant(batch.ids().at(i)) : QVariant());
        char number[32];
        while (records.next()) {
            const size_t row = batch.addRow(records.integer(0));
            for (size_t i = 0; i < columnCount; ++i) {
                const ExportColumns::Column& column = columnList.at(static_cast<qsizetype>(i));
                const int at = static_cast<int>(i) + 1;
                if (column.linked || records.isNull(at))
                    continue;
                if (!labelsOf[i]) {
                    batch.keep(row, i, valueText(records, at, column.kind, number));
                } else if (const std::string* label = labelsOf[i]->label(records.text(at))) {
                    batch.keep(row, i, *label);
                }
            }
        }
        return records.error();
    };
    // The linked values of a batch's records, of one list: `cellsOf` gives a record's cells.
    const auto fillLinked = [&](ExportBatch& batch, const ExportColumns::Linked* linked,
                                const auto& cellsOf) {
        std::vector<std::string> cells;
        for (auto it = batch.rows().cbegin(); it != batch.rows().cend(); ++it) {
            if (!cellsOf(it.key(), cells))
                continue;
            for (size_t i = 0; i < columnCount; ++i) {
                const ExportColumns::Column& column = columnList.at(static_cast<qsizetype>(i));
                if (column.linked.get() == linked)
                    batch.keep(it.value(), i, cells[static_cast<size_t>(column.field)]);
            }
        }
    };
    const auto cancelled = [&](qsizetype start, const ExportBatch& batch) {
        return progress &&
               !progress(static_cast<int>(start + batch.ids().size()), static_cast<int>(ids.size()));
    };

    if (!whole) {
        // Each batch's linked lists are read with it, on this thread.
        int written = 0;
        for (qsizetype start = 0; start < ids.size(); start += kBatch) {
            ExportBatch batch;
            if (const QString error = readBatch(start, batch); !error.isEmpty())
                return Result<int>::failure(readError.arg(error));
            QStringList idList;
            for (const qint64 id : batch.ids())
                idList << QString::number(id);
            const QString inBatch = idList.join(QLatin1Char(','));
            for (const std::shared_ptr<const ExportColumns::Linked>& linked : std::as_const(linkedLists)) {
                VocabularyCells batchCells;
                if (!batchCells.read(
                        m_db,
                        ExportColumns::linkedQuery(
                            *linked, QStringLiteral(" WHERE %1 IN (%2)").arg(linked->owner, inBatch)),
                        static_cast<int>(linked->values.size()), static_cast<int>(linked->order.size())))
                    return Result<int>::failure(readError.arg(batchCells.error()));
                fillLinked(batch, linked.get(), [&](qint64 id, std::vector<std::string>& cells) {
                    return batchCells.cells(id, cells);
                });
            }
            const int rows = batch.write(write);
            if (rows < 0)
                return Result<int>::failure(QString());
            written += rows;
            if (cancelled(start, batch))
                return Result<int>::failure(tr("Cancelled."));
        }
        return written;
    }

    // A large export: this thread reads the records from the database while a second one, from
    // memory alone, adds their linked values and writes them.
    HandOff<ExportBatch> handOff(4);
    int written = 0;
    bool refused = false;
    std::thread writer([&] {
        while (std::optional<ExportBatch> batch = handOff.receive()) {
            for (const std::shared_ptr<const ExportColumns::Linked>& linked : std::as_const(linkedLists))
                fillLinked(*batch, linked.get(), [&](qint64 id, std::vector<std::string>& cells) {
                    return wholeCells(*linked, id, cells);
                });
            const int rows = batch->write(write);
            if (rows < 0) {
                refused = true;
                handOff.stop();
                return;
            }
            written += rows;
        }
    });
    const auto stopWriting = [&] {
        handOff.stop();
        writer.join();
    };
    for (qsizetype start = 0; start < ids.size(); start += kBatch) {
        ExportBatch batch;
        if (const QString error = readBatch(start, batch); !error.isEmpty()) {
            stopWriting();
            return Result<int>::failure(readError.arg(error));
        }
        const bool moreWanted = !cancelled(start, batch);
        if (!handOff.send(std::move(batch)))
            break; // the writer stopped: it says why below
        if (!moreWanted) {
            stopWriting();
            return Result<int>::failure(tr("Cancelled."));
        }
    }
    handOff.close();
    writer.join();
    if (refused)
        return Result<int>::failure(QString());
    return written;
}

Result<int> RecordExporter::write(QIODevice* device, const Options& options,
                                  const std::function<bool(int, int)>& progress) const
{
    // The ids, the lists and every batch of records read in the same state of the database.
    // A large export reads its actors and partners on a second connection while this one reads
    // the other lists. It opens before the snapshot's first read, so that both read the same
    // state, when the table is large enough for the export to be (its largest id, from the index).
    bool mayBeLarge = false;
    if (m_entity == Entity::Partnerships || m_entity == Entity::Projects) {
        Statement largest(m_db, QStringLiteral("SELECT max(id) FROM %1").arg(ExportColumns::table(m_entity)));
        mayBeLarge = largest.next() && largest.integer(0) >= m_wholeReadFrom;
    }
    const Transaction snapshot(m_db, Transaction::Kind::Read);
    std::optional<SecondConnection> second;
    if (mayBeLarge && snapshot.began())
        second.emplace(m_db);
    SecondConnection* const secondConnection = second ? &*second : nullptr;
    QString error;
    const QList<qint64> ids = selectIds(options, &error);
    if (!error.isEmpty())
        return Result<int>::failure(tr("The records could not be read: %1").arg(error));
    const QList<ExportColumns::Column> columnList = ExportColumns::of(m_entity);
    const QString writeError = tr("The file could not be written: %1");

    if (options.format == Options::Format::Xlsx) {
        QList<XlsxWriter::Style> styles;
        for (const ExportColumns::Column& column : columnList)
            styles << (column.kind == CellFormatter::Money  ? XlsxWriter::Style::Money
                       : column.kind == CellFormatter::Date ? XlsxWriter::Style::Date
                                                            : XlsxWriter::Style::Plain);
        XlsxWriter workbook(device, ExportColumns::table(m_entity), headers(), styles);
        QVariantList cells;
        const Result<int> written = forEachRow(
            ids,
            [&](const Row& row) {
                cells.clear();
                for (size_t i = 0; i < row.size(); ++i)
                    cells << (row[i].null ? QVariant()
                                          : CellFormatter::typed(
                                                columnList.at(static_cast<qsizetype>(i)).kind, row[i].text));
                workbook.writeRow(cells);
                return true;
            },
            progress, secondConnection);
        if (written && !workbook.finish())
            return Result<int>::failure(writeError.arg(workbook.errorString()));
        return written;
    }

    const CsvWriter::Dialect dialect =
        options.format == Options::Format::Csv ? CsvWriter::Dialect::Csv : CsvWriter::Dialect::Excel;
    CsvWriter writer(device, dialect);
    CellFormatter formatter(dialect == CsvWriter::Dialect::Excel);
    if (!writer.writeRecord(headers()))
        return Result<int>::failure(writeError.arg(device->errorString()));
    const Result<int> written = forEachRow(
        ids,
        [&](const Row& row) {
            for (size_t i = 0; i < row.size(); ++i)
                writer.addCell(
                    row[i].null ? std::string_view()
                                : formatter.text(columnList.at(static_cast<qsizetype>(i)).kind, row[i].text));
            return writer.endRecord();
        },
        progress, secondConnection);
    if (!written && written.message().isEmpty())
        return Result<int>::failure(writeError.arg(device->errorString()));
    return written;
}
