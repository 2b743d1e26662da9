#include "ImportDialog.h"

#include "backup/AutomaticBackups.h"
#include "database/DatabaseFiles.h"

#include "AppSettings.h"
#include "ColumnMappingTable.h"
#include "Dialogs.h"
#include "csv/CsvReader.h"
#include "csv/Importers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kPreviewRows = 5;

QTableWidget* makeTable(const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ImportDialog::ImportDialog(const QSqlDatabase& db, AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_settings(settings)
    , m_entity(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_file(new QLabel(tr("No file chosen."), this))
    , m_reading(new QLabel(this))
    , m_columns(new ColumnMappingTable(this))
    , m_preview(makeTable(QStringLiteral("preview"), this))
    , m_errors(makeTable(QStringLiteral("errors"), this))
    , m_summary(new QLabel(this))
    , m_checkButton(new QPushButton(tr("&Check"), this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_saveErrorsButton(new QPushButton(tr("&Save the errors…"), this))
{
    setWindowTitle(tr("Import a CSV file"));
    resize(860, 680);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_entity->setObjectName(QStringLiteral("entity"));
    m_entity->addItem(tr("Partnerships"), QStringLiteral("partnerships"));
    m_entity->addItem(tr("Projects"), QStringLiteral("projects"));
    m_entity->addItem(tr("Funding lines"), QStringLiteral("fundings"));
    m_entity->addItem(tr("Foreign partners"), QStringLiteral("partners"));
    m_entity->addItem(tr("Actors"), QStringLiteral("actors"));
    m_entity->addItem(tr("Support schemes"), QStringLiteral("schemes"));
    m_entity->setCurrentIndex(qMax(0, m_entity->findData(settings.importEntity())));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("Windows-1252 (Excel, older files)"), QStringLiteral("windows-1252"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("utf-16"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral("semicolon"));
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral("comma"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    m_delimiter->addItem(tr("Vertical bar |"), QStringLiteral("pipe"));
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(settings.importEncoding())));
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(settings.importDelimiter())));
    m_file->setObjectName(QStringLiteral("fileName"));
    m_reading->setObjectName(QStringLiteral("reading"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_saveErrorsButton->setObjectName(QStringLiteral("saveErrorsButton"));
    m_errors->setColumnCount(3);
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});

    auto* choose = new QPushButton(tr("C&hoose a file…"), this);
    choose->setObjectName(QStringLiteral("chooseFile"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* form = new QFormLayout;
    form->addRow(tr("Records:"), m_entity);
    form->addRow(tr("File:"), fileRow);
    auto* readingRow = new QHBoxLayout;
    readingRow->addWidget(new QLabel(tr("Encoding:"), this));
    readingRow->addWidget(m_encoding);
    readingRow->addWidget(new QLabel(tr("Separator:"), this));
    readingRow->addWidget(m_delimiter);
    readingRow->addStretch(1);
    form->addRow(tr("Reading:"), readingRow);
    form->addRow(QString(), m_reading);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveErrorsButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_saveErrorsButton, &QPushButton::clicked, this, &ImportDialog::saveErrors);
    // Another kind of records, another way of reading the file or other columns mean another check.
    for (QComboBox* reading : {m_entity, m_encoding, m_delimiter}) {
        connect(reading, &QComboBox::currentIndexChanged, this, [this] {
            invalidateCheck();
            if (!m_path.isEmpty())
                showPreview();
        });
    }
    connect(m_columns, &ColumnMappingTable::mappingChanged, this, &ImportDialog::invalidateCheck);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* views = new QTabWidget(this);
    views->setObjectName(QStringLiteral("views"));
    views->addTab(m_columns, tr("Columns"));
    views->addTab(m_preview, tr("First rows, as read"));
    layout->addWidget(views, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addWidget(buttons);
    m_checkButton->setEnabled(false);
    m_importButton->setEnabled(false);
    m_saveErrorsButton->setEnabled(false);
}

void ImportDialog::invalidateCheck()
{
    m_importButton->setEnabled(false);
    m_summary->clear();
}

QString ImportDialog::entity() const
{
    return m_entity->currentData().toString();
}

CsvReader::Options ImportDialog::readOptions() const
{
    CsvReader::Options options{std::nullopt, CsvReader::Delimiter::Auto};
    options.encoding = TextDecoder::fromName(m_encoding->currentData().toString()); // nullopt for "auto"
    options.delimiter = CsvReader::delimiterFromName(m_delimiter->currentData().toString())
                            .value_or(CsvReader::Delimiter::Auto);
    return options;
}

void ImportDialog::chooseFile()
{
    const QString path =
        Dialogs::openFileName(this, tr("Import a CSV file"), tr("CSV files (*.csv *.txt);;All files (*)"),
                              m_settings.importFolder());
    if (path.isEmpty())
        return;
    m_path = path;
    m_settings.setImportFolder(QFileInfo(path).absolutePath());
    m_file->setText(QFileInfo(path).fileName());
    m_summary->clear();
    m_errors->setRowCount(0);
    m_importButton->setEnabled(false);
    m_saveErrorsButton->setEnabled(false);
    showPreview();
}

void ImportDialog::showPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    // Opening the open database with a QFile would drop its locks (DatabaseFiles.h).
    if (Status refused = DatabaseFiles::refuseDatabaseFile(m_path); !refused) {
        m_reading->setText(refused.message());
        m_checkButton->setEnabled(false);
        return;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_reading->setText(tr("The file cannot be opened: %1").arg(file.errorString()));
        m_checkButton->setEnabled(false);
        return;
    }
    CsvReader reader(&file, readOptions());
    CsvRecord header;
    if (!reader.start() || !reader.next(header)) {
        m_reading->setText(reader.hasError() ? reader.errorString() : tr("The file is empty."));
        m_checkButton->setEnabled(false);
        return;
    }
    const QChar delimiter = reader.delimiter();
    const QString separator =
        delimiter == QLatin1Char('\t') ? tr("tabs") : QStringLiteral("\u201C%1\u201D").arg(delimiter);
    m_reading->setText(tr("Read as %1, columns separated by %2.")
                           .arg(TextDecoder::name(reader.encoding()).toUpper(), separator));
    m_preview->setColumnCount(static_cast<int>(header.fields.size()));
    m_preview->setHorizontalHeaderLabels(header.fields);
    CsvRecord record;
    QList<QStringList> sample;
    for (int row = 0; row < kPreviewRows && reader.next(record); ++row) {
        sample << record.fields;
        m_preview->insertRow(row);
        for (qsizetype column = 0; column < record.fields.size() && column < header.fields.size(); ++column)
            m_preview->setItem(row, static_cast<int>(column), new QTableWidgetItem(record.fields.at(column)));
    }
    m_preview->resizeColumnsToContents();
    m_columns->setColumns(Importers::forEntity(entity(), m_db)->fields(), header.fields, sample,
                          m_settings.importMapping(entity()));
    m_checkButton->setEnabled(true);
}

ImportReport ImportDialog::run(bool dryRun)
{
    RecordImporter::Options options;
    options.read = readOptions();
    options.mapping = m_columns->mapping();
    options.dryRun = dryRun;
    options.beforeWriting = [this] {
        return AutomaticBackups::beforeWriting(m_db, QStringLiteral("import"));
    };
    QProgressDialog progress(dryRun ? tr("Checking…") : tr("Importing…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const ImportReport report =
        Importers::forEntity(entity(), m_db)->run(m_path, options, [&progress](int percent) {
            progress.setValue(percent);
            return !progress.wasCanceled();
        });
    progress.reset();
    return report;
}

void ImportDialog::check()
{
    m_settings.setImportEntity(entity());
    m_settings.setImportMapping(entity(), m_columns->mapping());
    m_settings.setImportEncoding(m_encoding->currentData().toString());
    m_settings.setImportDelimiter(m_delimiter->currentData().toString());
    m_report = run(true);
    showReport(m_report, true);
    m_importButton->setEnabled(m_report.errors.isEmpty());
}

void ImportDialog::runImport()
{
    m_report = run(false);
    showReport(m_report, false);
    m_importButton->setEnabled(false);
    if (m_report.written)
        Q_EMIT imported();
}

void ImportDialog::showReport(const ImportReport& report, bool dryRun)
{
    m_errors->setRowCount(static_cast<int>(report.errors.size()));
    for (int row = 0; row < report.errors.size(); ++row) {
        const ImportProblem& problem = report.errors.at(row);
        m_errors->setItem(row, 0,
                          new QTableWidgetItem(problem.line > 0 ? QString::number(problem.line) : QString()));
        m_errors->setItem(row, 1, new QTableWidgetItem(problem.column));
        m_errors->setItem(row, 2, new QTableWidgetItem(problem.message));
    }
    m_saveErrorsButton->setEnabled(!report.errors.isEmpty());
    QString text;
    if (!report.errors.isEmpty())
        text = tr("%Ln problem(s): nothing was written. Fix the file, then check it again.", nullptr,
                  static_cast<int>(report.errors.size()));
    else if (dryRun)
        text = tr("%Ln row(s) checked, no problem: %1 to create, %2 to update, %3 unchanged. Nothing is "
                  "written until you import.",
                  nullptr, report.rows)
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.unchanged);
    else
        text = tr("Imported: %1 created, %2 updated, %3 unchanged.")
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.unchanged);
    if (!report.warnings.isEmpty())
        text += QLatin1Char('\n') + report.warnings.join(QLatin1Char('\n'));
    m_summary->setText(text);
}

void ImportDialog::saveErrors()
{
    const QString path =
        Dialogs::saveFileName(this, tr("Save the errors"), tr("CSV files (*.csv)"),
                              QFileInfo(m_path).absolutePath() + QLatin1String("/erreurs.csv"), true);
    if (path.isEmpty())
        return;
    // The message names the file and the cause; the open database itself is refused.
    if (const Status written = m_report.writeErrors(path); !written)
        Dialogs::error(this, tr("Save the errors"), written.message());
}
