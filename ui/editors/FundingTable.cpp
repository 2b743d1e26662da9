#include "FundingTable.h"

#include "ReferenceChoices.h"
#include "common/LabelList.h"
#include "common/Money.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column
{
    Funder, // the funder over the programme
    Scheme, // the support scheme over its call (schema 12)
    Amount, // the amount over the year and the status
    ColumnCount
};
constexpr int kIdRole = Qt::UserRole;
// How many characters of a choice (a funder, a scheme…) a field shows at least; the two columns
// of choices share the width the amounts leave.
constexpr int kChoiceCharacters = 14;
constexpr int kStatusCharacters = 12;

// A cell of two rows: `top` over `bottom`.
QWidget* stacked(QWidget* top, QLayout* bottom, QWidget* parent)
{
    auto* cell = new QWidget(parent);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(top);
    layout->addLayout(bottom);
    return cell;
}

QLayout* alone(QWidget* widget)
{
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(widget);
    return layout;
}

} // namespace

FundingTable::FundingTable(const QSqlDatabase& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("fundings"));
    m_table->setHorizontalHeaderLabels(
        {tr("Funder\nProgramme"), tr("Scheme\nCall"), tr("Amount\nYear, status")});
    // The choices share the width; the amounts take what they need. Never sideways scrolling:
    // a choice longer than its field is elided, its full text in its tooltip.
    m_table->horizontalHeader()->setSectionResizeMode(Funder, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Scheme, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Amount, QHeaderView::Fixed);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Tab goes through the lines' fields, then on to the buttons under them, not from cell to
    // cell of the table.
    m_table->setTabKeyNavigation(false);
    // Room for three lines under the header, each two fields high, before the form scrolls.
    const int lineHeight = 2 * QComboBox().sizeHint().height() + 6; // a stacked cell's
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 3 * lineHeight +
                              2 * m_table->frameWidth());
    m_summary->setObjectName(QStringLiteral("fundingSummary"));
    m_summary->setWordWrap(true);
    auto* add = new QPushButton(tr("Add a funding line"), this);
    add->setObjectName(QStringLiteral("addFunding"));
    connect(add, &QPushButton::clicked, this, &FundingTable::addLine);
    auto* remove = new QPushButton(tr("Remove the line"), this);
    remove->setObjectName(QStringLiteral("removeFunding"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        updateSummary();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    updateSummary();
}

void FundingTable::addRow(const Funding& funding)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* funder = new QComboBox(m_table);
    ReferenceChoices::Entries funderEntries = ReferenceEntries::funders(m_db);
    if (funding.funderActorId > 0) {
        if (const std::optional<QString> name = ReferenceEntries::actorName(m_db, funding.funderActorId))
            funderEntries.prepend({QString::number(funding.funderActorId), *name});
    }
    ReferenceChoices::fill(funder, funderEntries,
                           funding.funderActorId > 0 ? QString::number(funding.funderActorId) : QString(),
                           tr("(programme only)"));
    auto* programme = new QComboBox(m_table);
    ReferenceChoices::fill(
        programme,
        ReferenceChoices::entries(m_db, QStringLiteral("ref_funding_programme"), funding.programmeCode),
        funding.programmeCode, tr("(none)"));
    auto* status = new QComboBox(m_table);
    ReferenceChoices::fill(
        status, ReferenceChoices::entries(m_db, QStringLiteral("ref_funding_status"), funding.statusCode),
        funding.statusCode);
    // The scheme, then the call among that scheme's calls: the call list follows the scheme chosen.
    auto* scheme = new QComboBox(m_table);
    scheme->setObjectName(QStringLiteral("scheme"));
    ReferenceChoices::fill(scheme, ReferenceEntries::schemes(m_db),
                           funding.schemeId > 0 ? QString::number(funding.schemeId) : QString(),
                           tr("(none)"));
    auto* call = new QComboBox(m_table);
    call->setObjectName(QStringLiteral("call"));
    const auto fillCalls = [this, call](qint64 schemeId, const QString& closesOn) {
        ReferenceChoices::fill(
            call, schemeId > 0 ? ReferenceEntries::schemeCalls(m_db, schemeId) : ReferenceChoices::Entries(),
            closesOn, tr("(none)"));
        call->setEnabled(schemeId > 0);
    };
    fillCalls(funding.schemeId, funding.callClosesOn.toIso());
    connect(scheme, &QComboBox::currentIndexChanged, call,
            [scheme, fillCalls] { fillCalls(scheme->currentData().toLongLong(), QString()); });
    auto* year = new QLineEdit(funding.year ? QString::number(*funding.year) : QString(), m_table);
    auto* amount = new QLineEdit(
        funding.id > 0 || funding.amountCents > 0 ? Money::format(funding.amountCents) : QString(), m_table);
    amount->setObjectName(QStringLiteral("amount"));
    amount->setPlaceholderText(Money::example());
    funder->setObjectName(QStringLiteral("funder"));
    programme->setObjectName(QStringLiteral("programme"));
    status->setObjectName(QStringLiteral("status"));
    year->setObjectName(QStringLiteral("year"));
    year->setPlaceholderText(tr("Year"));
    // Four digits and the frame.
    year->setMaximumWidth(year->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 16);
    auto* yearAndStatus = new QHBoxLayout;
    yearAndStatus->setContentsMargins(0, 0, 0, 0);
    yearAndStatus->addWidget(year);
    yearAndStatus->addWidget(status, 1);
    m_table->setCellWidget(row, Funder, stacked(funder, alone(programme), m_table));
    m_table->setCellWidget(row, Scheme, stacked(scheme, alone(call), m_table));
    m_table->setCellWidget(row, Amount, stacked(amount, yearAndStatus, m_table));
    m_table->setRowHeight(row, m_table->cellWidget(row, Funder)->sizeHint().height());
    // The amounts' column as wide as the year and the whole of a status need (the table's own
    // sizing to contents took the amount's field alone, and cut « Requested »).
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(Amount, std::max({header->sectionSize(Amount), header->sectionSizeHint(Amount),
                                            m_table->cellWidget(row, Amount)->sizeHint().width()}));
    // Tab goes through a line as it reads, left to right, top to bottom of each column; the first
    // line right after the table, before the buttons under it (made before any line).
    QWidget* previous = row > 0 ? static_cast<QWidget*>(line(row - 1).status) : m_table;
    for (QWidget* next :
         std::initializer_list<QWidget*>{funder, programme, scheme, call, amount, year, status}) {
        if (previous)
            QWidget::setTabOrder(previous, next);
        previous = next;
    }
    auto* idItem = new QTableWidgetItem;
    idItem->setData(kIdRole, funding.id);
    idItem->setData(kIdRole + 1, funding.uuid);
    // The version read, which the save of a changed line must give (else it is a conflict).
    idItem->setData(kIdRole + 2, funding.version);
    m_table->setVerticalHeaderItem(row, idItem);
    for (QComboBox* combo : {funder, programme, status})
        connect(combo, &QComboBox::currentIndexChanged, this, &FundingTable::updateSummary);
    for (QComboBox* combo : {funder, programme, status, scheme, call}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        // A status is a word (« Demandé »): the choices keep the width.
        combo->setMinimumContentsLength(combo == status ? kStatusCharacters : kChoiceCharacters);
        combo->setToolTip(combo->currentText());
        connect(combo, &QComboBox::currentTextChanged, combo, &QComboBox::setToolTip);
    }
    connect(amount, &QLineEdit::textChanged, this, &FundingTable::updateSummary);
}

