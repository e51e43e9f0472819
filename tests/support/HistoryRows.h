// SPDX-License-Identifier: GPL-3.0-or-later
// Closed incidents written straight into a test store: counts per zone, category and time known in advance
// (warning levels, reports).
#pragma once

#include "TestStore.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

namespace dispatch::test {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;

/// Incidents by zone code and category at chosen instants.
class Series
{
public:
    explicit Series(TestStore& s) : m_db(s.db()), m_zones(s.service().board().zones()) {}

    qint64 zone(const char* code) const
    {
        for (const Zone& z : m_zones)
            if (z.code == QLatin1String(code))
                return z.id;
        FAIL("no zone " << code);
        return 0;
    }
    /// `n` incidents of a category in a zone, the first received at `receivedMs`, each next one a minute earlier.
    void add(const char* zoneCode, const char* category, int n, qint64 receivedMs, const char* origin = "live")
    {
        const qint64 zoneId = zone(zoneCode);
        for (int i = 0; i < n; ++i) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO incidents (number, line, state, state_since, received_at, created_at, "
                                     "updated_at, zone_id, category, priority, origin, source_ref) "
                                     "VALUES (?, '110', 'closed', ?, ?, ?, ?, ?, ?, 3, ?, ?)"));
            const qint64 at = receivedMs - i * 60000;
            q.addBindValue(QStringLiteral("W-%1").arg(++m_seq));
            for (int k = 0; k < 4; ++k)
                q.addBindValue(at);
            q.addBindValue(zoneId);
            q.addBindValue(QString::fromLatin1(category));
            q.addBindValue(QString::fromLatin1(origin));
            q.addBindValue(QStringLiteral("TEST:%1").arg(m_seq));
            if (!q.exec())
                FAIL(q.lastError().text().toStdString());
        }
    }
    /// One incident long before everything else, so that the records cover every baseline week (warnings
    /// judge only the weeks the records reach back to).
    void recordsSince(qint64 receivedMs, const char* origin = "live") { add("chacheng", "inquiry", 1, receivedMs, origin); }
    /// The same week's count for weeks 1..k before the recent window (a day into each week's window).
    void baseline(const char* zoneCode, const char* category, std::initializer_list<int> perWeek, qint64 asOf)
    {
        int w = 0;
        for (int n : perWeek)
            add(zoneCode, category, n, asOf - (++w) * kWeek - kDay);
    }

private:
    Database& m_db;
    QList<Zone> m_zones;
    static inline int m_seq = 0; ///< numbers stay unique across series in one run
};

} // namespace dispatch::test
