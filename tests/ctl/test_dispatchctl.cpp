// SPDX-License-Identifier: GPL-3.0-or-later
// dispatchctl end to end: the real binary, run as a process.
#include "CatchQt.h"
#include "CtlRun.h"
#include "TestStore.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <unistd.h>

using namespace dispatch::test;

TEST_CASE("dispatchctl --version and --help", "[ctl]")
{
    const CtlRun v = ctl({QStringLiteral("--version")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith(QStringLiteral("dispatchctl ")));
    const CtlRun h = ctl({QStringLiteral("--help")});
    CHECK(h.exitCode == 0);
    for (const char* cmd : {"init", "check", "incidents", "users"})
        CHECK(h.out.contains(QString::fromLatin1(cmd)));
    const CtlRun bad = ctl({QStringLiteral("frobnicate")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("unknown command")));
    CHECK(ctl({QStringLiteral("check")}).exitCode == 2); // --db missing
}

TEST_CASE("dispatchctl init --demo seeds the demo on real streets, with its map and address list", "[ctl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("futian.sqlite"));
    const CtlRun seeded = ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")});
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
    CHECK(seeded.out.contains(QStringLiteral("14 zones, 3 police stations, 8 staging points, 21 units")));
    CHECK(seeded.out.contains(QStringLiteral("2599 roads (1309 named), 57 listed addresses, from streets.osm")));
    const CtlRun route = ctl({QStringLiteral("route"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                              QStringLiteral("22.5366,114.0049"), QStringLiteral("--to"), QStringLiteral("22.5262,114.0345"),
                              QStringLiteral("--json")});
    REQUIRE(route.exitCode == 0);
    const QJsonObject r = QJsonDocument::fromJson(route.out.toUtf8()).object();
    CHECK(r.value(QStringLiteral("metres")).toDouble() > 3000);
    const CtlRun found = ctl({QStringLiteral("geocode"), QStringLiteral("--db"), db, QStringLiteral("深南大道18号")});
    CHECK(found.out.contains(QStringLiteral("zone 白石路片区")));
    const CtlRun check = ctl({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.exitCode == 0);

    const CtlRun nowhere = ctl({QStringLiteral("init"), QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")),
                                QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("atlantis")});
    CHECK(nowhere.exitCode != 0);
    CHECK(nowhere.err.contains(QStringLiteral("no demo district \"atlantis\" (there are: futian, simao)")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.sqlite")))); // refused before anything is made
}

TEST_CASE("dispatchctl init creates and seeds and is idempotent", "[ctl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    const CtlRun first = ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")});
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("created store")));
    CHECK(first.out.contains(QStringLiteral("20 zones")));
    CHECK(first.out.contains(QStringLiteral("8 staging points")));
    const CtlRun again = ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("up to date")));
    CHECK(again.out.contains(QStringLiteral("already holds a district")));

    const CtlRun check = ctl({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("intact")));

    const CtlRun users = ctl({QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(users.exitCode == 0);
    CHECK(QJsonDocument::fromJson(users.out.toUtf8()).array().size() == 6);

    const CtlRun incidents = ctl({QStringLiteral("incidents"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    REQUIRE(incidents.exitCode == 0);
    CHECK(QJsonDocument::fromJson(incidents.out.toUtf8()).isArray());
}

TEST_CASE("dispatchctl incidents lists what the facade wrote", "[ctl]")
{
    TestStore store;
    dispatch::IncidentDraft d;
    d.line = QStringLiteral("122");
    d.summary = QStringLiteral("路口两车追尾");
    d.address = QStringLiteral("茶城大道与月光路口");
    d.category = QStringLiteral("traffic");
    d.priority = 2;
    d.position = dispatch::GeoPoint{22.7758, 100.9760};
    REQUIRE(store.service().createIncident(d).ok());
    const CtlRun r = ctl({QStringLiteral("incidents"), QStringLiteral("--db"), store.path(), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray arr = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(arr.size() == 1);
    const QJsonObject o = arr.at(0).toObject();
    CHECK(o.value(QStringLiteral("number")).toString() == QStringLiteral("20261122-00001"));
    CHECK(o.value(QStringLiteral("line")).toString() == QStringLiteral("122"));
    CHECK(o.value(QStringLiteral("category")).toString() == QStringLiteral("traffic"));
    CHECK(o.value(QStringLiteral("priority")).toInt() == 2);
    CHECK(o.value(QStringLiteral("state")).toString() == QStringLiteral("triaged"));
    CHECK_FALSE(o.value(QStringLiteral("zone")).toString().isEmpty());
    CHECK(o.value(QStringLiteral("received_at")).toString() == QStringLiteral("2026-11-22T01:00:00.000Z"));

    const CtlRun text = ctl({QStringLiteral("incidents"), QStringLiteral("--db"), store.path(), QStringLiteral("--active")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("20261122-00001")));
    CHECK(text.out.contains(QStringLiteral("2026-11-22 09:00:00"))); // centre-local time
    CHECK(ctl({QStringLiteral("incidents"), QStringLiteral("--db"), store.path(), QStringLiteral("--limit"),
               QStringLiteral("0")})
              .exitCode == 2);
}

TEST_CASE("dispatchctl check names the broken event and exits non-zero", "[ctl][sqlite]")
{
    TestStore store;
    for (int n = 0; n < 3; ++n) {
        dispatch::IncidentDraft d;
        d.summary = QStringLiteral("call %1").arg(n);
        REQUIRE(store.service().createIncident(d).ok());
    }
    const QString path = store.path();
    store.reopen();
    execRawSql(path, QStringLiteral("DROP TRIGGER events_no_update; "
                                    "UPDATE events SET payload = replace(payload, 'call 1', 'call 9') "
                                    "WHERE kind = 'incident.created' AND payload LIKE '%call 1%';"));
    const CtlRun r = ctl({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("BROKEN at event #")));
    CHECK(r.err.contains(QStringLiteral("incident.created")));
    const CtlRun json = ctl({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK_FALSE(o.value(QStringLiteral("chain_ok")).toBool());
    CHECK(o.value(QStringLiteral("broken_event")).toInt() > 0);
}

TEST_CASE("dispatchctl refuses a file that is not a store and leaves it alone", "[ctl]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.docx"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 not a database");
    }
    for (const char* cmd : {"check", "incidents", "init"}) {
        const CtlRun r = ctl({QString::fromLatin1(cmd), QStringLiteral("--db"), path});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("not a SQLite database")));
        CHECK_FALSE(r.err.contains(QStringLiteral("terminate")));
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("PK\x03\x04 not a database"));
}

TEST_CASE("dispatchctl users add and passwd read the password from stdin", "[ctl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("u.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const CtlRun add = ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), db,
                         QStringLiteral("--username"), QStringLiteral("chief"), QStringLiteral("--role"),
                         QStringLiteral("shift_leader"), QStringLiteral("--name"), QStringLiteral("Chief")},
                        "s3cret-pass\n");
    REQUIRE(add.exitCode == 0);
    CHECK(add.out.contains(QStringLiteral("added user chief")));
    const CtlRun badRole = ctl({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), db,
                             QStringLiteral("--username"), QStringLiteral("x2"), QStringLiteral("--role"),
                             QStringLiteral("captain")},
                            "s3cret-pass\n");
    CHECK(badRole.exitCode == 2);
    const CtlRun pw = ctl({QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("--db"), db,
                        QStringLiteral("--username"), QStringLiteral("chief")},
                       "another-pass\n");
    CHECK(pw.exitCode == 0);
    const CtlRun list = ctl({QStringLiteral("users"), QStringLiteral("--db"), db});
    CHECK(list.out.contains(QStringLiteral("chief")));
    CHECK(list.out.contains(QStringLiteral("shift_leader")));
}

TEST_CASE("dispatchctl triage answers JSON Lines and reports a bad line in place", "[ctl][triage]")
{
    const QByteArray input = "{\"line\":\"110\",\"text\":\"月光路的路灯坏了好几天了\",\"time\":\"2026-11-21T21:00:00+08:00\"}\n"
                             "this is not json\n"
                             "\n"
                             "{\"text\":\"两个人在烧烤店门口打架，有人拿酒瓶\",\"lat\":22.78,\"lon\":100.97}\n";
    const CtlRun r = ctl({QStringLiteral("triage")}, input);
    CHECK(r.exitCode == 1); // one line could not be read
    CHECK(r.err.contains(QStringLiteral("1 line")));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    const QJsonObject light = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    CHECK(light.value(QStringLiteral("category")) == QStringLiteral("non_police"));
    CHECK(light.value(QStringLiteral("priority")).toInt() == 4);
    CHECK(light.value(QStringLiteral("divert_to")) == QStringLiteral("streetlight"));
    CHECK(light.value(QStringLiteral("mediation")) == false);
    CHECK(light.value(QStringLiteral("rules")).toArray().contains(QStringLiteral("divert-02-streetlight")));
    CHECK_FALSE(light.value(QStringLiteral("why")).toString().isEmpty());
    const QJsonObject bad = QJsonDocument::fromJson(lines[1].toUtf8()).object();
    CHECK(bad.value(QStringLiteral("line_number")).toInt() == 2);
    CHECK(bad.contains(QStringLiteral("error")));
    const QJsonObject fight = QJsonDocument::fromJson(lines[2].toUtf8()).object();
    CHECK(fight.value(QStringLiteral("category")) == QStringLiteral("public_order"));
    CHECK(fight.value(QStringLiteral("priority")).toInt() == 1);
    CHECK(fight.value(QStringLiteral("divert_to")).isNull());
}

TEST_CASE("dispatchctl triage refuses a broken rules file and answers nothing", "[ctl][triage]")
{
    const QString bad = QStringLiteral(DISPATCH_TEST_DATA "/triage/bad/bad-regex.json");
    const CtlRun r = ctl({QStringLiteral("triage"), QStringLiteral("--rules"), bad}, "{\"text\":\"x\"}\n");
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("bad-regex.json:6")));
    CHECK(r.err.contains(QStringLiteral("gas")));

    const QString good = QStringLiteral(DISPATCH_TEST_DATA "/triage/custom-rules.json");
    const CtlRun custom = ctl({QStringLiteral("triage"), QStringLiteral("--rules"), good}, "{\"text\":\"有只熊猫\"}\n");
    CHECK(custom.exitCode == 0);
    CHECK(custom.out.contains(QStringLiteral("\"rules\":[\"panda\"]")));
}

