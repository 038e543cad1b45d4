#include "rulebook.h"

#include "categoryrule.h"
#include "concentrationrule.h"
#include "consistencyrule.h"
#include "filingrule.h"
#include "immigrationwatchrule.h"
#include "largezerorule.h"
#include "recordrule.h"
#include "warningrule.h"

const QList<std::shared_ptr<const ReviewRule>> &Rulebook::rules()
{
    static const QList<std::shared_ptr<const ReviewRule>> list = {
        std::make_shared<FilingRule>(),       std::make_shared<WarningRule>(),
        std::make_shared<ImmigrationWatchRule>(), std::make_shared<LargeZeroRule>(),
        std::make_shared<CategoryRule>(),     std::make_shared<ConcentrationRule>(),
        std::make_shared<RecordRule>(),       std::make_shared<ConsistencyRule>(),
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
