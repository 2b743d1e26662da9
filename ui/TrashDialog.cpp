#include "TrashDialog.h"

#include "Dialogs.h"
#include "records/FieldLabels.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// How many links of one kind a deleted record had, by the link table's name after its owner's
// (« partnership_actor » → « actor »): what restoring it writes back beside its fields.
QString linkCount(const QString& kind, int count)
{
    if (kind == QLatin1String("actor"))
        return TrashDialog::tr("%n actor(s)", nullptr, count);
    if (kind == QLatin1String("partner"))
        return TrashDialog::tr("%n partner(s)", nullptr, count);
    if (kind == QLatin1String("theme"))
        return TrashDialog::tr("%n theme(s)", nullptr, count);
    if (kind == QLatin1String("country"))
        return TrashDialog::tr("%n country(ies)", nullptr, count);
    if (kind == QLatin1String("sdg"))
        return TrashDialog::tr("%n SDG(s)", nullptr, count);
    if (kind == QLatin1String("zone"))
        return TrashDialog::tr("%n zone(s)", nullptr, count);
    if (kind == QLatin1String("actor_type"))
        return TrashDialog::tr("%n actor type(s)", nullptr, count);
    if (kind == QLatin1String("condition"))
        return TrashDialog::tr("%n condition(s)", nullptr, count);
    if (kind == QLatin1String("call"))
        return TrashDialog::tr("%n call(s) for proposals", nullptr, count);
    if (kind == QLatin1String("apd_declaration"))
        return TrashDialog::tr("%n ODA declaration(s)", nullptr, count);
    return QStringLiteral("%1 × %2").arg(count).arg(kind);
}

// What went with a deletion, beside the record's own fields: its links (« 2 actors, 1 partner »),
// then the records taken along (« 2 funding lines »).
QString takenAlong(const TrashEntry& entry)
{
    QStringList parts;
    if (!entry.records.isEmpty()) {
        const QString prefix = entry.table + QLatin1Char('_');
        for (const LinkRows& link : entry.records.first().links) {
            if (link.rows.isEmpty())
                continue;
            const QString kind = link.table.startsWith(prefix) ? link.table.mid(prefix.size()) : link.table;
            parts << linkCount(kind, static_cast<int>(link.rows.size()));
        }
    }
    QMap<QString, int> counts;
    for (qsizetype i = 1; i < entry.records.size(); ++i)
        ++counts[entry.records.at(i).table];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        parts << (it.key() == QLatin1String("funding")
                      ? TrashDialog::tr("%n funding line(s)", nullptr, it.value())
                      : QStringLiteral("%1 × %2").arg(it.value()).arg(FieldLabels::kindOfRecord(it.key())));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

TrashDialog::TrashDialog(const QSqlDatabase& db, std::function<bool(qint64)> restore, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_restoreEntry(std::move(restore))
{
    setWindowTitle(tr("Trash"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("trashTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Deleted on"), tr("Type of record"), tr("Name"), tr("Restored with the record"), tr("By")});
    m_table->horizontalHeaderItem(3)->setToolTip(
        tr("What restoring the record writes back with it: its links to other records (actors, "
           "partners, themes…) and the records deleted with it (a project's funding lines)."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_erase = buttons->addButton(tr("&Delete for good"), QDialogButtonBox::ActionRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_empty = buttons->addButton(tr("&Empty the trash"), QDialogButtonBox::ActionRole);
    m_empty->setObjectName(QStringLiteral("emptyButton"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = chosenEntry() > 0;
        m_restore->setEnabled(chosen);
        m_erase->setEnabled(chosen);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &TrashDialog::restoreChosen);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreChosen);
    connect(m_erase, &QPushButton::clicked, this, &TrashDialog::eraseChosen);
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

void TrashDialog::reload()
{
    const Result<QList<TrashEntry>> entries = Trash(m_db).entries();
    if (!entries)
        Dialogs::error(this, windowTitle(), entries.message());
    m_entries = entries ? entries.value() : QList<TrashEntry>();
    m_summary->setText(
        m_entries.isEmpty()
            ? tr("The trash is empty.")
            : tr("%n deleted record(s). A deleted record stays here, with its links, until it is "
                 "restored or the trash is emptied; its change history is kept.",
                 nullptr, static_cast<int>(m_entries.size())));
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    const QLocale locale;
    for (int row = 0; row < m_entries.size(); ++row) {
        const TrashEntry& entry = m_entries.at(row);
        const QDateTime deletedAt = QDateTime::fromString(entry.deletedAt, Qt::ISODateWithMs).toLocalTime();
        m_table->setItem(row, 0, new QTableWidgetItem(locale.toString(deletedAt, QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(FieldLabels::kindOfRecord(entry.table)));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.name));
        m_table->setItem(row, 3, new QTableWidgetItem(takenAlong(entry)));
        m_table->setItem(row, 4, new QTableWidgetItem(entry.deletedBy));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(3);
    m_restore->setEnabled(false);
    m_erase->setEnabled(false);
    m_empty->setEnabled(!m_entries.isEmpty());
}

qint64 TrashDialog::chosenEntry() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size() || m_table->selectedItems().isEmpty())
        return 0;
    return m_entries.at(row).id;
}

void TrashDialog::restoreChosen()
{
    if (const qint64 entry = chosenEntry(); entry > 0) {
        m_restoreEntry(entry);
        reload();
    }
}

void TrashDialog::eraseChosen()
{
    const qint64 entry = chosenEntry();
    if (entry <= 0)
        return;
    const QString name = m_entries.at(m_table->currentRow()).name;
    if (!Dialogs::confirm(this, tr("Delete for good"),
                          tr("Delete \"%1\" for good? It cannot be restored afterwards.").arg(name)))
        return;
    if (Status erased = Trash(m_db).erase(entry); !erased)
        Dialogs::error(this, tr("Delete for good"), erased.message());
    reload();
}

void TrashDialog::emptyTrash()
{
    if (!Dialogs::confirm(
            this, tr("Empty the trash"),
            tr("Delete %n record(s) of the trash for good? Nothing deleted this way can be restored.",
               nullptr, static_cast<int>(m_entries.size()))))
        return;
    if (Status emptied = Trash(m_db).empty(); !emptied)
        Dialogs::error(this, tr("Empty the trash"), emptied.message());
    reload();
}
