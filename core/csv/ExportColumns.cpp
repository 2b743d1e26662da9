#include "ExportColumns.h"

QString ExportColumns::table(Entity entity)
{
    switch (entity) {
    case Entity::Actors:
        return QStringLiteral("actor");
    case Entity::Partners:
        return QStringLiteral("foreign_partner");
    case Entity::Partnerships:
        return QStringLiteral("partnership");
    case Entity::Projects:
        return QStringLiteral("project");
    case Entity::Fundings:
        return QStringLiteral("funding");
    case Entity::Schemes:
        return QStringLiteral("scheme");
    }
    return {};
}

QList<ExportColumns::Column> ExportColumns::linkedColumns(const Linked& linked,
                                                          const QList<const char*>& headers)
{
    const auto shared = std::make_shared<const Linked>(linked);
    QList<Column> list;
    for (int i = 0; i < headers.size(); ++i)
        list.append({headers.at(i), QString(), CellFormatter::Text, shared, i});
    return list;
}

// The actors and partners of a partnership or project (`link` names its link tables), one
// "|"-separated list per column, in step: what the flat import files read back.
QList<ExportColumns::Column> ExportColumns::organisationColumns(const QString& link,
                                                                const char* partnerCountryHeader)
{
    // The lead first, then by name: an order that does not depend on the database's ids, so that
    // a file imported elsewhere exports the same again.
    const Linked actors{
        QStringLiteral("%1_actor pa JOIN actor a ON a.id = pa.actor_id").arg(link),
        QStringLiteral("pa.%1_id").arg(link),
        {QStringLiteral("a.name"), QStringLiteral("coalesce(a.insee_code, a.siren)"),
         QStringLiteral("(SELECT label_fr FROM ref_actor_type WHERE code = a.actor_type_code)"),
         QStringLiteral("a.departement_code"), QStringLiteral("pa.role_code")},
        {QStringLiteral("pa.role_code <> 'porteur'"), QStringLiteral("a.name_normalized"),
         QStringLiteral("a.id")},
        Linked::Organisations::Actors};
    const Linked partners{
        QStringLiteral("%1_partner pp JOIN foreign_partner f ON f.id = pp.partner_id").arg(link),
        QStringLiteral("pp.%1_id").arg(link),
        {QStringLiteral("f.name"),
         QStringLiteral("(SELECT label_fr FROM ref_country WHERE code = f.country_code)"),
         QStringLiteral("f.admin_area")},
        {QStringLiteral("f.name_normalized"), QStringLiteral("f.id")},
        Linked::Organisations::Partners};
    return linkedColumns(actors, {"Acteur", "Code INSEE/SIREN", "Type d'acteur", "Département", "Rôle"}) +
           linkedColumns(partners, {"Partenaire", partnerCountryHeader, "Région du partenaire"});
}

ExportColumns::Column ExportColumns::labelled(const char* header, const char* code, const char* labels)
{
    Column column{header, QString::fromUtf8(code)};
    column.labels = labels;
    return column;
}

ExportColumns::Column ExportColumns::codeLabelsColumn(const char* header, const QString& link,
                                                      const QString& owner, const QString& code,
                                                      const QString& labels)
{
    return linkedColumns({QStringLiteral("%1 lt JOIN %2 t ON t.code = lt.%3").arg(link, labels, code),
                          QStringLiteral("lt.%1").arg(owner),
                          {QStringLiteral("t.label_fr")},
                          {QStringLiteral("t.sort_order")}},
                         {header})
        .first();
}

ExportColumns::Column ExportColumns::themesColumn(const QString& link)
{
    return codeLabelsColumn("Thématiques", link + QLatin1String("_theme"), link + QLatin1String("_id"),
                            QStringLiteral("theme_code"), QStringLiteral("ref_theme"));
}

// An actor's APD declarations, one "|"-separated list per column, in step, latest year first: what
// the actor import reads back. Amounts as plain decimals ("12345.5"), which the import reads in
// either dialect; "oui"/"non" as the import's yes and no.
QList<ExportColumns::Column> ExportColumns::apdColumns()
{
    return linkedColumns(
        {QStringLiteral("actor_apd_declaration d"),
         QStringLiteral("d.actor_id"),
         {QStringLiteral("d.year"), QStringLiteral("CASE WHEN d.declared = 1 THEN 'oui' ELSE 'non' END"),
          QStringLiteral("CASE WHEN d.amount_cents IS NULL THEN NULL WHEN d.amount_cents % 100 = 0 THEN "
                         "CAST(d.amount_cents / 100 AS TEXT) ELSE CAST(d.amount_cents / 100 AS TEXT) || '.' "
                         "|| CASE WHEN d.amount_cents % 100 < 10 THEN '0' ELSE '' END || "
                         "CAST(d.amount_cents % 100 AS TEXT) END"),
          QStringLiteral("d.declared_on")},
         {QStringLiteral("-d.year")}},
        {"APD : années", "APD : déclarée", "APD : montants", "APD : dates de déclaration"});
}

