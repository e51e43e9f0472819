// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace dispatch {

/// How one centre's CAD export becomes incidents (a JSON file; the format is documented in
/// resources/import/README.md). Checked as a whole before any row is read: every problem names the field.
struct ImportProfile
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::ImportProfile)

public:
    enum class Grain { Incident, Unit }; ///< one row per incident, or one per dispatched unit
    enum class OnBadRow { Skip, Stop };

    QString name;
    QString source;       ///< short code of the exporting centre: prefixes numbers and references ("SFFD")
    QString description;
    char separator = ',';
    /// The file's text encoding: "UTF-8" (the default) or "GB18030" (what Chinese CAD exports call GBK or GB2312,
    /// of which it is the superset). A row that is not text in it is refused with its line.
    QString encoding = QStringLiteral("UTF-8");
    Grain grain = Grain::Incident;
    OnBadRow onBadRow = OnBadRow::Skip;
    int reportFirst = 20; ///< bad rows listed in the summary (all are counted)

    /// Column names by role: incident_id (required), received (required), dispatched, signed_for,
    /// on_scene, cleared, priority, call_type, address, location ("(lat, lon)" text), lat, lon, zone,
    /// unit_id (required for the unit grain), unit_type. The first of the role's names (see `alternatives`).
    QHash<QString, QString> columns;
    /// Every name a role's column has had, in the order they are tried against the header (a publisher that renamed
    /// a column between years: "Neighborhooods - Analysis Boundaries", then "Neighborhood  District").
    QHash<QString, QStringList> alternatives;
    QString timestampFormat; ///< see TimestampParser
    QString timeZone;        ///< IANA id, e.g. "America/Los_Angeles"

    QString line;                          ///< the line every imported call came in on ("119")
    QHash<QString, QString> categories;    ///< external call type → our category; "*" for any other
    QHash<QString, QString> lines;         ///< external call type → line, overriding `line`
    QHash<QString, int> priorities;        ///< external priority → 1..4; "*" for any other
    QString summaryColumn;                 ///< column used as the incident's summary (default: call_type)

    static QStringList roles();
    static Result<ImportProfile> fromJson(const QByteArray& json, const QString& path);
    static Result<ImportProfile> fromFile(const QString& path);

    QString column(const QString& role) const { return columns.value(role); }
    bool has(const QString& role) const { return !columns.value(role).isEmpty(); }
};

} // namespace dispatch
