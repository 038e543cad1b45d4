#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace cac {

// Says in the main window's status bar that a file was written, with its path, and offers to
// open it or show its folder (desktop programs' "Saved … — Open — Show in folder"). It stays
// until the next notice or a minute has passed. Found from any widget of the window, or of a
// dialog over it.
class WrittenFileNotice : public QWidget
{
    Q_OBJECT
public:
    static void show(QWidget *from, const QString &path);
    QString path() const { return m_path; }
    QString text() const;

private:
    explicit WrittenFileNotice(QWidget *parent);
    void setPath(const QString &path);

    QString m_path;
    QLabel *m_label;
    QTimer *m_timer;
};

} // namespace cac
