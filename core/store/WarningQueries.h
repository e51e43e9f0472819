// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Sql.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace dispatch {

/// One incident with a zone as the warnings count it.
struct ZoneIncident
{
    qint64 zoneId = 0;
    QByteArrayView category; ///< the code as the store holds it (UTF-8), valid until the next row
    qint64 receivedMs = 0;
};

/// The incidents of a span, one at a time.
class ZoneIncidentRows
{
public:
    explicit ZoneIncidentRows(sql::Query query) : m_query(std::move(query)) {}
    bool next();
    const ZoneIncident& row() const { return m_row; }

private:
    sql::Query m_query;
    ZoneIncident m_row;
};

/// The statements of the zone warnings (ZoneWarnings).
class WarningQueries
{
public:
    /// Every incident with a zone received in [fromMs, toMs), of the given origins: one read of the covering index
    /// of the incidents by received time.
    static ZoneIncidentRows zoneIncidents(const QSqlDatabase& db, qint64 fromMs, qint64 toMs, const QStringList& origins);
    /// When the records of the given origins begin; nothing when there are none.
    static std::optional<qint64> firstReceived(const QSqlDatabase& db, const QStringList& origins);
};

} // namespace dispatch
