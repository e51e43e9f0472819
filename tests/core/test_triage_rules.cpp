// SPDX-License-Identifier: GPL-3.0-or-later
// The triage rules engine: the documented order of resolution, the rules-file checks, and the JSON Lines
// protocol of `dispatchctl triage`.
#include "CatchQt.h"

#include "triage/TriageEngine.h"
#include "triage/TriageJsonLines.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace dispatch;

namespace {

QByteArray ruleFile(const QByteArray& rules, const QByteArray& extra = {})
{
    return R"({"format": "dispatch-triage-rules", "version": 1,
  "defaults": {"category": "public_order", "priority": 3, "priority_by_category": {"non_police": 4, "dispute": 3}},
  "veto": ["受伤", "被困"],
  "negations": ["无人受伤"],)"
           + extra + R"(
  "rules": [)" + rules
           + "]}";
}

TriageEngine engine(const QByteArray& rules, const QByteArray& extra = {})
{
    Result<TriageRuleSet> set = TriageRuleSet::fromJson(ruleFile(rules, extra), QStringLiteral("test.json"));
    INFO(set.errorString().toStdString());
    REQUIRE(set.ok());
    return TriageEngine(std::move(set).value());
}

TriageDecision decide(const TriageEngine& e, const QString& text, const QString& line = QStringLiteral("110"),
                      int tier = 0, int minute = -1)
{
    return e.evaluate({line, text, tier, minute});
}

const QByteArray kLightThenFight = R"(
    {"id": "light", "when": {"any": ["路灯"]}, "then": {"category": "non_police", "priority": 4, "divert_to": "streetlight"}},
    {"id": "fight", "when": {"any": ["打架"]}, "then": {"category": "public_order", "priority": 1}})";

} // namespace

TEST_CASE("a police category beats a diversion whatever the rule order", "[triage]")
{
    const TriageEngine e = engine(kLightThenFight);
    const TriageDecision d = decide(e, QStringLiteral("路灯下有人打架"));
    CHECK(d.category == QStringLiteral("public_order"));
    CHECK(d.priority == 1);
    CHECK(d.divertTo.isEmpty());
    CHECK(d.ruleIds() == QStringList{QStringLiteral("light"), QStringLiteral("fight")});
    REQUIRE(d.fired.size() == 2);
    CHECK(d.fired[0].overruled);
    CHECK_FALSE(d.fired[1].overruled);

    const TriageDecision plain = decide(e, QStringLiteral("路灯不亮"));
    CHECK(plain.category == QStringLiteral("non_police"));
    CHECK(plain.divertTo == QStringLiteral("streetlight"));
    CHECK(plain.priority == 4);
}

TEST_CASE("the first police category wins and the most urgent priority among police rules", "[triage]")
{
    const TriageEngine e = engine(R"(
    {"id": "quarrel", "when": {"any": ["吵架"]}, "then": {"category": "dispute", "priority": 3, "mediation": true}},
    {"id": "fight", "when": {"any": ["打人"]}, "then": {"category": "public_order", "priority": 1, "mediation": false}},
    {"id": "drunk", "when": {"any": ["喝醉"]}, "then": {"category": "public_order", "priority": 2}})");
    const TriageDecision d = decide(e, QStringLiteral("喝醉了吵架还打人"));
    CHECK(d.category == QStringLiteral("dispute")); // first police category in file order
    CHECK(d.priority == 1);                          // the most urgent of the rules that fired
    CHECK_FALSE(d.mediation);                        // a rule refused mediation
    const TriageDecision calm = decide(e, QStringLiteral("两口子吵架"));
    CHECK(calm.mediation);
    CHECK(decide(e, QStringLiteral("喝醉了")).mediation == false); // mediation only for disputes
}

TEST_CASE("a veto word forbids a diversion and a negation is not a danger sign", "[triage]")
{
    const TriageEngine e = engine(kLightThenFight);
    const TriageDecision vetoed = decide(e, QStringLiteral("路灯杆倒了，有人受伤"));
    CHECK(vetoed.divertTo.isEmpty());
    CHECK(vetoed.category == QStringLiteral("public_order")); // the default: kept with the police
    CHECK(vetoed.fromDefaults);
    CHECK(vetoed.vetoedDiversions == QStringList{QStringLiteral("light")});
    CHECK(vetoed.vetoWords == QStringList{QStringLiteral("受伤")});
    CHECK(vetoed.why(QStringLiteral("en")).contains(QStringLiteral("受伤")));

    const TriageDecision negated = decide(e, QStringLiteral("路灯杆倒了，无人受伤"));
    CHECK(negated.divertTo == QStringLiteral("streetlight"));
    CHECK(negated.vetoWords.isEmpty());
}

