#include "guidewindow.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace cac {

namespace {
const QString Root = QStringLiteral("qrc:/guide/");
}

GuideWindow::GuideWindow(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setWindowTitle(tr("CAC Review guide"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false); // the guide links only to its own pages
    auto *back = new QPushButton(tr("&Back"));
    auto *home = new QPushButton(tr("&Contents"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(home);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(home, &QPushButton::clicked, this, [this] { showPage(QStringLiteral("index.md")); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    back->setEnabled(false);
    resize(760, 640);
}

void GuideWindow::showPage(const QString &page)
{
    m_browser->setSource(QUrl(Root + page), QTextDocument::MarkdownResource);
}

QStringList GuideWindow::pages()
{
    return QDir(QStringLiteral(":/guide")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

} // namespace cac