QList<ExportColumns::Column> ExportColumns::of(Entity entity)
{
    switch (entity) {
    case Entity::Actors:
        return QList<Column>{
                   {"Identifiant", QStringLiteral("r.uuid")},
                   {"Nom", QStringLiteral("r.name")},
                   {"Sigle", QStringLiteral("r.acronym")},
                   labelled("Type d'acteur", "r.actor_type_code", "ref_actor_type"),
                   {"Code INSEE", QStringLiteral("r.insee_code")},
                   {"SIREN", QStringLiteral("r.siren")},
                   {"RNA", QStringLiteral("r.rna")},
                   {"Commune", QStringLiteral("r.commune_insee")},
                   {"Département", QStringLiteral("r.departement_code")},
                   {"Population", QStringLiteral("r.population"), CellFormatter::Integer},
                   {"Adresse", QStringLiteral("r.address")},
                   {"Code postal", QStringLiteral("r.postcode")},
                   {"Site web", QStringLiteral("r.website")},
                   {"Courriel", QStringLiteral("r.email")},
                   {"Téléphone", QStringLiteral("r.phone")},
                   {"Source", QStringLiteral("r.source")},
                   {"Vérifié le", QStringLiteral("r.verified_on"), CellFormatter::Date},
                   {"Notes", QStringLiteral("r.notes")},
               } +
               apdColumns();
    case Entity::Partners:
        return {
            {"Identifiant", QStringLiteral("r.uuid")},
            {"Nom", QStringLiteral("r.name")},
            labelled("Type de partenaire", "r.partner_type_code", "ref_partner_type"),
            labelled("Pays", "r.country_code", "ref_country"),
            {"Région du partenaire", QStringLiteral("r.admin_area")},
            {"Latitude", QStringLiteral("r.latitude"), CellFormatter::Real},
            {"Longitude", QStringLiteral("r.longitude"), CellFormatter::Real},
            {"Source", QStringLiteral("r.source")},
            {"Vérifié le", QStringLiteral("r.verified_on"), CellFormatter::Date},
            {"Notes", QStringLiteral("r.notes")},
        };
    case Entity::Partnerships: {
        QList<Column> list = {
            {"Identifiant", QStringLiteral("r.uuid")},
            labelled("Nature", "r.kind_code", "ref_partnership_kind"),
            labelled("Statut", "r.status_code", "ref_partnership_status"),
        };
        list << organisationColumns(QStringLiteral("partnership"), "Pays");
        return list << QList<Column>{
                   {"Date de signature", QStringLiteral("r.signed_on"), CellFormatter::Date},
                   {"Date de fin", QStringLiteral("r.ended_on"), CellFormatter::Date},
                   themesColumn(QStringLiteral("partnership")),
                   {"Description", QStringLiteral("r.description")},
                   {"Source", QStringLiteral("r.source")},
                   {"Vérifié le", QStringLiteral("r.verified_on"), CellFormatter::Date},
                   {"Titre", QStringLiteral("r.title")},
                   {"Motif du statut", QStringLiteral("r.status_reason")},
                   {"Formalisé", QStringLiteral("r.formalized"), CellFormatter::Flag},
               };
    }
    case Entity::Projects: {
        QList<Column> list = {
            {"Identifiant", QStringLiteral("r.uuid")},
            {"Titre", QStringLiteral("r.title")},
            labelled("Statut", "r.status_code", "ref_project_status"),
        };
        list << organisationColumns(QStringLiteral("project"), "Pays du partenaire");
        return list << QList<Column>{
                   linkedColumns(
                       {QStringLiteral("project_country pc JOIN ref_country c ON c.code = pc.country_code"),
                        QStringLiteral("pc.project_id"),
                        {QStringLiteral("c.label_fr")},
                        {QStringLiteral("c.code")}},
                       {"Pays"})
                       .first(),
                   {"Partenariat",
                    QStringLiteral("(SELECT uuid FROM partnership WHERE id = r.partnership_id)")},
                   {"Date de début", QStringLiteral("r.started_on"), CellFormatter::Date},
                   {"Date de fin", QStringLiteral("r.ended_on"), CellFormatter::Date},
                   {"En France", QStringLiteral("r.in_france"), CellFormatter::Flag},
                   {"Budget", QStringLiteral("r.budget_cents"), CellFormatter::Money},
                   {"Devise", QStringLiteral("r.currency")},
                   themesColumn(QStringLiteral("project")),
                   linkedColumns({QStringLiteral("project_sdg ps"),
                                  QStringLiteral("ps.project_id"),
                                  {QStringLiteral("ps.sdg_goal")},
                                  {QStringLiteral("ps.sdg_goal")}},
                                 {"ODD"})
                       .first(),
                   {"Description", QStringLiteral("r.description")},
                   {"Source", QStringLiteral("r.source")},
                   {"Vérifié le", QStringLiteral("r.verified_on"), CellFormatter::Date},
               };
    }
    case Entity::Fundings:
        return {
            {"Identifiant", QStringLiteral("r.uuid")},
            {"Projet", QStringLiteral("(SELECT uuid FROM project WHERE id = r.project_id)")},
            {"Titre du projet", QStringLiteral("(SELECT title FROM project WHERE id = r.project_id)")},
            {"Financeur", QStringLiteral("(SELECT name FROM actor WHERE id = r.funder_actor_id)")},
            {"Code du financeur",
             QStringLiteral("(SELECT coalesce(insee_code, siren) FROM actor WHERE id = r.funder_actor_id)")},
            labelled("Programme", "r.programme_code", "ref_funding_programme"),
            {"Année", QStringLiteral("r.year"), CellFormatter::Integer},
            {"Montant", QStringLiteral("r.amount_cents"), CellFormatter::Money},
            labelled("État", "r.status_code", "ref_funding_status"),
            {"Notes", QStringLiteral("r.notes")},
            {"Dispositif", QStringLiteral("(SELECT name FROM scheme WHERE id = r.scheme_id)")},
            {"Identifiant du dispositif", QStringLiteral("(SELECT uuid FROM scheme WHERE id = r.scheme_id)")},
            {"Clôture de l'appel", QStringLiteral("r.call_closes_on"), CellFormatter::Date},
        };
    case Entity::Schemes: {
        const QString owner = QStringLiteral("scheme_id");
        QList<Column> list = {
            {"Identifiant", QStringLiteral("r.uuid")},
            {"Nom", QStringLiteral("r.name")},
            {"Financeur", QStringLiteral("r.funder")},
            labelled("Programme", "r.programme_code", "ref_funding_programme"),
            labelled("Type de dispositif", "r.kind_code", "ref_scheme_kind"),
            codeLabelsColumn("Ouvert à", QStringLiteral("scheme_actor_type"), owner,
                             QStringLiteral("actor_type_code"), QStringLiteral("ref_actor_type")),
            codeLabelsColumn("Zones", QStringLiteral("scheme_zone"), owner, QStringLiteral("zone_code"),
                             QStringLiteral("ref_zone")),
            // Countries by name, in the order of their codes (sort_order is 0 for every country).
            linkedColumns({QStringLiteral("scheme_country lt JOIN ref_country t ON t.code = lt.country_code"),
                           QStringLiteral("lt.scheme_id"),
                           {QStringLiteral("t.label_fr")},
                           {QStringLiteral("t.code")}},
                          {"Pays"})
                .first(),
            themesColumn(QStringLiteral("scheme")),
            codeLabelsColumn("Conditions", QStringLiteral("scheme_condition"), owner,
                             QStringLiteral("condition_code"), QStringLiteral("ref_scheme_condition")),
            {"Montant minimal", QStringLiteral("r.amount_min_cents"), CellFormatter::Money},
            {"Montant maximal", QStringLiteral("r.amount_max_cents"), CellFormatter::Money},
            {"Taux de cofinancement maximal", QStringLiteral("r.cofunding_max_percent"),
             CellFormatter::Integer},
        };
        // The calls, one "|"-separated list per column, in step, in closing order.
        list << linkedColumns(
            {QStringLiteral("scheme_call c"),
             QStringLiteral("c.scheme_id"),
             {QStringLiteral("c.label"), QStringLiteral("c.opens_on"), QStringLiteral("c.closes_on")},
             {QStringLiteral("c.closes_on")}},
            {"Appels", "Ouverture des appels", "Clôture des appels"});
        return list << QList<Column>{
                   {"Lien", QStringLiteral("r.url")},
                   {"Contact", QStringLiteral("r.contact")},
                   {"Description", QStringLiteral("r.description")},
                   {"Source", QStringLiteral("r.source")},
                   {"Vérifié le", QStringLiteral("r.verified_on"), CellFormatter::Date},
               };
    }
    }
    return {};
}

QString ExportColumns::linkedQuery(const Linked& linked, const QString& where)
{
    QStringList values;
    for (const QString& value : linked.values)
        values << QStringLiteral("coalesce(CAST(%1 AS TEXT), '')").arg(value); // a number too (PostgreSQL)
    // Ordered by record only, with what orders a record's values: VocabularyCells sorts them.
    return QStringLiteral("SELECT %1, %2, %3 FROM %4%5 ORDER BY %1")
        .arg(linked.owner, values.join(QLatin1String(", ")), linked.order.join(QLatin1String(", ")),
             linked.from, where);
}
