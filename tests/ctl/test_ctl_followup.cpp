// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl owed and ledger: the real binary on a store holding one open item of every follow-up list.
#include "CatchQt.h"
#include "CtlRun.h"
#include "FollowUpFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace dispatch;
using namespace dispatch::test;

TEST_CASE("dispatchctl owed lists every open follow-up item with its owner and deadline", "[ctl][followup]")
{
    TestStore s;
    const FollowUpFixture f(s);
    const QString path = s.path();
    const CtlRun r = ctl({QStringLiteral("owed"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(items.size() == 9);
    QSet<QString> kinds;
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        kinds.insert(o.value(QStringLiteral("kind")).toString());
        if (o.value(QStringLiteral("kind")).toString() == QStringLiteral("mediation")) {
            CHECK(o.value(QStringLiteral("owner")).toString() == QStringLiteral("调解01"));
            CHECK(o.value(QStringLiteral("id")).toInteger() == f.mediation);
            CHECK(o.value(QStringLiteral("deadline")).toString().endsWith(u'Z'));
        }
    }
    CHECK(kinds == QSet<QString>{QStringLiteral("feedback"), QStringLiteral("feedback_review"), QStringLiteral("transfer"),
                                 QStringLiteral("callback"), QStringLiteral("rectification"), QStringLiteral("mediation"),
                                 QStringLiteral("instruction"), QStringLiteral("supervision"), QStringLiteral("ledger")});
    const CtlRun text = ctl({QStringLiteral("owed"), QStringLiteral("--db"), path});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("9 item(s) owed")));
}

TEST_CASE("dispatchctl ledger prints the week's bulletin; a bad week is a usage error", "[ctl][followup]")
{
    TestStore s;
    const FollowUpFixture f(s);
    const CtlRun r = ctl({QStringLiteral("ledger"), QStringLiteral("--db"), s.path(), QStringLiteral("--week"),
                          QStringLiteral("2026-11-20"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString()
          == QStringLiteral("2026-11-16T00:00:00+08:00"));
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("new")).toInt() == 2);
    CHECK(counts.value(QStringLiteral("open")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("closed")).toInt() == 1);
    CHECK(o.value(QStringLiteral("open")).toArray().first().toObject().value(QStringLiteral("id")).toInteger() == f.ledger);

    const CtlRun bad = ctl({QStringLiteral("ledger"), QStringLiteral("--db"), s.path(), QStringLiteral("--week"),
                            QStringLiteral("last week")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--week")));
}
