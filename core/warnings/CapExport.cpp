// SPDX-License-Identifier: GPL-3.0-or-later
#include "warnings/CapExport.h"

#include "domain/Places.h"
#include "domain/Taxonomy.h"
#include "util/Slug.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QXmlStreamWriter>

namespace dispatch {

QString CapExport::capTime(qint64 ms, const QTimeZone& zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms - ms % 1000, zone);
    const int offset = t.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + (offset < 0 || offset == 0 ? QStringLiteral("-") : QStringLiteral("+"))
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString CapExport::severity(WarningLevel level)
{
    switch (level) {
    case WarningLevel::Red: return QStringLiteral("Extreme");
    case WarningLevel::Orange: return QStringLiteral("Severe");
    case WarningLevel::Yellow: return QStringLiteral("Moderate");
    case WarningLevel::Green: break;
    }
    return QStringLiteral("Minor");
}

QString CapExport::urgency(WarningLevel level)
{
    switch (level) {
    case WarningLevel::Red: return QStringLiteral("Immediate");
    case WarningLevel::Orange: return QStringLiteral("Expected");
    default: break;
    }
    return QStringLiteral("Future");
}

CapExport::Sender CapExport::senderFor(const CentreInfo& centre, const QTimeZone& zone, const QString& uiLanguage,
                                      qint64 sentMs)
{
    const QString local = slugOf(centre.nameEn);
    return {QStringLiteral("%1@dispatch.local").arg(local.isEmpty() ? QStringLiteral("centre") : local), centre.name, zone,
            uiLanguage.startsWith(QStringLiteral("zh")) ? QStringLiteral("zh-CN") : QStringLiteral("en-US"), centre.demo, sentMs};
}

QByteArray CapExport::write(const WarningReport& report, const QList<Zone>& zones, const Sender& sender)
{
    QHash<qint64, const Zone*> byId;
    for (const Zone& z : zones)
        byId.insert(z.id, &z);
    const QString lang = sender.language.startsWith(QStringLiteral("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    // Sent when written; the figures are effective as of the report's moment; a day's validity from sending.
    const qint64 sentMs = sender.sentMs ? sender.sentMs : report.asOfMs;
    const QString sent = capTime(sentMs, sender.zone);
    const QString effective = capTime(report.asOfMs, sender.zone);

    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeDefaultNamespace(QStringLiteral("urn:oasis:names:tc:emergency:cap:1.2"));
    x.writeStartElement(QStringLiteral("alert"));
    // The identifier is stable for the same bulletin: sender, moment and content.
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(sender.id.toUtf8());
    h.addData(sent.toUtf8());
    for (const ZoneWarning& w : report.raised)
        h.addData(QStringLiteral("%1|%2|%3|%4;").arg(w.zoneCode, w.category).arg(w.count).arg(int(w.level)).toUtf8());
    x.writeTextElement(QStringLiteral("identifier"), QStringLiteral("warnings-%1").arg(QString::fromLatin1(h.result().toHex().left(16))));
    x.writeTextElement(QStringLiteral("sender"), sender.id);
    x.writeTextElement(QStringLiteral("sent"), sent);
    x.writeTextElement(QStringLiteral("status"), report.exercise ? QStringLiteral("Exercise")
                                                 : sender.demo ? QStringLiteral("Test")
                                                               : QStringLiteral("Actual"));
    x.writeTextElement(QStringLiteral("msgType"), QStringLiteral("Alert"));
    x.writeTextElement(QStringLiteral("scope"), QStringLiteral("Restricted"));
    x.writeTextElement(QStringLiteral("restriction"), tr("For police command and stations only"));
    x.writeTextElement(QStringLiteral("note"),
                       tr("Four-colour zone warnings: the last %n day(s) against the same days of the previous %1 weeks",
                          nullptr, report.recentDays)
                           .arg(report.baselineWeeks));
    for (const ZoneWarning& w : report.raised) {
        x.writeStartElement(QStringLiteral("info"));
        x.writeTextElement(QStringLiteral("language"), sender.language);
        x.writeTextElement(QStringLiteral("category"), QStringLiteral("Security"));
        const QString what = w.category.isEmpty() ? tr("all incidents") : Taxonomy::builtin().categoryLabel(w.category, lang);
        x.writeTextElement(QStringLiteral("event"), tr("%1 warning: %2").arg(WarningPolicy::label(w.level), what));
        x.writeTextElement(QStringLiteral("responseType"), QStringLiteral("Monitor"));
        x.writeTextElement(QStringLiteral("urgency"), urgency(w.level));
        x.writeTextElement(QStringLiteral("severity"), severity(w.level));
        x.writeTextElement(QStringLiteral("certainty"), QStringLiteral("Observed"));
        x.writeTextElement(QStringLiteral("audience"), tr("Police command, patrols and stations"));
        x.writeStartElement(QStringLiteral("eventCode"));
        x.writeTextElement(QStringLiteral("valueName"), QStringLiteral("warning_level"));
        x.writeTextElement(QStringLiteral("value"), WarningPolicy::code(w.level));
        x.writeEndElement();
        x.writeTextElement(QStringLiteral("effective"), effective);
        x.writeTextElement(QStringLiteral("expires"), capTime(sentMs + 86400000, sender.zone));
        x.writeTextElement(QStringLiteral("senderName"), sender.name);
        x.writeTextElement(QStringLiteral("headline"), tr("%1: %2 in %3").arg(WarningPolicy::label(w.level), what, w.zoneName));
        x.writeTextElement(QStringLiteral("description"), w.explanation(report.recentDays, lang));
        x.writeTextElement(QStringLiteral("instruction"),
                           tr("Increase patrols and prevention in the zone; review the incidents behind the figure."));
        for (const auto& [name, value] : {std::pair{QStringLiteral("zone_code"), w.zoneCode},
                                          std::pair{QStringLiteral("category"), w.category.isEmpty() ? QStringLiteral("*") : w.category},
                                          std::pair{QStringLiteral("count"), QString::number(w.count)},
                                          std::pair{QStringLiteral("baseline_mean"), QLocale::c().toString(w.mean, 'f', 2)},
                                          std::pair{QStringLiteral("baseline_sd"), QLocale::c().toString(w.sd, 'f', 2)}}) {
            x.writeStartElement(QStringLiteral("parameter"));
            x.writeTextElement(QStringLiteral("valueName"), name);
            x.writeTextElement(QStringLiteral("value"), value);
            x.writeEndElement();
        }
        x.writeStartElement(QStringLiteral("area"));
        x.writeTextElement(QStringLiteral("areaDesc"), w.zoneName);
        if (const Zone* z = byId.value(w.zoneId)) {
            for (const GeoPolygonPart& part : z->area.parts()) {
                // CAP: "lat,lon" pairs separated by spaces, at least four, the first repeated last.
                GeoRing ring = part.outer;
                if (ring.size() < 3)
                    continue;
                if (ring.first().lat != ring.last().lat || ring.first().lon != ring.last().lon)
                    ring << ring.first();
                QStringList pairs;
                for (const GeoPoint& p : std::as_const(ring))
                    pairs << QLocale::c().toString(p.lat, 'f', 6) + u',' + QLocale::c().toString(p.lon, 'f', 6);
                x.writeTextElement(QStringLiteral("polygon"), pairs.join(u' '));
            }
            x.writeStartElement(QStringLiteral("geocode"));
            x.writeTextElement(QStringLiteral("valueName"), QStringLiteral("zone_code"));
            x.writeTextElement(QStringLiteral("value"), z->code);
            x.writeEndElement();
        }
        x.writeEndElement(); // area
        x.writeEndElement(); // info
    }
    x.writeEndElement(); // alert
    x.writeEndDocument();
    return out;
}

} // namespace dispatch
