// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GazetteerQueries.h"

#include "map/AddressText.h"
#include "store/Sql.h"

#include <QHash>

#include <cmath>
#include <numbers>

namespace dispatch {

std::optional<GazetteerQueries::Near> GazetteerQueries::nearest(const QSqlDatabase& db, const GeoPoint& p, double maxMetres)
{
    const double dLat = maxMetres / 111000.0;
    const double dLon = maxMetres / (111000.0 * std::max(0.2, std::cos(p.lat * std::numbers::pi / 180.0)));
    sql::Query q = sql::run(db, QStringLiteral("SELECT kind, name, house_number, street, lat, lon FROM map_places"
                                               " WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"),
                            {p.lat - dLat, p.lat + dLat, p.lon - dLon, p.lon + dLon});
    std::optional<Near> bestAddress, bestPlace;
    while (q.next()) {
        const double d = geo::distanceMetres(p, GeoPoint{q.value(4).toDouble(), q.value(5).toDouble()});
        if (d > maxMetres)
            continue;
        const bool address = q.value(0).toString() == QLatin1String("address");
        const QString name = q.value(1).toString();
        QString text;
        if (address) {
            text = QString(q.value(3).toString() + u' ' + q.value(2).toString()).trimmed();
            if (!name.isEmpty())
                text += QStringLiteral(" (") + name + u')';
        } else {
            text = name;
        }
        if (text.isEmpty())
            continue;
        std::optional<Near>& best = address ? bestAddress : bestPlace;
        if (!best || d < best->metres)
            best = Near{text, d, address};
    }
    return bestAddress ? bestAddress : bestPlace;
}

namespace {

constexpr int kCandidateRows = 300; ///< rows read from each lookup before ranking

int kindRank(const GazetteerHit& h)
{
    if (h.kind == QLatin1String("address"))
        return h.source == QLatin1String("incident") ? 1 : 0;
    if (h.kind == QLatin1String("poi"))
        return 2;
    if (h.kind == QLatin1String("place"))
        return 3;
    return 4;
}

constexpr const char* kColumns = "SELECT g.id, g.source, g.kind, g.text, g.key, g.lat, g.lon, g.uses ";

/// The keys beginning with `key`, in key order.
QString prefixLookup(const QSqlDatabase& db)
{
    // SQLite compares text as UTF-8 bytes: a range on the key index. The server's index is on text_pattern_ops,
    // which serves LIKE 'prefix%' (a key holds no % or _: AddressText::key keeps letters and digits only).
    return QString::fromLatin1(kColumns)
           + (sql::isPostgres(db) ? QStringLiteral("FROM gazetteer g WHERE g.key LIKE ? LIMIT ?")
                                  : QStringLiteral("FROM gazetteer g WHERE g.key >= ? AND g.key < ? LIMIT ?"));
}

} // namespace

QList<GazetteerHit> GazetteerQueries::search(const QSqlDatabase& db, const QString& text, int limit)
{
    const QString key = AddressText::key(text);
    const QStringList words = AddressText::keyWords(text);
    if (key.isEmpty() || limit <= 0)
        return {};
    // On the server each keystroke's patterns are planned for what they are: a plan made once for any pattern (what
    // PostgreSQL settles on for a statement prepared once and run often) cannot use the pattern and trigram indexes,
    // and made the lookup half again as slow (bench_gazetteer --server).
    struct CustomPlans
    {
        const QSqlDatabase& db;
        bool on;
        ~CustomPlans()
        {
            if (on)
                sql::run(db, QStringLiteral("RESET plan_cache_mode"));
        }
    } custom{db, sql::isPostgres(db)};
    if (custom.on)
        sql::run(db, QStringLiteral("SET plan_cache_mode = force_custom_plan"));
    QHash<qint64, GazetteerHit> found;
    auto read = [&](sql::Query& q) {
        while (q.next()) {
            const QString rowKey = q.value(4).toString();
            if (std::any_of(words.begin(), words.end(), [&](const QString& w) { return !rowKey.contains(w); })
                && !rowKey.contains(key))
                continue;
            GazetteerHit h;
            h.id = q.integer(0);
            h.source = q.value(1).toString();
            h.kind = q.value(2).toString();
            h.text = q.value(3).toString();
            h.key = rowKey;
            h.point = GeoPoint{q.value(5).toDouble(), q.value(6).toDouble()};
            h.uses = int(q.integer(7));
            h.match = rowKey == key ? 0 : rowKey.startsWith(key) ? 1 : rowKey.contains(key) ? 2 : 3;
            found.insert(h.id, h);
        }
    };
    {
        // U+10FFFF, the last character, after every key that begins with this one.
        const QString last = QString(key) + QChar(0xDBFF) + QChar(0xDFFF);
        sql::Query q = sql::isPostgres(db)
                           ? sql::run(db, prefixLookup(db), {QVariant(QString(key + QLatin1Char('%'))), kCandidateRows})
                           : sql::run(db, prefixLookup(db), {QVariant(key), QVariant(last), kCandidateRows});
        read(q);
    }
    QStringList long3;
    for (const QString& w : words)
        if (w.size() >= 3)
            long3.append(w);
    if (long3.isEmpty() && key.size() >= 3)
        long3.append(key);
    if (!long3.isEmpty()) {
        QVariantList binds;
        QString statement;
        if (sql::isPostgres(db)) {
            QStringList terms;
            // LIKE, which the trigram index serves (a key holds letters and digits only: no wildcard to escape).
            for (const QString& w : long3) {
                terms.append(QStringLiteral("g.key LIKE ?"));
                binds.append(QString(u'%' + w + u'%'));
            }
            statement = QString::fromLatin1(kColumns) + QStringLiteral("FROM gazetteer g WHERE ") + terms.join(QStringLiteral(" AND "))
                        + QStringLiteral(" LIMIT ?");
        } else {
            QStringList phrases;
            for (const QString& w : long3)
                phrases.append(u'"' + w + u'"'); // a key holds letters and digits only: nothing to escape
            statement = QString::fromLatin1(kColumns)
                        + QStringLiteral("FROM gazetteer_text t JOIN gazetteer g ON g.id = t.rowid WHERE gazetteer_text MATCH ? LIMIT ?");
            binds.append(phrases.join(QStringLiteral(" AND ")));
        }
        binds.append(kCandidateRows);
        sql::Query q = sql::run(db, statement, binds);
        read(q);
    }
    QList<GazetteerHit> out = found.values();
    std::sort(out.begin(), out.end(), [](const GazetteerHit& a, const GazetteerHit& b) {
        if (a.match != b.match)
            return a.match < b.match;
        if (kindRank(a) != kindRank(b))
            return kindRank(a) < kindRank(b);
        if (a.uses != b.uses)
            return a.uses > b.uses;
        if (a.text.size() != b.text.size())
            return a.text.size() < b.text.size();
        if (a.text != b.text)
            return a.text < b.text;
        return a.id < b.id;
    });
    // The same name at the same place once (an address of the map and the incidents' confirmed one).
    QList<GazetteerHit> unique;
    for (const GazetteerHit& h : out) {
        const bool again = std::any_of(unique.begin(), unique.end(), [&](const GazetteerHit& u) {
            return u.key == h.key && geo::distanceMetres(u.point, h.point) < 50;
        });
        if (!again)
            unique.append(h);
        if (unique.size() >= limit)
            break;
    }
    return unique;
}

std::optional<GazetteerHit> GazetteerQueries::resolve(const QSqlDatabase& db, const QString& text)
{
    const QList<GazetteerHit> hits = search(db, text, 1);
    if (hits.isEmpty() || hits.front().match != 0)
        return std::nullopt;
    return hits.front();
}

} // namespace dispatch
