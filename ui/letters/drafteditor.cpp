#include "drafteditor.h"

#include "app/format/displaytext.h"
#include "app/letters/letterexporter.h"
#include "db/engine/database.h"
#include "db/stores/letters/draftstore.h"
#include "db/stores/metastore.h"
#include "db/model/osuser.h"

#include "ui/unsavedwork.h"
#include "ui/files/filedialogs.h"
#include "ui/files/writtenfilenotice.h"
#include "ui/printing/documentpreview.h"
#include "ui/files/demoflag.h"
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cac {

namespace {
constexpr int AutosaveMs = 30000;
}

DraftEditor::DraftEditor(Database &database, qint64 draftId, QWidget *parent)
    : QDialog(parent), m_database(database), m_id(draftId), m_editor(new QTextEdit), m_status(new QComboBox), m_state(new QLabel),
      m_autosave(new QTimer(this))
{
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    for (const QString &s : DraftStore::statuses())
        m_status->addItem(s, s);
    m_demo = DemoFlag::read(database, this).value_or(false); // unreadable: said, and the title has no notice
    auto *tools = new QToolBar;
    tools->addAction(tr("Bold"), this, [this] {
             toggle([this] { m_editor->setFontWeight(m_editor->fontWeight() == QFont::Bold ? QFont::Normal : QFont::Bold); });
         })->setShortcut(QKeySequence::Bold);
    tools->addAction(tr("Italic"), this, [this] {
             toggle([this] { m_editor->setFontItalic(!m_editor->fontItalic()); });
         })->setShortcut(QKeySequence::Italic);
    tools->addAction(tr("Heading"), this, [this] {
        toggle([this] {
            QTextCursor c = m_editor->textCursor();
            QTextBlockFormat f;
            f.setHeadingLevel(3);
            c.mergeBlockFormat(f);
            QTextCharFormat chars;
            chars.setFontWeight(QFont::Bold);
            chars.setFontPointSize(13);
            c.select(QTextCursor::BlockUnderCursor);
            c.mergeCharFormat(chars);
        });
    });
    tools->addAction(tr("List"), this,
                     [this] { toggle([this] { m_editor->textCursor().createList(QTextListFormat::ListDisc); }); });
    tools->addSeparator();
    tools->addAction(tr("Save"), this, [this] { save(); })->setShortcut(QKeySequence::Save);
    tools->addAction(tr("Versions…"), this, &DraftEditor::showVersions);
    tools->addAction(tr("Export…"), this, &DraftEditor::exportTo);
    tools->addAction(tr("Print…"), this, &DraftEditor::print)->setShortcut(QKeySequence::Print);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(new QLabel(tr("Status:")));
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_state, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(m_editor, 1);
    layout->addLayout(statusRow);
    load();
    connect(m_status, &QComboBox::activated, this, &DraftEditor::changeStatus);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool changed) {
        m_state->setText(changed ? tr("Changed; saved every half minute, and when closed.") : m_state->text());
    });
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (m_editor->document()->isModified())
            save();
    });
    m_autosave->start(AutosaveMs);
    const QScreen *screen = QGuiApplication::primaryScreen();
    resize(860, screen ? qMin(900, screen->availableGeometry().height() - 60) : 900);
}

DraftEditor::~DraftEditor() = default;

void DraftEditor::load()
{
    const DraftStore store(m_database.connection());
    const Result<std::optional<DraftStore::Draft>> found = store.find(m_id);
    const Result<QList<DraftStore::Version>> read = store.versions(m_id);
    const std::optional<DraftStore::Draft> draft = found.ok() ? found.value() : std::nullopt;
    if (!draft || !read.ok() || read.value().isEmpty()) {
        // Nothing to edit: an empty editor would save the reviewer's typing over the letter.
        m_editor->setReadOnly(true);
        m_status->setEnabled(false);
        const QString why = !found.ok() ? found.error() : !read.ok() ? read.error() : QString();
        m_state->setText(why.isEmpty() ? tr("This letter is no longer in the database.")
                                       : tr("This letter could not be read: %1").arg(why));
        return;
    }
    const QList<DraftStore::Version> &versions = read.value();
    m_title = draft->title;
    setWindowTitle(m_title + (m_demo ? tr(" (demo data, fictional agencies)") : QString()));
    // The letter as it will print: its typeface and size (the export keeps only the body).
    m_editor->document()->setDefaultFont(QFont(LetterExporter::bodyFamily(), int(LetterExporter::BodyPoints)));
    m_editor->setHtml(versions.last().bodyHtml);
    m_editor->document()->setModified(false);
    m_status->setCurrentIndex(m_status->findData(draft->status));
    m_state->setText(tr("Version %1, saved %2 by %3.")
                             .arg(versions.last().version)
                             .arg(DisplayText::localTime(versions.last().savedAt), versions.last().savedBy));
    const bool editable = !m_database.isReadOnly();
    m_editor->setReadOnly(!editable);
    m_status->setEnabled(editable);
}

