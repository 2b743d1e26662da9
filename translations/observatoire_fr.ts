<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActorStore</name>
    <message>
        <source>This actor no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known type of actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an INSEE commune code (five characters, such as 69123 or 2A004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid SIREN number (nine digits with a valid check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RNA number (W followed by nine digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known département.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent actor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted while other records refer to it (partnerships: %2, projects: %3, funding lines: %4, attached actors: %5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>The change history could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run &quot;observatoire --help&quot; for the list of commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--db needs a file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: observatoire [--db LOCATION] [COMMAND ...]

Records and queries the international partnerships, twinnings and projects of a
region&apos;s actors. Without a command, opens the application window.

Commands:
  init             create or upgrade the database; print the schema version
  check            check integrity, foreign keys and data rules; list problems
  backup -o FILE   write a consistent copy of the database

Options:
  --db LOCATION    database file, or postgresql:// URL; default: $OBSERVATOIRE_DB,
                   else observatoire.sqlite in the application-data folder
  --version        print the version
  --help           print this help

Exit codes: 0 success, 1 data problems, 2 usage error,
3 database unavailable, locked, damaged or of a newer version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observatoire: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 was written by a newer version of Observatoire (schema version %2; this program knows up to %3). Install the newer version to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PostgreSQL databases are not supported by this version of Observatoire yet; use a local database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no database here. Create it with &quot;observatoire --db %1 init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Observatoire database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (waited %2 s). Close the other program or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database could not be upgraded and was left at schema version %2.
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL journaling: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>init takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>usage: backup -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write into the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup cannot replace the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: %1 written (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database location is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL (postgresql://user@host/database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <source>The record could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingStore</name>
    <message>
        <source>This funding line no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funding line belongs to a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project of this funding line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the funder or the funding programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known funding programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known funding status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>the partnership has no actor of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partnership has no foreign partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partnership ends before it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s budget is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the funding amount is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the funding line names neither a funder nor a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the actor has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 refers to a missing %2 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check &quot;%1&quot; could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an INSEE commune code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid SIREN number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RNA number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Observatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observatoire databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. To work in it, use File › Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observatoire databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Observatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Observatoire %1&lt;/h3&gt;&lt;p&gt;Records the international partnerships, twinnings and projects of the region&apos;s actors, and produces the yearly observatory report.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Observatoire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3
Statement: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 could not record the schema version: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>&quot;%1&quot; is not a date (expected 12/05/1998, 05/1998 or 1998)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year %2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerStore</name>
    <message>
        <source>This partner no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign partner needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign partner needs a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known type of partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A latitude lies between -90 and 90 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longitude lies between -180 and 180 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n partnership(s) or project(s) refer to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipStore</name>
    <message>
        <source>This partnership no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the nature of the partnership (twinning, decentralised cooperation…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known nature of partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status of partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partnership needs at least one actor of the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same actor is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the actors no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partnership needs at least one foreign partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same partner is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the partners no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same theme is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date (%1) is before the signature date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This partnership cannot be deleted: %n project(s) belong to it. Move or delete them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>This project no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project needs a lead actor (porteur).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same actor is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the actors no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status of project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership of this project no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, such as EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same partner is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the partners no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same country is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same theme is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Sustainable Development Goal (1 to 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same goal is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSEE code / SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The database is locked by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
