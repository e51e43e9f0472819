// SPDX-License-Identifier: GPL-3.0-or-later
// Danger read from the structure of a call (the "danger" section of the rules, core/triage/DangerSigns): a violent
// verb counts with a person as its object, or as a threat; 打 in 打电话 is another word; a person's thing is not
// the person; "在打", "掐着" are happening now, "跑了", "天天" are over; a sign vetoes every diversion whatever the
// rule order; a section with a mistake is refused naming its field.
#include "CatchQt.h"

#include "triage/TriageEngine.h"

using namespace dispatch;

namespace {

TriageDecision triage(const QString& text, const QString& line = QStringLiteral("110"))
{
    return TriageEngine::builtin()->evaluate({line, text, 0, 600});
}

/// The codes of the danger signs the built-in rules read in the text.
QStringList signs(const QString& text)
{
    QStringList out;
    for (const FiredRule& f : triage(text).fired)
        if (f.id.startsWith(QLatin1String("danger:")))
            out << f.id.mid(7);
    return out;
}

/// A rules file with one diversion rule placed first, tolerating every danger word, and a danger section.
QByteArray rulesWithDiversionFirst(const char* danger)
{
    return QByteArray(R"({"format": "dispatch-triage-rules", "version": 1,
        "defaults": {"category": "public_order", "priority": 3},
        "veto": ["打"],
        "danger": )") + danger + R"(,
        "rules": [
          {"id": "divert-car", "description": "挪车", "when": {"any": ["堵"], "tolerate": ["打"]},
           "then": {"category": "non_police", "priority": 4, "divert_to": "114"}},
          {"id": "noise", "description": "噪音", "when": {"any": ["吵"]}, "then": {"category": "public_order", "priority": 3}}
        ]})";
}

const char* kSmallDanger = R"({"persons": ["人", "我", "他", "学生"], "possessed": ["的"], "passive": ["被"],
    "disposal": ["把"], "threats": ["要"], "now": ["正在"], "just": ["刚"], "left": ["跑了"], "past": ["昨天"],
    "hurt": ["血"], "now_raises": {"categories": ["criminal"], "to": 2}, "many": ["一群"],
    "signs": [{"code": "violence", "label": "对人施暴", "label_en": "Violence", "verbs": ["打"],
               "not_followed_by": {"打": "电车"}, "object": "person", "category": "public_order",
               "priority": 1, "threat_priority": 2, "priority_past": 2, "over": ["dispute"]}]})";

} // namespace

TEST_CASE("a violent verb is danger with a person as its object, or threatened; not as another word", "[triage][danger]")
{
    // The person after the verb, before 被, or after 把 / 追着 / 见 …
    CHECK(signs(QStringLiteral("有人在打一个老太太")).contains(QStringLiteral("violence")));
    CHECK(signs(QStringLiteral("我儿子在学校被几个同学围着揍")).contains(QStringLiteral("violence")));
    CHECK(signs(QStringLiteral("几个人把一个工人按在地上打")).contains(QStringLiteral("violence")));
    CHECK(signs(QStringLiteral("一伙人冲进厂里见人就打")).contains(QStringLiteral("violence")));
    // A threat of it: 要 / 扬言 / 就 right before the verb.
    const TriageDecision threat = triage(QStringLiteral("工头带了几个人说要来打我"));
    CHECK(threat.category == QStringLiteral("public_order"));
    CHECK(threat.priority == 1); // many take part
    // Another word, or the person's thing: no danger.
    for (const char* calm : {"我想打个车回家", "快递没到，打客服没人接", "出租车不打表", "打他电话也没人接",
                             "醉汉在踢别人的车", "我要打听一下身份证去哪补办", "隔壁一帮人打牌打到半夜"})
        CHECK_FALSE(signs(QString::fromUtf8(calm)).contains(QStringLiteral("violence")));
}

TEST_CASE("the other danger signs: a fire set, a person held, taken or drugged, many vehicles", "[triage][danger]")
{
    CHECK(signs(QStringLiteral("有人在我家楼道里倒了一地的汽油，还把打火机扔在门口")).contains(QStringLiteral("arson")));
    CHECK(signs(QStringLiteral("出租车司机把我锁在车里不让下")).contains(QStringLiteral("confinement")));
    CHECK(signs(QStringLiteral("几个人把一个女孩子往车里塞")).contains(QStringLiteral("taken")));
    CHECK(signs(QStringLiteral("喝了陌生人给的饮料以后就晕了")).contains(QStringLiteral("drugging")));
    CHECK(signs(QStringLiteral("环城路七八辆车连环追尾")).contains(QStringLiteral("pileup")));
    // Not a person taken: a stray dog, a parcel; not a fire set: 十一点了.
    CHECK(signs(QStringLiteral("学校门口有条流浪狗，希望有关部门来带走")).isEmpty());
    CHECK(signs(QStringLiteral("有个人刚把我放在门口的快递抱走了")).isEmpty());
    CHECK(signs(QStringLiteral("工地晚上十一点了还在打桩")).isEmpty());
    CHECK(signs(QStringLiteral("两车剐蹭了")).isEmpty()); // one crash is not many vehicles
}

