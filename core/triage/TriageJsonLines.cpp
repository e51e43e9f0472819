// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/TriageJsonLines.h"

#include "domain/Taxonomy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace dispatch {

TriageJsonLines::TriageJsonLines(std::shared_ptr<const TriageEngine> engine, QList<Zone> zones,
                                 QTimeZone timeZone, QString lang)
    : m_engine(std::move(engine)),
      m_zones(std::move(zones)),
      m_index(m_zones),
      m_timeZone(std::move(timeZone)),
      m_lang(std::move(lang))
{
}

Result<TriageInput> TriageJsonLines::readInput(const QJsonObject& call) const
{
    static const QStringList known{QStringLiteral("line"), QStringLiteral("text"), QStringLiteral("phone"),
                                   QStringLiteral("lat"),  QStringLiteral("lon"),  QStringLiteral("time"),
                                   QStringLiteral("id")};
    for (auto it = call.begin(); it != call.end(); ++it)
        if (!known.contains(it.key()))
            return Error{tr("unknown field"), it.key()};
    TriageInput in;
    const QJsonValue text = call.value(QStringLiteral("text"));
    if (!text.isString() || text.toString().trimmed().isEmpty())
        return Error{tr("\"text\" is required and must be a non-empty string"), QStringLiteral("text")};
    in.text = text.toString();
    if (call.contains(QStringLiteral("line"))) {
        in.line = call.value(QStringLiteral("line")).toString();
        if (!Taxonomy::builtin().hasLine(in.line))
            return Error{tr("unknown source line \"%1\"").arg(call.value(QStringLiteral("line")).toVariant().toString()),
                         QStringLiteral("line")};
    }
    if (call.contains(QStringLiteral("phone")) && !call.value(QStringLiteral("phone")).isString())
        return Error{tr("\"phone\" must be a string"), QStringLiteral("phone")};
    const bool hasLat = call.contains(QStringLiteral("lat"));
    const bool hasLon = call.contains(QStringLiteral("lon"));
    if (hasLat != hasLon)
        return Error{tr("give both \"lat\" and \"lon\" or neither"), hasLat ? QStringLiteral("lon") : QStringLiteral("lat")};
    if (hasLat) {
        const QJsonValue lat = call.value(QStringLiteral("lat"));
        const QJsonValue lon = call.value(QStringLiteral("lon"));
        const GeoPoint p{lat.toDouble(), lon.toDouble()};
        if (!lat.isDouble() || !lon.isDouble() || !p.isValid())
            return Error{tr("\"lat\"/\"lon\" must be numbers within -90..90 and -180..180"), QStringLiteral("lat")};
        if (const int z = m_index.find(p); z >= 0)
            in.tier = m_zones.at(z).tier;
    }
    if (call.contains(QStringLiteral("time"))) {
        const QString iso = call.value(QStringLiteral("time")).toString();
        QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!t.isValid())
            return Error{tr("\"time\" must be an ISO-8601 date and time, not \"%1\"").arg(iso), QStringLiteral("time")};
        // A time with an offset is read in that offset (the caller's wall clock); a UTC or a local time
        // in the centre's time zone.
        if (t.timeSpec() == Qt::LocalTime)
            t = QDateTime(t.date(), t.time(), m_timeZone);
        else if (t.timeSpec() == Qt::UTC)
            t = t.toTimeZone(m_timeZone);
        in.minuteOfDay = t.time().hour() * 60 + t.time().minute();
    }
    return in;
}

QJsonObject TriageJsonLines::answer(const QByteArray& line, int lineNumber) const
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
    auto error = [&](const QString& message, const QString& field = {}) {
        QJsonObject e{{QStringLiteral("line_number"), lineNumber}, {QStringLiteral("error"), message}};
        if (!field.isEmpty())
            e.insert(QStringLiteral("field"), field);
        return e;
    };
    if (perr.error != QJsonParseError::NoError)
        return error(tr("not valid JSON: %1 (at character %2)").arg(perr.errorString()).arg(perr.offset + 1));
    if (!doc.isObject())
        return error(tr("each line must be one JSON object"));
    const Result<TriageInput> in = readInput(doc.object());
    if (!in)
        return error(in.error().message, in.error().where);
    const TriageDecision d = m_engine->evaluate(*in);
    QJsonObject out{{QStringLiteral("category"), d.category},
                    {QStringLiteral("priority"), d.priority},
                    {QStringLiteral("divert_to"), d.divertTo.isEmpty() ? QJsonValue() : QJsonValue(d.divertTo)},
                    {QStringLiteral("mediation"), d.mediation},
                    {QStringLiteral("unit_types"), QJsonArray::fromStringList(d.unitTypes)},
                    {QStringLiteral("rules"), QJsonArray::fromStringList(d.ruleIds())},
                    {QStringLiteral("why"), d.why(m_lang)}};
    if (doc.object().contains(QStringLiteral("id")))
        out.insert(QStringLiteral("id"), doc.object().value(QStringLiteral("id")));
    return out;
}

} // namespace dispatch
