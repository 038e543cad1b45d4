<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgencyKind</name>
    <message>
        <source>Municipal police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County sheriff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tribal police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyProfileLoader</name>
    <message>
        <source>the agency is no longer in the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencySeries</name>
    <message>
        <source>%1 among %2 sworn staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder or a device, not a file; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 to check what it holds: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is %2, not %3; it was left as it was. Choose another name, or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2; the old file, if any, was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file could not be saved to disk; the old file, if any, was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ODT document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditContext</name>
    <message>
        <source>Could not set up the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the audit log, so the file was not opened for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has no tables to audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns of %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the audit mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEntryText</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning or sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>database role (OS user)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ids %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: no copy of the current contents could be kept first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CAC Review database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer CAC Review (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacReview</name>
    <message>
        <source>CAC Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <source>Outreach call sheet: %1 misuse reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agencies to call.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data, fictional agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call: outcome, promised date, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach call sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years not filed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryRule</name>
    <message>
        <source>Grave misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misuse that led to criminal charges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 violations were licensing or employment checks: a process error, not misuse for personal ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 violation of grave kinds: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 violations of grave kinds: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Draws a chart of the statewide figures or of chosen agencies, as a report would print it, and writes it as PNG, SVG or PDF; --csv writes the numbers behind it. Unknown years are gaps, ranges are bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance, activity, categories, outcomes or compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart file: .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also (or only) write the numbers as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency to compare (2 to 8), by ORI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare one agency with the median of its peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigations, violations (default) or individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per 100 sworn staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting years, such as 2015-2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agencies of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agencies of this county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agencies under this parent organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in inches (default 6.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in inches (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of a PNG (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one kind of chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE or --csv FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width-in and --height-in take 1 to 40 inches, --dpi 36 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: %1 is not a kind of agency; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years takes two years, such as 2015-2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric takes investigations, violations or individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare takes 2 to 8 --agency ORIs, or one with --peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data, fictional agencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <source>Investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data, fictional agencies. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies that filed their annual misuse report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed (% of agencies due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agencies due filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misuse investigations, violations and individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count (filed reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Sums over filed reports that gave the figure; a range of violations is drawn as a band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given by 1 filed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given by %1 filed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations by misuse category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Only the years whose reports give categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of those found to have misused CLETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per 100 sworn staff, by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 100 staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Gaps: not filed or not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per 100 staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency has the ORI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median of %1 peers (same kind and size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one peer that reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the middle of %1 peers that reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Peers: agencies of the same kind with sworn staff in the same band (under 50, 50-199, 200-999, 1,000 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agency due filed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartHoverTip</name>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartXlsx</name>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is not one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2: the program writes %3 files here; name the file with one of those extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required: a database file, or a server&apos;s address (postgresql://USER@HOST/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliIo</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write it as HEADER=FIELD, such as &quot;Agency Name=agency&quot;, or HEADER= to leave the column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no field is called &quot;%2&quot;; the fields are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a field; the fields are %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>import misuse reports from CSV files, workbooks or returned forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export misuse reports as CSV or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a database with fictional demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print statewide figures by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the review queue of a year, with reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the outreach call list as CSV or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the reporting forms of a year as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a letter template as PDF, ODT or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cac-review [--db FILE]     open the window
       cac-review COMMAND --help  help on a command

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw a chart as PNG, SVG or PDF, or its numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the packet for a committee meeting as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a whole database between a file and a team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a team&apos;s PostgreSQL database ready: schema and roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompoundFile</name>
    <message>
        <source>the workbook is damaged (its container cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no workbook in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcentrationRule</name>
    <message>
        <source>Concentrated misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictExplanation</name>
    <message>
        <source>the record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 (it was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record was changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed it is not known: the audit log could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by another program (the audit log has no entry for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by another program, as database role %1, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyRule</name>
    <message>
        <source>Figures that do not add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed for %1, but with no figures at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 individuals but only %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories add up to %1, violations are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 but only %2 investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 but only %2 investigations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCommand</name>
    <message>
        <source>&quot;%1&quot; was not done: the contact %2 was changed or removed since, by another window or program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copies a whole database into another: a file into a team&apos;s server, or a server into a file (a snapshot to take home). Every table keeps its rows and ids; each table&apos;s rows are counted and checksummed on both sides before the copy is saved, all or nothing. The destination must be empty, unless --replace, which deletes what it holds first, after you confirm (on a server, only its owner may).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to copy (a file or a server&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy it (a new file, or a server&apos;s empty database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what the destination holds first (asks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty (%2); nothing was copied. --replace deletes what it holds first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing %1 deletes %2. Type yes to go on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 into %2: %3; counts and checksums match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>binary data (a NUL byte): this is not a CSV text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not valid UTF-16 (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is longer than %1 MiB; no field of the format is that long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not UTF-8; if the file came from Excel or LibreOffice on Windows, import it with the encoding Windows-1252 (--encoding windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip file, such as an Excel workbook (.xlsx) or OpenDocument sheet (.ods): open it in your spreadsheet program, save it as &quot;CSV UTF-8&quot;, and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel 97-2003 workbook (.xls): open it in your spreadsheet program, save it as &quot;CSV UTF-8&quot;, and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database, not a CSV file: open it with File &gt; Open instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a CAC Review database (damaged, locked by another program, or not an SQLite file): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a CAC Review database; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked for damage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged, so nothing was written to it (PRAGMA integrity_check: %2). Restore it from a backup, or recover what SQLite can read into a new file; the README says how (&quot;If the database is damaged&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer CAC Review (schema version %2; this program knows up to %3). Open it with a newer version; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enable foreign keys on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and uses an older schema (version %2) that this program must upgrade; copy it somewhere writable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade, and no copy of it could be kept first, so it was left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded from schema version %2 to %3; the file as it was is kept at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a CAC Review database; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1 already exists; a copy never replaces a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1: %2; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseTransfer</name>
    <message>
        <source>%1 cannot be copied into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; nothing was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs after the copy (%2 rows and checksum %3 in %4; %5 and %6 in the copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionCommand</name>
    <message>
        <source>It was changed since, by another window or program; what is there now was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fills a database with demo data: fictional agencies in real California counties, with the kinds of cases the committee sees. The same options always give the same data. The database is marked as demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database (created if it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many agencies (default 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting years (default 2010-2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 2019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two years, such as 2010-2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 agencies, %3 reports (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataInstaller</name>
    <message>
        <source>Cannot write the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFlag</name>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether %1 holds demo data could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>the disk holding %1 is full (%2 KiB free): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentChart</name>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a status of a letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DroppedFiles</name>
    <message>
        <source>%1 is the database already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop one database to open it, or report files to import them, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writes the reports in the import format: CSV, or an Excel workbook when the file name ends in .xlsx (numbers as numbers, dates as dates, unknown as an empty cell, ranges as low and high columns). CSV cells that a spreadsheet would run as formulas are guarded with a leading apostrophe, which the importer removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this reporting year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 reports to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 report to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>Exporting reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionIcons</name>
    <message>
        <source>SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChangeCommand</name>
    <message>
        <source>&quot;%1&quot; was not made again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not undone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not made:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEdits</name>
    <message>
        <source>%1 cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a service status (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>an ORI is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ORI: CA and 7 letters or digits, e.g. CA0010900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year out of range (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a count or a range such as 15-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the low end of the range is above the high end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD or M/D/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date out of range (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a known kind of agency (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a control character (U+%1) at character %2; remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingRule</name>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not file for %1 years in a row (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed the %1 report late: on %2, %3 days after the deadline of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not file for %1 year in a row (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed the %1 report late: on %2, %3 day after the deadline of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingWeeks</name>
    <message>
        <source>%1 reports filed, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting (deadline %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data, fictional agencies. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier reports are counted in the first week, later ones in the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagsCommand</name>
    <message>
        <source> (overridden: %1, because %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the review queue of a year, highest priority first: each agency&apos;s flags in sentences with their weights, the sum, and the suggested sanction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting year under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the queue as CSV or as an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data, fictional agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue for %1: %2 agencies, highest priority first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 %3 — priority %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue for %1: %2 agency, highest priority first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormCommand</name>
    <message>
        <source>Writes the enhanced reporting form of a year (docs/reporting-form.md): one .xlsx workbook per agency due, or per agency named, in the folder, pre-filled with the agency and its contact, with a cell for each figure (the range of violations as two cells, individuals, outcomes and the bulletin&apos;s categories). Returned forms are read back with cac-review import. Existing files are never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the forms in (made if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this agency&apos;s form; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %n reporting form for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %n reporting forms for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImmigrationWatchRule</name>
    <message>
        <source>Immigration-enforcement watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration-enforcement watch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration-enforcement watch (marked by a reviewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: did not file for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: opened no misuse investigation in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 violation for immigration enforcement in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 violations for immigration enforcement in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports already in the database that the import would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports already in the database that the import changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(replaces a correction made by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 more warnings not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 more errors not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 repeated rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before this import is kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the same file as the last import, with nothing written since, so its rows were not read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports annual misuse reports from a CSV or tab-separated file (docs/csv-format.md) or a sheet of an Excel workbook, .xlsx (docs/spreadsheets.md). Every value is checked first; if any is refused, nothing is written and each problem is listed as FILE:LINE: column: value: reason, or FILE:Sheet1!C7: ... for a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files to import, or folders whose .csv, .tsv, .txt, .xlsx and .xls files are imported; several are imported as one, all or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database (created if it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding of a CSV file: %1. Found from the file when not given: UTF-8 or UTF-16 by their BOM, UTF-8 if the whole file is, else Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet of a workbook to read; by default the first that has a header row naming the ori and year columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the column HEADER as FIELD (a column name of the format, such as agency or investigations), or leave it out with HEADER=. Repeatable. A mapping used in an import is remembered in the database for files with the same headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column choices from a JSON file: {&quot;Agency Name&quot;: &quot;agency&quot;, &quot;Notes 2&quot;: null}; --map adds to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the header row found and the field each column is read as, and check the file; write nothing. --db is then optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db DB is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a file or folder to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--show-mapping shows the mapping of one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding %1: not an encoding the import reads; it reads %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files as one: all of them or none.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make a scratch folder for the dry run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3: %4, %5 changed, %6 unchanged; %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agency added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agencies added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 repeated row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: import refused: %n error; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: import refused: %n errors; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n report corrected by hand since its last import is changed again; the warning names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n reports corrected by hand since their last import are changed again; the warnings name them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFingerprint</name>
    <message>
        <source>%1 could not be looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFolder</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder holds no file to import (.csv, .tsv, .txt, .xlsx, .xls or .ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lock file of an open workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database&apos;s companion file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database, not a file to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRowParser</name>
    <message>
        <source>a date cell where a number belongs (a spreadsheet turns a range typed as 3-5 into 5 March): type the value as text, with an apostrophe first (&apos;3-5), or format the cell as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields but the header names %2 (an unquoted comma in a value?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value in a column the header row leaves unnamed; name the column or clear the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both ends of the range of violations, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the low end of the range is above its high end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact&apos;s phone, email or role needs a contact name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a file (a folder, a pipe or a device); name a CSV file or a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheet has a header row that names the ori and year columns; the sheets are %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Could not prepare the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database role may not import reports (that takes the staff role of server-setup): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LargeZeroRule</name>
    <message>
        <source>Large agency, no investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero investigations in %1 years with %2 sworn staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterCommand</name>
    <message>
        <source>Fills a letter template for an agency and writes it as PDF (the letter of record), ODT (an editable draft) or HTML. --list names the templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency, by ORI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf, FILE.odt or FILE.html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting year (default: the latest on record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a placeholder, e.g. meeting.chair=&quot;A. Name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db, --agency, --template and --out are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 has no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template is named %1; cac-review letter --list names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reporting year: name one with --year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 (version %2) cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo data, fictional agencies)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterContext</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency has the ORI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the review rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unrecorded date (the %1 report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the review decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDrafting</name>
    <message>
        <source>No template is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency has the ORI %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterExporter</name>
    <message>
        <source>%1: the letter could not be written as OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf, .odt or .html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Demo data, fictional agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Demo data, fictional agencies.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterLauncher</name>
    <message>
        <source>New letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only: no letter can be drafted in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped letter templates could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter templates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be drafted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPlaceholders</name>
    <message>
        <source>today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reporting year of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date that year&apos;s report was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agency&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ORI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parent organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sworn staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its CLETS service: active, suspended, removed, ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact&apos;s name (a section: only when there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the last report filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when the year&apos;s report is not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when two or more years in a row are not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years in a row not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>those years, as &quot;2016, 2017 and 2018&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when warnings or sanctions are on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warnings and sanctions (a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a warning&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning, censure, suspension or removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reports on record, by year (a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, no or not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violations, &quot;15 to 25&quot; for a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigations still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review queue&apos;s reasons for the year (a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggested sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when the review queue flags the agency for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when the committee overrode the suggested sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sanction the committee chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it chose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it chose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when the agency has filed a report up to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when it has filed none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when its reports count some investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when its filed reports count no investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its investigations, as &quot;4 misuse investigations&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its violations, as &quot;15 to 25 violations&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when it reports violations for immigration enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year of its first filed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when its last filed report has a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when it has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown when no report is filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date the last report was filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year of the last report filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committee meeting&apos;s date (--set meeting.date=...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair&apos;s name (--set meeting.chair=...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section shown for demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingOptions</name>
    <message>
        <source>--mapping %1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping %1: not a JSON object such as {&quot;Agency Name&quot;: &quot;agency&quot;}: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): the header is row %3; its columns are read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingAgenda</name>
    <message>
        <source>none: not flagged this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overridden; the ladder suggested %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing flags this agency for the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing printed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data, fictional agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing flags this agency for %1, and no sanction is suggested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPacket</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting packet, printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLETS Advisory Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting year reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data, fictional agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 from %2. Unknown figures are shown as &quot;%3&quot;, never as 0; a range such as 15–25 is as the agency reported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statewide picture, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency was due to report for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance: agencies that filed, of those due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MisuseCategory</name>
    <message>
        <source>Self or acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others&apos; use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firearm check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self, family or acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared user ID or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let others use own access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensing or employment checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firearm check before purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized DMV query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-profile people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Querying yourself, a family member, friend or acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving CLETS information to another person, agency or company for unauthorized purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing user IDs or passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in and letting others use your access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal-history queries for licensing, employment or certification (e.g. concealed-carry permits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether a firearm is stolen before buying it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMV queries for unauthorized address, registration or insurance information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Querying high-profile people in the media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using non-criminal-history data for immigration enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other misuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdsSheetReader</name>
    <message>
        <source>the spreadsheet is damaged: its content cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet, sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet is damaged: it ends inside a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row with values beyond column %1: the spreadsheet is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows with values beyond row %1: the spreadsheet is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdsWorkbook</name>
    <message>
        <source>the spreadsheet expands to more than %1 MiB; it is not a report a spreadsheet holds (a &quot;zip bomb&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet is damaged: %1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument file that is not a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet is damaged: its %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Counseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachCall</name>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says it filed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachCommand</name>
    <message>
        <source>Writes the outreach list of a year: the agencies to call (not filed, figures that do not add up, no individuals or categories), with contacts and the last call, as CSV or as a printable PDF call sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv, FILE.xlsx or FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agencies to call for %2; wrote %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agency to call for %2; wrote %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachList</name>
    <message>
        <source>Outreach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach list, reporting year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not filed the %1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed without the number of individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed without misuse categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketAgencyPages</name>
    <message>
        <source>Against its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing flags this agency for %1, and no sanction is suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sworn staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLETS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for immigration enforcement use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and sanctions on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach calls about the %1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest letter draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter drafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, version %3, saved %4 by %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketCommand</name>
    <message>
        <source>Writes the packet for a committee meeting as a PDF: a cover, the contents, the statewide picture of the reporting year, the agenda, then each agency on its own pages with its record, chart, reasons, sanctions, calls and latest draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet: a .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting year reviewed (default: the latest on record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year, such as 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting takes a meeting&apos;s number; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reports: there is no year to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 agencies, reporting year %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data, fictional agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has no meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 agency, reporting year %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketLoader</name>
    <message>
        <source>There is no meeting %1 in this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>Demo data, fictional agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>record review decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work the outreach list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the review rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your database role may do could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only (%1): nobody can %2 in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database role, %1, may not %2 on this server; its administrator gives roles (committee, staff, admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only: you can read it but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, who may read but change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, who may %3, but not %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectedFiles</name>
    <message>
        <source>%1 is the open database; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a working file of the open database %2; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueExport</name>
    <message>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue, %1, highest priority first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueSelectionActions</name>
    <message>
        <source>Unmark %n agency reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark %n agencies reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %n agency reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %n agencies reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back the reviewed mark of %n agency for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back the reviewed mark of %n agencies for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %n agency reviewed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %n agencies reviewed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %n agency to an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %n agencies to an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %n agency to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %n agencies to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %n was on its agenda already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %n were on its agenda already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted %n letter; it is on its agency&apos;s Letters tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted %n letters; each is on its agency&apos;s Letters tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyFolder</name>
    <message>
        <source>its folder %1 cannot be written (a read-only folder or drive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderProcess</name>
    <message>
        <source>it stopped on signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stopped with status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFacts</name>
    <message>
        <source>%1 to %2 violations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRule</name>
    <message>
        <source>Record or jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, above its earlier maximum of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, against a median of %3 in the three years before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderLetters</name>
    <message>
        <source>The reminder template is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a column of the format; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a column of the format; ignored (map it to %1 with --map &quot;%2=FIELD&quot; if it is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column appears twice in the header: column %1 is also %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file gives violations both as one column and as low and high columns; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row: the first line looks like data; add a first line that names the columns (ori, year, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row: none of the first %1 rows names both the ori and the year columns (map them with --map &quot;HEADER=ori&quot;); the first reads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is demo data and the database holds real agencies; demo data is never mixed with real data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds demo data and this file does not; import real data into a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file mixes demo rows with real ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this reporting form was not made from this database (its id is not one of the forms issued); import it into the database it was made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this reporting form was issued for %1 %2, not for %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a new ORI: the agency&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 already appears in %3 (line or row %4) with different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 already appears on line %3 with different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused this row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, %1 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: corrected by hand by %3 at %4 since its last import; this import replaces %5 with %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import would change reports already in the database, and no copy of the database could be kept first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused to save the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the import&apos;s reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingForm</name>
    <message>
        <source>Reporting form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting form, %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workbook with a hidden &quot;%1&quot; sheet that is not a reporting form of this version of CAC Review; make a new form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form&apos;s layout was changed: this row should read &quot;%1&quot;; copy the figures into a new form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ORI was changed to &quot;%1&quot;: this form was made for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reporting year was changed to &quot;%1&quot;: this form was made for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was filled in: the form is as it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number, 0 or more; leave empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who answers questions about this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date, such as 2026-02-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misuse investigations conducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations found (lowest count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations found (highest count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as the lowest when the count is exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals who committed the violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigations still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything the committee should know about these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact for this report (correct it if it has changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes: how many employees received each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations in each category of DOJ&apos;s April 2018 bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date in %1 or after, such as %2-02-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number, 0 or more. Leave the cell empty if the number is not known: an empty cell means unknown, never zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLETS misuse investigations: annual report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the white cells and return this workbook to the California DOJ. Do not add, remove or move rows. See the Instructions sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fill in this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook is %1&apos;s report of CLETS misuse investigations for %2, on the enhanced form the CLETS Advisory Committee asked DOJ to use: besides the investigations and violations, it asks how many individuals committed them and how many violations fell in each category of DOJ&apos;s April 2018 bulletin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the white cells of the Form sheet. The shaded cells were filled in for you; if one is wrong, say so in Notes rather than changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each count as a whole number. Leave a cell empty when the number is not known: an empty cell means unknown, never zero. Write 0 only when there were none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the number of violations is known only as a range (for example 15 to 25), give the lowest count and the highest count in their two cells; when it is exact, give it in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not add, remove or move rows, and do not rename the sheets: the form is read back by its layout. A form made for another agency or year, or changed in its shaded cells, is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the workbook as .xlsx and return it to the California DOJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by CAC Review on %1 from %2; form %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingForms</name>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists: forms are never written over; choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: no form was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused to record the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agency is due to report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agency has the ORI %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDecisions</name>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change review rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewExplanation</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Priority for %1: %2&lt;/b&gt;, the sum of the weights of its reasons:&lt;/p&gt;&lt;table cellpadding=&apos;3&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sanction to discuss: %1&lt;/b&gt;, chosen over the ladder&apos;s step on %2 by %3, because: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The ladder suggested: %1. %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Suggested sanction: %1.&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Marked as reviewed for %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSettings</name>
    <message>
        <source>Reports due by: month of the next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports due by: day of that month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past the deadline before a report counts as late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in a row not filed that make a streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of warning before the deadline that point to suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sworn staff that make an agency large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of zero investigations that flag a large agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations against the 3-year median that make a jump (times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest rise over the median that counts as a jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations per person that count as concentrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: did not file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: did not file several years in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: filed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: did not file after a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: immigration-enforcement watch finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: large agency, zero investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: violations above the agency&apos;s own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: jump against the 3-year median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: many violations per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: grave categories present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: led to criminal charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: mostly process errors (licensing, employment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: figures that do not add up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWrites</name>
    <message>
        <source>An override needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a date and a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowWriter</name>
    <message>
        <source>%1.%2 cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanctionKind</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of censure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal of CLETS service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanctionLadder</name>
    <message>
        <source>Did not file the %1 misuse report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was already suspended (%1) and still does not file: removal of CLETS service is the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was censured (%1) and still does not file: suspension of service is the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was warned on %1, at least %2 months before the deadline of %3, and still did not file: suspension of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was warned on %1, less than %2 months before the deadline: a letter of censure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning is on record: a letter of censure is the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It reported CLETS use for immigration enforcement, which the PPP forbids since February 2019: at least a letter of censure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It filed, and nothing on record calls for a sanction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanctionStep</name>
    <message>
        <source>Letter of censure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal of CLETS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Could not start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema file %1 is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not commit the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address is not a libpq connection string: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>The server address&apos;s %1 holds a &apos;;&apos; or a quote, which Qt&apos;s PostgreSQL driver cannot pass on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (install the package %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was set up by a newer CAC Review (schema version %2; this program knows up to %3). Connect with a newer version; the database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database, as its administrator gave it:
postgresql://USER@HOST/DATABASE, or service=NAME.
A password is asked for when the server wants one; it is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password was refused for %1. Try again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>%1 is a file: roles are a server&apos;s; a file is its owner&apos;s alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role prefix %1 is not lower-case letters, digits and underscores starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles&apos; SQL is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles could not be set up on %1 (the login needs CREATEROLE and must own the database): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSetupCommand</name>
    <message>
        <source>Makes a team&apos;s PostgreSQL database ready: its schema, the shipped letter templates, and the roles PREFIXcommittee (reads everything, records review decisions, drafts letters), PREFIXstaff (also imports, edits records, works the outreach list) and PREFIXadmin (also edits review rules and letter templates). Run it as a login that owns the database and may create roles; running it again changes nothing. Then give each person a login of their own in one role, e.g. CREATE ROLE ana LOGIN PASSWORD &apos;...&apos; IN ROLE cac_staff;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database (postgresql://USER@HOST/DATABASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the roles&apos; names (default cac_): roles belong to the whole server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits and underscores, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server&apos;s address is needed (postgresql://USER@HOST/DATABASE or service=NAME); a file has no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready: schema version %2, roles %3committee, %3staff and %3admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceStatus</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetXmlScanner</name>
    <message>
        <source>the sheet is not in UTF-8; open the workbook and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends inside an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends inside a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends inside a processing instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends inside a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends inside a CDATA section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DOCTYPE or declaration, which no spreadsheet writes in a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;&lt;&apos; inside a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end tag without its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &apos;&amp;&apos; that starts no entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character reference to no character (&amp;%1;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity XML does not define (&amp;%1;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShippedTemplates</name>
    <message>
        <source>Letter of censure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal of CLETS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to audit a federal agency, criminal-history requests in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder to file the annual misuse report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlExec</name>
    <message>
        <source>the new row&apos;s id was not returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (no space left on device)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatewideMetrics</name>
    <message>
        <source>Compliance = agencies that filed for the year / agencies due for the year. An agency is due from its first year on record until its CLETS service ended; a due year with no report counts as not filed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>Prints the statewide figures, one line per reporting year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this reporting year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data, fictional agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums add the figures of filed reports; a range of violations is summed at both ends; &quot;—&quot; means no filed report gave the figure (not reported, not zero).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateCheck</name>
    <message>
        <source>a tag opened with {{ is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed in a letter (unescaped values, partials and delimiter changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes a section that was never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes a section, but &quot;%1&quot; is the one open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a placeholder a letter can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this section is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningRule</name>
    <message>
        <source>Not filing after a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not file for %1, after %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsProcessReader</name>
    <message>
        <source>the .xls reader %1 cannot be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook, sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its output ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its output does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .xls reader stopped (%1): the workbook is damaged or not what it seems; open it in your spreadsheet program, save it as .xlsx, and import that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsSheetReader</name>
    <message>
        <source>the sheet %1 cannot be read: the workbook is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 97-2003 workbook, sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a formula: an .xls workbook keeps no result of it that can be read; save the workbook as .xlsx (Excel Workbook) and import that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsWorkbook</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an .xls workbook larger than %1 MiB; save it as .xlsx, which is read as a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is protected by a password; save it without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an .xls workbook that cannot be read (freexl error %1); save it as .xlsx and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet of cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExporter</name>
    <message>
        <source>Cannot read the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells. An empty cell is unknown, never zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range as reported: violations_low to violations_high (equal for one number).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>the workbook is damaged: its sheet %1 (%2) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet&apos;s rows are out of order or beyond row %1: the workbook is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell reference that is out of place (&quot;%1&quot;): the workbook is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell names a shared text the workbook does not have: the workbook is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxTable</name>
    <message>
        <source>the workbook could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells. An empty cell is unknown, never zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>the workbook expands to more than %1 MiB; it is not a report a workbook holds (a &quot;zip bomb&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: %1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip file that cannot be read (damaged, or not a workbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods): open it in LibreOffice, save it as Excel 2007-365 (.xlsx), and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip file that is not an Excel workbook (it has no xl/workbook.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook holds more than %1 million characters of text; it is not a report a workbook holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearTrendChart</name>
    <message>
        <source>Reporting year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report gave these figures for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipEntryDevice</name>
    <message>
        <source>not a readable zip file (libzip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip has no %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::AgencyIdentityForm</name>
    <message>
        <source>On the immigration-enforcement watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD; blank while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee notes on this agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sworn staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLETS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHS components are always watched, ticked or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration-enforcement watch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::AgencyListView</name>
    <message>
        <source>Search name, ORI or county (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by filing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare selected in Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add selected to an &amp;agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft letters for selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agencies yet: import reports with File &gt; Import reports… or Import a folder of reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::AgencyProfileView</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a warning or sanction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning or sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenc&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agency in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to correct it; leave it blank for “not reported”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one in the list; when the list is empty, import reports (File &gt; Import reports…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agency could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sworn staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sworn staff not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings or sanctions on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and sanctions:&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters of this agency could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter was started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing flags this agency for %1, and no sanction is suggested.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data, fictional agencies. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1. Gaps: not filed or not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misuse reported by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” was not saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::AgencyTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the latest filed report up to the reporting year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::AgendaTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::AuditLogModel</name>
    <message>
        <source>Database role %1; OS user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::AuditLogView</name>
    <message>
        <source>Filter by who, agency or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see its values in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes are logged here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 of %2 changes; filter to find older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::AuditLogWindow</name>
    <message>
        <source>Audit log of %1 (demo data, fictional agencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log again, with what other programs wrote since (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::BackupActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAC Review databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the database was kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only: nothing can be restored into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAC Review databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in %1 with the copy %2?

A copy of what is there now is kept first, in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1; what was there before is kept at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a server database: it is backed up on the server, by its administrator (pg_dump), not from this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::CallDialog</name>
    <message>
        <source>Promised to file by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::ChartsView</name>
    <message>
        <source>per 100 sworn staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance: agencies that filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigations, violations, individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations by misuse category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One agency against its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names or ORIs, separated by commas: 2 to 8 to compare, 1 against its peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any parent organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name 2 to 8 agencies, by name or ORI, to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one agency, by name or ORI, to set it against its peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single agency here is called %1: type a name or an ORI and pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::ColumnMappingModel</name>
    <message>
        <source>Guessed from the column&apos;s values; choose another field if it is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guessed from the values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as (double-click to change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::CsvActions</name>
    <message>
        <source>&amp;Import reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;folder of reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import misuse reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;CSV or tab-separated files (*.csv *.tsv *.txt);;Workbooks (*.xlsx *.xls *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: the database already held every row as the file has it, so nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. Edits made before the import can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export misuse reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 reports to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo data, fictional agencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files of the folder are left out:

%1

Import the other file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files of the folder are left out:

%1

Import the other %n files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 report to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::DatabaseFileActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAC Review databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New review database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAC Review databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::DraftEditor</name>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed; saved every half minute, and when closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo data, fictional agencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history:
%1
Show version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, the letter of record (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::DraftListModel</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::GuideWindow</name>
    <message>
        <source>CAC Review guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::ImportChangeModel</name>
    <message>
        <source>corrected by hand by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n files as one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>First rows of the file, as they will be read (the left column is the line or row number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: what each is read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check of every row of every file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check of every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges to reports already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row; nothing is written yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 sheets like &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges to reports already here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the file imported last, and nothing has been written to the database since: its rows were not read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Changes tab lists each figure that changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows repeated earlier rows exactly and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 changed, %4 unchanged; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row repeated an earlier row exactly and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked: %n problem. Nothing can be imported until the file is corrected; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked: %n problems. Nothing can be imported until the file is corrected; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n changed report was corrected by hand since its last import, and the import replaces that correction: see the Changes tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n changed reports were corrected by hand since their last import, and the import replaces those corrections: see the Changes tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::ImportIssueModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line or cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::MainWindow</name>
    <message>
        <source>Demo data: fictional agencies. No figure here describes a real agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year whose filing, figures and review queue are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CAC Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agencies could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no reports yet: File &gt; Import reports… or Import a folder of reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agencies in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the review rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CAC Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CAC Review %1&lt;/h3&gt;&lt;p&gt;A workbench for the CLETS Advisory Committee and DOJ staff reviewing agencies&apos; annual CLETS misuse reports.&lt;/p&gt;&lt;p&gt;A database file stays on this computer; a team&apos;s database, on its own server.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 2 to 8 agencies to compare (%1 are selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agency in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::MeetingDialog</name>
    <message>
        <source>CLETS Advisory Committee meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a meeting&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::MeetingDocuments</name>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;packet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the p&amp;acket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the b&amp;riefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s briefing and packet, as PDF or on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing for the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::MeetingForm</name>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, such as “Sacramento, Hearing Room 1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::MeetingFormDialog</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::MeetingListModel</name>
    <message>
        <source>%1, chair %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::MeetingsView</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take off the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies join an agenda from the Review queue (Add to agenda).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings, latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet: add one here, or from the Review queue (Add to agenda).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agencies on the agenda; priorities and sanctions for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing flags %1 for %2, and no sanction is suggested.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLETS Advisory Committee meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its agenda of %2 agencies? The agencies stay in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agency on the agenda; priorities and sanctions for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its agenda of %2 agency? The agency stays in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::NewLetterDialog</name>
    <message>
        <source>New letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, such as December 10, 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the chair&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::OutreachTableModel</name>
    <message>
        <source>no contact on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years not
filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow
up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned
to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::OutreachView</name>
    <message>
        <source>Highest priority first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print call sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call list for %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to call for %2: %3 outstanding, %4 reached, %5 promised, %6 unreachable, %7 refused; %8 filed since a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week-by-week chart could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the reminder letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 letters to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms are recorded as issued in the database, so none can be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the %1 reporting forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the reporting forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 agency has nobody assigned now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agencies have nobody assigned now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned 1 agency to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 agencies to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who calls %1? (blank: nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who calls these %1 agencies? (blank: nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach call sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %n reporting form for %1 to %2.%3 Returned forms are read with File &gt; Import a folder of reports….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %n reporting forms for %1 to %2.%3 Returned forms are read with File &gt; Import a folder of reports….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 letter to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::OverrideDialog</name>
    <message>
        <source>Override the suggested sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the committee should do otherwise (required; kept with the decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Suggested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::QueueTableModel</name>
    <message>
        <source>%1 (overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::ReportTableModel</name>
    <message>
        <source>no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report on record for %1: the agency was due and did not file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::ReviewDocument</name>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a kind of warning or sanction (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a warning or sanction needs the date it was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::ReviewQueueView</name>
    <message>
        <source>Hide reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override sanction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agencies shown, in this order, as CSV or as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes only: reasons that weigh 0 (priority 0), such as licensing checks; listed, not counted as flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review queue for %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review queue could not be read from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No agency chosen. The queue lists the agencies with a reason to look at them for the reporting year, highest priority first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &lt;small&gt;(%2)&lt;/small&gt;&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agencies flagged for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 1 more with notes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 more with notes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 agency flagged for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::ReviewSettingsDialog</name>
    <message>
        <source>Review rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;Added to an agency&apos;s priority each time this reason applies to it for the reporting year; the queue lists the highest priority first. 0 keeps the reason as a note without raising the priority. Default: %2.&lt;/p&gt;&lt;p&gt;Help &gt; Guide &gt; Review rules says when each rule applies.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;A threshold of the review rules: where a rule starts to apply. Default: %2.&lt;/p&gt;&lt;p&gt;Help &gt; Guide &gt; Review rules says what each rule looks at.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights (added to an agency&apos;s priority for each reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review rules (read only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::SanctionDialog</name>
    <message>
        <source>Record a warning or sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of censure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal of CLETS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. did not file the 2018 misuse report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::ServerWatch</name>
    <message>
        <source>The connection to %1 was lost; trying again every half minute (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 again; the views show what changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::TemplateEditor</name>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inside {{#%1}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter templates could not be read or stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2 by %3; earlier versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A newer shipped text of this letter exists: &lt;a href=&quot;shipped&quot;&gt;load it&lt;/a&gt; to compare, and save to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cac::WrittenFileNotice</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