TEST_CASE("dispatchctl users unlock opens a locked account; users policy shows and sets the centre's times", "[ctl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("u.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const auto users = [&](QStringList args, const QByteArray& input = {}) {
        args.prepend(QStringLiteral("users"));
        args << QStringLiteral("--db") << db << demoAdmin();
        return ctl(args, kDemoAdminPassword + input);
    };
    const CtlRun shown = users({QStringLiteral("policy")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.trimmed() == QStringLiteral("an account locks for 15 min after 5 failed sign-ins; a desk locks after 30 min "
                                                "untouched; a handover is signed from 30 min before its shift's end"));
    const CtlRun set = users({QStringLiteral("policy"), QStringLiteral("--lock-minutes"), QStringLiteral("20"),
                              QStringLiteral("--idle-minutes"), QStringLiteral("10"), QStringLiteral("--sign-minutes"),
                              QStringLiteral("45")});
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("locks for 20 min")));
    CHECK(users({QStringLiteral("policy"), QStringLiteral("--idle-minutes"), QStringLiteral("0")}).exitCode == 1);
    CHECK(users({QStringLiteral("policy"), QStringLiteral("--idle-minutes"), QStringLiteral("soon")}).exitCode == 2);
    CHECK(users({QStringLiteral("policy")}).out.contains(QStringLiteral("signed from 45 min")));

    // Five wrong passwords through `call` lock the account; unlock opens it again.
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("DISPATCH_PASSWORD"), QStringLiteral("not-the-password"));
    for (int i = 0; i < 5; ++i)
        CHECK(ctl({QStringLiteral("call"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("dispatcher")},
                  "{\"text\":\"test\"}", wrong)
                  .exitCode
              != 0);
    QProcessEnvironment right;
    right.insert(QStringLiteral("DISPATCH_PASSWORD"), QStringLiteral("dispatcher110"));
    const CtlRun locked = ctl({QStringLiteral("call"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("dispatcher")},
                              "{\"text\":\"邻居吵架\"}", right);
    CHECK(locked.exitCode != 0);
    CHECK(locked.err.contains(QStringLiteral("locked")));
    const CtlRun unlocked = users({QStringLiteral("unlock"), QStringLiteral("--username"), QStringLiteral("dispatcher")});
    INFO(unlocked.err.toStdString());
    REQUIRE(unlocked.exitCode == 0);
    CHECK(unlocked.out.contains(QStringLiteral("unlocked dispatcher")));
    CHECK(ctl({QStringLiteral("call"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("dispatcher"),
               QStringLiteral("--new")},
              "{\"text\":\"邻居吵架\"}", right)
              .exitCode
          == 0);
    CHECK(users({QStringLiteral("unlock"), QStringLiteral("--username"), QStringLiteral("nobody")}).exitCode == 1);
}

TEST_CASE("a store with damaged pages: every command says so and exits 1, check names the damage and goes on, init "
          "refuses", "[ctl][sqlite][damage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("damaged.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    REQUIRE(ctl(QStringList{QStringLiteral("generate"), QStringLiteral("--db"), db, QStringLiteral("--incidents"), QStringLiteral("3000"),
                 QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("1")} + demoAdmin(),
                kDemoAdminPassword)
                .exitCode
            == 0);
    // Ten pages of the history, well into the file, overwritten as a failing disk might.
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        for (qint64 page = pages * 8 / 10; page < pages * 8 / 10 + 10; ++page) {
            REQUIRE(f.seek(page * 4096 + 100));
            f.write(QByteArray(2000, char(0xA5)));
        }
    }
    // Nothing aborts (a crash is exit code -1 here): each command reads what it can or says what it could not.
    for (const char* command : {"incidents", "units", "stats", "warnings", "owed", "desks"}) {
        INFO(command);
        const CtlRun r = ctl({QString::fromLatin1(command), QStringLiteral("--db"), db});
        CHECK((r.exitCode == 0 || r.exitCode == 1));
        if (r.exitCode == 1)
            CHECK(r.err.contains(QStringLiteral("malformed")));
    }
    const CtlRun check = ctl({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("integrity: On tree page")));
    CHECK(check.out.contains(QStringLiteral("event chain:"))); // the next steps ran
    const CtlRun json = ctl({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK_FALSE(report.value(QStringLiteral("integrity_ok")).toBool(true));
    CHECK_FALSE(report.value(QStringLiteral("integrity_problems")).toArray().isEmpty());
    CHECK(report.contains(QStringLiteral("chain_ok")));
    const CtlRun init = ctl({QStringLiteral("init"), QStringLiteral("--db"), db});
    CHECK(init.exitCode == 1);
    CHECK(init.err.contains(QStringLiteral("the store is damaged")));
    CHECK_FALSE(init.out.contains(QStringLiteral("up to date")));
}

TEST_CASE("dispatchctl: a change to users, policies, zones or history needs an administrator's sign-in", "[ctl][sqlite]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const QStringList add{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), db,
                          QStringLiteral("--username"), QStringLiteral("intruder"), QStringLiteral("--role"),
                          QStringLiteral("admin")};

    // Without --admin: refused, and nothing is written.
    const CtlRun bare = ctl(add, "long-enough-pass\n");
    CHECK(bare.exitCode == 2);
    CHECK(bare.err.contains(QStringLiteral("--admin NAME (an administrator) is required")));
    const auto users = [&] { return ctl({QStringLiteral("users"), QStringLiteral("--db"), db}).out; };
    CHECK_FALSE(users().contains(QStringLiteral("intruder")));
    for (const QStringList& change :
         {QStringList{QStringLiteral("users"), QStringLiteral("policy"), QStringLiteral("--db"), db,
                      QStringLiteral("--lock-minutes"), QStringLiteral("1")},
          QStringList{QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("--db"), db,
                      QStringLiteral("--username"), QStringLiteral("admin")},
          QStringList{QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("--db"), db,
                      QStringLiteral("--username"), QStringLiteral("dispatcher")},
          QStringList{QStringLiteral("generate"), QStringLiteral("--db"), db, QStringLiteral("--incidents"),
                      QStringLiteral("5"), QStringLiteral("--days"), QStringLiteral("1")},
          QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--profile"),
                      QStringLiteral("sf-fire-calls"), testDataPath(QStringLiteral("sf/sf_fire_calls_2020-04.csv"))},
          QStringList{QStringLiteral("zones"), QStringLiteral("import"), QStringLiteral("--db"), db,
                      testDataPath(QStringLiteral("sf/sf_analysis_neighborhoods.geojson"))}}) {
        INFO(change.join(u' ').toStdString());
        const CtlRun r = ctl(change, "taken-over-pass\n");
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--admin NAME")));
    }
    CHECK(ctl({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")}).out.contains(
        QStringLiteral("\"incidents\": 0")));
    // Reading needs no sign-in.
    CHECK(ctl({QStringLiteral("users"), QStringLiteral("policy"), QStringLiteral("--db"), db}).exitCode == 0);

    // A wrong password is a failed sign-in like any other, and counts towards the lockout.
    const CtlRun wrong = ctl(add + demoAdmin(), "guessed-pass\nlong-enough-pass\n");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("unknown user name or wrong password")));
    CHECK_FALSE(users().contains(QStringLiteral("intruder")));

    // A dispatcher is not an administrator; a shift leader may unlock but not add.
    const QStringList asDispatcher{QStringLiteral("--admin"), QStringLiteral("dispatcher")};
    const CtlRun dispatcher = ctl(add + asDispatcher, "dispatcher110\nlong-enough-pass\n");
    CHECK(dispatcher.exitCode == 1);
    CHECK(dispatcher.err.contains(QStringLiteral("dispatcher is not an administrator")));
    const QStringList asLeader{QStringLiteral("--admin"), QStringLiteral("leader")};
    CHECK(ctl(add + asLeader, "leader110\nlong-enough-pass\n").err.contains(QStringLiteral("leader is not an administrator")));
    const CtlRun unlock = ctl({QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("--db"), db,
                               QStringLiteral("--username"), QStringLiteral("dispatcher"), QStringLiteral("--admin"),
                               QStringLiteral("leader")},
                              "leader110\n");
    INFO(unlock.err.toStdString());
    CHECK(unlock.exitCode == 0);

    // The administrator's password first, then the new user's: added, and the event names the administrator.
    const CtlRun added = ctl(add + demoAdmin(), QByteArray(kDemoAdminPassword) + "long-enough-pass\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(users().contains(QStringLiteral("intruder")));
    auto store = dispatch::Database::open(db, dispatch::Database::Mode::Inspect);
    REQUIRE(store.ok());
    CHECK(dispatch::sql::scalar((*store)->connection(),
                      QStringLiteral("SELECT username FROM events WHERE kind = 'user.added' ORDER BY seq DESC LIMIT 1"))
              .toString()
          == QStringLiteral("admin"));
}

TEST_CASE("dispatchctl: the first administrator of a store without one is added without a sign-in", "[ctl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const QStringList first{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), db,
                            QStringLiteral("--username"), QStringLiteral("chief-admin"), QStringLiteral("--role"),
                            QStringLiteral("admin")};
    REQUIRE(ctl(first, "first-admin-pass\n").exitCode == 0);
    // From now on the store has an administrator, who must sign in.
    const QStringList second{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), db,
                             QStringLiteral("--username"), QStringLiteral("second"), QStringLiteral("--role"),
                             QStringLiteral("admin")};
    CHECK(ctl(second, "second-admin-pass\n").exitCode == 2);
    CHECK(ctl(second + QStringList{QStringLiteral("--admin"), QStringLiteral("chief-admin")},
              "first-admin-pass\nsecond-admin-pass\n")
              .exitCode
          == 0);
}

