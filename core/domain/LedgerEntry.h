// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoPoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dispatch {

/// An entry of the repeat-incident ledger (重复警情台账): the repeat marks of one class at one place (the same
/// address, or within 50 m), owned by the responsible station and worked to closure ("挂账销号") with dated
/// actions, by a deadline ("日推进、周通报、月验收").
struct LedgerEntry
{
    qint64 id = 0;
    QString cls;                 ///< gambling / drunk / noise / venue / other
    QString address;
    std::optional<GeoPoint> position;
    qint64 zoneId = 0;
    QString owner;               ///< the responsible unit (usually the station of the place)
    qint64 openedAtMs = 0;
    qint64 deadlineMs = 0;
    qint64 closedAtMs = 0;
    QString closedBy;
    QString result;
    qint64 overdueAtMs = 0;      ///< when the missed deadline was recorded (once)

    // Derived when read.
    int markCount = 0;
    int incidentCount = 0;
    QStringList marks;           ///< the distinct kinds: same_event / recurred / frequent
    qint64 lastMarkAtMs = 0;
    int actionCount = 0;
    QString lastAction;

    bool isOpen() const { return closedAtMs == 0; }
    /// The place as a reader names it: the address, else the coordinates.
    QString place() const;
};

struct LedgerAction
{
    qint64 id = 0;
    qint64 entryId = 0;
    qint64 atMs = 0;
    QString by;
    QString text;
};

class LedgerCodes
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::LedgerCodes)

public:
    static const QStringList& classes();
    static QString classLabel(const QString& cls);
    static QString markLabel(const QString& mark);
};

} // namespace dispatch
