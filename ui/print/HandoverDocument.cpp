// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/HandoverDocument.h"

#include "domain/EventKinds.h"
#include "store/EventLog.h"

#include <QDateTime>

namespace dispatch::ui {

namespace {

QString at(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString HandoverDocument::shiftTitle(const ShiftInstance& shift, const QTimeZone& zone)
{
    const QDateTime start = shift.start.toTimeZone(zone);
    const QDateTime end = shift.end.toTimeZone(zone);
    return tr("%1 %2 %3 – %4")
        .arg(shift.name, start.toString(QStringLiteral("yyyy-MM-dd")), start.toString(QStringLiteral("HH:mm")),
             end.toString(QStringLiteral("HH:mm")));
}

QString HandoverDocument::signatures(const Handover* h, const QTimeZone& zone)
{
    if (!h || !h->signedAtMs)
        return tr("Not signed yet");
    QString out = tr("Outgoing %1 signed %2").arg(h->outgoingName, at(h->signedAtMs, zone));
    if (h->state == HandoverState::Accepted)
        out += tr(" · incoming %1 accepted %2").arg(h->incomingName, at(h->acceptedAtMs, zone));
    else if (h->state == HandoverState::Rejected)
        out += tr(" · rejected by the incoming leader");
    else
        out += tr(" · not yet accepted");
    return out;
}

QString HandoverDocument::logAnchor(const QSqlDatabase& store, const Handover& record)
{
    if (!record.id || !record.signedAtMs)
        return {};
    const QList<EventRecord> events = EventLog::lastOfEntity(store, QStringLiteral("handover"), record.id, 20);
    for (const EventRecord& e : events)
        if (e.kind == events::kHandoverSigned || e.kind == events::kHandoverAccepted)
            return QStringLiteral("%1 %2").arg(e.seq).arg(e.hash);
    return {};
}

ReportDocument HandoverDocument::build(const HandoverReport& report, const Handover* record, const QTimeZone& zone,
                                       const QString& language, bool demo, const QSqlDatabase* store)
{
    ReportDocument doc;
    const QString shift = shiftTitle(report.shift, zone);
    doc.title = tr("Shift handover: %1").arg(shift);
    doc.centre = report.centre;
    doc.runningLine = signatures(record, zone);
    doc.headerLines << report.centre << shift
                    << tr("Open items read at %1 · %2 carried over, %3 overdue")
                           .arg(at(report.asOfMs - 1, zone))
                           .arg(report.carried.size())
                           .arg(report.overdueCarried());
    if (record) {
        doc.headerLines << tr("State: %1").arg(HandoverCodes::label(record->state)) << signatures(record, zone);
        if (record->state == HandoverState::Accepted)
            doc.headerLines << tr("Frozen at acceptance, SHA-256 %1").arg(record->contentHash);
        if (store)
            if (const QString anchor = logAnchor(*store, *record); !anchor.isEmpty())
                doc.headerLines << tr("Event log at this signature: %1 (keep it: dispatchctl check --anchors proves the "
                                      "log still holds it)")
                                       .arg(anchor);
    }
    if (demo)
        doc.headerLines << tr("DEMO DATA — not a real district");
    doc.tables = report.tables(zone, language);
    return doc;
}

} // namespace dispatch::ui
