// libFuzzer target: the letter template check, and the renderer for every template the check
// lets through, filled with a context whose values look like markup. Neither may crash, and a
// rendered letter must never carry a value unescaped.
#include "app/letters/letterrenderer.h"
#include "app/letters/templatecheck.h"

#include <cstdint>
#include <cstdlib>

using namespace cac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString body = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!TemplateCheck::check(body).isEmpty())
        return 0;
    static const QString marker = QStringLiteral("<script>x</script>");
    const QVariantMap agency{{QStringLiteral("name"), marker}, {QStringLiteral("ori"), QStringLiteral("CA0000001")}};
    const QVariantMap context{{QStringLiteral("agency"), agency}, {QStringLiteral("year"), 2018}};
    const Result<QString> html = LetterRenderer::render(body, context);
    if (html.ok() && html.value().contains(marker) && !body.contains(marker))
        std::abort();
    return 0;
}
