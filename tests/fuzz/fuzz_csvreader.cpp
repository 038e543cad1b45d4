// libFuzzer target: the CSV reader, over any bytes, both ways of reading a record. It must end
// (at the end of the data or on an error), never crash, and never report a record line past the
// lines the data has.
#include "db/csv/csvreader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace cac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
    for (const bool views : {true, false}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<QStringView> fieldViews;
        QStringList fields;
        while (views ? reader.readRecord(fieldViews) : reader.readRecord(fields)) {
            if (reader.recordLine() < 1 || reader.recordLine() > lines)
                std::abort();
        }
        if (reader.bytesConsumed() > qint64(size))
            std::abort();
    }
    return 0;
}
