#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QUndoCommand>

#include <functional>

// What undo commands need from the window: the database, and ways to report a failure and to
// refresh the lists after a change.
struct CommandContext
{
    QSqlDatabase db;
    std::function<void(const QString&)> reportError;
    std::function<void()> changed;
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
};

template <typename Store, typename Record>
class CreateRecordCommand : public QUndoCommand
{
public:
    CreateRecordCommand(CommandContext context, Record created, const QString& name)
        : QUndoCommand(RecordCommandTexts::created(name))
        , m_context(std::move(context))
        , m_record(std::move(created))
    {
    }

    void undo() override
    {
        if (Status removed = Store(m_context.db).remove(m_record.id); !removed)
            m_context.reportError(removed.message());
        m_context.changed();
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (const auto restored = Store(m_context.db).restore(m_record); !restored)
            m_context.reportError(restored.message());
        m_context.changed();
    }

private:
    CommandContext m_context;
    Record m_record;
    bool m_first = true;
};

template <typename Store, typename Record>
class UpdateRecordCommand : public QUndoCommand
{
public:
    UpdateRecordCommand(CommandContext context, Record before, Record after, const QString& name)
        : QUndoCommand(RecordCommandTexts::updated(name))
        , m_context(std::move(context))
        , m_before(std::move(before))
        , m_after(std::move(after))
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
    void apply(const Record& record)
    {
        if (const auto saved = Store(m_context.db).update(record); !saved)
            m_context.reportError(saved.message());
        m_context.changed();
    }

    CommandContext m_context;
    Record m_before;
    Record m_after;
    bool m_first = true;
};

// Undoing a deletion brings the record back with its id, stable id and links, then what went
// with it (`restoreAlso`: a project's funding lines).
template <typename Store, typename Record>
class DeleteRecordCommand : public QUndoCommand
{
public:
    DeleteRecordCommand(CommandContext context, Record deleted, const QString& name,
                        std::function<QString()> restoreAlso = {})
        : QUndoCommand(RecordCommandTexts::deleted(name))
        , m_context(std::move(context))
        , m_record(std::move(deleted))
        , m_restoreAlso(std::move(restoreAlso))
    {
    }

    void undo() override
    {
        if (const auto restored = Store(m_context.db).restore(m_record); !restored)
            m_context.reportError(restored.message());
        else if (m_restoreAlso) {
            if (const QString error = m_restoreAlso(); !error.isEmpty())
                m_context.reportError(error);
        }
        m_context.changed();
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (Status removed = Store(m_context.db).remove(m_record.id); !removed)
            m_context.reportError(removed.message());
        m_context.changed();
    }

private:
    CommandContext m_context;
    Record m_record;
    std::function<QString()> m_restoreAlso;
    bool m_first = true;
};
