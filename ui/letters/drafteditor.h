#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTextEdit;
class QTimer;

namespace cac {

class Database;

// One letter draft in a rich-text editor (headings, bold, italic, lists, tables from the
// template): every save is a new version, kept and viewable; it saves itself every half minute
// while changed; its status (draft, proposed, adopted, withdrawn) changes are dated. Exports to
// PDF, ODT and HTML, and prints.
class DraftEditor : public QDialog
{
    Q_OBJECT
public:
    DraftEditor(Database &database, qint64 draftId, QWidget *parent = nullptr);
    ~DraftEditor() override;

    QTextEdit *editor() const { return m_editor; }
    QComboBox *statusBox() const { return m_status; }
    bool save();
    // Saves the typing before the editor goes; if that fails, asks. False: stay open.
    bool finishEditing();
    // Every letter editor open under `window` saves its typing, or asks when it cannot, and then
    // all close; false, and none closes, when one stays open.
    static bool closeAll(QWidget *window);

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void load();
    void changeStatus();
    void showVersions();
    void exportTo();
    void print();
    void toggle(const std::function<void()> &apply);

    Database &m_database;
    qint64 m_id;
    QTextEdit *m_editor;
    QComboBox *m_status;
    QLabel *m_state;
    QTimer *m_autosave;
    bool m_demo = false;
    QString m_title;
};

} // namespace cac