TEST_CASE("a rule may tolerate a named veto word", "[triage]")
{
    const TriageEngine e = engine(R"(
    {"id": "cat", "when": {"all": ["猫|狗", "被困"], "tolerate": ["被困"]}, "then": {"category": "non_police", "divert_to": "119"}},
    {"id": "light", "when": {"any": ["路灯"]}, "then": {"category": "non_police", "divert_to": "streetlight"}})");
    CHECK(decide(e, QStringLiteral("猫被困在树上")).divertTo == QStringLiteral("119"));
    // Another veto word is not tolerated.
    CHECK(decide(e, QStringLiteral("猫被困在树上，有人受伤")).divertTo.isEmpty());
    CHECK(decide(e, QStringLiteral("路灯下猫被困")).vetoedDiversions == QStringList{QStringLiteral("light")});
}

TEST_CASE("conditions: lines, all-groups, exclusions, tiers, time of day, categories, fired, regex", "[triage]")
{
    const TriageEngine e = engine(R"(
    {"id": "fire-line", "when": {"lines": ["119"]}, "then": {"category": "fire", "priority": 1}},
    {"id": "pair", "when": {"all": ["车|摩托", "撞"]}, "then": {"category": "traffic", "priority": 3}},
    {"id": "no-noise", "when": {"any": ["吵"], "exclude": ["施工"]}, "then": {"category": "public_order"}},
    {"id": "key-site", "when": {"tiers": [1], "categories": ["public_order"]}, "then": {"priority": 2}},
    {"id": "night", "when": {"time": {"from": "22:00", "to": "06:00"}, "categories": ["public_order"]}, "then": {"priority": 1}},
    {"id": "after-pair", "when": {"fired": ["pair"], "any": ["受伤"]}, "then": {"priority": 1}},
    {"id": "re", "when": {"regex": "[0-9]+人"}, "then": {"unit_types": ["special_police"]}})");
    CHECK(decide(e, QStringLiteral("有烟"), QStringLiteral("119")).category == QStringLiteral("fire"));
    CHECK(decide(e, QStringLiteral("有烟"), QStringLiteral("110")).fromDefaults);
    CHECK(decide(e, QStringLiteral("摩托车撞了")).category == QStringLiteral("traffic"));
    CHECK(decide(e, QStringLiteral("车停在路边")).fromDefaults); // only one of the two groups
    CHECK(decide(e, QStringLiteral("车撞了有人受伤")).priority == 1);
    CHECK(decide(e, QStringLiteral("施工太吵")).fromDefaults);
    CHECK(decide(e, QStringLiteral("楼上太吵")).priority == 3);
    CHECK(decide(e, QStringLiteral("楼上太吵"), QStringLiteral("110"), 1).priority == 2);
    CHECK(decide(e, QStringLiteral("楼上太吵"), QStringLiteral("110"), 0, 23 * 60).priority == 1);
    CHECK(decide(e, QStringLiteral("楼上太吵"), QStringLiteral("110"), 0, 5 * 60 + 59).priority == 1);
    CHECK(decide(e, QStringLiteral("楼上太吵"), QStringLiteral("110"), 0, 6 * 60).priority == 3);
    CHECK(decide(e, QStringLiteral("楼上太吵"), QStringLiteral("110"), 0, 12 * 60).priority == 3);
    CHECK(decide(e, QStringLiteral("约30人在吵")).unitTypes == QStringList{QStringLiteral("special_police")});
}

TEST_CASE("a pattern that would backtrack for ever is matched in linear time and still fires", "[triage]")
{
    // Nested repetition: a backtracking engine tries every split of the x's at every position before it
    // reaches the 打架 further on, and gave up at its match limit, so the rule silently did not fire.
    const TriageEngine e = engine(R"(
    {"id": "nested", "when": {"regex": "(x+x+)+y|打架"}, "then": {"category": "public_order", "priority": 1}})");
    const QString text = QString(QLatin1Char('x')).repeated(5000) + QStringLiteral("楼下有人打架");
    const TriageDecision d = decide(e, text);
    CHECK(d.ruleIds() == QStringList{QStringLiteral("nested")});
    REQUIRE(d.fired.size() == 1);
    CHECK(d.fired[0].matched == QStringList{QStringLiteral("打架")});
    CHECK(decide(e, QString(QLatin1Char('x')).repeated(5000)).fromDefaults);
}

