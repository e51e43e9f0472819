// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <memory>

struct pg_result;

namespace dispatch::sql {

/// What the server answered to one statement, as libpq holds it (the rows as text, each column's type), read with
/// the SQLite path's conversions so that the repositories read the same values from either store: integers and
/// booleans as qint64, reals and numerics as double, bytea as QByteArray, NULL as a null QString, the rest as
/// QString. Copies share the one answer, which is let go with the last of them.
class ServerAnswer
{
public:
    ServerAnswer() = default;
    /// Takes the result over (PQclear'd with the last copy).
    explicit ServerAnswer(pg_result* result);

    bool isEmpty() const { return !m_result; }
    /// Whether the statement answers with rows (a SELECT, or anything with RETURNING), even none.
    bool hasRows() const;
    int rowCount() const;
    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int row, int column) const;
    QVariant value(int row, int column) const;
    /// The column's text as the server sent it (UTF-8), valid while the answer lives.
    QByteArrayView text(int row, int column) const;
    /// The column as an integer (0 for NULL or none).
    qint64 integer(int row, int column) const;
    /// Rows an INSERT, UPDATE or DELETE changed, or a SELECT gave.
    int changed() const;

private:
    std::shared_ptr<pg_result> m_result;
};

} // namespace dispatch::sql
