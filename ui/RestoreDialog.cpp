#include "RestoreDialog.h"

#include "Dialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(const QString& databasePath, int kept, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Restore a backup"));
    const AutomaticBackups backups(databasePath, kept);
    m_copies = backups.list();

    auto* intro = new QLabel(tr("Observatoire copies the database before every import, upgrade and restore, "
                                "and keeps the %n latest "
                                "copies in %1. Restoring replaces the whole content of the database by the "
                                "copy's; the current content "
                                "is copied first, so that a restore can be undone.",
                                nullptr, kept)
                                 .arg(QDir::toNativeSeparators(backups.folder())),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(static_cast<int>(m_copies.size()), 4, this);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Made"), tr("Records"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    const QLocale locale;
    for (int row = 0; row < m_copies.size(); ++row) {
        const BackupCopy& copy = m_copies.at(row);
        const std::optional<BackupContents> contents = BackupContents::read(copy.path);
        const QString records = contents
                                    ? QStringList{tr("%n partnership(s)", nullptr, contents->partnerships),
                                                  tr("%n project(s)", nullptr, contents->projects),
                                                  tr("%n actor(s)", nullptr, contents->actors),
                                                  tr("%n partner(s)", nullptr, contents->partners)}
                                          .join(QStringLiteral(", "))
                                    : tr("unreadable");
        m_table->setItem(row, 0, new QTableWidgetItem(locale.toString(copy.madeAt, QLocale::ShortFormat)));
        m_table->setItem(row, 1, new QTableWidgetItem(copy.reasonText()));
        m_table->setItem(row, 2, new QTableWidgetItem(records));
        m_table->setItem(row, 3, new QTableWidgetItem(locale.formattedDataSize(copy.bytes)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore this copy"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    QPushButton* other = buttons->addButton(tr("&Other copy…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherCopyButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_copies.size())
            return;
        m_chosen = m_copies.at(row).path;
        accept();
    });
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOtherFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (m_copies.isEmpty())
        layout->addWidget(new QLabel(tr("No automatic copy yet."), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 380);
}

void RestoreDialog::chooseOtherFile()
{
    const QString path =
        Dialogs::openFileName(this, tr("Restore a copy"), tr("Observatoire databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    m_chosen = path;
    accept();
}
