#include "templateeditor.h"

#include "ui/alertcolour.h"

#include "app/format/displaytext.h"
#include "app/letters/lettercontext.h"
#include "app/letters/letterplaceholders.h"
#include "app/letters/letterrenderer.h"
#include "app/letters/letterexporter.h"
#include "app/letters/shippedtemplates.h"
#include "db/engine/database.h"
#include "db/stores/letters/lettertemplatestore.h"
#include "db/model/osuser.h"

#include "ui/unsavedwork.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace cac {

TemplateEditor::TemplateEditor(Database &database, const QString &sampleOri, int year, QWidget *parent)
    : QDialog(parent), m_database(database), m_sampleOri(sampleOri), m_year(year), m_name(new QComboBox), m_title(new QLineEdit),
      m_body(new QPlainTextEdit), m_placeholders(new QListWidget), m_preview(new QTextBrowser), m_problems(new QLabel),
      m_version(new QLabel), m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Letter templates"));
    // A failure here leaves the templates as they are; the editor shows what the file holds.
    const bool editable = database.permissions().may(Permissions::Action::EditTemplates);
    const Status stored = editable ? ShippedTemplates::ensureStored(database.connection()) : Status::success();
    const Result<QStringList> names = LetterTemplateStore(database.connection()).names();
    m_name->addItems(names.ok() ? names.value() : QStringList()); // else said below, with the store's failure
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (const LetterPlaceholders::Placeholder &p : LetterPlaceholders::all()) {
        const QString where = p.list.isEmpty() ? QString() : tr(" (inside {{#%1}})").arg(p.list);
        m_placeholders->addItem(QStringLiteral("{{%1}}%2 — %3").arg(p.name, where, p.description));
    }
    AlertColour::mark(m_problems);
    m_problems->setWordWrap(true);
    // Said once the editor is up, over it.
    if (!stored.ok() || !names.ok())
        QTimer::singleShot(0, this, [this, why = stored.ok() ? names.error() : stored.error()] {
            QMessageBox::warning(this, tr("Letter templates"),
                                 tr("The letter templates could not be read or stored: %1").arg(why));
        });
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);

    auto *form = new QFormLayout;
    form->addRow(tr("Template"), m_name);
    form->addRow(tr("Title"), m_title);
    form->addRow(QString(), m_version);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_body, 3);
    leftLayout->addWidget(m_problems);
    leftLayout->addWidget(new QLabel(tr("Placeholders (double-click to insert):")));
    leftLayout->addWidget(m_placeholders, 2);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(m_preview);
    // The preview in the letters' own typeface and size, as the PDF and the print will set it.
    m_preview->document()->setDefaultFont(QFont(LetterExporter::bodyFamily(), int(LetterExporter::BodyPoints)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Save)->setEnabled(editable);
    buttons->button(QDialogButtonBox::Save)->setToolTip(database.permissions().whyNot(Permissions::Action::EditTemplates));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(m_name, &QComboBox::currentTextChanged, this, &TemplateEditor::switchTo);
    m_version->setWordWrap(true);
    connect(m_version, &QLabel::linkActivated, this, [this] { m_body->setPlainText(ShippedTemplates::body(m_loadedName)); });
    connect(m_body, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &TemplateEditor::preview);
    connect(m_placeholders, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_body->insertPlainText(item->text().section(QStringLiteral("}}"), 0, 0) + QStringLiteral("}}"));
    });
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &TemplateEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load(m_name->currentText());
    resize(1200, 760);
}

void TemplateEditor::load(const QString &name)
{
    const Result<std::optional<LetterTemplateStore::Template>> found = LetterTemplateStore(m_database.connection()).latest(name);
    if (!found.ok()) {
        m_problems->setText(tr("The template %1 could not be read: %2").arg(name, found.error()));
        return;
    }
    const std::optional<LetterTemplateStore::Template> &t = found.value();
    if (!t)
        return;
    m_loadedName = name;
    m_loadedTitle = t->title;
    m_loadedBody = t->body;
    m_title->setText(t->title);
    m_body->setPlainText(t->body);
    QString version = tr("Version %1, %2 by %3; earlier versions are kept.")
                              .arg(t->version)
                              .arg(DisplayText::localTime(t->createdAt), t->createdBy);
    // An edited template keeps its text when a release ships a new one: said here, with the way to it.
    if (ShippedTemplates::newerTextThan(name, t->body))
        version += tr(
                " A newer shipped text of this letter exists: <a href=\"shipped\">load it</a> to compare, and save to use it.");
    m_version->setText(version);
    preview();
}

bool TemplateEditor::hasUnsavedWork() const
{
    // Compared with what was loaded, so text typed and then taken back is no change.
    return m_database.permissions().may(Permissions::Action::EditTemplates) &&
            (m_body->toPlainText() != m_loadedBody || m_title->text() != m_loadedTitle);
}

bool TemplateEditor::maybeSave()
{
    if (!hasUnsavedWork())
        return true;
    switch (UnsavedWork::ask(this, tr("The template \u201c%1\u201d").arg(m_loadedName))) {
    case UnsavedWork::Choice::Save:
        return save(); // a template that does not check stays open
    case UnsavedWork::Choice::Discard:
        return true;
    case UnsavedWork::Choice::Cancel:
        return false;
    }
    return false;
}

void TemplateEditor::switchTo(const QString &name)
{
    if (name == m_loadedName)
        return;
    if (!maybeSave()) {
        const QSignalBlocker blocker(m_name);
        m_name->setCurrentText(m_loadedName);
        return;
    }
    load(name);
}

void TemplateEditor::reject()
{
    // Close, Escape and the window's close button all come here.
    if (maybeSave())
        QDialog::reject();
}

void TemplateEditor::preview()
{
    const Result<QVariantMap> context = LetterContext::build(m_database.connection(), m_sampleOri, m_year);
    if (!context.ok()) {
        m_problems->setText(context.error());
        return;
    }
    const Result<QString> html = LetterRenderer::render(m_body->toPlainText(), context.value());
    m_problems->setText(html.ok() ? QString() : html.error());
    if (html.ok())
        m_preview->setHtml(html.value());
}

bool TemplateEditor::save()
{
    preview();
    if (!m_problems->text().isEmpty() || m_database.isReadOnly())
        return false;
    const Result<int> saved = LetterTemplateStore(m_database.connection())
                                      .save(m_loadedName, m_title->text().trimmed(), m_body->toPlainText(), OsUser::name());
    if (!saved.ok()) {
        m_problems->setText(saved.error());
        return false;
    }
    load(m_loadedName);
    return true;
}

} // namespace cac
