// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace dispatch {

/// A prepared statement on the QSQLITE driver's own sqlite3 handle, for the read paths that go through
/// hundreds of thousands of rows (statistics, warnings): no QVariant per value. Text binds are copied,
/// everything else is bound as an integer. A failure is kept in error().
class RawStatement
{
public:
    RawStatement(sqlite3* db, const QString& sql, const QList<QVariant>& binds) : m_db(db)
    {
        const QByteArray u = sql.toUtf8();
        if (sqlite3_prepare_v2(db, u.constData(), int(u.size()), &m_st, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
        for (int i = 0; m_st && i < binds.size(); ++i) {
            const QVariant& v = binds[i];
            if (v.typeId() == QMetaType::QString) {
                const QByteArray b = v.toString().toUtf8();
                sqlite3_bind_text(m_st, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(m_st, i + 1, v.toLongLong());
            }
        }
    }
    ~RawStatement() { sqlite3_finalize(m_st); }
    Q_DISABLE_COPY_MOVE(RawStatement)
    bool next()
    {
        if (!m_st)
            return false;
        const int rc = sqlite3_step(m_st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return rc == SQLITE_ROW;
    }
    sqlite3_stmt* get() const { return m_st; }
    const QString& error() const { return m_error; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_st = nullptr;
    QString m_error;
};


} // namespace dispatch
