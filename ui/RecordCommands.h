#pragma once

#include "common/Result.h"
#include "store/DuplicateMerge.h"
#include "store/Trash.h"

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
    static QString restored(const QString& name) { return tr("Restore \"%1\" from the trash").arg(name); }
    static QString merged(const QString& other, const QString& kept)
    {
        return tr("Merge \"%1\" into \"%2\"").arg(other, kept);
    }
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

// A record going into the trash or coming out of it (with what goes with it: a project's funding
// lines). Deleting and restoring are mirror steps: undoing one does the other. A record comes back
// with its id, stable id and links (another id if its own was taken meanwhile); it goes back into
// the trash only if it is still as the step left it.
template <typename Store> class TrashCommand : public QUndoCommand
{
public:
    enum class Done
    {
        MovedToTrash,
        Restored
    };

    TrashCommand(CommandContext context, Done done, qint64 recordId, qint64 trashEntry, const QString& name)
        : QUndoCommand(done == Done::MovedToTrash ? RecordCommandTexts::deleted(name)
                                                  : RecordCommandTexts::restored(name))
        , m_context(std::move(context))
        , m_done(done)
        , m_recordId(recordId)
        , m_trashEntry(trashEntry)
        , m_name(name)
    {
        if (done == Done::Restored)
            readVersion();
    }

    void undo() override
    {
        m_done == Done::MovedToTrash ? takeOut() : putIn();
        m_context.changed();
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_done == Done::MovedToTrash ? putIn() : takeOut();
        m_context.changed();
    }

private:
    void takeOut()
    {
        const Result<qint64> restored = Trash(m_context.db).restore(m_trashEntry);
        if (!restored) {
            reportStepFailure(m_context, restored.problems(), m_name);
            return;
        }
        m_recordId = restored.value();
        readVersion();
    }

    void putIn()
    {
        const Result<qint64> moved = Store(m_context.db).moveToTrash(m_recordId, m_name, m_version);
        if (!moved)
            reportStepFailure(m_context, moved.problems(), m_name);
        else
            m_trashEntry = moved.value();
    }

    void readVersion()
    {
        if (const auto record = Store(m_context.db).find(m_recordId))
            m_version = record->version;
    }

    CommandContext m_context;
    Done m_done;
    qint64 m_recordId;   // maybe another id once restored: when its own was taken meanwhile
    qint64 m_trashEntry; // where the record is while deleted
    QString m_name;
    qint64 m_version = 0; // the record's version as this step last left it out of the trash
    bool m_first = true;
};

// Two records merged into one (Edit › Duplicates…): undo brings the other back from the trash with
// every row that referred to it, and the kept one's fields as they were; redo merges them again.
// Either only if the records are still as this step left them.
template <typename Record> class MergeCommand : public QUndoCommand
{
public:
    MergeCommand(CommandContext context, MergeOutcome<Record> outcome, const QString& keptName)
        : QUndoCommand(RecordCommandTexts::merged(outcome.otherName, keptName))
        , m_context(std::move(context))
        , m_outcome(std::move(outcome))
        , m_name(keptName)
    {
    }

    void undo() override
    {
        const Result<MergeRequest> undone = DuplicateMerge<Record>(m_context.db).undo(m_outcome);
        if (!undone)
            reportStepFailure(m_context, undone.problems(), m_name);
        else
            m_outcome.request = undone.value();
        m_context.changed();
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        const auto merged = DuplicateMerge<Record>(m_context.db).merge(m_outcome.request);
        if (!merged)
            reportStepFailure(m_context, merged.problems(), m_name);
        else
            m_outcome = merged.value();
        m_context.changed();
    }

private:
    CommandContext m_context;
    MergeOutcome<Record> m_outcome;
    QString m_name;
    bool m_first = true;
};