namespace {

/// dispatchctl run by an account that may read the store but not write it or its folder: `nobody` when the suite
/// runs as root (who may write anything), else this account once the store and its folder are made read-only.
CtlRun asReader(const QStringList& args, const QString& folder, const QString& store)
{
    QFile::setPermissions(store, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::ExeOther);
    if (::geteuid() != 0)
        return ctl(args);
    return ctl(QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                           QStringLiteral(DISPATCHCTL_PATH)}
                   + args,
               {}, {}, QStringLiteral("runuser"));
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("dispatchctl check and the reading commands work for an auditor who may read the store but not write it, and change nothing",
          "[ctl][sqlite]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("audit.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const QByteArray before = fileHash(db);

    const CtlRun check = asReader({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                                  dir.path(), db);
    INFO(check.err.toStdString());
    REQUIRE(check.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(check.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("chain_ok")).toBool());
    CHECK(o.value(QStringLiteral("events")).toInt() > 0);
    CHECK(fileHash(db) == before);
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    // The commands that only read work for the auditor too, and write nothing either.
    for (const char* command : {"incidents", "stats", "owed", "ledger", "warnings"}) {
        const CtlRun read = asReader({QString::fromLatin1(command), QStringLiteral("--db"), db}, dir.path(), db);
        INFO(command << ": " << read.err.toStdString());
        CHECK(read.exitCode == 0);
    }
    CHECK(fileHash(db) == before);
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));