TEST_CASE("danger decides category and priority: now, over, hurt, threatened; the reason is shown", "[triage][danger]")
{
    // A fire set on purpose is a crime, with 119 told; it replaces the rules' fire or public order.
    const TriageDecision arson = triage(QStringLiteral("我家门口有人泼了汽油，正拿着打火机要点"));
    CHECK(arson.category == QStringLiteral("criminal"));
    CHECK(arson.priority == 1);
    CHECK(arson.notify.contains(QStringLiteral("119")));
    // A person drugged is a crime, not a call for help (the rule that said assistance is overruled).
    const TriageDecision drugged = triage(QStringLiteral("在KTV喝了陌生人给的饮料以后，我闺蜜就不省人事了"));
    CHECK(drugged.category == QStringLiteral("criminal"));
    CHECK(drugged.priority == 1);
    CHECK(drugged.notify.contains(QStringLiteral("120")));
    // Violence: happening now P1; the other party gone P2; someone bleeding P1 whoever left.
    CHECK(triage(QStringLiteral("有个男的掐着一个女的脖子在街上拖")).priority == 1);
    CHECK(triage(QStringLiteral("他推了我一下，骑车跑了")).priority == 2);
    CHECK(triage(QStringLiteral("网吧里有人被捅了一刀，流了好多血，捅人的跑了")).priority == 1);
    // A thief who just ran: a crime raised to P2; noise still going on is not raised.
    CHECK(triage(QStringLiteral("有个小偷刚把我包里手机摸走了，往菜市场那边溜了")).priority == 2);
    CHECK(triage(QStringLiteral("楼上天天半夜打麻将，现在十二点多了还在搓")).priority == 3);
    // The reason names the sign and the words, in the screen's language.
    const TriageDecision d = triage(QStringLiteral("有辆车堵在我家车库门口，车主下来就要打我"));
    REQUIRE_FALSE(d.fired.isEmpty());
    CHECK(d.fired.first().id == QStringLiteral("danger:violence"));
    CHECK(d.fired.first().description == QStringLiteral("对人施暴或扬言施暴"));
    CHECK(d.fired.first().matched.contains(QStringLiteral("要打")));
    CHECK(d.why(QStringLiteral("zh_CN")).contains(QStringLiteral("对人施暴或扬言施暴「要打」")));
    CHECK(d.divertTo.isEmpty());
    CHECK(d.vetoedDiversions.contains(QStringLiteral("divert-06-blocking-car")));
}

TEST_CASE("a diversion never wins over a danger sign, whatever the rule order and the words it tolerates",
          "[triage][danger]")
{
    auto set = TriageRuleSet::fromJson(rulesWithDiversionFirst(kSmallDanger), QStringLiteral("small.json"));
    INFO(set.errorString().toStdString());
    REQUIRE(set.ok());
    const TriageEngine engine(*set);
    // The diversion tolerates the veto word 打, and is first: the structure still forbids it.
    const TriageDecision d = engine.evaluate({QStringLiteral("110"), QStringLiteral("车堵着，他下来就要打我"), 0, 600});
    CHECK(d.divertTo.isEmpty());
    CHECK(d.category == QStringLiteral("public_order"));
    CHECK(d.priority == 2); // threatened
    CHECK(d.vetoedDiversions == QStringList{QStringLiteral("divert-car")});
    // Without a person or with 打 as another word, the diversion stands.
    CHECK(engine.evaluate({QStringLiteral("110"), QStringLiteral("车堵着，我打电话他不接"), 0, 600}).divertTo
          == QStringLiteral("114"));
    // Over (跑了, 昨天) is P2 unless someone bleeds; now (正在) is P1.
    CHECK(engine.evaluate({QStringLiteral("110"), QStringLiteral("他打了我就跑了"), 0, 600}).priority == 2);
    CHECK(engine.evaluate({QStringLiteral("110"), QStringLiteral("他打了我就跑了，我流血了"), 0, 600}).priority == 1);
    CHECK(engine.evaluate({QStringLiteral("110"), QStringLiteral("他正在打我"), 0, 600}).priority == 1);
}

TEST_CASE("a danger section with a mistake is refused, naming its field", "[triage][danger]")
{
    const auto refused = [](const QByteArray& danger) {
        const auto set = TriageRuleSet::fromJson(rulesWithDiversionFirst(danger.constData()), QStringLiteral("r.json"));
        REQUIRE_FALSE(set.ok());
        return set.errorString();
    };
    QByteArray d = kSmallDanger;
    CHECK(refused(QByteArray(d).replace("\"persons\"", "\"people\"")).contains(QStringLiteral("unknown field \"danger.people\"")));
    CHECK(refused(QByteArray(d).replace("\"verbs\": [\"打\"]", "\"verbs\": []"))
              .contains(QStringLiteral("\"danger.signs[0].verbs\" must be a non-empty list")));
    CHECK(refused(QByteArray(d).replace("\"object\": \"person\"", "\"object\": \"animal\""))
              .contains(QStringLiteral("\"danger.signs[0].object\" must be")));
    CHECK(refused(QByteArray(d).replace("\"priority\": 1", "\"priority\": 7"))
              .contains(QStringLiteral("\"danger.signs[0].priority\" must be a priority from 1 to 4")));
    CHECK(refused(QByteArray(d).replace("\"over\": [\"dispute\"]", "\"over\": [\"brawl\"]"))
              .contains(QStringLiteral("unknown category \"brawl\"")));
    CHECK(refused(QByteArray(d).replace("{\"打\": \"电车\"}", "{\"踢\": \"球\"}"))
              .contains(QStringLiteral("names \"踢\", which is not one of its verbs")));
    // The message names the file and the line of the section.
    CHECK(refused(QByteArray(d).replace("\"persons\"", "\"people\"")).contains(QStringLiteral("r.json:4")));
}
