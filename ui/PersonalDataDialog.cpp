#include "PersonalDataDialog.h"

#include "Dialogs.h"
#include "csv/OutputFile.h"
#include "records/FieldLabels.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PersonalDataDialog::PersonalDataDialog(const QSqlDatabase& db, std::function<void()> erased, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_erased(std::move(erased))
{
    setWindowTitle(tr("Personal data"));
    auto* intro =
        new QLabel(tr("What the observatory holds about one person (a name, an e-mail address or a phone "
                      "number), in the records, their change history and the trash: to give it to them "
                      "(Export) or to erase it at their request (Erase)."),
                   this);
    intro->setWordWrap(true);
    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("personField"));
    m_person->setPlaceholderText(tr("Name, e-mail address or phone number"));
    auto* personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person);
    m_search = new QPushButton(tr("&Search"), this);
    m_search->setObjectName(QStringLiteral("searchButton"));
    m_search->setAutoDefault(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("personalDataTable"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Record"), tr("Field"), tr("Value")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_erase = buttons->addButton(tr("E&rase…"), QDialogButtonBox::ActionRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    for (QPushButton* button : {m_export, m_erase}) {
        button->setAutoDefault(false);
        button->setEnabled(false);
    }
    connect(m_search, &QPushButton::clicked, this, &PersonalDataDialog::search);
    connect(m_person, &QLineEdit::returnPressed, this, &PersonalDataDialog::search);
    connect(m_export, &QPushButton::clicked, this, &PersonalDataDialog::exportFound);
    connect(m_erase, &QPushButton::clicked, this, &PersonalDataDialog::eraseFound);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(personLabel);
    row->addWidget(m_person, 1);
    row->addWidget(m_search);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 460);
}

void PersonalDataDialog::search()
{
    m_searched = m_person->text().trimmed();
    const auto found = PersonalData(m_db).find(m_searched);
    const QList<PersonalData::Place> places = found ? found.value() : QList<PersonalData::Place>();
    m_summary->setText(
        !found ? Dialogs::sentences(found.problems())
               : tr("%n value(s) name \"%1\".", nullptr, static_cast<int>(places.size())).arg(m_searched));
    m_table->setRowCount(static_cast<int>(places.size()));
    for (int row = 0; row < places.size(); ++row) {
        const PersonalData::Place& place = places.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(FieldLabels::kindOfRecord(place.table)));
        m_table->setItem(row, 1, new QTableWidgetItem(place.where));
        m_table->setItem(row, 2, new QTableWidgetItem(FieldLabels::label(place.column)));
        auto* value = new QTableWidgetItem(place.value.left(300));
        value->setToolTip(place.value.left(2000));
        m_table->setItem(row, 3, value);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(1, std::min(m_table->columnWidth(1), 240));
    m_export->setEnabled(!places.isEmpty());
    m_erase->setEnabled(!places.isEmpty());
}

void PersonalDataDialog::exportFound()
{
    const QString path =
        Dialogs::saveFileName(this, tr("Export the personal data"), tr("JSON files (*.json)"),
                              QDir::home().filePath(tr("personal-data.json")), true);
    if (path.isEmpty())
        return;
    const auto exported = PersonalData(m_db).exportJson(m_searched);
    if (!exported) {
        Dialogs::error(this, windowTitle(), Dialogs::sentences(exported.problems()));
        return;
    }
    OutputFile file(path);
    Status written = file.begin(m_db.databaseName());
    if (written && file.write(exported.value()) != exported.value().size())
        written = Status::storageFailure(file.failureMessage());
    if (written)
        written = file.commit();
    else
        file.cancel();
    if (!written)
        Dialogs::error(this, windowTitle(), written.message());
}

void PersonalDataDialog::eraseFound()
{
    if (!Dialogs::confirm(
            this, tr("Erase the personal data"),
            tr("Erase \"%1\" from %n value(s) — records, change history and trash? This cannot be "
               "undone (the automatic copies of the database made before keep it until they are "
               "replaced).",
               nullptr, m_table->rowCount())
                .arg(m_searched)))
        return;
    const auto erased = PersonalData(m_db).erase(m_searched);
    if (!erased)
        Dialogs::error(this, windowTitle(), Dialogs::sentences(erased.problems()));
    else
        m_erased();
    search();
}
