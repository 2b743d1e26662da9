#include "RecordActions.h"
#include "lists/RecordSheet.h"

#include "Dialogs.h"
#include "editors/ActorEditor.h"
#include "editors/PartnerEditor.h"
#include "editors/PartnershipEditor.h"
#include "editors/ProjectEditor.h"
#include "store/ActorStore.h"
#include "store/FundingStore.h"
#include "store/PartnerStore.h"
#include "store/PartnershipStore.h"
#include "store/ProjectStore.h"

#include <QTimer>
#include <QUndoStack>

#include <type_traits>

RecordActions::RecordActions(QWidget* window, QUndoStack* undoStack, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_undoStack(undoStack)
{
}

void RecordActions::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
}

CommandContext RecordActions::context() const
{
    return {m_db, [this](const QString& error) { Dialogs::error(m_window, tr("Undo"), error); },
            [this] { Q_EMIT const_cast<RecordActions*>(this)->recordsChanged(); },
            [this](const QString& message) {
                // Not from inside the stack's own undo(): cleared once it has returned.
                QTimer::singleShot(0, m_undoStack, [stack = m_undoStack] { stack->clear(); });
                Dialogs::error(m_window, tr("Undo"), message);
            }};
}

QString RecordActions::trashNote()
{
    return tr("Deleted records go to the trash (Edit › Trash…), from where they can be restored.");
}

QString RecordActions::describe(RecordList::Family family, qint64 id) const
{
    switch (family) {
    case RecordList::Family::Actors:
        if (const auto actor = ActorStore(m_db).find(id))
            return actor->name;
        break;
    case RecordList::Family::Partners:
        if (const auto partner = PartnerStore(m_db).find(id))
            return partner->name;
        break;
    case RecordList::Family::Partnerships: {
        const auto partnership = PartnershipStore(m_db).find(id);
        if (!partnership)
            break;
        if (!partnership->title.isEmpty())
            return partnership->title;
        // "Lyon – Leipzig", from the first actor and partner.
        if (const QString named = RecordSheet::partnershipByFirstNames(m_db, id); !named.isNull())
            return named;
        break;
    }
    case RecordList::Family::Projects:
        if (const auto project = ProjectStore(m_db).find(id))
            return project->title;
        break;
    }
    return QStringLiteral("#%1").arg(id);
}

bool RecordActions::canEdit(RecordList::Family)
{
    return true;
}

template <typename Editor, typename Store, typename Record>
qint64 RecordActions::runEditor(RecordList::Family family, const Record& record)
{
    Editor editor(m_db, record, m_window);
    if constexpr (std::is_same_v<Editor, PartnershipEditor> || std::is_same_v<Editor, ProjectEditor>) {
        // Actors and partners that do not exist yet are created on the spot, each undoable.
        connect(&editor, &Editor::createActorRequested, &editor, [this, &editor](const QString& name) {
            if (const qint64 id = createRecord(RecordList::Family::Actors, name))
                editor.addActor(id);
        });
        connect(&editor, &Editor::createPartnerRequested, &editor, [this, &editor](const QString& name) {
            if (const qint64 id = createRecord(RecordList::Family::Partners, name))
                editor.addPartner(id);
        });
    }
    const int result = editor.exec();
    if (result == RecordEditorDialog::OpenExisting) {
        const qint64 existing = editor.existingId();
        editRecord(family, existing);
        return existing;
    }
    if (result != QDialog::Accepted)
        return 0;
    const Record& saved = editor.saved();
    const QString name = describe(family, saved.id);
    QUndoCommand* command = nullptr;
    if (record.id == 0)
        command = new CreateRecordCommand<Store, Record>(context(), saved, name);
    else
        command = new UpdateRecordCommand<Store, Record>(context(), editor.replaced(), saved, name);
    if constexpr (std::is_same_v<Editor, ProjectEditor>) {
        // The project and its funding lines are one step of the undo history.
        const ProjectEditor::FundingChanges& changes = editor.fundingChanges();
        m_undoStack->beginMacro(command->text());
        m_undoStack->push(command);
        for (const Funding& created : changes.created)
            m_undoStack->push(new CreateRecordCommand<FundingStore, Funding>(context(), created, name));
        for (const auto& [before, after] : changes.updated)
            m_undoStack->push(new UpdateRecordCommand<FundingStore, Funding>(context(), before, after, name));
        for (const auto& [fundingId, trashEntry] : changes.removed)
            m_undoStack->push(new TrashCommand<FundingStore>(
                context(), TrashCommand<FundingStore>::Done::MovedToTrash, fundingId, trashEntry, name));
        m_undoStack->endMacro();
    } else {
        m_undoStack->push(command);
    }
    Q_EMIT recordsChanged();
    return saved.id;
}

