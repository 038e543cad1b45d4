#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace cac {

// A table's columns at the width their text needs when the view is wide enough. When it is not
// (a 1024-px screen), the `yielding` columns give up width, in their order, each down to a floor
// before the next, their text elided and whole in its tooltip, so that a row reads without
// scrolling sideways. Once the user resizes a column by hand, the widths are theirs.
class FittedColumns : public QObject
{
    Q_OBJECT
public:
    static void keep(QTableView *table, const QList<int> &yielding);
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FittedColumns(QTableView *table, QList<int> yielding);
    QTableView *m_table;
    const QObject *m_viewport = nullptr;       // the table's, whose resizes call for a fit
    const QObject *m_headerViewport = nullptr; // the header's, where a drag begins
    QList<int> m_yielding;
    bool m_fitting = false;
    bool m_dragging = false; // a mouse button is down on the header: a resize now is the user's
    bool m_userSized = false;
};

} // namespace cac
