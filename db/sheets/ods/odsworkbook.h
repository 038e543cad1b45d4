#pragma once

#include "db/sheets/zipentrydevice.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace cac {

// An OpenDocument spreadsheet (.ods, LibreOffice Calc's own format) opened for reading: its
// sheets' names, found by reading content.xml once (SheetXmlScanner), and content.xml as a
// stream for OdsSheetReader. Every read comes out of one expansion budget (ZipEntryDevice).
class OdsWorkbook
{
public:
    static constexpr qint64 DefaultExpansionLimit = qint64(4) << 30;

    explicit OdsWorkbook(QString path, qint64 expansionLimit = DefaultExpansionLimit);
    // Whether a zip's entries are those of an OpenDocument spreadsheet.
    static bool isOds(const QStringList &entries);
    // Lists the sheets; false, with error() saying what is wrong, if it cannot.
    bool open();
    QString error() const { return m_error; }
    const QStringList &sheetNames() const { return m_sheets; }
    // content.xml as a stream, reading from the workbook's budget; null if it cannot be read.
    std::unique_ptr<ZipEntryDevice> openContent();
    // Why reading content.xml stopped: over the budget, or what was wrong at which line.
    QString readError(const ZipEntryDevice &device, qint64 line, const QString &message) const;

private:
    QString m_path;
    qint64 m_budget;
    qint64 m_limit;
    QStringList m_sheets;
    QString m_error;
};

} // namespace cac
