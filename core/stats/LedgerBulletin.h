// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LedgerEntry.h"
#include "stats/ReportPeriod.h"
#include "stats/ReportTables.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

namespace dispatch {

/// The weekly bulletin of the repeat-incident ledger (重复警情周通报): the entries opened in the week, those still
/// open at its end, and those closed in it, each with its place, class, marks (all and in the week), owner,
/// deadline and latest action. Shared by the desk (screen, PDF, CSV) and `dispatchctl ledger`.
struct LedgerBulletin
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::LedgerBulletin)

public:
    ReportPeriod period;
    QList<LedgerEntry> opened, open, closed;
    QHash<qint64, int> marksInPeriod; ///< entry id → marks filed during the period
    qint64 asOfMs = 0;                ///< the end of the period, or now for the week still running

    static Result<LedgerBulletin> build(const QSqlDatabase& db, const ReportPeriod& period, qint64 nowMs);
    int overdueOpen() const;
    /// Summary, new, open and closed entries as report tables (translated headers).
    QList<ReportTable> tables(const QTimeZone& zone) const;
    /// The documented structure of `dispatchctl ledger --json`.
    QJsonObject toJson(const QTimeZone& zone) const;
};

} // namespace dispatch
