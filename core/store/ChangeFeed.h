// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dispatch {

/// The store's change feed: beside the last event of each committed transaction, the things it touched, each as
/// (kind, id). A desk that was told (or noticed) that others committed reads the touches after the last event it
/// applied and refreshes exactly those things.
class ChangeFeed
{
public:
    struct Touch
    {
        qint64 seq = 0;   ///< the transaction's last event
        QString entity;   ///< "incident", "unit", "transfer", … (see Entities::code)
        qint64 id = 0;
    };

    /// Writes the touches of the transaction whose last event is `seq`; call inside that transaction.
    static void append(const QSqlDatabase& db, qint64 seq, const QList<Touch>& touches);
    /// The touches of the transactions after event `afterSeq`, up to event `toSeq` included, in log order.
    static QList<Touch> after(const QSqlDatabase& db, qint64 afterSeq, qint64 toSeq);
    /// How many touches the transactions after `afterSeq` made (to decide between applying and reloading).
    static qint64 countAfter(const QSqlDatabase& db, qint64 afterSeq);
};

} // namespace dispatch