void FundingTable::setFundings(const QList<Funding>& fundings)
{
    m_table->setRowCount(0);
    for (const Funding& funding : fundings)
        addRow(funding);
    updateSummary();
}

void FundingTable::addLine()
{
    Funding funding;
    addRow(funding);
    m_table->setCurrentCell(m_table->rowCount() - 1, Amount);
    updateSummary();
}

QList<Funding> FundingTable::fundings(QStringList* problems) const
{
    QList<Funding> lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Funding funding;
        if (const QTableWidgetItem* id = m_table->verticalHeaderItem(row)) {
            funding.id = id->data(kIdRole).toLongLong();
            funding.uuid = id->data(kIdRole + 1).toString();
            funding.version = id->data(kIdRole + 2).toLongLong();
        }
        const Line fields = line(row);
        funding.funderActorId = fields.funder->currentData().toLongLong();
        funding.programmeCode = fields.programme->currentData().toString();
        funding.statusCode = fields.status->currentData().toString();
        funding.schemeId = fields.scheme->currentData().toLongLong();
        funding.callClosesOn =
            PartialDate::fromIso(fields.call->currentData().toString()).value_or(PartialDate());
        const QString year = fields.year->text().trimmed();
        if (!year.isEmpty()) {
            bool ok = false;
            funding.year = year.toInt(&ok);
            if (!ok && problems)
                *problems << tr("Line %1: \"%2\" is not a year.").arg(row + 1).arg(year);
        }
        QString error;
        const QString amount = fields.amount->text();
        if (const std::optional<qint64> cents = Money::parse(amount, &error))
            funding.amountCents = *cents;
        else if (problems)
            *problems << tr("Line %1: %2").arg(row + 1).arg(error);
        lines << funding;
    }
    return lines;
}

FundingTable::Line FundingTable::line(int row) const
{
    const QWidget* funders = m_table->cellWidget(row, Funder);
    const QWidget* schemes = m_table->cellWidget(row, Scheme);
    const QWidget* amounts = m_table->cellWidget(row, Amount);
    if (!funders || !schemes || !amounts)
        return {};
    return {funders->findChild<QComboBox*>(QStringLiteral("funder")),
            funders->findChild<QComboBox*>(QStringLiteral("programme")),
            schemes->findChild<QComboBox*>(QStringLiteral("scheme")),
            schemes->findChild<QComboBox*>(QStringLiteral("call")),
            amounts->findChild<QLineEdit*>(QStringLiteral("amount")),
            amounts->findChild<QLineEdit*>(QStringLiteral("year")),
            amounts->findChild<QComboBox*>(QStringLiteral("status"))};
}

QString FundingTable::summary() const
{
    return m_summary->text();
}

void FundingTable::updateSummary()
{
    // Total, then each funder's share (a funder is an actor, else its programme).
    QMap<QString, qint64> byFunder;
    qint64 total = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Line fields = line(row);
        const qint64 cents = Money::parse(fields.amount->text()).value_or(0);
        const QString name = fields.funder->currentData().toLongLong() > 0 ? fields.funder->currentText()
                                                                           : fields.programme->currentText();
        byFunder[name] += cents;
        total += cents;
    }
    QStringList shares;
    for (auto it = byFunder.cbegin(); it != byFunder.cend(); ++it) {
        if (total > 0)
            shares << tr("%1: %2 %").arg(it.key(), QLocale().toString(100.0 * it.value() / total, 'f', 0));
    }
    m_summary->setText(shares.isEmpty()
                           ? tr("Total: %1").arg(Money::format(total))
                           : tr("Total: %1 — %2").arg(Money::format(total), LabelList::join(shares)));
}
