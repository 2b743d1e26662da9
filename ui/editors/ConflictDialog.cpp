#include "ConflictDialog.h"

#include "records/FieldLabels.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QHash<QString, QString> textsOf(const FieldValues& values)
{
    QHash<QString, QString> texts;
    for (const auto& [field, value] : values)
        texts.insert(field, FieldValue::historyText(value));
    return texts;
}

} // namespace

ConflictDialog::ConflictDialog(const FieldValues& base, const FieldValues& mine, const FieldValues& theirs,
                               QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed meanwhile"));
    const QHash<QString, QString> before = textsOf(base);
    const QHash<QString, QString> yours = textsOf(mine);
    const QHash<QString, QString> now = textsOf(theirs);

    auto* intro =
        new QLabel(tr("Someone else saved this record while you were editing it (an import, another "
                      "window or program). Here is what differs between your version and theirs."),
                   this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Saved meanwhile"), tr("Changed by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    int row = 0;
    for (const auto& [field, value] : mine) {
        Q_UNUSED(value)
        const QString mineText = yours.value(field);
        const QString theirText = now.value(field);
        if (mineText == theirText)
            continue;
        const bool changedByMe = mineText != before.value(field);
        const bool changedByThem = theirText != before.value(field);
        const QString who = changedByMe && changedByThem ? tr("both: yours is kept when merging")
                            : changedByMe                ? tr("you")
                                                         : tr("them");
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(FieldLabels::label(field)));
        m_table->setItem(row, 1, new QTableWidgetItem(mineText));
        m_table->setItem(row, 2, new QTableWidgetItem(theirText));
        m_table->setItem(row, 3, new QTableWidgetItem(who));
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* merge =
        buttons->addButton(tr("&Merge: their changes and mine"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setDefault(true);
    QPushButton* keepMine = buttons->addButton(tr("&Keep my version entirely"), QDialogButtonBox::ActionRole);
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
    QPushButton* discard = buttons->addButton(tr("&Drop my changes"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton* back = buttons->addButton(tr("Back to &editing"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backButton"));
    connect(merge, &QPushButton::clicked, this, [this] { choose(Merge); });
    connect(keepMine, &QPushButton::clicked, this, [this] { choose(KeepMine); });
    connect(discard, &QPushButton::clicked, this, [this] { choose(DiscardMine); });
    connect(back, &QPushButton::clicked, this, [this] { choose(BackToEditing); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == BackToEditing)
        reject();
    else
        accept();
}
