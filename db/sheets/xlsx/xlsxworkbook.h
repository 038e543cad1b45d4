#pragma once

#include "db/import/rows/recordsource.h"
#include "db/sheets/zipentrydevice.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QXmlStreamReader;

namespace cac {

// An Office Open XML workbook (.xlsx, as Excel and LibreOffice save it) opened for reading:
// its sheets in order, the 1900 or 1904 date system, what each cell style makes of a number,
// and the shared strings, all read at once; the sheets themselves are streamed by
// XlsxSheetReader. Every part is read through one expansion budget (ZipEntryDevice).
class XlsxWorkbook
{
public:
    struct Sheet
    {
        QString name;
        QString part; // the sheet's XML inside the zip, "xl/worksheets/sheet1.xml"
    };

    static constexpr qint64 DefaultExpansionLimit = qint64(4) << 30;
    // The shared strings are held in memory: at most this many characters of them.
    static constexpr qsizetype MaxSharedTextCharacters = qsizetype(64) << 20;

    explicit XlsxWorkbook(QString path, qint64 expansionLimit = DefaultExpansionLimit);
    // Reads the workbook's parts; false, with error() saying what is wrong, if it cannot.
    bool open();
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    const QList<Sheet> &sheets() const { return m_sheets; }
    // The sheet named (case ignored), or -1.
    int sheetIndex(const QString &name) const;
    bool uses1904Dates() const { return m_date1904; }
    CellKind kindOfStyle(int style) const
    {
        return style >= 0 && style < m_styleKinds.size() ? m_styleKinds.at(style) : CellKind::Number;
    }
    const QStringList &sharedStrings() const { return m_sharedStrings; }

    // A part of the zip as a stream, reading from the workbook's budget.
    std::unique_ptr<ZipEntryDevice> openPart(const QString &part);
    // Why reading a part stopped: over the budget, or the XML's own error.
    QString readError(const ZipEntryDevice &device, const QXmlStreamReader &xml, const QString &part) const;
    QString readError(const ZipEntryDevice &device, const QString &part, qint64 line, const QString &message) const;

private:
    bool readWorkbook();
    bool readStyles();
    bool readSharedStrings();
    QHash<QString, QString> readRelationships();
    bool fail(const QString &message);

    QString m_path;
    qint64 m_budget;
    qint64 m_limit;
    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QList<CellKind> m_styleKinds;
    QStringList m_sharedStrings;
    QString m_error;
};

} // namespace cac
