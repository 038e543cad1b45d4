#pragma once

#include "recordcommand.h"

#include <QVariantMap>

namespace cac {

// An edit of fields of one row (agency, contact, report, a report's category counts included).
// Redo writes `after` where the row holds `before`; undo writes `before` where it holds `after`.
class FieldChangeCommand : public RecordCommand
{
public:
    struct Change
    {
        QString table;       // agency, contact or misuse_report
        qint64 id = 0;       // the row
        qint64 agencyId = 0; // whose views to refresh
        QVariantMap before;  // column -> value (null: not reported)
        QVariantMap after;
    };

    FieldChangeCommand(ReviewDocument *document, Change change, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status replace(const QVariantMap &expected, const QVariantMap &values, const QString &refused);
    Change m_change;
};

} // namespace cac
