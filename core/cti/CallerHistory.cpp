// SPDX-License-Identifier: GPL-3.0-or-later
#include "cti/CallerHistory.h"

#include "service/Board.h"
#include "store/PhoneQueries.h"

#include <QFile>

namespace dispatch {

QString CallerHistory::key(const QString& number)
{
    QString digits;
    for (const QChar c : number)
        if (c.isDigit())
            digits += c;
    if (number.trimmed().startsWith(u'+') && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    return digits;
}

Result<WatchList> WatchList::fromText(const QByteArray& text, const QString& source)
{
    WatchList w;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype comma = line.indexOf(u',');
        const QString number = (comma < 0 ? line : line.left(comma)).trimmed();
        const QString k = CallerHistory::key(number);
        if (k.size() < 3 || k.size() > 20)
            return Error{tr("a telephone number (3 to 20 digits) expected, found \"%1\"").arg(number),
                         QStringLiteral("%1:%2").arg(source).arg(i + 1)};
        w.m_notes.insert(k, comma < 0 ? QString() : line.mid(comma + 1).trimmed());
    }
    return w;
}

Result<WatchList> WatchList::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{f.errorString(), path};
    return fromText(f.readAll(), path);
}

QString WatchList::note(const QString& number) const
{
    return m_notes.value(CallerHistory::key(number));
}

bool WatchList::contains(const QString& number) const
{
    const QString k = CallerHistory::key(number);
    return !k.isEmpty() && m_notes.contains(k);
}

CallerHistory CallerHistory::lookup(const QSqlDatabase& db, const Board& board, const WatchList& watch,
                                    const QString& number, qint64 nowMs)
{
    CallerHistory h;
    const QString k = key(number);
    if (k.size() < 3)
        return h;
    h.watched = watch.contains(number);
    h.watchNote = watch.note(number);
    // The store keeps numbers as typed: the usual spellings of this one.
    QStringList spellings{k, QStringLiteral("+86") + k, QStringLiteral("0086") + k};
    if (!spellings.contains(number.trimmed()))
        spellings.append(number.trimmed());
    const PhoneQueries::Recent recent = PhoneQueries::recent(db, spellings, nowMs - kRecentMs);
    h.recentCount = recent.count;
    h.lastNumber = recent.lastNumber;
    h.lastReceivedMs = recent.lastReceivedMs;
    for (qint64 id : board.activeIncidentIds()) {
        const Incident* i = board.incident(id);
        if (i && key(i->callerPhone) == k && (!h.openIncidentId || i->receivedAtMs > board.incident(h.openIncidentId)->receivedAtMs)) {
            h.openIncidentId = id;
            h.openNumber = i->number;
        }
    }
    return h;
}

} // namespace dispatch
