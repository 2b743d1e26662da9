#pragma once

#include "store/FieldValues.h"

#include <QDialog>

class QTableWidget;

// Shown when a record being saved was changed meanwhile by someone else (an import, another
// window or program): each field that differs, with the adviser's value and the one saved
// meanwhile, and who changed it. The adviser chooses; nothing is overwritten silently.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice
    {
        BackToEditing = 0,
        Merge = 1,       // their changes kept, the adviser's put over them (default)
        KeepMine = 2,    // the adviser's whole record over theirs
        DiscardMine = 3, // theirs kept, the editor closed
    };

    // Readable fields (a store's history texts) of the record as the editor read it, as the
    // adviser has it, and as it is now in the database.
    ConflictDialog(const FieldValues& base, const FieldValues& mine, const FieldValues& theirs,
                   QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget* table() const { return m_table; }
    // Chooses and closes, as a click on the matching button does (tests, keyboard).
    void choose(Choice choice);

private:
    QTableWidget* m_table = nullptr;
    Choice m_choice = BackToEditing;
};
