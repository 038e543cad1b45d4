#include "testdatabase.h"

#include "app/letters/letterdrafting.h"
#include "db/import/reportimporter.h"
#include "db/stores/letters/draftstore.h"
#include "ui/letters/drafteditor.h"
#include "ui/letters/newletterdialog.h"
#include "ui/letters/templateeditor.h"
#include "db/stores/letters/lettertemplatestore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace cac;

// Drafts: created from a template, edited in the editor, every save a version, every status
// change dated, all audit-logged.
class TestDraftEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void draftIsCreatedFromTheTemplate();
    void newLetterOffersTemplatesByTheirTitles();
    void editsAreSavedAsVersions();
    void statusChangesAreDated();
    void unknownTemplateIsRefused();
    void templateEditorRefusesBadTemplatesAndKeepsVersions();
    void unreadableLetterIsNotEditable();
    void statusChangeSavesTheTypingFirst();
    void templateEditorAsksBeforeClosing();
    void templateEditorAsksBeforeSwitchingTemplate();

private:
    // Clicks `button` in the next message box; `asked` says whether one came.
    void answerNextQuestion(QMessageBox::StandardButton button, bool *asked)
    {
        *asked = false;
        QTimer::singleShot(0, this, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *asked = true;
            box->button(button)->click();
        });
    }
    TestDatabase m_t;
    qint64 m_draft = 0;
};

void TestDraftEditor::initTestCase()
{
    QVERIFY(ReportImporter(m_t.database()).importFile(QFINDTESTDATA("data/metrics_fixture.csv"), {}).succeeded());
    const Result<qint64> draft =
            LetterDrafting::create(m_t.connection(), QStringLiteral("CA0000002"), QStringLiteral("censure"), 2018,
                                   {{QStringLiteral("meeting.chair"), QStringLiteral("Dana Whitfield")}});
    QVERIFY2(draft.ok(), qPrintable(draft.error()));
    m_draft = draft.value();
}

void TestDraftEditor::draftIsCreatedFromTheTemplate()
{
    const DraftStore store(m_t.connection());
    const std::optional<DraftStore::Draft> d = expectOk(store.find(m_draft));
    QVERIFY(d);
    QCOMPARE(d->status, QStringLiteral("draft"));
    QCOMPARE(d->templateName, QStringLiteral("censure"));
    QCOMPARE(d->year, 2018);
    QVERIFY(d->title.contains(QLatin1StringView("Bravo Police Department")));
    QCOMPARE(expectOk(store.versions(m_draft)).size(), 1);
    QVERIFY(expectOk(store.versions(m_draft)).first().bodyHtml.contains(QLatin1StringView("Dana Whitfield, Chair")));
    QCOMPARE(expectOk(store.forAgency(d->agencyId)).size(), 1);
}

void TestDraftEditor::editsAreSavedAsVersions()
{
    DraftEditor editor(m_t.database(), m_draft);
    editor.show();
    QVERIFY(editor.editor()->toPlainText().contains(QLatin1StringView("I write to censure Bravo Police Department")));
    QVERIFY(editor.save()); // unchanged: no new version
    QCOMPARE(expectOk(DraftStore(m_t.connection()).versions(m_draft)).size(), 1);
    editor.editor()->moveCursor(QTextCursor::End);
    editor.editor()->insertPlainText(QStringLiteral(" Reviewed by counsel."));
    QVERIFY(editor.save());
    const QList<DraftStore::Version> versions = expectOk(DraftStore(m_t.connection()).versions(m_draft));
    QCOMPARE(versions.size(), 2);
    QVERIFY(versions.last().bodyHtml.contains(QLatin1StringView("Reviewed by counsel.")));
    QVERIFY(!versions.first().bodyHtml.contains(QLatin1StringView("Reviewed by counsel.")));
    // Closing with changes saves them.
    editor.editor()->insertPlainText(QStringLiteral(" Final."));
    editor.close();
    QCOMPARE(expectOk(DraftStore(m_t.connection()).versions(m_draft)).size(), 3);
    QVERIFY(m_t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'letter_draft_version'")).toInt() >= 3);
}

void TestDraftEditor::statusChangesAreDated()
{
    DraftStore store(m_t.connection());
    QVERIFY(store.setStatus(m_draft, QStringLiteral("proposed"), QStringLiteral("me")).ok());
    QVERIFY(store.setStatus(m_draft, QStringLiteral("proposed"), QStringLiteral("me")).ok()); // no change, no entry
    QVERIFY(store.setStatus(m_draft, QStringLiteral("adopted"), QStringLiteral("me")).ok());
    QVERIFY(!store.setStatus(m_draft, QStringLiteral("shredded"), QStringLiteral("me")).ok());
    const QList<DraftStore::StatusChange> changes = expectOk(store.statusChanges(m_draft));
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(1).status, QStringLiteral("proposed"));
    QCOMPARE(changes.at(2).status, QStringLiteral("adopted"));
    QVERIFY(!changes.at(2).changedAt.isEmpty());
    DraftEditor editor(m_t.database(), m_draft);
    QCOMPARE(editor.statusBox()->currentText(), QStringLiteral("adopted"));
}

