#include "ImportDialog.h"

#include "backup/AutomaticBackups.h"
#include "database/DatabaseFiles.h"

#include "AppSettings.h"
#include "ColumnMappingTable.h"
#include "Dialogs.h"
#include "ValueChoicesTable.h"
#include "csv/CsvReader.h"
#include "csv/Importers.h"
#include "csv/PastedList.h"
#include "i18n/Translations.h"
#include "i18n/Typography.h"
#include "refdata/ValueAliases.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryFile>
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
    , m_views(new QTabWidget(this))
    , m_values(new ValueChoicesTable(db, this))
    , m_wholeField(new QComboBox(this))
    , m_wholeValue(new QLineEdit(this))
    , m_wholeColumns(new QLabel(this))
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
    auto* paste = new QPushButton(tr("&Paste a list"), this);
    paste->setObjectName(QStringLiteral("pasteList"));
    paste->setToolTip(tr("Cells copied from Excel or Calc, with or without their header row (Ctrl+V)"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(paste);
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
    connect(paste, &QPushButton::clicked, this, &ImportDialog::pasteList);
    auto* pasteKey = new QShortcut(QKeySequence::Paste, this);
    connect(pasteKey, &QShortcut::activated, this, &ImportDialog::pasteList);
    connect(m_values, &ValueChoicesTable::choicesChanged, this, &ImportDialog::invalidateCheck);
    // Another kind of records, another way of reading the file or other columns mean another check.
    for (QComboBox* reading : {m_entity, m_encoding, m_delimiter}) {
        connect(reading, &QComboBox::currentIndexChanged, this, [this, reading] {
            invalidateCheck();
            if (reading == m_entity)
                forgetSettledValues();
            if (!m_path.isEmpty())
                showPreview();
        });
    }
    connect(m_columns, &ColumnMappingTable::mappingChanged, this, &ImportDialog::invalidateCheck);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->addTab(m_columns, tr("Columns"));
    m_views->addTab(m_preview, tr("First rows, as read"));
    m_values->setObjectName(QStringLiteral("values"));
    m_wholeField->setObjectName(QStringLiteral("wholeField"));
    m_wholeValue->setObjectName(QStringLiteral("wholeValue"));
    m_wholeValue->setPlaceholderText(tr("Jumelage"));
    m_wholeColumns->setObjectName(QStringLiteral("wholeColumns"));
    m_wholeColumns->setWordWrap(true);
    auto* setWhole = new QPushButton(tr("&Set"), this);
    setWhole->setObjectName(QStringLiteral("setWholeColumn"));
    connect(setWhole, &QPushButton::clicked, this, &ImportDialog::setWholeColumn);
    connect(m_wholeValue, &QLineEdit::returnPressed, this, &ImportDialog::setWholeColumn);
    auto* wholeRow = new QHBoxLayout;
    // The value replaces the column's cells, or stands for a column the file lacks.
    wholeRow->addWidget(new QLabel(tr("Same value in every row:"), this));
    wholeRow->addWidget(m_wholeField);
    wholeRow->addWidget(new QLabel(QStringLiteral("="), this));
    wholeRow->addWidget(m_wholeValue, 1);
    wholeRow->addWidget(setWhole);
    auto* valuesPage = new QWidget(this);
    auto* valuesLayout = new QVBoxLayout(valuesPage);
    valuesLayout->addWidget(
        new QLabel(tr("Values that match nothing, once each: choose what they stand for, for "
                      "all their rows."),
                   valuesPage));
    valuesLayout->addWidget(m_values, 1);
    valuesLayout->addLayout(wholeRow);
    valuesLayout->addWidget(m_wholeColumns);
    m_views->addTab(valuesPage, tr("Values to settle"));
    layout->addWidget(m_views, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addWidget(buttons);
    m_checkButton->setEnabled(false);
    m_importButton->setEnabled(false);
    m_saveErrorsButton->setEnabled(false);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::forgetSettledValues()
{
    m_values->clearValues();
    m_wholeColumn.clear();
    showWholeColumns();
}

void ImportDialog::setWholeColumn()
{
    const QString key = m_wholeField->currentData().toString();
    if (key.isEmpty())
        return;
    if (m_wholeValue->text().trimmed().isEmpty())
        m_wholeColumn.remove(key);
    else
        m_wholeColumn.insert(key, m_wholeValue->text().trimmed());
    m_wholeValue->clear();
    showWholeColumns();
    invalidateCheck();
}

void ImportDialog::showWholeColumns()
{
    QStringList set;
    for (int i = 0; i < m_wholeField->count(); ++i) {
        const QString key = m_wholeField->itemData(i).toString();
        if (m_wholeColumn.contains(key))
            set << QStringLiteral("%1 = %2").arg(m_wholeField->itemText(i), m_wholeColumn.value(key));
    }
    m_wholeColumns->setText(
        set.isEmpty() ? QString()
                      : tr("Every row takes %1, whatever the file holds (an empty value takes it back).")
                            .arg(set.join(QLatin1String(", "))));
}

void ImportDialog::pasteList()
{
    const QByteArray list = PastedList::asFile(QGuiApplication::clipboard()->text(),
                                               Importers::forEntity(entity(), m_db)->fields());
    if (list.isEmpty()) {
        Dialogs::error(this, tr("Paste a list"), tr("The clipboard holds no cells to import."));
        return;
    }
    m_pasted = std::make_unique<QTemporaryFile>();
    if (!m_pasted->open() || m_pasted->write(list) != list.size() || !m_pasted->flush()) {
        Dialogs::error(this, tr("Paste a list"),
                       tr("The list could not be kept: %1").arg(m_pasted->errorString()));
        return;
    }
    m_pasted->close();
    m_path = m_pasted->fileName();
    m_pastedSource = PastedList::sourceName();
    m_file->setText(m_pastedSource);
    // What a spreadsheet puts on the clipboard, whatever the files are read as.
    m_encoding->setCurrentIndex(m_encoding->findData(QStringLiteral("utf-8")));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QStringLiteral("tab")));
    forgetSettledValues();
    m_summary->clear();
    m_errors->setRowCount(0);
    m_importButton->setEnabled(false);
    m_saveErrorsButton->setEnabled(false);
    showPreview();
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
    if (!m_pastedSource.isEmpty()) {
        // A pasted list was read as tab-separated UTF-8: a file is read as the adviser chose.
        m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(m_settings.importEncoding())));
        m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(m_settings.importDelimiter())));
    }
    m_pastedSource.clear();
    forgetSettledValues();
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
    const QList<ColumnMap::Field> fields = Importers::forEntity(entity(), m_db)->fields();
    m_columns->setColumns(fields, header.fields, sample, m_settings.importMapping(entity()));
    const QString wholeField = m_wholeField->currentData().toString();
    m_wholeField->clear();
    for (const ColumnMap::Field& field : fields) {
        const bool french = Translations::current() != Translations::Language::English;
        m_wholeField->addItem(QString::fromUtf8(french ? field.french : field.english),
                              QString::fromLatin1(field.key));
    }
    m_wholeField->setCurrentIndex(qMax(0, m_wholeField->findData(wholeField)));
    showWholeColumns();
    m_checkButton->setEnabled(true);
}

