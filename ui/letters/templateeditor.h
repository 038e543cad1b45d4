#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace cac {

class Database;

// Edit the letter templates: the Mustache text, the placeholders it may use, and a live preview
// filled for an agency. A template that does not check is never saved; each save is a new
// version, and earlier ones are kept.
class TemplateEditor : public QDialog
{
    Q_OBJECT
public:
    TemplateEditor(Database &database, const QString &sampleOri, int year, QWidget *parent = nullptr);
    QPlainTextEdit *body() const { return m_body; }
    QLabel *problems() const { return m_problems; }
    bool save();
    bool hasUnsavedWork() const;
    // Asks Save / Discard / Cancel when there is unsaved work; false: keep editing.
    bool maybeSave();

public slots:
    void reject() override;

private:
    void load(const QString &name);
    void switchTo(const QString &name);
    void preview();

    Database &m_database;
    QString m_sampleOri;
    int m_year;
    QComboBox *m_name;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QListWidget *m_placeholders;
    QTextBrowser *m_preview;
    QLabel *m_problems;
    QLabel *m_version;
    QTimer *m_debounce;
    QString m_loadedName; // the template whose text is in the editor, as stored
    QString m_loadedTitle;
    QString m_loadedBody;
};

} // namespace cac
