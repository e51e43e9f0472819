// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl handover: the report of the shift ending at a moment as JSON (the documented structure) and as an
// A4 PDF whose text holds the key figures; a stored, accepted handover comes with its signatures.
#include "CatchQt.h"
#include "CtlRun.h"
#include "FollowUpFixture.h"
#include "PdfText.h"

#include "store/EventLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace dispatch;
using namespace dispatch::test;

TEST_CASE("dispatchctl handover prints the shift's report as JSON and writes it as a PDF", "[ctl][handover]")
{
    TestStore s;
    const FollowUpFixture f(s);
    const QString end = QStringLiteral("2026-11-22T16:00:00+08:00");

    const CtlRun r = ctl({QStringLiteral("handover"), QStringLiteral("--db"), s.path(), QStringLiteral("--shift-end"), end,
                          QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject shift = o.value(QStringLiteral("shift")).toObject();
    CHECK(shift.value(QStringLiteral("start")).toString() == QStringLiteral("2026-11-22T08:00:00.000+08:00"));
    CHECK(shift.value(QStringLiteral("end")).toString() == QStringLiteral("2026-11-22T16:00:00.000+08:00"));
    CHECK(o.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-11-22T16:00:00.000+08:00"));
    const QJsonArray carried = o.value(QStringLiteral("carried_over")).toArray();
    QSet<QString> kinds;
    for (const QJsonValue& v : carried) {
        kinds.insert(v.toObject().value(QStringLiteral("kind")).toString());
        CHECK(v.toObject().value(QStringLiteral("overdue")).isBool());
    }
    for (const char* k : {"feedback", "feedback_review", "transfer", "callback", "rectification", "mediation", "instruction",
                          "supervision", "ledger", "incident"})
        CHECK(kinds.contains(QString::fromLatin1(k)));
    const QJsonObject figures = o.value(QStringLiteral("figures")).toObject();
    const int calls = figures.value(QStringLiteral("calls")).toInt();
    CHECK(calls == 11); // the fixture's eleven calls
    CHECK(figures.value(QStringLiteral("callbacks")).toObject().value(QStringLiteral("reached")).toInt() == 2);
    CHECK(o.value(QStringLiteral("units")).toArray().size() > 10);
    CHECK_FALSE(o.contains(QStringLiteral("handover")));

    // The PDF: A4 pages with the centre, the shift and the key figures in its text.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handover.pdf"));
    const CtlRun p = ctl({QStringLiteral("handover"), QStringLiteral("--db"), s.path(), QStringLiteral("--shift-end"), end,
                          QStringLiteral("--pdf"), pdf});
    INFO(p.err.toStdString());
    REQUIRE(p.exitCode == 0);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\((\\d+) page")).match(p.err);
    REQUIRE(m.hasMatch());
    const QString text = pdfText(pdf);
    CHECK(pdfPages(text) == m.captured(1).toInt());
    CHECK(pdfPages(text) >= 2);
    CHECK(text.contains(QStringLiteral("Shift handover: Day shift 2026-11-22 08:00 – 16:00")));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pdfPages(text))));
    CHECK(text.contains(QStringLiteral("Calls (incidents received)")));
    CHECK(text.contains(QStringLiteral("%1 carried over").arg(carried.size())));
    CHECK(text.contains(QStringLiteral("调解01")));
    CHECK(text.contains(QStringLiteral("Not signed yet")));
}

TEST_CASE("dispatchctl handover shows a stored handover with its signatures; a bad moment is a usage error", "[ctl][handover]")
{
    TestStore s;
    const FollowUpFixture f(s);
    DispatchService& svc = s.service();
    const ShiftInstance shift = svc.currentShift();
    auto id = svc.prepareHandover(shift);
    REQUIRE(id.ok());
    REQUIRE(svc.setHandoverNotes(*id, QStringLiteral("general"), QStringLiteral("夜间注意茶城周边治安")).ok());
    s.clock().set(shift.end.addSecs(-20 * 60)); // the shift's last half hour
    REQUIRE(svc.signHandover(*id, QStringLiteral("leader110")).ok());
    s.signIn(QStringLiteral("leader2"));
    REQUIRE(svc.acceptHandover(*id, QStringLiteral("leader2110")).ok());

    const CtlRun r = ctl({QStringLiteral("handover"), QStringLiteral("--db"), s.path(), QStringLiteral("--shift-end"),
                          QStringLiteral("2026-11-22T16:00:00+08:00"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject h = o.value(QStringLiteral("handover")).toObject();
    CHECK(h.value(QStringLiteral("state")).toString() == QStringLiteral("accepted"));
    CHECK(h.value(QStringLiteral("outgoing")).toObject().value(QStringLiteral("user")).toString() == QStringLiteral("leader"));
    CHECK(h.value(QStringLiteral("incoming")).toObject().value(QStringLiteral("user")).toString() == QStringLiteral("leader2"));
    CHECK(h.value(QStringLiteral("hash")).toString() == svc.handover(*id)->contentHash);
    // The log's anchor at the acceptance (the handover's last signature): typed into an anchor file, check proves it.
    const QString anchor = h.value(QStringLiteral("log_anchor")).toString();
    const std::optional<EventRecord> accepted =
        EventLog::lastForEntity(s.db().connection(), QStringLiteral("handover"), *id);
    REQUIRE(accepted.has_value());
    CHECK(anchor == QStringLiteral("%1 %2").arg(accepted->seq).arg(accepted->hash));
    const QString anchorFile = s.dir() + QStringLiteral("/anchors.txt");
    {
        QFile af(anchorFile);
        REQUIRE(af.open(QIODevice::WriteOnly));
        af.write(anchor.toUtf8() + " from the accepted handover\n");
    }
    CHECK(ctl({QStringLiteral("check"), QStringLiteral("--db"), s.path(), QStringLiteral("--anchors"), anchorFile}).exitCode == 0);
    CHECK(o.value(QStringLiteral("notes")).toObject().value(QStringLiteral("general")).toString() == QStringLiteral("夜间注意茶城周边治安"));

    const CtlRun check = ctl({QStringLiteral("check"), QStringLiteral("--db"), s.path()});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("handovers: 1 accepted, unchanged")));

    const CtlRun bad = ctl({QStringLiteral("handover"), QStringLiteral("--db"), s.path(), QStringLiteral("--shift-end"),
                            QStringLiteral("tonight")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--shift-end")));
}
