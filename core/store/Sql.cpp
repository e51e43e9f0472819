// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Sql.h"

#include "util/Result.h"

#include <QSqlError>

namespace dispatch::sql {

namespace {
[[noreturn]] void fail(const QSqlQuery& q, const QString& statement)
{
    throw DispatchError(QStringLiteral("database error: %1 [%2]").arg(q.lastError().text(), statement.simplified()));
}
} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        fail(q, statement);
    return q;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds)
{
    return run(db, statement, QVariantList(binds));
}

QSqlQuery run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds)
{
    QSqlQuery q = prepare(db, statement);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    exec(q);
    return q;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds)
{
    QSqlQuery q = run(db, statement, binds);
    return q.next() ? q.value(0) : QVariant();
}

} // namespace dispatch::sql
