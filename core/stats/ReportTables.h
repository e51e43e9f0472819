// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/ReportPeriod.h"
#include "stats/Statistics.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dispatch {

struct Zone;

/// One table of a report, its cells already written as a reader sees them (counts, shares in %, seconds).
struct ReportTable
{
    QString id;      ///< summary, by_category, zone_ranking, by_hour, daily, by_line, by_priority, arrival_histogram
    QString title;   ///< translated
    QStringList header;
    QList<QStringList> rows;
};

/// A period's report as tables: the same figures feed the PDF, the CSV and the charts' captions, so what
/// a leader reads on paper and in a spreadsheet cannot disagree.
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ReportTables)

public:
    /// `previous`: the period before, for the comparison column (环比).
    static QList<ReportTable> build(const ReportPeriod& period, const Statistics& current, const Statistics& previous,
                                    const QList<Zone>& zones, const QString& language);
    /// RFC 4180 CSV in UTF-8 with a byte-order mark (spreadsheets then read Chinese right): one block per table,
    /// its id and title on the first line, then the header and rows, a blank line between tables.
    static QByteArray toCsv(const QString& title, const QList<ReportTable>& tables);

    static QString percent(int part, int whole); ///< "87.5%", or "–" when whole is 0
    static QString seconds(double s);            ///< "95 s", "4 min 05 s"
    static QString zoneName(qint64 zoneId, const QList<Zone>& zones);
    /// The telephone's table (answer times, abandoned calls and their call backs), built when either period has calls.
    static ReportTable telephone(const Statistics& current, const Statistics& before, const QString& thisPeriod,
                                 const QString& previous);
};

} // namespace dispatch