qint64 RecordActions::createRecord(RecordList::Family family, const QString& name)
{
    switch (family) {
    case RecordList::Family::Actors: {
        Actor actor;
        actor.name = name;
        return runEditor<ActorEditor, ActorStore>(family, actor);
    }
    case RecordList::Family::Partners: {
        ForeignPartner partner;
        partner.name = name;
        return runEditor<PartnerEditor, PartnerStore>(family, partner);
    }
    case RecordList::Family::Partnerships:
        return runEditor<PartnershipEditor, PartnershipStore>(family, Partnership());
    case RecordList::Family::Projects: {
        Project project;
        project.title = name;
        return runEditor<ProjectEditor, ProjectStore>(family, project);
    }
    }
    return 0;
}

bool RecordActions::editRecord(RecordList::Family family, qint64 id)
{
    switch (family) {
    case RecordList::Family::Actors:
        if (const auto actor = ActorStore(m_db).find(id))
            return runEditor<ActorEditor, ActorStore>(family, *actor) > 0;
        break;
    case RecordList::Family::Partners:
        if (const auto partner = PartnerStore(m_db).find(id))
            return runEditor<PartnerEditor, PartnerStore>(family, *partner) > 0;
        break;
    case RecordList::Family::Partnerships:
        if (const auto partnership = PartnershipStore(m_db).find(id))
            return runEditor<PartnershipEditor, PartnershipStore>(family, *partnership) > 0;
        break;
    case RecordList::Family::Projects:
        if (const auto project = ProjectStore(m_db).find(id))
            return runEditor<ProjectEditor, ProjectStore>(family, *project) > 0;
        break;
    }
    return false;
}

template <typename Store> bool RecordActions::moveToTrash(qint64 id, const QString& name)
{
    const Result<qint64> trashed = Store(m_db).moveToTrash(id, name);
    if (!trashed) {
        Dialogs::error(m_window, tr("Delete"), trashed.message());
        return false;
    }
    m_undoStack->push(new TrashCommand<Store>(context(), TrashCommand<Store>::Done::MovedToTrash, id,
                                              trashed.value(), name));
    return true;
}

template <typename Store> bool RecordActions::takeOutOfTrash(const TrashEntry& entry)
{
    const Result<qint64> restored = Trash(m_db).restore(entry.id);
    if (!restored) {
        Dialogs::error(m_window, tr("Restore"), restored.message());
        return false;
    }
    m_undoStack->push(new TrashCommand<Store>(context(), TrashCommand<Store>::Done::Restored,
                                              restored.value(), entry.id, entry.name));
    Q_EMIT recordsChanged();
    return true;
}

bool RecordActions::restoreFromTrash(qint64 entryId)
{
    const std::optional<TrashEntry> entry = Trash(m_db).entry(entryId);
    if (!entry)
        return false;
    if (entry->table == QLatin1String("actor"))
        return takeOutOfTrash<ActorStore>(*entry);
    if (entry->table == QLatin1String("foreign_partner"))
        return takeOutOfTrash<PartnerStore>(*entry);
    if (entry->table == QLatin1String("partnership"))
        return takeOutOfTrash<PartnershipStore>(*entry);
    if (entry->table == QLatin1String("project"))
        return takeOutOfTrash<ProjectStore>(*entry);
    if (entry->table == QLatin1String("funding"))
        return takeOutOfTrash<FundingStore>(*entry);
    return false;
}

