#include "FundingTable.h"

#include "ReferenceChoices.h"
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

namespace {

enum Column
{
    Funder,
    Programme,
    Year,
    Amount,
    Status,
    // Optional, last: where the line came from (schema 12).
    Scheme,
    Call,
    ColumnCount
};
constexpr int kIdRole = Qt::UserRole;
// How many characters of a choice (a funder, a scheme…) its column shows.
constexpr int kChoiceCharacters = 14;

} // namespace

FundingTable::FundingTable(const QSqlDatabase& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("fundings"));
    m_table->setHorizontalHeaderLabels(
        {tr("Funder"), tr("Programme"), tr("Year"), tr("Amount"), tr("Status"), tr("Scheme"), tr("Call")});
    // Seven columns do not fit an editor at 1024x700 stretched (names cut to « Réseau E »): each
    // column is as wide as its choices' short form, the last takes what is left, and the table
    // scrolls sideways when they are wider; a choice's full text is its tooltip.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 7);
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
    amount->setPlaceholderText(tr("12 500,50 €"));
    m_table->setCellWidget(row, Funder, funder);
    m_table->setCellWidget(row, Programme, programme);
    m_table->setCellWidget(row, Scheme, scheme);
    m_table->setCellWidget(row, Call, call);
    m_table->setCellWidget(row, Year, year);
    m_table->setCellWidget(row, Amount, amount);
    m_table->setCellWidget(row, Status, status);
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
        combo->setMinimumContentsLength(kChoiceCharacters);
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
        funding.funderActorId =
            qobject_cast<QComboBox*>(m_table->cellWidget(row, Funder))->currentData().toLongLong();
        funding.programmeCode =
            qobject_cast<QComboBox*>(m_table->cellWidget(row, Programme))->currentData().toString();
        funding.statusCode =
            qobject_cast<QComboBox*>(m_table->cellWidget(row, Status))->currentData().toString();
        funding.schemeId =
            qobject_cast<QComboBox*>(m_table->cellWidget(row, Scheme))->currentData().toLongLong();
        funding.callClosesOn =
            PartialDate::fromIso(
                qobject_cast<QComboBox*>(m_table->cellWidget(row, Call))->currentData().toString())
                .value_or(PartialDate());
        const QString year = qobject_cast<QLineEdit*>(m_table->cellWidget(row, Year))->text().trimmed();
        if (!year.isEmpty()) {
            bool ok = false;
            funding.year = year.toInt(&ok);
            if (!ok && problems)
                *problems << tr("Line %1: \"%2\" is not a year.").arg(row + 1).arg(year);
        }
        QString error;
        const QString amount = qobject_cast<QLineEdit*>(m_table->cellWidget(row, Amount))->text();
        if (const std::optional<qint64> cents = Money::parse(amount, &error))
            funding.amountCents = *cents;
        else if (problems)
            *problems << tr("Line %1: %2").arg(row + 1).arg(error);
        lines << funding;
    }
    return lines;
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
        const auto* funder = qobject_cast<QComboBox*>(m_table->cellWidget(row, Funder));
        const auto* programme = qobject_cast<QComboBox*>(m_table->cellWidget(row, Programme));
        const QString amount = qobject_cast<QLineEdit*>(m_table->cellWidget(row, Amount))->text();
        const qint64 cents = Money::parse(amount).value_or(0);
        const QString name =
            funder->currentData().toLongLong() > 0 ? funder->currentText() : programme->currentText();
        byFunder[name] += cents;
        total += cents;
    }
    QStringList shares;
    for (auto it = byFunder.cbegin(); it != byFunder.cend(); ++it) {
        if (total > 0)
            shares << tr("%1: %2 %").arg(it.key(), QLocale().toString(100.0 * it.value() / total, 'f', 0));
    }
    m_summary->setText(
        shares.isEmpty() ? tr("Total: %1").arg(Money::format(total))
                         : tr("Total: %1 — %2").arg(Money::format(total), shares.join(QLatin1String(", "))));
}
