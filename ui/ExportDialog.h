#pragma once

#include "csv/RecordExporter.h"
#include "lists/ListSelection.h"
#include "lists/RecordList.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class AppSettings;
class QComboBox;
class QLabel;
class QRadioButton;

// Exports the list on screen as CSV: the records the current filter shows, in its order, or
// all the records of the family; in the Excel or the standard CSV dialect. The file is chosen
// after the options, written through OutputFile (whole or not at all, never over the database)
// with a cancellable progress, and the format and folder are remembered for next time.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct ListState
    {
        RecordList::Family family = RecordList::Family::Partnerships;
        ListSelection selection;
        // Records the list shows; none while it is still counting them (it shows its first screen
        // only then, and that is not what the export writes).
        std::optional<int> shown;
        int total = 0; // records of the family
    };

    ExportDialog(const QSqlDatabase& db, const ListState& list, AppSettings& settings,
                 QWidget* parent = nullptr);

    // Records written by the last export, and the file; 0 and empty until one succeeds.
    int writtenCount() const { return m_written; }
    QString writtenFile() const { return m_file; }

    void accept() override;

private:
    RecordExporter::Options options() const;
    QString suggestedFileName() const;
    QString extension() const;

    QSqlDatabase m_db;
    ListState m_list;
    AppSettings& m_settings;
    QRadioButton* m_shownOnly;
    QRadioButton* m_everything;
    QComboBox* m_format;
    int m_written = 0;
    QString m_file;
};
