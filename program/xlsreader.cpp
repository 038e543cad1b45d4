// cac-review-xls: reads an .xls workbook with freexl, in a process of its own, and writes what
// it holds in the XlsWire format on standard output. freexl 1.0.6 can be made to corrupt memory
// by a hostile file (fuzz_sheet found a stack overflow in its text conversion); here that can
// only end this process, which the import then reports. Memory and time are limited.
// Usage: cac-review-xls FILE          the sheet names
//        cac-review-xls FILE SHEET    the records of sheet number SHEET (from 0)
#include "db/sheets/xls/xlssheetreader.h"
#include "db/sheets/xls/xlsworkbook.h"
#include "db/sheets/xls/xlswire.h"

#include <QFile>

#include <cstdio>
#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define CAC_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CAC_ADDRESS_SANITIZER 1
#endif
#endif

using namespace cac;

namespace {
bool put(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
}

void limit(int resource, rlim_t value)
{
    const rlimit bound{value, value};
    setrlimit(resource, &bound);
}
} // namespace

int main(int argc, char **argv)
{
#ifndef CAC_ADDRESS_SANITIZER
    limit(RLIMIT_AS, rlim_t(2) << 30); // AddressSanitizer reserves far more address space
#endif
    limit(RLIMIT_CPU, 300);
    if (argc < 2 || argc > 3)
        return 2;
    XlsWorkbook workbook(QFile::decodeName(argv[1]));
    if (!workbook.open())
        return put(XlsWire::error(ImportIssue(0, QString(), QString(), workbook.error()))) && put(XlsWire::end()) ? 0 : 1;
    if (argc == 2)
        return put(XlsWire::sheets(workbook.sheets())) && put(XlsWire::end()) ? 0 : 1;
    bool ok = false;
    const int sheet = QByteArray(argv[2]).toInt(&ok);
    if (!ok || sheet < 0 || sheet >= workbook.sheets().size())
        return 2;
    XlsSheetReader reader(workbook, sheet, 0);
    SourceRecord record;
    while (reader.read(record)) {
        if (!put(XlsWire::record(record.row, record.fields, record.kinds)))
            return 1;
    }
    if (reader.hasError() && !put(XlsWire::error(reader.error())))
        return 1;
    return put(XlsWire::end()) && std::fflush(stdout) == 0 ? 0 : 1;
}