void TestDraftEditor::unknownTemplateIsRefused()
{
    QVERIFY(!LetterDrafting::create(m_t.connection(), QStringLiteral("CA0000002"), QStringLiteral("nonsense"), 2018).ok());
    QVERIFY(!LetterDrafting::create(m_t.connection(), QStringLiteral("CA0009999"), QStringLiteral("censure"), 2018).ok());
}

void TestDraftEditor::templateEditorRefusesBadTemplatesAndKeepsVersions()
{
    TemplateEditor editor(m_t.database(), QStringLiteral("CA0000002"), 2018);
    editor.show();
    QVERIFY(editor.body()->toPlainText().contains(QLatin1StringView("{{agency.name}}")));
    const int before = expectOk(LetterTemplateStore(m_t.connection()).versions(QStringLiteral("censure"))).size();
    editor.body()->setPlainText(QStringLiteral("<p>{{agency.nmae}}</p>"));
    QVERIFY(!editor.save());
    QVERIFY2(editor.problems()->text().contains(QLatin1StringView("line 1, column 4: agency.nmae")),
             qPrintable(editor.problems()->text()));
    QCOMPARE(expectOk(LetterTemplateStore(m_t.connection()).versions(QStringLiteral("censure"))).size(), before);
    editor.body()->setPlainText(QStringLiteral("<p>To {{agency.name}}</p>"));
    QVERIFY(editor.save());
    QCOMPARE(expectOk(LetterTemplateStore(m_t.connection()).versions(QStringLiteral("censure"))).size(), before + 1);
    QCOMPARE(expectOk(LetterTemplateStore(m_t.connection()).latest(QStringLiteral("censure")))->body,
             QStringLiteral("<p>To {{agency.name}}</p>"));
}

// If the letter's text cannot be read, the editor must not offer an empty page: typing into it
// and saving would put the reviewer's words over the letter as its newest version.
void TestDraftEditor::unreadableLetterIsNotEditable()
{
    TestDatabase t;
    QVERIFY(ReportImporter(t.database()).importFile(QFINDTESTDATA("data/metrics_fixture.csv"), {}).succeeded());
    const Result<qint64> draft =
            LetterDrafting::create(t.connection(), QStringLiteral("CA0000002"), QStringLiteral("censure"), 2018, {});
    QVERIFY(draft.ok());
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE letter_draft_version")));
    DraftEditor editor(t.database(), draft.value());
    editor.show();
    QVERIFY(editor.editor()->isReadOnly());
    bool said = false;
    for (const QLabel *label : editor.findChildren<QLabel *>())
        said = said || label->text().contains(QLatin1StringView("could not be read"));
    QVERIFY(said);
}

