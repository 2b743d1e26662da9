#include "ActorEditor.h"

#include "EditableRows.h"
#include "PartialDateEdit.h"
#include "ReferenceChoices.h"
#include "common/Identifiers.h"
#include "common/Money.h"
#include "refdata/GeoLookup.h"
#include "refdata/PlaceMatcher.h"
#include "store/ActorStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>

namespace {

constexpr int kCodeRole = Qt::UserRole;

enum ApdColumn
{
    ApdYear,
    ApdDeclared,
    ApdAmount,
    ApdDeclaredOn
};

// The "declared" cell: a check box, ticked for a new row (one records the declarations made).
void setDeclared(QTableWidget* table, int row, bool declared)
{
    QTableWidgetItem* item = table->item(row, ApdDeclared);
    item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    item->setCheckState(declared ? Qt::Checked : Qt::Unchecked);
}

// A population as the interface's locale groups it: « 163 684 » (a narrow no-break space) in
// French, « 163,684 » in English; easier to read than « 163684 ».
QString populationText(std::optional<qint64> population)
{
    return population ? QLocale().toString(*population) : QString();
}

// A population typed with the locale's grouping, with spaces of any kind, or with none; nothing
// for an empty field or a text that is not a whole number.
std::optional<qint64> populationOf(const QString& text)
{
    QString digits = text;
    digits.remove(QLocale().groupSeparator());
    digits.removeIf([](QChar c) { return c.isSpace(); });
    bool ok = false;
    const qint64 population = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(population) : std::nullopt;
}

} // namespace

ActorEditor::ActorEditor(const QSqlDatabase& db, const Actor& actor, QWidget* parent)
    : RecordEditorDialog(db, parent)
    , m_original(actor)
    , m_name(new QLineEdit(actor.name, this))
    , m_acronym(new QLineEdit(actor.acronym, this))
    , m_type(new QComboBox(this))
    , m_commune(new QLineEdit(this))
    , m_communes(new QStandardItemModel(this))
    , m_communeCompleter(new QCompleter(m_communes, this))
    , m_insee(new QLineEdit(actor.inseeCode, this))
    , m_siren(new QLineEdit(actor.siren, this))
    , m_rna(new QLineEdit(actor.rna, this))
    , m_departement(new QComboBox(this))
    , m_population(new QLineEdit(populationText(actor.population), this))
    , m_email(new QLineEdit(actor.email, this))
    , m_website(new QLineEdit(actor.website, this))
    , m_phone(new QLineEdit(actor.phone, this))
    , m_source(new QLineEdit(actor.source, this))
    , m_verifiedOn(new PartialDateEdit(this))
    , m_notes(new QPlainTextEdit(actor.notes, this))
    // « Date », not « Déclarée le » beside « Déclarée »: the status is said once.
    , m_apd(new EditableRows({tr("Year"), tr("Declared"), tr("Amount"), tr("Date", "of an APD declaration")},
                             ApdAmount, tr("Add a year"), this))
    , m_placeNote(new QLabel(this))
    , m_countWarning(new QLabel(this))
    , m_communeCode(actor.inseeCode.trimmed().toUpper())
{
    setObjectName(QStringLiteral("actorEditor"));
    setWindowTitle(actor.id > 0 ? tr("Actor") : tr("New actor"));
    m_name->setObjectName(QStringLiteral("name"));
    m_type->setObjectName(QStringLiteral("actorType"));
    m_commune->setObjectName(QStringLiteral("commune"));
    m_insee->setObjectName(QStringLiteral("insee"));
    m_siren->setObjectName(QStringLiteral("siren"));
    m_departement->setObjectName(QStringLiteral("departement"));
    m_population->setObjectName(QStringLiteral("population"));
    // Typed without separators, grouped once left.
    connect(m_population, &QLineEdit::editingFinished, this, [this] {
        if (const std::optional<qint64> population = populationOf(m_population->text()))
            m_population->setText(populationText(population));
    });
    m_commune->setPlaceholderText(tr("Type the municipality's name: its codes fill in"));
    ReferenceChoices::fill(m_type,
                           ReferenceChoices::entries(db, QStringLiteral("ref_actor_type"), actor.typeCode),
                           actor.typeCode, tr("Choose…"));
    ReferenceChoices::fill(m_departement, ReferenceEntries::departements(db), actor.departementCode,
                           tr("(none)"));
    m_verifiedOn->setDate(actor.verifiedOn);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4);
    const QString communeCode = actor.communeInsee.isEmpty() ? actor.inseeCode : actor.communeInsee;
    if (const auto commune = GeoLookup(db).communeByCode(communeCode); !communeCode.isEmpty() && commune)
        m_commune->setText(commune->commune.name);

    m_communeCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_commune->setCompleter(m_communeCompleter);
    connect(m_commune, &QLineEdit::textEdited, this, &ActorEditor::suggestCommunes);
    connect(m_communeCompleter, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { useCommune(index.data(kCodeRole).toString()); });

    addRow(tr("Name"), m_name, QStringLiteral("name"));
    addRow(tr("Acronym"), m_acronym, QStringLiteral("acronym"));
    addRow(tr("Type"), m_type, QStringLiteral("actor_type"));
    addRow(tr("Municipality"), m_commune, QStringLiteral("commune"));
    addRow(tr("INSEE code"), m_insee, QStringLiteral("actor_code"));
    addRow(QString(), m_placeNote);
    addRow(tr("SIREN"), m_siren, QStringLiteral("siren"));
    addRow(tr("RNA"), m_rna, QStringLiteral("rna"));
    addRow(tr("Department"), m_departement, QStringLiteral("departement"));
    addRow(QString(), m_countWarning);
    addRow(tr("Population"), m_population, QStringLiteral("population"));
    addRow(tr("E-mail"), m_email, QStringLiteral("email"));
    addRow(tr("Website"), m_website, QStringLiteral("website"));
    addRow(tr("Phone"), m_phone, QStringLiteral("phone"));
    addRow(tr("Source"), m_source, QStringLiteral("source"));
    addRow(tr("Verified on"), m_verifiedOn, QStringLiteral("verified_on"));
    addRow(tr("Notes"), m_notes, QStringLiteral("notes"));
    addRow(tr("ODA declarations"), m_apd, QStringLiteral("apd_years"));
    m_apd->setObjectName(QStringLiteral("apdDeclarations"));
    m_apd->addButton()->setObjectName(QStringLiteral("addApdYear"));
    m_apd->setToolTip(tr("The years for which the local authority declared its official development "
                         "assistance (ODA, « déclaration APD » on French forms): some schemes ask for it."));
    for (const ApdDeclaration& d : actor.apdDeclarations) {
        const int row = m_apd->appendRow({QString::number(d.year), QString(),
                                          d.amountCents ? Money::format(*d.amountCents) : QString(),
                                          d.declaredOn.toFrench()});
        setDeclared(m_apd->table(), row, d.declared);
    }
    connect(m_apd, &EditableRows::rowAdded, this,
            [this](int row) { setDeclared(m_apd->table(), row, true); });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ActorEditor::updateApdShown);
    updateApdShown();
    m_placeNote->setObjectName(QStringLiteral("placeNote"));
    m_countWarning->setObjectName(QStringLiteral("countWarning"));
    for (QLabel* label : {m_placeNote, m_countWarning}) {
        label->setWordWrap(true);
        // As tall as its wrapped lines, not centred in the room a narrow width would ask for.
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->hide();
    }
    m_countWarning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    connect(m_name, &QLineEdit::editingFinished, this, &ActorEditor::recognisePlace);
    connect(m_insee, &QLineEdit::editingFinished, this, &ActorEditor::followCode);
    connect(m_commune, &QLineEdit::editingFinished, this, &ActorEditor::followCommuneName);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ActorEditor::updateCountWarning);
    connect(m_departement, &QComboBox::currentIndexChanged, this, &ActorEditor::updateCountWarning);
    updateCountWarning();
    fitToScreen(560);
}

