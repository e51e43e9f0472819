// SPDX-License-Identifier: GPL-3.0-or-later
// A headless run's batch (Database::beginBatch): one transaction, each facade step a savepoint in it; and the
// event chain's head, written once per facade transaction after its last event.
#include "CatchQt.h"
#include "TestStore.h"

#include "store/EventLog.h"
#include "store/Sql.h"

using namespace dispatch;
using namespace dispatch::test;

namespace {

qint64 incidents(const TestStore& s)
{
    return rawScalar(s.path(), QStringLiteral("SELECT count(*) FROM incidents"));
}

IncidentDraft draft(const QString& summary)
{
    IncidentDraft d;
    d.summary = summary;
    d.category = QStringLiteral("assistance");
    d.priority = 3;
    return d;
}

} // namespace

TEST_CASE("batch: nothing reaches another connection until the batch commits; then everything does", "[store][batch][sqlite]")
{
    TestStore s;
    const qint64 before = incidents(s);
    s.db().beginBatch();
    for (int n = 0; n < 3; ++n)
        REQUIRE(s.service().createIncident(draft(QStringLiteral("batched %1").arg(n))).ok());
    CHECK(incidents(s) == before); // another desk still reads the store as it was
    CHECK(sql::scalar(s.db().connection(), QStringLiteral("SELECT count(*) FROM incidents")).toLongLong() == before + 3);
    s.db().commitBatch();
    CHECK(incidents(s) == before + 3);
    CHECK(EventLog::verify(s.db().connection()).ok);
    // Outside a batch each facade step commits on its own again.
    REQUIRE(s.service().createIncident(draft(QStringLiteral("after"))).ok());
    CHECK(incidents(s) == before + 4);
}

TEST_CASE("batch: a step that fails is undone alone, the steps before and after it are kept", "[store][batch][sqlite]")
{
    TestStore s;
    Database& db = s.db();
    db.beginBatch();
    {
        Transaction tx(db);
        db.setMeta(QStringLiteral("kept.before"), QStringLiteral("1"));
        tx.commit();
    }
    {
        Transaction tx(db);
        db.setMeta(QStringLiteral("undone"), QStringLiteral("1"));
        // no commit: the step fails
    }
    {
        Transaction tx(db);
        db.setMeta(QStringLiteral("kept.after"), QStringLiteral("1"));
        tx.commit();
    }
    {
        Transaction step(db);
        CHECK_THROWS_AS(Transaction(db), DispatchError); // a transaction inside a step is still refused
        step.commit();
    }
    db.commitBatch();
    const auto count = [&](const char* key) {
        return rawScalar(s.path(), QStringLiteral("SELECT count(*) FROM meta WHERE key = '%1'").arg(QLatin1String(key)));
    };
    CHECK(count("kept.before") == 1);
    CHECK(count("undone") == 0);
    CHECK(count("kept.after") == 1);
    CHECK_NOTHROW(db.beginBatch()); // a new batch may start once the last one committed
    CHECK_THROWS_AS(db.beginBatch(), DispatchError); // but not inside another
    db.commitBatch();
}

TEST_CASE("events: a command that records several events writes the chain head once, after the last", "[events][sqlite]")
{
    TestStore s;
    DispatchService& svc = s.service();
    const Result<qint64> incident = svc.createIncident(draft(QStringLiteral("two cars")));
    REQUIRE(incident.ok());
    QList<DispatchPick> picks;
    for (qint64 id : svc.board().unitIds())
        if (const Unit* u = svc.board().unit(id); u->state == UnitState::AvailablePatrol && picks.size() < 2)
            picks.append(DispatchPick{id});
    REQUIRE(picks.size() == 2);
    const qint64 seqBefore = EventLog::lastSeq(s.db().connection());
    REQUIRE(svc.dispatchUnits(*incident, picks).ok());
    const QList<EventRecord> added = EventLog::range(s.db().connection(), seqBefore + 1, 100);
    REQUIRE(added.size() >= 3); // each assignment, each unit's state, the incident's state
    for (qsizetype i = 1; i < added.size(); ++i)
        CHECK(added[i].prevHash == added[i - 1].hash); // chained within the transaction
    CHECK(added.first().prevHash == EventLog::range(s.db().connection(), seqBefore, 1).first().hash);
    CHECK(s.db().meta(QStringLiteral("chain_head"))
          == QStringLiteral("%1 %2").arg(added.last().seq).arg(added.last().hash));
    CHECK(EventLog::verify(s.db().connection()).ok);
}
