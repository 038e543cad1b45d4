#pragma once

#include "app/review/queueentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace cac {

class Database;
class ReviewDocument;

// What a reviewer does to several agencies of the review queue at once. Each is one step for
// Undo (QUndoStack macros), and says what it did, naming how many ("Added 4 agencies to
// “January meeting”; 1 was on it already"). An empty string: nothing was done (cancelled).
class QueueSelectionActions
{
    Q_DECLARE_TR_FUNCTIONS(QueueSelectionActions)

public:
    QueueSelectionActions(Database &database, ReviewDocument &document, QWidget *parent);

    // Marks them reviewed for the year; when all already are, takes the marks back.
    QString markReviewed(const QList<QueueEntry> &entries, int year);
    // Asks which meeting (or a new one) and puts these agencies on its agenda, in this order.
    QString addToAgenda(const QList<qint64> &agencyIds);
    // A draft for each, from the template of its chosen sanction (override or suggestion).
    QString draftLetters(const QList<QueueEntry> &entries, int year);
    // Why it failed, when it did; empty when all went well.
    QString error() const { return m_error; }

private:
    Database &m_database;
    ReviewDocument &m_document;
    QWidget *m_parent;
    QString m_error;
};

} // namespace cac
