// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handover/HandoverReport.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dispatch {

class Board;

/// What a handover carries over, being gathered from every follow-up kind as it stood at the handover's time (read
/// from the log, so that a handover prepared late still says what was open then), with what the kinds need to
/// describe their items.
class CarriedList
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CarriedList)

public:
    CarriedList(const QSqlDatabase& db, const Board& board, qint64 shiftStartMs, qint64 asOfMs, QList<CarriedItem>& out);

    const QSqlDatabase& db() const { return m_db; }
    const Board& board() const { return m_board; }
    qint64 shiftStart() const { return m_from; }
    /// The handover's time: an item counts when it was open just before it.
    qint64 asOf() const { return m_asOf; }
    /// A unit's callsign ("" when unknown).
    QString callsign(qint64 unitId) const;
    /// How many events of `kind` the entity had before the handover's time.
    int eventsBefore(const QString& entity, qint64 id, const QString& kind) const;

    /// Adds an item; its incident's number is filled in.
    void add(CarriedItem item);

private:
    const QSqlDatabase& m_db;
    const Board& m_board;
    qint64 m_from;
    qint64 m_asOf;
    QList<CarriedItem>& m_out;
};

} // namespace dispatch