    // While a desk holds the store open, the reader reads its write-ahead log through the desk's shared memory;
    // where it may not read that either, it cannot see the pending commits and says so rather than check half.
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::ExeOther);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    {
        auto writer = dispatch::Database::open(db, dispatch::Database::Mode::OpenExisting);
        REQUIRE(writer.ok());
        dispatch::sql::run((*writer)->connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        dispatch::sql::run((*writer)->connection(), QStringLiteral("INSERT INTO meta(key, value) VALUES ('audit', '1')"));
        REQUIRE(QFileInfo(db + QStringLiteral("-wal")).size() > 0);
        const CtlRun open = asReader({QStringLiteral("check"), QStringLiteral("--db"), db}, dir.path(), db);
        INFO(open.err.toStdString());
        CHECK(open.exitCode == 0);
        QFile::setPermissions(db + QStringLiteral("-shm"), QFile::ReadOwner | QFile::WriteOwner);
        const CtlRun busy = asReader({QStringLiteral("check"), QStringLiteral("--db"), db}, dir.path(), db);
        if (::geteuid() == 0) { // an owner may read its own files whatever their mode
            CHECK(busy.exitCode == 1);
            CHECK(busy.err.contains(QStringLiteral("write-ahead log is not empty")));
        }
    }
}