bool ActorEditor::mayBeAPlace() const
{
    static const QStringList placeTypes = {QStringLiteral("commune"), QStringLiteral("epci"),
                                           QStringLiteral("metropole_lyon"), QStringLiteral("departement"),
                                           QStringLiteral("region")};
    const QString type = m_type->currentData().toString();
    return type.isEmpty() || placeTypes.contains(type);
}

void ActorEditor::recognisePlace()
{
    if (!mayBeAPlace() || !m_insee->text().trimmed().isEmpty() || !m_siren->text().trimmed().isEmpty())
        return;
    const PlaceNameMatch found =
        PlaceMatcher(m_db).match(m_name->text(), m_departement->currentData().toString());
    if (found.place) {
        fillFromPlace(*found.place);
        m_placeNote->setText(tr("Recognised as %1, an official place: its type, codes, department and "
                                "population are filled in.")
                                 .arg(found.place->name));
        m_placeNote->show();
    } else if (!found.homonyms.isEmpty()) {
        m_placeNote->setText(tr("Several places of the region bear this name (%1): choose the department or "
                                "the commune to tell which.")
                                 .arg(PlaceMatcher::placeList(found.homonyms)));
        m_placeNote->show();
    }
}

void ActorEditor::followCode()
{
    const QString code = m_insee->text().trimmed().toUpper();
    // Leaving the field unchanged keeps what the adviser typed in the others.
    if (!mayBeAPlace() || code == m_communeCode)
        return;
    std::optional<CommuneMatch> match;
    if (Identifiers::isInseeCommuneCode(code))
        match = GeoLookup(m_db).communeByCode(code);
    if (!match) {
        // An unknown code is left as typed (saving refuses it with the reason), but what the
        // previous commune filled in no longer belongs to this actor.
        forgetCommune();
        return;
    }
    const Commune& commune = match->commune;
    if (match->isFormer()) {
        m_insee->setText(commune.code);
        m_placeNote->setText(tr("%1 is the former code of %2, now part of %3: the current code %4 is used.")
                                 .arg(code, match->formerName.isEmpty() ? code : match->formerName,
                                      commune.name, commune.code));
        m_placeNote->show();
    }
    if (commune.code == m_communeCode)
        return;
    if (isCommuneItself()) {
        becomeCommune(commune);
        return;
    }
    // The commune follows the code, visibly, rather than keeping one that the code contradicts.
    m_commune->setText(commune.name);
    ReferenceChoices::select(m_departement, commune.departementCode);
    m_communeCode = commune.code;
}

