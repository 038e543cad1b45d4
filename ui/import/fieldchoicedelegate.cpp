#include "fieldchoicedelegate.h"

#include "db/import/columnmapping.h"
#include "db/import/reportcolumns.h"

#include <QComboBox>

namespace cac {

QWidget *FieldChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    box->addItem(ColumnMapping::fieldName(ColumnMapping::Ignored), ColumnMapping::Ignored);
    for (int field = 0; field < ReportColumns::ImportCount; ++field) {
        if (field != ReportColumns::DataNotice && field != ReportColumns::FormId)
            box->addItem(ColumnMapping::fieldName(field), field);
    }
    return box;
}

void FieldChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    const int at = box->findData(index.data(Qt::EditRole).toInt());
    box->setCurrentIndex(at >= 0 ? at : 0);
}

void FieldChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *box = static_cast<QComboBox *>(editor);
    model->setData(index, box->currentData(), Qt::EditRole);
}

} // namespace cac
