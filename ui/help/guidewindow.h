#pragma once

#include <QDialog>

class QTextBrowser;

namespace cac {

// The user guide in the program (Help > Guide, F1): Markdown pages built into the program
// (docs/guide/*.md and docs/csv-format.md), shown in a QTextBrowser, so it reads the same from the
// build, the package and any system. Opens at the page of the tab the user is on.
class GuideWindow : public QDialog
{
    Q_OBJECT
public:
    explicit GuideWindow(QWidget *parent = nullptr);
    // "charts.md": a page of the guide.
    void showPage(const QString &page);
    QTextBrowser *browser() const { return m_browser; }
    // Every page the guide holds.
    static QStringList pages();

private:
    QTextBrowser *m_browser;
};

} // namespace cac
