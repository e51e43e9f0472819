// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Labels.h"

#include "domain/Taxonomy.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace dispatch::ui {

QString Labels::language()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Labels::line(const QString& code)
{
    return Taxonomy::builtin().lineLabel(code, language());
}

QString Labels::agency(const QString& code)
{
    return Taxonomy::builtin().agencyLabel(code, language());
}

QString Labels::disposition(const QString& code)
{
    return Taxonomy::builtin().dispositionLabel(code, language());
}

QString Labels::distance(double metres)
{
    if (metres < 1000)
        return tr("%1 m").arg(qRound(metres));
    return tr("%1 km").arg(QLocale().toString(metres / 1000.0, 'f', 1));
}

QString Labels::category(const QString& code)
{
    return code.isEmpty() ? tr("untriaged") : Taxonomy::builtin().categoryLabel(code, language());
}

QString Labels::priority(int level)
{
    return level <= 0 ? QStringLiteral("–") : QStringLiteral("P%1 %2").arg(level).arg(Taxonomy::builtin().priorityLabel(level, language()));
}

QString Labels::tier(int tier)
{
    return tier <= 0 ? tr("outside every zone") : Taxonomy::builtin().tierLabel(tier, language());
}

QString Labels::unitType(const QString& code)
{
    return Taxonomy::builtin().unitTypeLabel(code, language());
}

QString Labels::duration(qint64 ms)
{
    const bool negative = ms < 0;
    qint64 s = (negative ? -ms : ms) / 1000;
    QString text;
    if (s < 60)
        text = tr("%1 s").arg(s);
    else if (s < 3600)
        text = tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    else if (s < 86400)
        text = tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar(u'0'));
    else
        text = tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    return negative ? QStringLiteral("−") + text : text;
}

QString Labels::clock(qint64 ms)
{
    const qint64 s = (ms < 0 ? -ms : ms) / 1000;
    const QString text = s < 3600 ? QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'))
                                  : QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
    return ms < 0 ? QStringLiteral("−") + text : text;
}

QString Labels::dateTime(qint64 utcMs, const QTimeZone& zone, qint64 nowMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toTimeZone(zone);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).toTimeZone(zone);
    if (t.date() == now.date())
        return t.toString(QStringLiteral("HH:mm:ss"));
    return t.toString(QStringLiteral("MM-dd HH:mm:ss"));
}

QColor Labels::priorityColor(int level)
{
    switch (level) {
    case 1: return QColor(0xd3, 0x2f, 0x2f);
    case 2: return QColor(0xef, 0x6c, 0x00);
    case 3: return QColor(0x19, 0x76, 0xd2);
    case 4: return QColor(0x75, 0x75, 0x75);
    default: return QColor(0x9e, 0x9e, 0x9e);
    }
}

QColor Labels::unitStateColor(UnitState s)
{
    switch (s) {
    case UnitState::AvailablePatrol: return QColor(0x2e, 0x7d, 0x32);
    case UnitState::AvailableStaging: return QColor(0x00, 0x89, 0x7b);
    case UnitState::Dispatched: return QColor(0xf9, 0xa8, 0x25);
    case UnitState::Acknowledged: return QColor(0xfb, 0x8c, 0x00);
    case UnitState::EnRoute: return QColor(0xe6, 0x51, 0x00);
    case UnitState::OnScene: return QColor(0xc6, 0x28, 0x28);
    case UnitState::Busy: return QColor(0x6a, 0x1b, 0x9a);
    case UnitState::OffDuty: return QColor(0x9e, 0x9e, 0x9e);
    }
    return Qt::gray;
}

QColor Labels::incidentStateColor(IncidentState s)
{
    switch (s) {
    case IncidentState::Received:
    case IncidentState::Triaged: return QColor(0xc6, 0x28, 0x28);
    case IncidentState::Dispatched:
    case IncidentState::Acknowledged: return QColor(0xef, 0x6c, 0x00);
    case IncidentState::EnRoute:
    case IncidentState::OnScene: return QColor(0x15, 0x65, 0xc0);
    case IncidentState::FeedbackGiven: return QColor(0x2e, 0x7d, 0x32);
    default: return QColor(0x61, 0x61, 0x61);
    }
}

} // namespace dispatch::ui
