#pragma once

#include "app/review/meetingagenda.h"

#include <QObject>

#include <optional>

class QPushButton;
class QWidget;

namespace cac {

class Database;

// The documents of a meeting, from the Meetings tab: the briefing and the meeting packet, as a
// PDF or through print preview (and from there on paper). One "Documents" button with a menu.
class MeetingDocuments : public QObject
{
    Q_OBJECT
public:
    explicit MeetingDocuments(QWidget *parent);
    QPushButton *button() const { return m_button; }

    // What the documents are of: the meeting shown, its agenda, the reporting year.
    void setContext(Database *database, int year, const std::optional<MeetingStore::Meeting> &meeting,
                    const QList<MeetingAgenda::Item> &items);
    bool saveBriefing(const QString &path);
    bool savePacket(const QString &path);

private:
    std::unique_ptr<PagedDocument> briefing() const;
    std::unique_ptr<PagedDocument> packet() const;
    QString source() const;
    std::optional<bool> demo() const; // no value: unreadable, and said
    bool report(const Status &status);
    // Says the file was written (or why not); true when it was.
    bool written(const QString &path, const Status &status);
    void chooseFile(bool packet);

    QWidget *m_parent;
    QPushButton *m_button;
    Database *m_database = nullptr;
    int m_year = 0;
    std::optional<MeetingStore::Meeting> m_meeting;
    QList<MeetingAgenda::Item> m_items;
};

} // namespace cac