TEST_CASE("dispatchctl anchor appends the chain's head; check --anchors proves the log still extends it", "[ctl]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("anchored.sqlite"));
    const QString anchors = dir.filePath(QStringLiteral("anchors.txt"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const CtlRun first = ctl({QStringLiteral("anchor"), QStringLiteral("--db"), db, QStringLiteral("--append"), anchors});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral(" 2:")));
    CHECK((QFileInfo(anchors).permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    QProcessEnvironment right;
    right.insert(QStringLiteral("DISPATCH_PASSWORD"), QStringLiteral("dispatcher110"));
    REQUIRE(ctl({QStringLiteral("call"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("dispatcher"),
                 QStringLiteral("--new")},
                "{\"text\":\"邻居吵架\"}", right)
                .exitCode
            == 0);
    REQUIRE(ctl({QStringLiteral("anchor"), QStringLiteral("--db"), db, QStringLiteral("--append"), anchors}).exitCode == 0);
    const CtlRun check = ctl({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--anchors"), anchors});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("anchors: the log extends all 2 anchored head(s)")));
    CHECK_FALSE(check.err.contains(QStringLiteral("BROKEN"))); // an intact chain is said once, and only as intact

    // An anchor the log does not hold (a head from a log that was later rewritten) fails the check, in JSON too.
    QFile f(anchors);
    REQUIRE(f.open(QIODevice::Append));
    f.write("3 2:" + QByteArray(64, 'f') + " 2026-12-05T10:00:00Z\n");
    f.close();
    const CtlRun broken = ctl({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--anchors"), anchors,
                               QStringLiteral("--json")});
    CHECK(broken.exitCode == 1);
    const QJsonObject o = QJsonDocument::fromJson(broken.out.toUtf8()).object();
    CHECK_FALSE(o.value(QStringLiteral("ok")).toBool());
    CHECK(o.value(QStringLiteral("anchors_checked")).toInt() == 3);
    CHECK(o.value(QStringLiteral("anchor_problems")).toArray().size() == 1);
    CHECK(ctl({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--anchors"),
               dir.filePath(QStringLiteral("none.txt"))})
              .exitCode
          == 1);
}

TEST_CASE("dispatchctl key init keys the log; desks and check find the key beside the store", "[ctl][sqlite][key]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("keyed.sqlite"));
    REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--district"), QStringLiteral("simao")}).exitCode == 0);
    const CtlRun made = ctl(QStringList{QStringLiteral("key"), QStringLiteral("init"), QStringLiteral("--db"), db} + demoAdmin(),
                            kDemoAdminPassword);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString keyFile = db + QStringLiteral(".key");
    CHECK(made.out.contains(keyFile));
    REQUIRE(QFileInfo::exists(keyFile));
    CHECK((QFileInfo(keyFile).permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    // Made once.
    CHECK(ctl(QStringList{QStringLiteral("key"), QStringLiteral("init"), QStringLiteral("--db"), db} + demoAdmin(),
              kDemoAdminPassword)
              .exitCode
          == 1);

    QProcessEnvironment right;
    right.insert(QStringLiteral("DISPATCH_PASSWORD"), QStringLiteral("dispatcher110"));
    const QStringList call{QStringLiteral("call"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                           QStringLiteral("dispatcher"), QStringLiteral("--new")};
    REQUIRE(ctl(call, "{\"text\":\"邻居吵架\"}", right).exitCode == 0);
    const CtlRun check = ctl({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    CHECK(check.exitCode == 0);
    CHECK(QJsonDocument::fromJson(check.out.toUtf8()).object().value(QStringLiteral("unverified_keyed_events")).toInt() == 0);

    // Without the key: check says what it could not verify; nothing can be appended.
    REQUIRE(QFile::rename(keyFile, dir.filePath(QStringLiteral("kept-apart.key"))));
    const CtlRun blind = ctl({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(blind.exitCode == 0);
    CHECK(blind.out.contains(QStringLiteral("not verified")));
    const CtlRun refused = ctl(call, "{\"text\":\"又有人吵架\"}", right);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("DISPATCH_CHAIN_KEY")));
    // Named in the environment, it is found again.
    QProcessEnvironment named = right;
    named.insert(QStringLiteral("DISPATCH_CHAIN_KEY"), dir.filePath(QStringLiteral("kept-apart.key")));
    CHECK(ctl(call, "{\"text\":\"又有人吵架\"}", named).exitCode == 0);
    QProcessEnvironment wrong = right;
    wrong.insert(QStringLiteral("DISPATCH_CHAIN_KEY"), dir.filePath(QStringLiteral("missing.key")));
    CHECK(ctl({QStringLiteral("check"), QStringLiteral("--db"), db}, {}, wrong).exitCode == 1);
}
