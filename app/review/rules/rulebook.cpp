#include "app/review/rules/rulebook.h"

#include "app/review/rules/categoryrule.h"
#include "app/review/rules/concentrationrule.h"
#include "app/review/rules/consistencyrule.h"
#include "app/review/rules/filingrule.h"
#include "app/review/rules/immigrationwatchrule.h"
#include "app/review/rules/largezerorule.h"
#include "app/review/rules/recordrule.h"
#include "app/review/rules/warningrule.h"

namespace cac {

const QList<std::shared_ptr<const ReviewRule>> &Rulebook::rules()
{
    static const QList<std::shared_ptr<const ReviewRule>> list = {
            std::make_shared<FilingRule>(),    std::make_shared<WarningRule>(),     std::make_shared<ImmigrationWatchRule>(),
            std::make_shared<LargeZeroRule>(), std::make_shared<CategoryRule>(),    std::make_shared<ConcentrationRule>(),
            std::make_shared<RecordRule>(),    std::make_shared<ConsistencyRule>(),
    };
    return list;
}

QList<ReviewFlag> Rulebook::evaluate(const AgencyHistory &history, int year, const ReviewSettings &settings)
{
    QList<ReviewFlag> flags;
    for (const auto &rule : rules())
        rule->evaluate(history, year, settings, flags);
    return flags;
}

} // namespace cac
