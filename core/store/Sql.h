// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QList>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace dispatch::sql {

/// Small helpers over QSqlQuery that throw DispatchError with the statement and SQLite's message.
QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);
void exec(QSqlQuery& query);
/// Prepares, binds positionally, executes; the query is returned positioned before the first row.
QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds = {});
/// The same with binds gathered at run time (a WHERE built by parts).
QSqlQuery run(const QSqlDatabase& db, const QString& statement, const QVariantList& binds);
/// Runs a statement that returns one value (or none: an invalid QVariant).
QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> binds = {});

/// A text value that is never NULL: a null QString binds as SQL NULL, which NOT NULL columns refuse.
inline QVariant text(const QString& s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

/// NULL for 0 ids and empty optionals.
inline QVariant idOrNull(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }
inline QVariant doubleOrNull(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

} // namespace dispatch::sql
