// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreGuards.h"

#include "store/Schema.h"
#include "store/SchemaPostgres.h"
#include "store/Sql.h"

#include <QHash>
#include <QRegularExpression>

namespace dispatch {

namespace {

struct Guard
{
    QString name;
    QString table;      ///< the table it is on (empty for the server's function)
    QString statement;  ///< how it is made
};

/// The guards of a SQLite store as a new store has them: every schema step run on a store in memory, then its
/// triggers read back, so the definitions are exactly what the steps write and are written down nowhere else.
const QList<Guard>& sqliteGuards()
{
    static const QList<Guard> guards = [] {
        const QString name = QStringLiteral("dispatch-guards-reference"); // made once per process
        QList<Guard> out;
        {
            QSqlDatabase mem = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            mem.setDatabaseName(QStringLiteral(":memory:"));
            if (mem.open()) {
                for (const Schema::Step& step : Schema::steps())
                    step.apply(mem);
                sql::Query q = sql::run(mem, QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master "
                                                            "WHERE type = 'trigger' ORDER BY name"));
                while (q.next())
                    out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
            }
            sql::forgetStatements(mem);
            mem.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }();
    return guards;
}

const QList<Guard>& serverGuards()
{
    static const QList<Guard> guards = [] {
        static const QRegularExpression trigger(QStringLiteral(R"(^CREATE TRIGGER (\w+) .* ON (\w+) )"));
        QList<Guard> out;
        for (const QString& s : postgres::guardStatements()) {
            if (s.startsWith(QLatin1String("CREATE FUNCTION"))) {
                out.append({QStringLiteral("dispatch_refuse"), QString(), s});
                continue;
            }
            const QRegularExpressionMatch m = trigger.match(s);
            if (m.hasMatch())
                out.append({m.captured(1), m.captured(2), s});
        }
        return out;
    }();
    return guards;
}

/// The refusal a server trigger passes to dispatch_refuse: what its definition must still say.
QString refusalOf(const QString& statement)
{
    static const QRegularExpression arg(QStringLiteral(R"(dispatch_refuse\('([^']*)'\))"));
    return arg.match(statement).captured(1);
}

QList<GuardFinding> checkSqlite(const QSqlDatabase& db)
{
    QHash<QString, QString> actual;
    sql::Query q = sql::run(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"));
    while (q.next())
        actual.insert(q.value(0).toString(), q.value(1).toString());
    QList<GuardFinding> out;
    for (const Guard& g : sqliteGuards()) {
        const auto it = actual.constFind(g.name);
        if (it == actual.cend())
            out.append({g.name, QStringLiteral("missing")});
        else if (it->simplified() != g.statement.simplified())
            out.append({g.name, QStringLiteral("altered")});
    }
    return out;
}

QList<GuardFinding> checkServer(const QSqlDatabase& db)
{
    QList<GuardFinding> out;
    for (const Guard& g : serverGuards()) {
        if (g.table.isEmpty()) {
            const QString body = sql::scalar(db, QStringLiteral("SELECT prosrc FROM pg_proc p JOIN pg_namespace n ON "
                                                                "n.oid = p.pronamespace WHERE p.proname = ? AND "
                                                                "n.nspname = current_schema()"),
                                             {g.name})
                                     .toString();
            if (body.isEmpty())
                out.append({g.name, QStringLiteral("missing")});
            else if (!body.contains(QLatin1String("RAISE EXCEPTION")))
                out.append({g.name, QStringLiteral("altered")});
            continue;
        }
        sql::Query q = sql::run(db,
                                QStringLiteral("SELECT t.tgenabled, pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE "
                                               "NOT t.tgisinternal AND t.tgname = ? AND t.tgrelid = to_regclass(?)"),
                                {g.name, g.table});
        if (!q.next())
            out.append({g.name, QStringLiteral("missing")});
        else if (q.value(0).toString() == QLatin1String("D"))
            out.append({g.name, QStringLiteral("disabled")});
        else if (!q.value(1).toString().contains(QStringLiteral("dispatch_refuse('%1')").arg(refusalOf(g.statement))))
            out.append({g.name, QStringLiteral("altered")});
    }
    return out;
}

} // namespace

QString GuardFinding::toString() const
{
    if (problem == QLatin1String("missing"))
        return StoreGuards::tr("%1 is missing").arg(trigger);
    if (problem == QLatin1String("disabled"))
        return StoreGuards::tr("%1 is switched off").arg(trigger);
    return StoreGuards::tr("%1 was rewritten").arg(trigger);
}

int StoreGuards::count(const QSqlDatabase& db)
{
    return int(sql::isPostgres(db) ? serverGuards().size() : sqliteGuards().size());
}

QList<GuardFinding> StoreGuards::check(const QSqlDatabase& db)
{
    return sql::isPostgres(db) ? checkServer(db) : checkSqlite(db);
}

QList<GuardFinding> StoreGuards::restore(const QSqlDatabase& db)
{
    const QList<GuardFinding> found = check(db);
    const bool server = sql::isPostgres(db);
    const QList<Guard>& guards = server ? serverGuards() : sqliteGuards();
    for (const GuardFinding& f : found) {
        const auto g = std::find_if(guards.begin(), guards.end(), [&](const Guard& x) { return x.name == f.trigger; });
        if (g == guards.end())
            continue;
        if (server && g->table.isEmpty()) {
            QString statement = g->statement;
            statement.replace(QLatin1String("CREATE FUNCTION"), QLatin1String("CREATE OR REPLACE FUNCTION"));
            sql::run(db, statement);
            continue;
        }
        sql::run(db, server ? QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(g->name, g->table)
                            : QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(g->name));
        sql::run(db, g->statement);
    }
    return found;
}

} // namespace dispatch
