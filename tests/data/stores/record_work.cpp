// SPDX-License-Identifier: GPL-3.0-or-later
// A little real work on a store, done through the facade of the version being recorded (record.sh builds this file
// against that version's dispatch_core, with RECORD_SCHEMA set to its schema version). Only what the version offers is
// done: calls taken as incidents (one cancelled), a further caller merged and a link (3+), a diverted call (3+), a unit
// sent, signed for, on scene and its feedback (5+), a transfer to a police station (9+), a supervision (11+), the
// dispute closed (5+), a handover signed and accepted (16+), an
// incident handed over by another centre as EIDO (24+), the telephone switch's calls: one answered, two abandoned
// (one called back without reaching the caller, one closed as no emergency) (25+), the centre's map (26+). The clock starts now and moves a few minutes between steps.
#include "service/DispatchService.h"
#include "store/Database.h"
#include "util/Clock.h"
#if RECORD_SCHEMA >= 24
#include "interchange/Eido.h"
#endif
#if RECORD_SCHEMA >= 25
#include "cti/RingingCalls.h"
#endif

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <cstdlib>

#ifndef RECORD_SCHEMA
#error "RECORD_SCHEMA (the schema version of the build) must be defined"
#endif

using namespace dispatch;

namespace {

[[noreturn]] void fail(const char* step, const QString& why)
{
    std::fprintf(stderr, "record_work: %s: %s\n", step, qPrintable(why));
    std::exit(1);
}

template <typename T>
T need(const char* step, const Result<T>& r)
{
    if (!r.ok())
        fail(step, r.errorString());
    std::printf("record_work: %s\n", step);
    return *r;
}

IncidentDraft call(const QString& name, const QString& phone, const QString& address, double lat, double lon,
                   const QString& summary, const QString& category, int priority)
{
    IncidentDraft d;
    d.callerName = name;
    d.callerPhone = phone;
    d.address = address;
    d.position = GeoPoint{lat, lon};
    d.summary = summary;
    d.category = category;
    d.priority = priority;
    return d;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: record_work STORE\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::Mode::OpenExisting);
    if (!db.ok())
        fail("open", db.errorString());
    ManualClock clock(QDateTime::currentMSecsSinceEpoch() + 1000);
    DispatchService svc(**db, clock, QStringLiteral("desk-1"));
    const qint64 minute = 60 * 1000;

#if RECORD_SCHEMA >= 26
    // The centre's map, loaded by its administrator (record.sh runs this in the commit's tree).
    need("the administrator signs in", svc.login(QStringLiteral("admin"), QStringLiteral("admin110")));
    need("the centre's map", svc.importMap(QStringLiteral("tests/data/map/demo-streets.osm")));
#endif
    need("dispatcher signs in", svc.login(QStringLiteral("dispatcher"), QStringLiteral("dispatcher110")));
    [[maybe_unused]] const qint64 a = need("a dispute taken",
                          svc.createIncident(call(QStringLiteral("王先生"), QStringLiteral("13800138000"),
                                                  QStringLiteral("思茅区振兴大道 12 号"), 22.7830, 100.9720,
                                                  QStringLiteral("两人在店门口争吵，有推搡"), QStringLiteral("dispute"), 3)));
    clock.advanceMs(minute);
    [[maybe_unused]] const qint64 b = need("a theft taken",
                          svc.createIncident(call(QStringLiteral("李女士"), QStringLiteral("13900139000"),
                                                  QStringLiteral("思茅区月光路 8 号"), 22.7700, 100.9650,
                                                  QStringLiteral("电动车被盗"), QStringLiteral("criminal"), 3)));
    clock.advanceMs(minute);
    const qint64 c = need("a false call taken",
                          svc.createIncident(call(QStringLiteral("匿名"), QStringLiteral("13700137000"),
                                                  QStringLiteral("思茅区茶城大道"), 22.7900, 100.9800,
                                                  QStringLiteral("报警后称打错了"), QStringLiteral("invalid"), 4)));
    need("the false call cancelled", svc.changeIncidentState(c, IncidentState::Cancelled, QStringLiteral("报警人称误拨")));

#if RECORD_SCHEMA >= 3
    clock.advanceMs(minute);
    need("a further caller merged into the dispute",
         svc.mergeCall(a, call(QStringLiteral("张先生"), QStringLiteral("13600136000"), QStringLiteral("思茅区振兴大道 12 号"),
                               22.7831, 100.9721, QStringLiteral("店门口有人打架"), QStringLiteral("dispute"), 3)));
    need("the theft linked to the dispute", svc.linkIncidents(b, a, QStringLiteral("同一时段相邻地点")));
    IncidentDraft streetlight = call(QStringLiteral("赵先生"), QStringLiteral("13500135000"), QStringLiteral("思茅区南屏路"),
                                     22.7650, 100.9700, QStringLiteral("路灯不亮"), QStringLiteral("non_police"), 4);
    streetlight.divertTo = QStringLiteral("12345");
    need("a call diverted to 12345", svc.createIncident(streetlight));
#endif

#if RECORD_SCHEMA >= 5
    clock.advanceMs(minute);
    const QList<qint64> sent = need("a unit sent to the dispute", svc.dispatchRecommended(a));
    if (sent.isEmpty())
        fail("a unit sent to the dispute", QStringLiteral("no unit was sent"));
    const qint64 unit = sent.first();
    clock.advanceMs(minute);
    need("signed for", svc.advanceUnit(unit, UnitState::Acknowledged));
    clock.advanceMs(minute);
    need("en route", svc.advanceUnit(unit, UnitState::EnRoute));
    clock.advanceMs(4 * minute);
    need("on scene", svc.advanceUnit(unit, UnitState::OnScene));
    clock.advanceMs(10 * minute);
    need("feedback", svc.recordFeedback(a, unit, QStringLiteral("双方已劝开，当场调解"), QStringLiteral("mediated")));
#endif

#if RECORD_SCHEMA >= 9
    clock.advanceMs(minute);
    need("the theft transferred to a police station",
         svc.transferIncident(b, svc.board().stations().first().id, QStringLiteral("盗窃案由辖区派出所立案侦查")));
#endif

#if RECORD_SCHEMA >= 11
    clock.advanceMs(minute);
    need("the shift leader signs in", svc.login(QStringLiteral("leader"), QStringLiteral("leader110")));
    need("the dispute under supervision",
         svc.supervise(SupervisionSubject::Incident, a, QStringLiteral("城北派出所"), SupervisionMethod::Online,
                       clock.nowMs() + 3 * 24 * 60 * minute, QStringLiteral("纠纷跟进回访")));
#endif

#if RECORD_SCHEMA >= 23
    clock.advanceMs(minute);
    need("the dispute referred to the town office",
         svc.openFollowUp(QStringLiteral("referral"), a, QStringLiteral("城关镇综治办"),
                          {{QStringLiteral("direction"), QStringLiteral("down")},
                           {QStringLiteral("matter"), QStringLiteral("邻里纠纷，请综治办跟进化解")}},
                          clock.nowMs() + 72 * 60 * minute));
#endif

#if RECORD_SCHEMA >= 24
    clock.advanceMs(minute);
    const QByteArray handedOver = QStringLiteral(R"({"$id":"urn:emergency:uid:incidentid:N-0419:ning-er.dispatch.local",
        "lastUpdateTimeStamp":"%1","updatedByAgencyReference":{"$ref":"ning-er.dispatch.local"},"eidoVersion":"1.0",
        "issuingElementIdentification":"ning-er.dispatch.local",
        "agencyComponent":[{"$id":"ning-er.dispatch.local","lastUpdateTimeStamp":"%1",
          "updatedByAgencyReference":{"$ref":"ning-er.dispatch.local"},"agencyRoleDescriptionRegistryText":["CallReceiving"],
          "agencyType":["police"]}],
        "incidentComponent":{"$id":"urn:emergency:uid:incidentid:N-0419:ning-er.dispatch.local","lastUpdateTimeStamp":"%1",
          "updatedByAgencyReference":{"$ref":"ning-er.dispatch.local"},"incidentTypeCommonRegistryText":"ASSAULT",
          "incidentCommonPriorityNumber":2},
        "notesComponent":[{"$id":"n1","lastUpdateTimeStamp":"%1","updatedByAgencyReference":{"$ref":"ning-er.dispatch.local"},
          "notesActionComments":"嫌疑人打人后乘车逃往思茅方向"}]})")
                                      .arg(QDateTime::fromMSecsSinceEpoch(clock.nowMs() - minute, Qt::UTC).toString(Qt::ISODate))
                                      .toUtf8();
    const auto handIns = EidoReader::read(handedOver, QStringLiteral("record_work"));
    if (!handIns.ok())
        fail("an incident handed over by another centre", handIns.errorString());
    need("an incident handed over by another centre", svc.handIn(*handIns, QStringLiteral("instruction")));