TEST_CASE("a pattern linear-time matching cannot run is refused with the reason", "[triage]")
{
    const auto refusal = [](const QByteArray& regex) {
        const QByteArray json = ruleFile(R"(
    {"id": "r", "when": {"regex": ")" + regex + R"("}, "then": {"category": "criminal"}})");
        const Result<TriageRuleSet> set = TriageRuleSet::fromJson(json, QStringLiteral("test.json"));
        REQUIRE_FALSE(set.ok());
        CHECK(set.error().where == QStringLiteral("test.json:6: rule \"r\""));
        return set.error().message;
    };
    CHECK(refusal("打(?!开)").contains(QStringLiteral("look-around \"(?!\"")));
    CHECK(refusal("(?=打)打").contains(QStringLiteral("look-around \"(?=\"")));
    CHECK(refusal("(打)\\\\1").contains(QStringLiteral("back-reference \"\\1\"")));
    CHECK(refusal("((((a{1000}){1000}){1000}){1000})").contains(QStringLiteral("does not compile")));
    CHECK(refusal("").contains(QStringLiteral("empty")));
}

TEST_CASE("rules far down a long file are named by their own line", "[triage]")
{
    QByteArray rules;
    for (int i = 0; i < 3000; ++i)
        rules += QByteArray(i ? ",\n" : "\n") + "    {\"id\": \"r" + QByteArray::number(i)
                 + "\", \"when\": {\"any\": [\"词" + QByteArray::number(i) + "\"]}, \"then\": {\"priority\": 2}}";
    rules += ",\n    {\"id\": \"last\", \"when\": {\"any\": [\"x\"]}, \"then\": {\"priority\": 9}}";
    const Result<TriageRuleSet> set = TriageRuleSet::fromJson(ruleFile(rules), QStringLiteral("long.json"));
    REQUIRE_FALSE(set.ok());
    CHECK(set.error().where == QStringLiteral("long.json:3006: rule \"last\""));
}

TEST_CASE("matching ignores width, case and spaces", "[triage]")
{
    const TriageEngine e = engine(R"(
    {"id": "ktv", "when": {"any": ["KTV 吵"]}, "then": {"category": "public_order", "priority": 3}})");
    CHECK(decide(e, QStringLiteral("楼下ｋｔｖ　吵得很")).ruleIds() == QStringList{QStringLiteral("ktv")});
}

TEST_CASE("a rules file with an error is refused with file, line, rule and reason", "[triage]")
{
    struct Expect
    {
        const char* file;
        const char* where;
        const char* reason;
    };
    const Expect cases[] = {
        {"broken-json.json", "broken-json.json:6", "not valid JSON"},
        {"unknown-field.json", "unknown-field.json:6: rule \"manhole\"", "unknown field \"keywords\""},
        {"unknown-category.json", "unknown-category.json:6: rule \"typo\"", "unknown category \"disputes\""},
        {"unknown-agency.json", "unknown-agency.json:5: rule \"light\"", "unknown agency code \"street_lights\""},
        {"bad-regex.json", "bad-regex.json:6: rule \"gas\"", "does not compile"},
        {"lookaround-regex.json", "lookaround-regex.json:7: rule \"theft\"", "look-around \"(?<\" is not supported"},
        {"divert-without-non-police.json", "divert-without-non-police.json:5: rule \"light\"", "non_police"},
    };
    for (const Expect& c : cases) {
        const QString path = QStringLiteral(DISPATCH_TEST_DATA "/triage/bad/") + QString::fromLatin1(c.file);
        const Result<TriageRuleSet> r = TriageRuleSet::fromFile(path);
        INFO(c.file << ": " << r.errorString().toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().where.endsWith(QString::fromLatin1(c.where)));
        CHECK(r.error().message.contains(QString::fromLatin1(c.reason)));
    }
    CHECK(TriageRuleSet::fromFile(QStringLiteral("/nonexistent/rules.json")).errorString().contains(
        QStringLiteral("/nonexistent/rules.json")));
}

TEST_CASE("rules-file checks inside the document", "[triage]")
{
    auto refusal = [](const QByteArray& rules, const QByteArray& extra = {}) {
        return TriageRuleSet::fromJson(ruleFile(rules, extra), QStringLiteral("r.json")).errorString();
    };
    const QByteArray ok = R"({"id": "x", "when": {"any": ["a"]}, "then": {"priority": 2}})";
    CHECK(refusal(ok).isEmpty());
    CHECK(refusal(ok + "," + ok).contains(QStringLiteral("used twice")));
    CHECK(refusal(R"({"id": "x", "when": {"fired": ["later"]}, "then": {"priority": 2}})")
              .contains(QStringLiteral("not a rule above")));
    CHECK(refusal(R"({"id": "x", "when": {"any": ["a"]}, "then": {"priority": 7}})").contains(QStringLiteral("1 to 4")));
    CHECK(refusal(R"({"id": "x", "when": {"lines": ["999"]}, "then": {"priority": 2}})")
              .contains(QStringLiteral("unknown source line")));
    CHECK(refusal(R"({"id": "x", "when": {"any": ["a"]}, "then": {"unit_types": ["tank"]}})")
              .contains(QStringLiteral("unknown unit type")));
    CHECK(refusal(R"({"id": "x", "when": {"time": {"from": "25:00", "to": "06:00"}}, "then": {"priority": 2}})")
              .contains(QStringLiteral("HH:MM")));
    CHECK(refusal(R"({"id": "x", "when": {}, "then": {"priority": 2}})").contains(QStringLiteral("condition")));
    CHECK(refusal(R"({"id": "x", "when": {"any": ["a"]}, "then": {}})").contains(QStringLiteral("propose")));
    CHECK(refusal(ok, R"("duplicates": {"open_radius_metres": -5},)").contains(QStringLiteral("open_radius_metres")));
    CHECK(refusal(ok, R"("surprise": 1,)").contains(QStringLiteral("surprise")));
}

