#pragma once

#include <QStyledItemDelegate>

namespace cac {

// Edits the "Read as" column of ColumnMappingModel with a list of the format's fields, and
// "(ignored)" to leave the column out.
class FieldChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace cac