#endif

#if RECORD_SCHEMA >= 25
    {
        clock.advanceMs(minute);
        RingingCalls heard(QStringLiteral("desk-1"));
        const auto hear = [&](const char* step, const QByteArray& line) {
            const Result<CtiEvent> e = CtiEvents::parseLine(line);
            if (!e.ok())
                fail(step, e.errorString());
            if (const Status s = heard.apply(*e, clock.nowMs()); !s)
                fail(step, s.errorString());
            need(step, svc.recordPhoneEvent(e->type, *heard.call(e->callId)));
        };
        hear("a call rings", R"({"event":"ringing","call":"F-1","line":"110","number":"13800001111",
            "location":{"lat":22.7801,"lon":100.9702,"radius_m":35,"source":"gps"}})");
        clock.advanceMs(6000);
        hear("it is answered", R"({"event":"answered","call":"F-1","desk":"desk-1"})");
        hear("another rings", R"({"event":"ringing","call":"F-2","line":"110","number":"13900002222"})");
        hear("a third rings", R"({"event":"ringing","call":"F-3","line":"119","number":"13700003333"})");
        clock.advanceMs(12000);
        hear("abandoned", R"({"event":"ended","call":"F-2","outcome":"abandoned"})");
        hear("abandoned too", R"({"event":"ended","call":"F-3","outcome":"abandoned"})");
        clock.advanceMs(minute);
        const auto owed = svc.owedCallBacks();
        if (owed.size() != 2)
            fail("two calls owed a call back", QStringLiteral("%1 listed").arg(owed.size()));
        need("a call back not reached", svc.callBackNotReached(owed.at(0).id, -1, QStringLiteral("无人接听")));
        need("a call back reached", svc.callBackNoEmergency(owed.at(1).id, -1, QStringLiteral("小孩误拨")));
    }