TEST_CASE("the built-in rules load and expose their duplicate policy", "[triage]")
{
    const TriageRuleSet& set = TriageRuleSet::builtin();
    CHECK(set.rules().size() > 50);
    CHECK(set.duplicates().openRadiusMetres == 300);
    CHECK(set.duplicates().frequentWindowDays == 30);
    CHECK(set.areRelated(QStringLiteral("dispute"), QStringLiteral("public_order")));
    CHECK_FALSE(set.areRelated(QStringLiteral("fire"), QStringLiteral("dispute")));
    int diversions = 0;
    for (const TriageRule& r : set.rules())
        diversions += r.divertTo.isEmpty() ? 0 : 1;
    CHECK(diversions == 24);
}

TEST_CASE("the JSON Lines protocol answers each line and reports bad lines in place", "[triage][ctl]")
{
    QList<Zone> zones;
    Zone z;
    z.id = 1;
    z.tier = 1;
    const GeoRing ring{{22.70, 100.90}, {22.70, 101.00}, {22.80, 101.00}, {22.80, 100.90}, {22.70, 100.90}};
    z.area = GeoPolygon({GeoPolygonPart{ring, {}}});
    zones.append(z);
    const TriageEngine e = engine(R"(
    {"id": "noise", "when": {"any": ["吵"]}, "then": {"category": "public_order", "priority": 3}},
    {"id": "key-site", "when": {"tiers": [1], "categories": ["public_order"]}, "then": {"priority": 2}},
    {"id": "night", "when": {"time": {"from": "22:00", "to": "06:00"}, "categories": ["public_order"]}, "then": {"priority": 1}})");
    const TriageJsonLines p(std::make_shared<const TriageEngine>(e), zones, QTimeZone("Asia/Shanghai"));

    const QJsonObject plain = p.answer(R"({"text":"楼上很吵"})", 1);
    CHECK(plain.value(QStringLiteral("category")) == QStringLiteral("public_order"));
    CHECK(plain.value(QStringLiteral("priority")).toInt() == 3);
    CHECK(plain.value(QStringLiteral("divert_to")).isNull());
    CHECK(plain.value(QStringLiteral("mediation")) == false);
    CHECK(plain.value(QStringLiteral("rules")).toArray() == QJsonArray{QStringLiteral("noise")});
    CHECK_FALSE(plain.value(QStringLiteral("why")).toString().isEmpty());

    CHECK(p.answer(R"({"text":"楼上很吵","lat":22.75,"lon":100.95})", 2).value(QStringLiteral("priority")).toInt() == 2);
    // 15:30 UTC is 23:30 in Shanghai: night.
    CHECK(p.answer(R"({"text":"楼上很吵","time":"2026-11-21T15:30:00Z"})", 3).value(QStringLiteral("priority")).toInt() == 1);
    CHECK(p.answer(R"({"text":"楼上很吵","time":"2026-11-21T15:30:00+08:00"})", 3).value(QStringLiteral("priority")).toInt() == 3);

    const QJsonObject broken = p.answer(R"({"text": "楼上)", 7);
    CHECK(broken.value(QStringLiteral("line_number")).toInt() == 7);
    CHECK(broken.value(QStringLiteral("error")).toString().contains(QStringLiteral("JSON")));
    CHECK(p.answer(R"({"line":"110"})", 8).value(QStringLiteral("field")) == QStringLiteral("text"));
    CHECK(p.answer(R"({"text":"x","line":"999"})", 9).value(QStringLiteral("field")) == QStringLiteral("line"));
    CHECK(p.answer(R"({"text":"x","lat":95,"lon":1})", 10).value(QStringLiteral("field")) == QStringLiteral("lat"));
    CHECK(p.answer(R"({"text":"x","lat":22.7})", 11).value(QStringLiteral("field")) == QStringLiteral("lon"));
    CHECK(p.answer(R"({"text":"x","time":"yesterday"})", 12).value(QStringLiteral("field")) == QStringLiteral("time"));
    CHECK(p.answer(R"({"text":"x","colour":"red"})", 13).value(QStringLiteral("field")) == QStringLiteral("colour"));
    CHECK(p.answer(R"([1,2])", 14).contains(QStringLiteral("error")));
}
