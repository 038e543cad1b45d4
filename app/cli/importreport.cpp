#include "importreport.h"

#include "cliio.h"

#include "app/format/displaytext.h"

#include <QCoreApplication>

namespace cac {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

// A count in words, "1 row" or "1,235 rows"; `one` and `many` marked in the ImportCommand context.
QString counted(const char *one, const char *many, int n)
{
    return DisplayText::plural<Text>(one, many, n).arg(CliIo::thousands(n));
}

// `more`: marked with QT_TRANSLATE_NOOP in the ImportCommand context where it is written.
void printIssues(const QString &label, const QList<ImportIssue> &issues, int count, const char *more, bool warning)
{
    using namespace CliIo;
    for (const ImportIssue &issue : issues)
        err() << issue.toString(label)
              << (warning ? QStringLiteral(": ") + QCoreApplication::translate("ImportCommand", "warning") : QString()) << "\n";
    if (count > issues.size())
        err() << QCoreApplication::translate("ImportCommand", more).arg(label).arg(count - issues.size()) << "\n";
}

void printChanges(const ImportSummary &summary)
{
    using namespace CliIo;
    if (summary.changes.isEmpty())
        return;
    out() << (summary.dryRun
                      ? QCoreApplication::translate("ImportCommand",
                                                    "Reports already in the database that the import would change:")
                      : QCoreApplication::translate("ImportCommand", "Reports already in the database that the import changed:"))
          << "\n";
    for (const ReportChange &change : summary.changes) {
        QStringList fields;
        for (const FieldChange &field : change.fields)
            fields << QStringLiteral("%1 %2 → %3")
                              .arg(field.field, DisplayText::orUnknown(field.before), DisplayText::orUnknown(field.after));
        out() << "  " << change.ori << " " << change.year << ": " << fields.join(QStringLiteral("; "));
        if (!change.corrections.isEmpty())
            out() << "  " << QCoreApplication::translate("ImportCommand", "(replaces a correction made by hand)");
        out() << "\n";
    }
    if (summary.reportsChanged > summary.changes.size())
        out() << "  "
              << QCoreApplication::translate("ImportCommand", "and %1 more")
                         .arg(thousands(summary.reportsChanged - summary.changes.size()))
              << "\n";
}

} // namespace

int ImportReport::print(const QString &label, const ImportSummary &summary)
{
    using namespace CliIo;
    printIssues(label, summary.warnings, summary.warningCount,
                QT_TRANSLATE_NOOP("ImportCommand", "%1: %2 more warnings not shown"), true);
    printIssues(label, summary.errors, summary.errorCount, QT_TRANSLATE_NOOP("ImportCommand", "%1: %2 more errors not shown"),
                false);
    if (!summary.succeeded()) {
        err() << DisplayText::plural<Text>(
                         QT_TRANSLATE_NOOP("ImportCommand", "%1: import refused: %n error; nothing was written."),
                         QT_TRANSLATE_NOOP("ImportCommand", "%1: import refused: %n errors; nothing was written."),
                         summary.errorCount)
                         .arg(label)
              << "\n";
        err().flush();
        return 1;
    }
    if (summary.files.size() > 1) {
        for (const ImportedFile &file : summary.files)
            out() << "  "
                  << QCoreApplication::translate("ImportCommand", "%1 (%2): %3")
                             .arg(file.path, file.description,
                                  counted(QT_TRANSLATE_NOOP("ImportCommand", "%1 row"),
                                          QT_TRANSLATE_NOOP("ImportCommand", "%1 rows"), file.rows))
                  << "\n";
    }
    printChanges(summary);
    out() << QCoreApplication::translate("ImportCommand", "%1 (%2): %3: %4, %5 changed, %6 unchanged; %7")
                     .arg(label, summary.sourceDescription,
                          counted(QT_TRANSLATE_NOOP("ImportCommand", "%1 row"), QT_TRANSLATE_NOOP("ImportCommand", "%1 rows"),
                                  summary.rows),
                          counted(QT_TRANSLATE_NOOP("ImportCommand", "%1 report added"),
                                  QT_TRANSLATE_NOOP("ImportCommand", "%1 reports added"), summary.reportsAdded),
                          thousands(summary.reportsChanged), thousands(summary.reportsUnchanged),
                          counted(QT_TRANSLATE_NOOP("ImportCommand", "%1 agency added"),
                                  QT_TRANSLATE_NOOP("ImportCommand", "%1 agencies added"), summary.agenciesAdded));
    if (summary.duplicateRows > 0)
        out() << counted(QT_TRANSLATE_NOOP("ImportCommand", "; %1 repeated row skipped"),
                         QT_TRANSLATE_NOOP("ImportCommand", "; %1 repeated rows skipped"), summary.duplicateRows);
    if (summary.sameAsLastImport)
        out() << QCoreApplication::translate("ImportCommand",
                                             "; the same file as the last import, with nothing written since, so its rows were "
                                             "not read again");
    out() << (summary.dryRun ? QCoreApplication::translate("ImportCommand", ". Dry run: nothing was written.")
                             : QStringLiteral("."))
          << "\n";
    if (summary.correctedCount > 0)
        out() << DisplayText::plural<Text>(
                         QT_TRANSLATE_NOOP("ImportCommand",
                                           "%n report corrected by hand since its last import is changed again; the "
                                           "warning names it."),
                         QT_TRANSLATE_NOOP("ImportCommand",
                                           "%n reports corrected by hand since their last import are changed again; the "
                                           "warnings name them."),
                         summary.correctedCount)
              << "\n";
    if (!summary.backupPath.isEmpty())
        out() << QCoreApplication::translate("ImportCommand", "The database as it was before this import is kept at %1")
                         .arg(summary.backupPath)
              << "\n";
    err().flush();
    out().flush();
    return 0;
}

} // namespace cac
