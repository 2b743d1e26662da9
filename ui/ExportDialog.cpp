#include "ExportDialog.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "csv/OutputFile.h"
#include "lists/RecordQuery.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

RecordExporter::Entity entityOf(RecordList::Family family)
{
    switch (family) {
    case RecordList::Family::Actors:
        return RecordExporter::Entity::Actors;
    case RecordList::Family::Partners:
        return RecordExporter::Entity::Partners;
    case RecordList::Family::Partnerships:
        return RecordExporter::Entity::Partnerships;
    case RecordList::Family::Projects:
        return RecordExporter::Entity::Projects;
    case RecordList::Family::Schemes:
        return RecordExporter::Entity::Schemes;
    }
    return RecordExporter::Entity::Partnerships;
}

} // namespace

ExportDialog::ExportDialog(const QSqlDatabase& db, const ListState& list, AppSettings& settings,
                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(list)
    , m_settings(settings)
    , m_shownOnly(new QRadioButton(this))
    , m_everything(new QRadioButton(this))
    , m_format(new QComboBox(this))
{
    setWindowTitle(tr("Export the list"));
    m_shownOnly->setObjectName(QStringLiteral("shownOnly"));
    m_everything->setObjectName(QStringLiteral("everything"));
    m_format->setObjectName(QStringLiteral("format"));

    m_shownOnly->setText(
        list.shown ? tr("The list as shown: %Ln record(s) (current filter and order)", nullptr, *list.shown)
                   : tr("The records of the list (current filter and order; still being "
                        "counted)"));
    m_everything->setText(tr("All %Ln record(s)", nullptr, list.total));
    m_shownOnly->setChecked(true);
    m_format->addItem(tr("Excel (semicolons, accents kept, 25/12/1998)"), QStringLiteral("excel"));
    m_format->addItem(tr("Standard CSV (commas, ISO dates, for other programs)"), QStringLiteral("csv"));
    m_format->addItem(tr("Excel workbook (.xlsx: numbers, amounts and dates typed)"), QStringLiteral("xlsx"));
    m_format->setCurrentIndex(qMax(0, m_format->findData(settings.exportFormat())));

    auto* records = new QVBoxLayout;
    records->addWidget(m_shownOnly);
    records->addWidget(m_everything);
    auto* form = new QFormLayout;
    form->addRow(tr("Records:"), records);
    form->addRow(tr("Format:"), m_format);
    auto* note = new QLabel(
        tr("The file has the columns that the import reads: it can be imported back unchanged."), this);
    note->setObjectName(QStringLiteral("exportNote"));
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

RecordExporter::Options ExportDialog::options() const
{
    RecordExporter::Options options;
    const QString format = m_format->currentData().toString();
    options.format = format == QLatin1String("csv")    ? RecordExporter::Options::Format::Csv
                     : format == QLatin1String("xlsx") ? RecordExporter::Options::Format::Xlsx
                                                       : RecordExporter::Options::Format::Excel;
    if (m_shownOnly->isChecked()) {
        options.selection = m_list.selection;
        // A year the list does not filter on (actors, partners) must not narrow the file either.
        if (!RecordQuery::filterFields(m_list.family).contains(RecordQuery::FilterField::ActiveYear))
            options.selection.filter.activeYear = 0;
    }
    return options;
}

QString ExportDialog::extension() const
{
    return m_format->currentData().toString() == QLatin1String("xlsx") ? QStringLiteral("xlsx")
                                                                       : QStringLiteral("csv");
}

QString ExportDialog::suggestedFileName() const
{
    QString name;
    switch (m_list.family) {
    case RecordList::Family::Actors:
        name = tr("actors");
        break;
    case RecordList::Family::Partners:
        name = tr("partners");
        break;
    case RecordList::Family::Partnerships:
        name = tr("partnerships");
        break;
    case RecordList::Family::Projects:
        name = tr("projects");
        break;
    case RecordList::Family::Schemes:
        name = tr("support-schemes");
        break;
    }
    const QString folder = m_settings.exportFolder().isEmpty() ? QDir::homePath() : m_settings.exportFolder();
    return QDir(folder).filePath(name + QLatin1Char('.') + extension());
}

void ExportDialog::accept()
{
    const bool workbook = extension() == QLatin1String("xlsx");
    QString path = Dialogs::saveFileName(this, tr("Export the list"),
                                         workbook ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"),
                                         suggestedFileName(), true);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension();

    // Refuses the open database (and its -wal, -shm, links); a failed write keeps the earlier file.
    OutputFile file(path);
    if (const Status begun = file.begin(); !begun) {
        Dialogs::error(this, tr("Export"), begun.message());
        return;
    }
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Result<int> written = RecordExporter(m_db, entityOf(m_list.family))
                                    .write(&file, options(), [&progress](int done, int total) {
                                        progress.setValue(total > 0 ? 100 * done / total : 0);
                                        return !progress.wasCanceled();
                                    });
    progress.reset();
    if (!written) {
        const QString message = file.failure() != OutputFile::Failure::None
                                    ? file.failureMessage()
                                    : tr("%1 was not written: %2").arg(path, written.message());
        file.cancel();
        if (!progress.wasCanceled())
            Dialogs::error(this, tr("Export"), message);
        return;
    }
    if (const Status committed = file.commit(); !committed) {
        Dialogs::error(this, tr("Export"), committed.message());
        return;
    }
    m_settings.setExportFormat(m_format->currentData().toString());
    m_settings.setExportFolder(QFileInfo(path).absolutePath());
    m_written = written.value();
    m_file = path;
    QDialog::accept();
}
