#pragma once

#include "sanctionstep.h"

#include <QString>

class ReviewDocument;

// What a reviewer decides in the review queue and the meetings, each undoable from the Edit
// menu: a reviewed mark, an override of the suggested sanction, an agency put on or taken off
// an agenda or moved on it. Each returns why it could not be made, or an empty string.
class ReviewDecisions
{
public:
    explicit ReviewDecisions(ReviewDocument &document);

    QString markReviewed(qint64 agencyId, int year, bool reviewed);
    QString overrideSanction(qint64 agencyId, int year, SanctionStep::Level suggested, SanctionStep::Level chosen,
                             const QString &reason);
    QString addToAgenda(qint64 meetingId, qint64 agencyId);
    QString removeFromAgenda(qint64 meetingId, qint64 agencyId);
    QString moveOnAgenda(qint64 meetingId, qint64 agencyId, int step);

private:
    ReviewDocument &m_document;
};