#endif

#if RECORD_SCHEMA >= 5
    clock.advanceMs(minute);
    need("the dispute closed", svc.changeIncidentState(a, IncidentState::Closed, QStringLiteral("已处置完毕")));
#endif

#if RECORD_SCHEMA >= 16
    clock.advanceMs(minute);
    const ShiftInstance shift = svc.currentShift();
    const qint64 handover = need("the shift's handover prepared", svc.prepareHandover(shift));
#if RECORD_SCHEMA >= 23
    // Signatures take the signer's password, in the shift's last half hour.
    clock.set(shift.end.addSecs(-20 * 60));
    need("signed by the outgoing leader", svc.signHandover(handover, QStringLiteral("leader110")));
    clock.advanceMs(2 * minute);
    need("the incoming leader signs in", svc.login(QStringLiteral("leader2"), QStringLiteral("leader2110")));
    need("accepted by the incoming leader", svc.acceptHandover(handover, QStringLiteral("leader2110"), QStringLiteral("已核对")));
#else
    need("signed by the outgoing leader", svc.signHandover(handover));
    clock.advanceMs(2 * minute);
    need("the incoming leader signs in", svc.login(QStringLiteral("leader2"), QStringLiteral("leader2110")));
    need("accepted by the incoming leader", svc.acceptHandover(handover, QStringLiteral("已核对")));
#endif
#endif
    return 0;
}