ImportReport ImportDialog::run(bool dryRun)
{
    RecordImporter::Options options;
    options.read = readOptions();
    options.mapping = m_columns->mapping();
    options.choices = m_values->choices();
    options.choices.wholeColumn = m_wholeColumn;
    options.sourceName = m_pastedSource;
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
    if (m_pastedSource.isEmpty()) { // a pasted list's reading is not the files'
        m_settings.setImportEncoding(m_encoding->currentData().toString());
        m_settings.setImportDelimiter(m_delimiter->currentData().toString());
    }
    m_report = run(true);
    m_values->addUnknown(m_report.unknownValues);
    if (!m_report.unknownValues.isEmpty())
        m_views->setCurrentWidget(m_values->parentWidget());
    showReport(m_report, true);
    m_importButton->setEnabled(m_report.errors.isEmpty());
}

void ImportDialog::runImport()
{
    m_report = run(false);
    showReport(m_report, false);
    m_importButton->setEnabled(false);
    if (m_report.written) {
        // The spellings to keep are kept once the import went through.
        for (const ValueChoicesTable::KeptSpelling& kept : m_values->spellingsToKeep()) {
            if (const Status saved = ValueAliases(m_db).keep(kept.vocabulary, kept.spelling, kept.code);
                !saved)
                Dialogs::error(this, tr("Import a CSV file"), saved.message());
        }
    }
    if (m_report.written) {
        // Settled and imported: nothing is left to settle for this file.
        forgetSettledValues();
        Q_EMIT imported();
    }
}

void ImportDialog::showReport(const ImportReport& report, bool dryRun)
{
    // The errors, then the warnings, each at its line and column: the file is named once, above.
    const int errors = static_cast<int>(report.errors.size());
    m_errors->setRowCount(errors + static_cast<int>(report.warnings.size()));
    for (int row = 0; row < m_errors->rowCount(); ++row) {
        const bool error = row < errors;
        const ImportProblem& problem = error ? report.errors.at(row) : report.warnings.at(row - errors);
        m_errors->setItem(row, 0,
                          new QTableWidgetItem(problem.line > 0 ? QString::number(problem.line) : QString()));
        m_errors->setItem(row, 1, new QTableWidgetItem(problem.column));
        m_errors->setItem(
            row, 2, new QTableWidgetItem(error ? problem.message : tr("Warning: %1").arg(problem.message)));
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
    if (report.errors.isEmpty() && report.leftOut > 0)
        text += QLatin1Char(' ') + tr("%Ln row(s) left out as you chose.", nullptr, report.leftOut);
    if (report.errors.isEmpty() && report.actorsMatchedByName > 0)
        text +=
            QLatin1Char(' ') + tr("%Ln actor(s) named without a code matched to the official geography by "
                                  "their name.",
                                  nullptr, report.actorsMatchedByName);
    if (!report.unknownValues.isEmpty())
        text +=
            QLatin1Char(' ') + tr("%Ln value(s) match nothing: settle them once under « Values to settle ».",
                                  nullptr, static_cast<int>(report.unknownValues.size()));
    if (!report.warnings.isEmpty())
        text += QLatin1Char('\n') + tr("%Ln warning(s) about %1, listed below: they do not stop the import.",
                                       nullptr, static_cast<int>(report.warnings.size()))
                                        .arg(m_file->text());
    // « Values to settle » names a tab: wrapped inside, its » stood alone on the next line.
    m_summary->setText(Typography::keepQuotesWhole(text));
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
