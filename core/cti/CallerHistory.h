// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dispatch {

class Board;

/// Numbers the centre keeps an eye on (a file the centre keeps): "number,note" per line, '#' comments. A number on it
/// is said when it rings.
class WatchList
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::WatchList)

public:
    /// A bad line is refused with the file and line named; nothing of the file is taken then.
    static Result<WatchList> fromFile(const QString& path);
    static Result<WatchList> fromText(const QByteArray& text, const QString& source);
    /// The note for a number (any of its spellings, see CallerHistory::key), or an empty string.
    QString note(const QString& number) const;
    bool contains(const QString& number) const;
    int size() const { return int(m_notes.size()); }

private:
    QHash<QString, QString> m_notes; ///< by CallerHistory::key
};

/// What the centre knows of a number when it rings: its calls of the last 30 days and an incident of it still open.
struct CallerHistory
{
    int recentCount = 0;       ///< incidents from this number received in the last 30 days
    QString lastNumber;        ///< the latest of them (its incident number)
    qint64 lastReceivedMs = 0;
    qint64 openIncidentId = 0; ///< an incident from this number still open (offered for merge when answered)
    QString openNumber;
    QString watchNote;         ///< the watch list's note, empty when the number is not on it
    bool watched = false;

    static constexpr qint64 kRecentMs = 30LL * 24 * 60 * 60 * 1000;

    /// Looks the number up in the store and on the board (open incidents); an empty or withheld number knows nothing.
    static CallerHistory lookup(const QSqlDatabase& db, const Board& board, const WatchList& watch, const QString& number,
                                qint64 nowMs);
    /// One spelling of a Chinese number for comparing: digits only, without the country code (+86, 0086).
    static QString key(const QString& number);
};

} // namespace dispatch
