#pragma once

#include "csv/CsvReader.h"
#include "csv/ImportReport.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

#include <memory>

class AppSettings;
class ColumnMappingTable;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTemporaryFile;
class ValueChoicesTable;

// Imports a CSV file into the open database: the adviser picks what the file holds and the file;
// the dialog shows how it reads it (encoding, delimiter, the first rows) and which column goes to
// which field (changeable, with the values each field receives), checks every row
// (nothing written) and lists the problems with their line and column — savable as a CSV file to
// fix in Excel — and only then imports, with a cancellable progress, all rows or none. The kind
// of records, the folder and the columns chosen are remembered. A value that matches nothing is
// settled once for all its rows (ValueChoicesTable), a column can take one value for every row,
// and a list copied from a spreadsheet can be pasted instead of a file.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QSqlDatabase& db, AppSettings& settings, QWidget* parent = nullptr);

    ~ImportDialog() override;

    const ImportReport& lastReport() const { return m_report; }
    // Reads a list copied from Excel or Calc (Ctrl+V) as if it were a file.
    void pasteList();

Q_SIGNALS:
    // Records were written: the lists must be read again.
    void imported();

private:
    void chooseFile();
    void showPreview();
    // The file was read otherwise or the columns changed: what was checked must be checked again.
    void invalidateCheck();
    void check();
    void runImport();
    void saveErrors();
    // The value typed for the field chosen becomes the value of every row (« Nature = Jumelage »).
    void setWholeColumn();
    void showWholeColumns();
    // A new file or kind of records: the values settled for the last one no longer apply.
    void forgetSettledValues();
    // Runs the importer; `dryRun` writes nothing.
    ImportReport run(bool dryRun);
    void showReport(const ImportReport& report, bool dryRun);
    QString entity() const;
    // The encoding and delimiter chosen, or detection where "automatic" is chosen.
    CsvReader::Options readOptions() const;

    QSqlDatabase m_db;
    AppSettings& m_settings;
    QString m_path;
    ImportReport m_report;
    QComboBox* m_entity;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_file;
    QLabel* m_reading;
    ColumnMappingTable* m_columns;
    QTableWidget* m_preview;
    QTableWidget* m_errors;
    QLabel* m_summary;
    QTabWidget* m_views;
    ValueChoicesTable* m_values;
    QComboBox* m_wholeField;
    QLineEdit* m_wholeValue;
    QLabel* m_wholeColumns;
    QHash<QString, QString> m_wholeColumn; // field key → the value of every row
    std::unique_ptr<QTemporaryFile> m_pasted;
    QString m_pastedSource;
    QPushButton* m_checkButton;
    QPushButton* m_importButton;
    QPushButton* m_saveErrorsButton;
};
