// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerAnswer.h"

#include <libpq-fe.h>

namespace dispatch::sql {

namespace {

// The server's type numbers (pg_type.oid, fixed for the built-in types) the conversions tell apart.
constexpr Oid kBool = 16;
constexpr Oid kBytea = 17;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kOid = 26;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;

} // namespace

ServerAnswer::ServerAnswer(pg_result* result) : m_result(result, [](pg_result* r) { PQclear(r); })
{
}

bool ServerAnswer::hasRows() const
{
    return m_result && PQresultStatus(m_result.get()) == PGRES_TUPLES_OK;
}

int ServerAnswer::rowCount() const
{
    return hasRows() ? PQntuples(m_result.get()) : 0;
}

int ServerAnswer::columnCount() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

QString ServerAnswer::columnName(int column) const
{
    const char* name = m_result ? PQfname(m_result.get(), column) : nullptr;
    return name ? QString::fromUtf8(name) : QString();
}

bool ServerAnswer::isNull(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return true;
    return PQgetisnull(m_result.get(), row, column);
}

QByteArrayView ServerAnswer::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArrayView(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 ServerAnswer::integer(int row, int column) const
{
    const QByteArrayView t = text(row, column);
    switch (PQftype(m_result.get(), column)) {
    case kBool: return t == "t" ? 1 : 0;
    case kFloat4:
    case kFloat8:
    case kNumeric: return qRound64(t.toDouble()); // as QVariant converts a double
    default: return t.isEmpty() ? 0 : t.toLongLong();
    }
}

QVariant ServerAnswer::value(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    if (isNull(row, column))
        return QVariant(QMetaType::fromType<QString>());
    const QByteArrayView t = text(row, column);
    switch (PQftype(m_result.get(), column)) {
    case kBool:
    case kInt8:
    case kInt2:
    case kInt4:
    case kOid: return QVariant(integer(row, column));
    case kFloat4:
    case kFloat8:
    case kNumeric: return QVariant(t.toDouble());
    case kBytea: {
        size_t length = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(t.data()), &length);
        if (!bytes)
            return QVariant(QByteArray());
        QByteArray out(reinterpret_cast<const char*>(bytes), qsizetype(length));
        PQfreemem(bytes);
        return QVariant(out);
    }
    default: return QVariant(QString::fromUtf8(t));
    }
}

int ServerAnswer::changed() const
{
    if (!m_result)
        return 0;
    const char* n = PQcmdTuples(m_result.get());
    return n && *n ? QByteArrayView(n).toInt() : 0;
}

} // namespace dispatch::sql
