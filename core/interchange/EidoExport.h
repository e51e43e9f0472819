// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/Eido.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace dispatch {

class Board;

/// Reads what an EIDO says about incidents from the store (read only: the export changes nothing).
class EidoExport
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::EidoExport)

public:
    /// The incident of that number (20261122-00007) as an EIDO; an error names a number the store does not hold.
    static Result<QJsonObject> incident(const QSqlDatabase& db, const Board& board, const QString& number);
    /// Every incident taken at the desks (imported history and exercises left out) received in [fromMs, toMs).
    static QList<QJsonObject> received(const QSqlDatabase& db, const Board& board, qint64 fromMs, qint64 toMs);
    /// The source an incident is written from.
    static EidoSource source(const QSqlDatabase& db, const Board& board, const Incident& incident);
    /// What the store kept of a handed-in incident's document (its `incident.handed_in` event), if it was one.
    static std::optional<EidoReceipt> receipt(const QSqlDatabase& db, qint64 incidentId);
};

} // namespace dispatch