void TestDraftEditor::statusChangeSavesTheTypingFirst()
{
    DraftEditor editor(m_t.database(), m_draft);
    editor.show();
    editor.editor()->moveCursor(QTextCursor::End);
    editor.editor()->insertPlainText(QStringLiteral(" Typed before the status change."));
    const int proposed = editor.statusBox()->findData(QStringLiteral("proposed"));
    editor.statusBox()->setCurrentIndex(proposed);
    emit editor.statusBox()->activated(proposed); // as a click on the list would
    QVERIFY(editor.editor()->toPlainText().contains(QLatin1StringView("Typed before the status change.")));
    QVERIFY(expectOk(DraftStore(m_t.connection()).versions(m_draft))
                    .last()
                    .bodyHtml.contains(QLatin1StringView("Typed before the status change.")));
    QCOMPARE(expectOk(DraftStore(m_t.connection()).find(m_draft))->status, QStringLiteral("proposed"));
}

void TestDraftEditor::templateEditorAsksBeforeClosing()
{
    const LetterTemplateStore store(m_t.connection());
    TemplateEditor editor(m_t.database(), QStringLiteral("CA0000002"), 2018);
    editor.show();
    const int before = expectOk(store.versions(QStringLiteral("censure"))).size();
    editor.body()->setPlainText(QStringLiteral("<p>Dear {{agency.name}},</p>"));
    bool asked = false;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    editor.reject(); // Close, Escape or the window's button
    QVERIFY(asked);
    QVERIFY(editor.isVisible());
    answerNextQuestion(QMessageBox::Save, &asked);
    editor.reject();
    QVERIFY(asked);
    QVERIFY(!editor.isVisible());
    QCOMPARE(expectOk(store.versions(QStringLiteral("censure"))).size(), before + 1);
    QCOMPARE(expectOk(store.latest(QStringLiteral("censure")))->body, QStringLiteral("<p>Dear {{agency.name}},</p>"));
}

void TestDraftEditor::templateEditorAsksBeforeSwitchingTemplate()
{
    TemplateEditor editor(m_t.database(), QStringLiteral("CA0000002"), 2018);
    editor.show();
    auto *names = editor.findChild<QComboBox *>();
    QVERIFY(names);
    const QString first = names->currentText();
    editor.body()->setPlainText(QStringLiteral("<p>Kept {{agency.name}}</p>"));
    bool asked = false;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    names->setCurrentIndex(names->currentIndex() == 0 ? 1 : 0);
    QVERIFY(asked);
    QCOMPARE(names->currentText(), first);
    QCOMPARE(editor.body()->toPlainText(), QStringLiteral("<p>Kept {{agency.name}}</p>"));
    answerNextQuestion(QMessageBox::Discard, &asked);
    names->setCurrentIndex(names->currentIndex() == 0 ? 1 : 0);
    QVERIFY(asked);
    QVERIFY(names->currentText() != first);
    QVERIFY(!editor.hasUnsavedWork());
}

// The New letter dialog lists templates by what they are, not by their ids, and answers with the id.
void TestDraftEditor::newLetterOffersTemplatesByTheirTitles()
{
    NewLetterDialog dialog(QStringLiteral("Corvina Bay Police Department"),
                           {{QStringLiteral("censure"), QStringLiteral("Letter of censure")},
                            {QStringLiteral("federal-audit"), QStringLiteral("Request to audit a federal agency")}},
                           QStringLiteral("federal-audit"));
    auto *templates = dialog.findChild<QComboBox *>();
    QVERIFY(templates);
    QCOMPARE(templates->currentText(), QStringLiteral("Request to audit a federal agency"));
    QCOMPARE(dialog.templateName(), QStringLiteral("federal-audit"));
    for (int i = 0; i < templates->count(); ++i)
        QVERIFY(!templates->itemText(i).contains(u'-'));
    // Its hints read whole.
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>())
        QVERIFY2(field->minimumWidth() >= field->fontMetrics().horizontalAdvance(field->placeholderText()),
                 qPrintable(field->placeholderText()));
}

QTEST_MAIN(TestDraftEditor)
#include "tst_drafteditor.moc"
