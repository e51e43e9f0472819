// SPDX-License-Identifier: GPL-3.0-or-later
// The golden triage cases in tests/data/triage/cases.jsonl, run through the `dispatchctl triage` protocol
// in-process with the built-in rules.
#include "CatchQt.h"

#include "domain/Taxonomy.h"
#include "triage/TriageJsonLines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

using namespace dispatch;

namespace {

struct Case
{
    QString id;
    QString kind;
    int item = 0;
    QJsonObject input;
    QJsonObject expect;
};

QList<Case> loadCases(const QString& name)
{
    QFile f(QStringLiteral(DISPATCH_TEST_DATA "/triage/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QList<Case> cases;
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray raw = f.readLine().trimmed();
        ++line;
        if (raw.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        INFO(name.toStdString() << ":" << line);
        REQUIRE(!o.isEmpty());
        cases.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("kind")).toString(),
                      o.value(QStringLiteral("item")).toInt(), o.value(QStringLiteral("input")).toObject(),
                      o.value(QStringLiteral("expect")).toObject()});
    }
    return cases;
}

} // namespace

TEST_CASE("the golden cases cover every category and the whole diversion catalogue", "[triage][golden]")
{
    const QList<Case> cases = loadCases(QStringLiteral("cases.jsonl"));
    CHECK(cases.size() >= 150);
    QMap<QString, int> byCategory;
    QMap<int, int> divertByItem;
    QSet<int> lookalikeItems;
    int lookalikes = 0;
    for (const Case& c : cases) {
        ++byCategory[c.expect.value(QStringLiteral("category")).toString()];
        if (c.kind == QLatin1String("divert"))
            ++divertByItem[c.item];
        if (c.kind == QLatin1String("lookalike")) {
            ++lookalikes;
            lookalikeItems.insert(c.item);
            CHECK(c.expect.value(QStringLiteral("divert_to")).isNull());
        }
    }
    for (const Taxonomy::Entry& cat : Taxonomy::builtin().categories()) {
        INFO(cat.code.toStdString());
        CHECK(byCategory.value(cat.code) >= 5);
    }
    for (int item = 1; item <= 24; ++item) {
        INFO("diversion item " << item);
        CHECK(divertByItem.value(item) >= 2);
    }
    CHECK(lookalikes >= 40);
    CHECK(lookalikeItems.size() >= 15);
}

TEST_CASE("every golden case gets the expected category, priority, diversion and mediation", "[triage][golden]")
{
    const TriageJsonLines protocol(TriageEngine::builtin(), {}, QTimeZone("Asia/Shanghai"));
    int line = 0;
    const QString file = GENERATE(QStringLiteral("cases.jsonl"), QStringLiteral("holdout.jsonl"), QStringLiteral("danger.jsonl"));
    for (const Case& c : loadCases(file)) {
        ++line;
        const QJsonObject got = protocol.answer(QJsonDocument(c.input).toJson(QJsonDocument::Compact), line);
        INFO(c.id.toStdString() << ": " << c.input.value(QStringLiteral("text")).toString().toStdString()
                                << "\n  why: " << got.value(QStringLiteral("why")).toString().toStdString());
        REQUIRE_FALSE(got.contains(QStringLiteral("error")));
        CHECK(got.value(QStringLiteral("category")) == c.expect.value(QStringLiteral("category")));
        CHECK(got.value(QStringLiteral("priority")) == c.expect.value(QStringLiteral("priority")));
        CHECK(got.value(QStringLiteral("divert_to")) == c.expect.value(QStringLiteral("divert_to")));
        CHECK(got.value(QStringLiteral("mediation")) == c.expect.value(QStringLiteral("mediation")));
        CHECK_FALSE(got.value(QStringLiteral("rules")).toArray().isEmpty());
    }
}

TEST_CASE("no look-alike call with a danger sign is ever diverted", "[triage][golden]")
{
    // The safety property on its own: whatever the category, a look-alike stays with the police.
    const TriageJsonLines protocol(TriageEngine::builtin(), {}, QTimeZone("Asia/Shanghai"));
    const QString file = GENERATE(QStringLiteral("cases.jsonl"), QStringLiteral("holdout.jsonl"), QStringLiteral("danger.jsonl"));
    for (const Case& c : loadCases(file)) {
        if (c.kind != QLatin1String("lookalike"))
            continue;
        const QJsonObject got = protocol.answer(QJsonDocument(c.input).toJson(QJsonDocument::Compact), 1);
        INFO(c.id.toStdString());
        CHECK(got.value(QStringLiteral("divert_to")).isNull());
        CHECK(got.value(QStringLiteral("category")) != QStringLiteral("non_police"));
    }
}

TEST_CASE("the built-in theft and fight patterns keep their exclusions without look-around", "[triage][golden]")
{
    const TriageEngine& e = *TriageEngine::builtin();
    const auto fires = [&](const QString& text, const char* id) {
        return e.evaluate({QStringLiteral("110"), text, 0, 600}).ruleIds().contains(QString::fromLatin1(id));
    };
    CHECK(fires(QStringLiteral("我的车被偷了"), "crime-theft"));
    CHECK(fires(QStringLiteral("有人偷"), "crime-theft"));
    CHECK(fires(QStringLiteral("偷东西"), "crime-theft"));
    CHECK_FALSE(fires(QStringLiteral("他偷偷看了我一眼"), "crime-theft"));
    CHECK_FALSE(fires(QStringLiteral("工厂晚上偷排污水"), "crime-theft"));
    CHECK_FALSE(fires(QStringLiteral("有人在更衣室偷拍"), "crime-theft"));
    CHECK(fires(QStringLiteral("他把我弟弟打了"), "order-fight"));
    CHECK(fires(QStringLiteral("把人打"), "order-fight"));
    CHECK(fires(QStringLiteral("他把我打电脑的手拽住"), "order-fight"));
    CHECK_FALSE(fires(QStringLiteral("请把门打开"), "order-fight"));
    CHECK_FALSE(fires(QStringLiteral("我想把这事打电话问问"), "order-fight"));
    CHECK_FALSE(fires(QStringLiteral("把店打烊了"), "order-fight"));
}