void DraftEditor::toggle(const std::function<void()> &apply)
{
    if (!m_editor->isReadOnly())
        apply();
    m_editor->setFocus();
}

bool DraftEditor::save()
{
    if (m_database.isReadOnly())
        return false;
    // QTextEdit writes its own HTML, never the stored text byte for byte: only a change the
    // reviewer made is a new version.
    if (!m_editor->document()->isModified())
        return true;
    const Result<int> saved = DraftStore(m_database.connection()).save(m_id, m_editor->toHtml(), OsUser::name());
    if (!saved.ok()) {
        QMessageBox::warning(this, tr("The letter could not be saved"), saved.error());
        return false;
    }
    m_editor->document()->setModified(false);
    m_state->setText(tr("Version %1 saved.").arg(saved.value()));
    return true;
}

void DraftEditor::changeStatus()
{
    // A status change is a save: the typing so far becomes a version first, and load() below
    // shows what is stored. If it cannot be saved, the status is not changed either.
    if (!save()) {
        const Result<std::optional<DraftStore::Draft>> stored = DraftStore(m_database.connection()).find(m_id);
        if (stored.ok() && stored.value())
            m_status->setCurrentIndex(m_status->findData(stored.value()->status));
        return;
    }
    const Status changed =
            DraftStore(m_database.connection()).setStatus(m_id, m_status->currentData().toString(), OsUser::name());
    if (!changed.ok())
        QMessageBox::warning(this, tr("Status"), changed.error());
    load();
}

void DraftEditor::showVersions()
{
    const DraftStore store(m_database.connection());
    const Result<QList<DraftStore::Version>> read = store.versions(m_id);
    const Result<QList<DraftStore::StatusChange>> changes = store.statusChanges(m_id);
    if (!read.ok() || !changes.ok()) {
        QMessageBox::warning(this, tr("Versions"),
                             tr("The versions could not be read: %1").arg(read.ok() ? changes.error() : read.error()));
        return;
    }
    const QList<DraftStore::Version> &versions = read.value();
    QStringList items;
    for (const DraftStore::Version &v : versions)
        items.prepend(tr("Version %1, %2, %3").arg(v.version).arg(DisplayText::localTime(v.savedAt), v.savedBy));
    QString history;
    for (const DraftStore::StatusChange &s : changes.value())
        history += tr("%1: %2 (%3)\n").arg(DisplayText::localTime(s.changedAt), s.status, s.changedBy);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Versions"), tr("Status history:\n%1\nShow version:").arg(history),
                                                 items, 0, false, &ok);
    if (!ok)
        return;
    const int index = int(versions.size() - 1 - items.indexOf(chosen));
    auto *viewer = new QTextBrowser;
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowTitle(chosen);
    viewer->setHtml(versions.at(index).bodyHtml);
    viewer->resize(700, 800);
    viewer->show();
}

void DraftEditor::exportTo()
{
    const QString path = FileDialogs::saveFile(
            this, tr("Export the letter"), tr("PDF, the letter of record (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)"),
            FileDialogs::nameFrom({m_title}) + QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    save();
    const Status written = LetterExporter::save(m_editor->toHtml(), m_title, m_demo, path);
    if (!written.ok())
        QMessageBox::warning(this, tr("Export"), written.error());
    else
        WrittenFileNotice::show(this, path);
}

void DraftEditor::print()
{
    // The pages of the letter of record (typeface, footer, demo notice), not the editor's view.
    DocumentPreview::show(this, m_title, LetterExporter::pageLayout(),
                          [this] { return LetterExporter::document(m_editor->toHtml(), m_demo); });
}

bool DraftEditor::finishEditing()
{
    while (m_editor->document()->isModified() && !save()) {
        switch (UnsavedWork::ask(this, tr("The letter \u201c%1\u201d").arg(m_title))) {
        case UnsavedWork::Choice::Save:
            continue; // try again (the message said why it failed)
        case UnsavedWork::Choice::Discard:
            return true;
        case UnsavedWork::Choice::Cancel:
            return false;
        }
    }
    return true;
}

void DraftEditor::reject()
{
    // Escape hides a dialog without a close event: it must not leave the typing unsaved.
    if (finishEditing())
        QDialog::reject();
}

void DraftEditor::closeEvent(QCloseEvent *event)
{
    if (finishEditing())
        event->accept();
    else
        event->ignore();
}

bool DraftEditor::closeAll(QWidget *window)
{
    const QList<DraftEditor *> editors = window->findChildren<DraftEditor *>();
    for (DraftEditor *editor : editors) {
        if (!editor->finishEditing())
            return false;
    }
    for (DraftEditor *editor : editors)
        editor->close();
    return true;
}

} // namespace cac
