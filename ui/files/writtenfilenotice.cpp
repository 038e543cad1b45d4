#include "writtenfilenotice.h"

#include "ui/statusnote.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace cac {

WrittenFileNotice::WrittenFileNotice(QWidget *parent) : QWidget(parent), m_label(new QLabel), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("writtenFileNotice"));
    auto *open = new QToolButton;
    open->setText(tr("Open"));
    open->setAutoRaise(true);
    auto *folder = new QToolButton;
    folder->setText(tr("Show in folder"));
    folder->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(open);
    layout->addWidget(folder);
    connect(open, &QToolButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    connect(folder, &QToolButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath())); });
    m_timer->setSingleShot(true);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
}

QString WrittenFileNotice::text() const
{
    return m_label->text();
}

void WrittenFileNotice::setPath(const QString &path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_label->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(m_path)));
    m_label->setToolTip(m_label->text());
    QWidget::show();
    m_timer->start();
}

void WrittenFileNotice::show(QWidget *from, const QString &path)
{
    QMainWindow *window = StatusNote::mainWindowOf(from);
    if (!window)
        return;
    auto *notice = window->statusBar()->findChild<WrittenFileNotice *>();
    if (!notice) {
        notice = new WrittenFileNotice(window->statusBar());
        window->statusBar()->addPermanentWidget(notice);
    }
    notice->setPath(path);
}

} // namespace cac
