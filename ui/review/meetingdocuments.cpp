#include "meetingdocuments.h"

#include "ui/charts/chartexporter.h"
#include "ui/files/filedialogs.h"
#include "ui/files/writtenfilenotice.h"
#include "ui/printing/documentpreview.h"

#include "app/packet/meetingpacket.h"
#include "app/packet/packetloader.h"
#include "db/engine/database.h"
#include "db/stores/metastore.h"
#include "ui/files/demoflag.h"

#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace cac {

MeetingDocuments::MeetingDocuments(QWidget *parent)
    : QObject(parent), m_parent(parent), m_button(new QPushButton(tr("&Documents")))
{
    auto *menu = new QMenu(m_button);
    menu->addAction(tr("Meeting &packet PDF…"), this, [this] { chooseFile(true); });
    menu->addAction(tr("&Briefing PDF…"), this, [this] { chooseFile(false); });
    menu->addSeparator();
    menu->addAction(tr("Print preview of the p&acket…"), this, [this] {
        DocumentPreview::show(m_parent, m_meeting->title, MeetingPacket::pageLayout(), [this] { return packet(); });
    });
    menu->addAction(tr("Print preview of the b&riefing…"), this, [this] {
        DocumentPreview::show(m_parent, m_meeting->title, MeetingAgenda::pageLayout(), [this] { return briefing(); });
    });
    m_button->setMenu(menu);
    m_button->setToolTip(tr("The meeting's briefing and packet, as PDF or on paper"));
    m_button->setEnabled(false);
}

void MeetingDocuments::setContext(Database *database, int year, const std::optional<MeetingStore::Meeting> &meeting,
                                  const QList<MeetingAgenda::Item> &items)
{
    m_database = database;
    m_year = year;
    m_meeting = meeting;
    m_items = items;
    m_button->setEnabled(m_database && m_meeting);
}

QString MeetingDocuments::source() const
{
    return m_database ? m_database->displayName() : QString();
}

std::optional<bool> MeetingDocuments::demo() const
{
    return m_database ? DemoFlag::read(*m_database, m_parent) : std::nullopt;
}

bool MeetingDocuments::report(const Status &status)
{
    if (!status.ok())
        QMessageBox::warning(m_parent, tr("Meeting documents"), status.error());
    return status.ok();
}

bool MeetingDocuments::written(const QString &path, const Status &status)
{
    if (status.ok())
        WrittenFileNotice::show(m_parent, path);
    return report(status);
}

std::unique_ptr<PagedDocument> MeetingDocuments::briefing() const
{
    const std::optional<bool> isDemo = demo();
    if (!m_database || !m_meeting || !isDemo)
        return {};
    return MeetingAgenda::briefing(*m_meeting, m_items, m_year, *isDemo, source());
}

std::unique_ptr<PagedDocument> MeetingDocuments::packet() const
{
    const std::optional<bool> isDemo = demo();
    if (!m_database || !m_meeting || !isDemo)
        return {};
    const Result<PacketContent> content = PacketLoader::load(m_database->connection(), m_meeting->id, m_year, source(), *isDemo);
    if (!content.ok()) {
        QMessageBox::warning(m_parent, tr("Meeting packet"), content.error());
        return {};
    }
    return MeetingPacket::document(content.value(), ChartExporter::paint);
}

bool MeetingDocuments::saveBriefing(const QString &path)
{
    std::unique_ptr<PagedDocument> document = briefing();
    return document && written(path, document->savePdf(path, m_meeting->title, MeetingAgenda::pageLayout()));
}

bool MeetingDocuments::savePacket(const QString &path)
{
    std::unique_ptr<PagedDocument> document = packet();
    return document && written(path, document->savePdf(path, m_meeting->title, MeetingPacket::pageLayout()));
}

void MeetingDocuments::chooseFile(bool packet)
{
    const QString suggested =
            QStringLiteral("%1-%2.pdf").arg(packet ? tr("packet") : tr("briefing"), m_meeting->heldOn.toString(Qt::ISODate));
    QString path = FileDialogs::saveFile(m_parent, packet ? tr("Meeting packet") : tr("Briefing for the meeting"),
                                         tr("PDF documents (*.pdf)"), suggested);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (packet)
        savePacket(path);
    else
        saveBriefing(path);
}

} // namespace cac