void ActorEditor::followCommuneName()
{
    const QString name = m_commune->text().trimmed();
    if (!isCommuneItself() || name.isEmpty())
        return;
    const GeoLookup geography(m_db);
    if (const auto current = geography.communeByCode(m_communeCode); current && current->commune.name == name)
        return;
    // The département tells homonyms apart; a commune of another département is still the one
    // meant when its name is unique (the département then follows it).
    QList<CommuneMatch> named = geography.communesNamed(name, m_departement->currentData().toString());
    if (named.size() != 1)
        named = geography.communesNamed(name);
    if (named.size() == 1)
        becomeCommune(named.first().commune);
}

bool ActorEditor::isCommuneItself() const
{
    const QString type = m_type->currentData().toString();
    return type.isEmpty() || type == QLatin1String("commune");
}

void ActorEditor::becomeCommune(const Commune& commune)
{
    m_communeCode = commune.code;
    m_insee->setText(commune.code);
    m_commune->setText(commune.name);
    ReferenceChoices::select(m_departement, commune.departementCode);
    if (m_type->currentData().toString().isEmpty())
        ReferenceChoices::select(m_type, QStringLiteral("commune"));
    m_siren->setText(commune.siren);
    m_population->setText(populationText(commune.population));
}

void ActorEditor::forgetCommune()
{
    if (m_communeCode.isEmpty())
        return;
    if (const auto previous = GeoLookup(m_db).communeByCode(m_communeCode)) {
        // Only what the commune filled in: a value the adviser typed stays.
        const Commune& commune = previous->commune;
        if (m_commune->text().trimmed() == commune.name)
            m_commune->clear();
        if (QString(m_siren->text()).remove(QLatin1Char(' ')) == commune.siren)
            m_siren->clear();
        if (commune.population && populationOf(m_population->text()) == commune.population)
            m_population->clear();
    }
    m_communeCode.clear();
}

void ActorEditor::fillFromPlace(const OfficialPlace& place)
{
    Actor filled;
    place.applyTo(filled);
    ReferenceChoices::select(m_type, filled.typeCode);
    m_insee->setText(filled.inseeCode);
    m_siren->setText(filled.siren);
    ReferenceChoices::select(m_departement, filled.departementCode);
    if (filled.population && m_population->text().trimmed().isEmpty())
        m_population->setText(populationText(filled.population));
    if (place.typeCode == QLatin1String("commune"))
        m_commune->setText(place.name);
}

void ActorEditor::updateCountWarning()
{
    const bool noType = m_type->currentData().toString().isEmpty();
    const bool noDepartement = m_departement->currentData().toString().isEmpty();
    if (!noType && !noDepartement) {
        m_countWarning->hide();
        return;
    }
    // The report's rule for actors (ReportRules::EngagedActor): without a département an actor is
    // counted apart, not among the actors of the region.
    QString warning;
    if (noDepartement)
        warning = tr("Without a department, the yearly report counts this actor apart, not among the actors "
                     "of the region nor in any table by department.");
    if (noType)
        warning += (warning.isEmpty() ? QString() : QStringLiteral(" ")) +
                   tr("Without a type, the report cannot count it by type or family of actors.");
    m_countWarning->setText(warning);
    m_countWarning->show();
}

void ActorEditor::updateApdShown()
{
    const bool shown =
        m_apd->table()->rowCount() > 0 || ActorStore(m_db).isLocalAuthority(m_type->currentData().toString());
    setRowShown(m_apd, shown);
}

