// Writes the benchmarks' generated file: AGENCIES x YEARS fictional reports ending in 2025, every
// agency a row for every year (filed or not), as the CSV `cac-review import` reads. Run by the
// shell benchmarks:
//   build/tests/bench/bench_generate AGENCIES YEARS OUT.csv

#include "app/demo/demogenerator.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace cac;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: bench_generate AGENCIES YEARS OUT.csv\n");
        return 2;
    }
    DemoOptions options;
    options.agencies = QString::fromLocal8Bit(argv[1]).toInt();
    options.toYear = 2025;
    options.fromYear = 2025 - QString::fromLocal8Bit(argv[2]).toInt() + 1;
    options.completeGrid = true;
    QFile file(QString::fromLocal8Bit(argv[3]));
    if (options.agencies < 1 || options.fromYear > options.toYear || !file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "bench_generate: bad arguments or %s cannot be written\n", argv[3]);
        return 2;
    }
    DemoGenerator(options).writeCsv(&file);
    return file.error() == QFileDevice::NoError ? 0 : 1;
}
