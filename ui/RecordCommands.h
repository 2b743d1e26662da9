#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QUndoCommand>

#include <functional>

// What undo commands need from the window: the database, ways to report a failure and to
// refresh the lists after a change, and to give up the whole history when a step cannot be undone
// or redone without overwriting a change made outside it (an import, another window or program).
struct CommandContext
{
    QSqlDatabase db;
    std::function<void(const QString&)> reportError;
    std::function<void()> changed;
    std::function<void(const QString&)> abandonHistory;
};

// Undoable changes of records. Each command is pushed once its change is already made (so that a
// refused change never reaches the stack); redo() then does nothing the first time.
class RecordCommandTexts
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommands)

public:
    static QString created(const QString& name) { return tr("Create \"%1\"").arg(name); }
    static QString updated(const QString& name) { return tr("Edit \"%1\"").arg(name); }
    static QString deleted(const QString& name) { return tr("Delete \"%1\"").arg(name); }
    static QString changedSince(const QString& name)
    {
        return tr("\"%1\" was changed since this step (by an import, another window or program): undoing or "
                  "redoing it would overwrite that change. The undo history was cleared; the record keeps "
                  "its current content.")
            .arg(name);
    }
};

// Reports a step's failure: a record changed outside the history ends the history.
inline void reportStepFailure(const CommandContext& context, const Problems& problems, const QString& name)
{
    if (hasConflict(problems) && context.abandonHistory)
        context.abandonHistory(RecordCommandTexts::changedSince(name));
    else
        context.reportError(describeProblems(problems));
}

template <typename Store, typename Record> class CreateRecordCommand : public QUndoCommand
{
public:
    CreateRecordCommand(CommandContext context, Record created, const QString& name)
        : QUndoCommand(RecordCommandTexts::created(name))
        , m_context(std::move(context))
        , m_record(std::move(created))
        , m_name(name)
    {
    }

    void undo() override
    {
        // Only the record as this step left it: not one an import changed since.
        if (Status removed = Store(m_context.db).remove(m_record.id, m_record.version); !removed)
            reportStepFailure(m_context, removed.problems(), m_name);
        m_context.changed();
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (const auto restored = Store(m_context.db).restore(m_record); !restored)
            reportStepFailure(m_context, restored.problems(), m_name);
        else
            m_record = restored.value();
        m_context.changed();
    }

private:
    CommandContext m_context;
    Record m_record;
    QString m_name;
    bool m_first = true;
};

template <typename Store, typename Record> class UpdateRecordCommand : public QUndoCommand
{
public:
    // `after` is the record as saved, at its new version.
    UpdateRecordCommand(CommandContext context, Record before, Record after, const QString& name)
        : QUndoCommand(RecordCommandTexts::updated(name))
        , m_context(std::move(context))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_version(m_after.version)
        , m_name(name)
    {
    }

    void undo() override { apply(m_before); }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        apply(m_after);
    }

private:
    // Writes `record` over the version this step last left; a record changed since is left alone.
    void apply(Record record)
    {
        record.version = m_version;
        if (const auto saved = Store(m_context.db).update(record); !saved)
            reportStepFailure(m_context, saved.problems(), m_name);
        else
            m_version = saved.value().version;
        m_context.changed();
    }

    CommandContext m_context;
    Record m_before;
    Record m_after;
    qint64 m_version; // the record's version as this step last left it
    QString m_name;
    bool m_first = true;
};

// Undoing a deletion brings the record back with its id, stable id and links, then what went
// with it (`restoreAlso`: a project's funding lines).
template <typename Store, typename Record> class DeleteRecordCommand : public QUndoCommand
{
public:
    DeleteRecordCommand(CommandContext context, Record deleted, const QString& name,
                        std::function<QString()> restoreAlso = {})
        : QUndoCommand(RecordCommandTexts::deleted(name))
        , m_context(std::move(context))
        , m_record(std::move(deleted))
        , m_restoreAlso(std::move(restoreAlso))
        , m_name(name)
    {
    }

    void undo() override
    {
        const auto restored = Store(m_context.db).restore(m_record);
        if (!restored) {
            reportStepFailure(m_context, restored.problems(), m_name);
        } else {
            m_restoreVersion = restored.value().version;
            if (m_restoreAlso) {
                if (const QString error = m_restoreAlso(); !error.isEmpty())
                    m_context.reportError(error);
            }
        }
        m_context.changed();
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (Status removed = Store(m_context.db).remove(m_record.id, m_restoreVersion); !removed)
            reportStepFailure(m_context, removed.problems(), m_name);
        m_context.changed();
    }

private:
    CommandContext m_context;
    Record m_record;
    std::function<QString()> m_restoreAlso;
    QString m_name;
    qint64 m_restoreVersion = 0; // the version of the record brought back by undo
    bool m_first = true;
};
