#include "VocabularyDialog.h"

#include "Dialogs.h"
#include "store/VocabularyStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    Code,
    French,
    English,
    InUse,
    ColumnCount
};

} // namespace

VocabularyDialog::VocabularyDialog(const QSqlDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_vocabularies(new QListWidget(this))
    , m_entries(new QTableWidget(0, ColumnCount, this))
    , m_newFrench(new QLineEdit(this))
    , m_newEnglish(new QLineEdit(this))
{
    setObjectName(QStringLiteral("vocabularyDialog"));
    setWindowTitle(tr("Vocabularies"));
    for (const VocabularyStore::Vocabulary& vocabulary : VocabularyStore::vocabularies()) {
        auto* item = new QListWidgetItem(vocabulary.title, m_vocabularies);
        item->setData(Qt::UserRole, vocabulary.table);
    }
    m_vocabularies->setMaximumWidth(m_vocabularies->sizeHintForColumn(0) + 32);
    m_entries->setObjectName(QStringLiteral("entries"));
    m_entries->setHorizontalHeaderLabels({tr("Code"), tr("French label"), tr("English label"), tr("In use")});
    m_entries->horizontalHeader()->setSectionResizeMode(French, QHeaderView::Stretch);
    m_entries->horizontalHeader()->setSectionResizeMode(English, QHeaderView::Stretch);
    m_entries->verticalHeader()->hide();
    // The labels share what the codes leave: a long one (« Organisation de solidarité internationale
    // issue des migrations (OSIM) ») goes on several lines rather than being cut.
    m_entries->setWordWrap(true);
    m_entries->setTextElideMode(Qt::ElideNone);
    // Queued: the stretched columns take their widths after the section that moved them.
    connect(m_entries->horizontalHeader(), &QHeaderView::sectionResized, m_entries,
            &QTableWidget::resizeRowsToContents, Qt::QueuedConnection);
    m_newFrench->setObjectName(QStringLiteral("newFrench"));
    m_newFrench->setPlaceholderText(tr("New entry, in French"));
    m_newEnglish->setObjectName(QStringLiteral("newEnglish"));
    m_newEnglish->setPlaceholderText(tr("in English (optional)"));
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addEntry"));
    connect(add, &QPushButton::clicked, this, &VocabularyDialog::addEntry);
    connect(m_vocabularies, &QListWidget::currentRowChanged, this, &VocabularyDialog::load);
    connect(m_entries, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_loading)
            return;
        VocabularyStore store(m_db);
        const QString code = m_entries->item(item->row(), Code)->text();
        Status status;
        if (item->column() == InUse)
            status = store.setActive(currentTable(), code, item->checkState() == Qt::Checked);
        else
            status = store.rename(currentTable(), code, m_entries->item(item->row(), French)->text(),
                                  m_entries->item(item->row(), English)->text());
        if (!status)
            Dialogs::error(this, windowTitle(), Dialogs::sentences(status.problems()));
        load();
        Q_EMIT vocabularyChanged();
    });

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newFrench, 2);
    addRow->addWidget(m_newEnglish, 2);
    addRow->addWidget(add);
    auto* right = new QVBoxLayout;
    right->addWidget(m_entries);
    right->addLayout(addRow);
    auto* body = new QHBoxLayout;
    body->addWidget(m_vocabularies);
    body->addLayout(right, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    m_vocabularies->setCurrentRow(0);
    resize(860, 520);
}

QString VocabularyDialog::currentTable() const
{
    const QListWidgetItem* item = m_vocabularies->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void VocabularyDialog::showVocabulary(const QString& table)
{
    for (int row = 0; row < m_vocabularies->count(); ++row) {
        if (m_vocabularies->item(row)->data(Qt::UserRole).toString() == table)
            m_vocabularies->setCurrentRow(row);
    }
}

void VocabularyDialog::load()
{
    m_loading = true;
    const QList<VocabularyStore::Entry> entries = VocabularyStore(m_db).entries(currentTable());
    m_entries->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const VocabularyStore::Entry& entry = entries.at(row);
        auto* code = new QTableWidgetItem(entry.code);
        code->setFlags(code->flags() & ~Qt::ItemIsEditable);
        auto* inUse = new QTableWidgetItem;
        inUse->setFlags((inUse->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        inUse->setCheckState(entry.active ? Qt::Checked : Qt::Unchecked);
        m_entries->setItem(row, Code, code);
        m_entries->setItem(row, French, new QTableWidgetItem(entry.labelFr));
        m_entries->setItem(row, English, new QTableWidgetItem(entry.labelEn));
        m_entries->setItem(row, InUse, inUse);
    }
    m_entries->resizeColumnToContents(Code);
    QMetaObject::invokeMethod(m_entries, &QTableWidget::resizeRowsToContents, Qt::QueuedConnection);
    m_loading = false;
}

void VocabularyDialog::addEntry()
{
    const Result<VocabularyStore::Entry> added =
        VocabularyStore(m_db).add(currentTable(), m_newFrench->text(), m_newEnglish->text());
    if (!added) {
        Dialogs::error(this, windowTitle(), Dialogs::sentences(added.problems()));
        return;
    }
    m_newFrench->clear();
    m_newEnglish->clear();
    load();
    Q_EMIT vocabularyChanged();
}