void ActorEditor::collectApd(Actor& actor, Problems& problems) const
{
    const QString field = QStringLiteral("apd_years");
    actor.apdDeclarations.clear();
    QTableWidget* table = m_apd->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString year = m_apd->text(row, ApdYear);
        const QString amount = m_apd->text(row, ApdAmount);
        const QString date = m_apd->text(row, ApdDeclaredOn);
        // A row left empty is no declaration.
        if (year.isEmpty() && amount.isEmpty() && date.isEmpty())
            continue;
        ApdDeclaration d;
        bool isYear = false;
        d.year = year.toInt(&isYear);
        if (!isYear || year.size() != 4)
            problems.append({field, tr("ODA, line %1: \"%2\" is not a year.").arg(row + 1).arg(year)});
        d.declared = table->item(row, ApdDeclared)->checkState() == Qt::Checked;
        if (!amount.isEmpty()) {
            QString error;
            d.amountCents = Money::parse(amount, &error);
            if (!d.amountCents)
                problems.append({field, tr("ODA of %1: %2").arg(year, error)});
        }
        if (!date.isEmpty()) {
            QString error;
            if (const std::optional<PartialDate> parsed = PartialDate::parse(date, &error))
                d.declaredOn = *parsed;
            else
                problems.append({field, tr("ODA of %1: %2").arg(year, error)});
        }
        actor.apdDeclarations << d;
    }
}

void ActorEditor::suggestCommunes(const QString& typed)
{
    m_communes->clear();
    for (const CommuneMatch& match : GeoLookup(m_db).searchCommunes(typed, QString(), 15)) {
        QString text = QStringLiteral("%1 (%2)").arg(match.commune.name, match.commune.departementCode);
        if (match.isFormer() && !match.formerName.isEmpty())
            text = tr("%1, now %2").arg(match.formerName, text);
        auto* item = new QStandardItem(text);
        item->setData(match.commune.code, kCodeRole);
        m_communes->appendRow(item);
    }
    m_communeCompleter->complete();
}

void ActorEditor::useCommune(const QString& code)
{
    const std::optional<CommuneMatch> match = GeoLookup(m_db).communeByCode(code);
    if (!match)
        return;
    const Commune& commune = match->commune;
    QMetaObject::invokeMethod(
        m_commune, [this, name = commune.name] { m_commune->setText(name); }, Qt::QueuedConnection);
    ReferenceChoices::select(m_departement, commune.departementCode);
    // An actor that is the commune itself takes its codes and population; any other actor only
    // sits there.
    if (isCommuneItself()) {
        becomeCommune(commune);
        if (m_name->text().trimmed().isEmpty())
            m_name->setText(commune.name);
    }
}

Actor ActorEditor::collect(Problems& problems) const
{
    Actor actor = m_original;
    actor.name = m_name->text();
    actor.acronym = m_acronym->text();
    actor.typeCode = m_type->currentData().toString();
    actor.inseeCode = m_insee->text().trimmed().toUpper();
    actor.siren = QString(m_siren->text()).remove(QLatin1Char(' '));
    actor.rna = m_rna->text().trimmed().toUpper();
    actor.departementCode = m_departement->currentData().toString();
    actor.email = m_email->text();
    actor.website = m_website->text();
    actor.phone = m_phone->text();
    actor.source = m_source->text();
    actor.notes = m_notes->toPlainText();
    // The commune of the head office: the chosen commune, unless the actor is that commune.
    const QList<CommuneMatch> named = GeoLookup(m_db).communesNamed(m_commune->text(), actor.departementCode);
    actor.communeInsee =
        m_commune->text().trimmed().isEmpty() || named.isEmpty() ? QString() : named.first().commune.code;
    if (actor.communeInsee == actor.inseeCode)
        actor.communeInsee.clear();
    // A commune's commune is itself: another one named there contradicts its code (homonyms the
    // editor could not choose between).
    if (isCommuneItself() && !actor.inseeCode.isEmpty() && !actor.communeInsee.isEmpty())
        problems.append({QStringLiteral("commune"),
                         tr("The commune \"%1\" is not the one of INSEE code %2: choose the commune among "
                            "the suggestions, or correct the code.")
                             .arg(m_commune->text().trimmed(), actor.inseeCode)});
    actor.population = populationOf(m_population->text());
    if (!actor.population && !m_population->text().trimmed().isEmpty())
        problems.append(
            {QStringLiteral("population"), tr("\"%1\" is not a number.").arg(m_population->text())});
    QString error;
    if (const std::optional<PartialDate> date = m_verifiedOn->date(&error))
        actor.verifiedOn = *date;
    else
        problems.append({QStringLiteral("verified_on"), error});
    collectApd(actor, problems);
    return actor;
}

bool ActorEditor::save()
{
    Problems problems;
    const Actor actor = collect(problems);
    ActorStore store(m_db);
    problems += store.validate(actor);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }
    if (actor.id == 0 && !confirmNoDuplicate(DuplicateFinder(m_db).actors(actor)))
        return false;
    const Result<Actor> written = actor.id == 0 ? store.create(actor) : saveOver(store, m_original, actor);
    if (!written) {
        showProblems(written.problems());
        return false;
    }
    m_saved = written.value();
    return true;
}