bool RecordActions::deleteRecord(RecordList::Family family, qint64 id)
{
    const QString name = describe(family, id);
    const QString title = tr("Delete");
    switch (family) {
    case RecordList::Family::Actors: {
        ActorStore store(m_db);
        const std::optional<Actor> actor = store.find(id);
        if (!actor)
            return false;
        const ActorStore::Usage usage = store.usage(id);
        if (usage.any()) {
            // Only what still holds the actor, each count with its own plural.
            QStringList uses;
            if (usage.partnerships > 0)
                uses << tr("%n partnership(s)", nullptr, usage.partnerships);
            if (usage.projects > 0)
                uses << tr("%n project(s)", nullptr, usage.projects);
            if (usage.fundings > 0)
                uses << tr("%n funding line(s) it funds", nullptr, usage.fundings);
            if (usage.children > 0)
                uses << tr("%n attached actor(s)", nullptr, usage.children);
            Dialogs::error(m_window, title,
                           tr("\"%1\" is still used by %2. Delete those records or remove the actor from "
                              "them first.")
                               .arg(name, uses.join(QStringLiteral(", "))));
            return false;
        }
        if (!Dialogs::confirm(m_window, title, tr("Delete the actor \"%1\"? %2").arg(name, trashNote())))
            return false;
        if (!moveToTrash<ActorStore>(id, name))
            return false;
        break;
    }
    case RecordList::Family::Partners: {
        PartnerStore store(m_db);
        const std::optional<ForeignPartner> partner = store.find(id);
        if (!partner)
            return false;
        if (const int used = store.usage(id); used > 0) {
            Dialogs::error(
                m_window, title,
                tr("\"%1\" takes part in %n partnership(s) or project(s). Delete those records or remove "
                   "the partner from them first.",
                   nullptr, used)
                    .arg(name));
            return false;
        }
        if (!Dialogs::confirm(m_window, title,
                              tr("Delete the foreign partner \"%1\"? %2").arg(name, trashNote())))
            return false;
        if (!moveToTrash<PartnerStore>(id, name))
            return false;
        break;
    }
    case RecordList::Family::Partnerships: {
        PartnershipStore store(m_db);
        const std::optional<Partnership> partnership = store.find(id);
        if (!partnership)
            return false;
        if (const int projects = store.projectCount(id); projects > 0) {
            Dialogs::error(
                m_window, title,
                tr("The partnership \"%1\" has %n project(s). Delete them or attach them elsewhere first.",
                   nullptr, projects)
                    .arg(name));
            return false;
        }
        if (!Dialogs::confirm(
                m_window, title,
                tr("Delete the partnership \"%1\"? Its actors and partners stay. %2").arg(name, trashNote())))
            return false;
        if (!moveToTrash<PartnershipStore>(id, name))
            return false;
        break;
    }
    case RecordList::Family::Projects: {
        ProjectStore store(m_db);
        const std::optional<Project> project = store.find(id);
        if (!project)
            return false;
        const int fundings = static_cast<int>(FundingStore(m_db).idsForProject(id).size());
        const QString question =
            fundings > 0 ? tr("Delete the project \"%1\" and its %n funding line(s)?", nullptr, fundings)
                         : tr("Delete the project \"%1\"?");
        if (!Dialogs::confirm(m_window, title, question.arg(name) + QLatin1Char(' ') + trashNote()))
            return false;
        if (!moveToTrash<ProjectStore>(id, name))
            return false;
        break;
    }
    }
    Q_EMIT recordsChanged();
    return true;
}
