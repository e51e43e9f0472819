// SPDX-License-Identifier: GPL-3.0-or-later
// Triage throughput: decisions per second with the built-in rules and with 1,000 rules, each against a
// baseline measured in the same run: a bare loop that folds the same texts and searches each text for
// every keyword of the same rules once (the least any keyword engine must do).
// Loading a rules file: 5,000 and 50,000 rules against a bare QJsonDocument parse of the same bytes (the
// least any loader must do); the ratio staying flat from 5,000 to 50,000 rules shows loading is linear.
// Run: ctest --test-dir build -C bench -L bench -V   (or build/tests/bench_triage)
#include "triage/TriageEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace dispatch;

namespace {

QStringList goldenTexts()
{
    QFile f(QStringLiteral(DISPATCH_TEST_DATA "/triage/cases.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the golden cases");
    QStringList texts;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        texts << o.value(QStringLiteral("input")).toObject().value(QStringLiteral("text")).toString();
    }
    return texts;
}

/// The built-in rules followed by generated keyword rules up to `total` (a centre with many local rules).
QByteArray thousandRules(int total)
{
    QFile f(QStringLiteral(":/dispatch/triage/rules.json"));
    f.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    const QStringList places{QStringLiteral("小区"), QStringLiteral("市场"), QStringLiteral("学校"), QStringLiteral("车站"),
                             QStringLiteral("医院"), QStringLiteral("广场"), QStringLiteral("酒吧"), QStringLiteral("工地")};
    const QStringList things{QStringLiteral("吵"), QStringLiteral("堵"), QStringLiteral("围"), QStringLiteral("闹"),
                             QStringLiteral("烧"), QStringLiteral("砸"), QStringLiteral("摔"), QStringLiteral("骂")};
    for (int i = int(rules.size()); i < total; ++i) {
        const QString a = places[i % places.size()] + QString::number(i);
        const QString b = things[(i / 8) % things.size()] + QString::number(i % 97);
        rules.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("local-%1").arg(i)},
            {QStringLiteral("when"), QJsonObject{{QStringLiteral("any"), QJsonArray{a, b, QString(a + b)}},
                                                  {QStringLiteral("exclude"), QJsonArray{QStringLiteral("测试%1").arg(i)}}}},
            {QStringLiteral("then"), QJsonObject{{QStringLiteral("priority"), 1 + i % 4}}}});
    }
    root.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(root).toJson();
}

struct Run
{
    double perSecond = 0;
    double baselinePerSecond = 0;
};

Run measure(const TriageEngine& engine, const QStringList& texts, int rounds)
{
    // Every keyword of the rules, for the baseline.
    QStringList keywords;
    for (const TriageRule& r : engine.rules().rules()) {
        keywords << r.any << r.exclude;
        for (const QStringList& alt : r.all)
            keywords << alt;
    }
    int sink = 0;
    QElapsedTimer t;
    t.start();
    for (int round = 0; round < rounds; ++round)
        for (const QString& text : texts)
            sink += engine.evaluate({QStringLiteral("110"), text, 3, 600}).priority;
    const double engineSeconds = double(t.nsecsElapsed()) / 1e9;
    t.start();
    for (int round = 0; round < rounds; ++round)
        for (const QString& text : texts) {
            const QString folded = normaliseForMatch(text);
            for (const QString& k : keywords)
                sink += folded.contains(k) ? 1 : 0;
        }
    const double baseSeconds = double(t.nsecsElapsed()) / 1e9;
    if (sink == 42)
        std::puts("");
    const double decisions = double(rounds) * double(texts.size());
    return {decisions / engineSeconds, decisions / baseSeconds};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList texts = goldenTexts();
    const TriageEngine& builtin = *TriageEngine::builtin();
    const Run small = measure(builtin, texts, 200);
    std::printf("triage, built-in rules (%d rules, %d texts): %.0f decisions/s; baseline keyword scan %.0f/s; "
                "ratio %.2f\n",
                int(builtin.rules().rules().size()), int(texts.size()), small.perSecond, small.baselinePerSecond,
                small.baselinePerSecond / small.perSecond);

    Result<TriageRuleSet> many = TriageRuleSet::fromJson(thousandRules(1000), QStringLiteral("generated"));
    if (!many)
        qFatal("generated rules refused: %s", qPrintable(many.errorString()));
    const TriageEngine big(std::move(many).value());
    const Run large = measure(big, texts, 20);
    std::printf("triage, 1,000 rules: %.0f decisions/s; baseline keyword scan %.0f/s; ratio %.2f\n", large.perSecond,
                large.baselinePerSecond, large.baselinePerSecond / large.perSecond);

    for (const int count : {5000, 50000}) {
        const QByteArray json = thousandRules(count);
        QElapsedTimer t;
        t.start();
        const QJsonDocument bare = QJsonDocument::fromJson(json);
        const double bareMs = double(t.nsecsElapsed()) / 1e6;
        t.start();
        const Result<TriageRuleSet> loaded = TriageRuleSet::fromJson(json, QStringLiteral("generated"));
        const double loadMs = double(t.nsecsElapsed()) / 1e6;
        if (!loaded || bare.isNull())
            qFatal("generated rules refused: %s", qPrintable(loaded.errorString()));
        std::printf("loading %d rules (%.1f MB): %.0f ms; bare JSON parse %.0f ms; ratio %.2f\n", count,
                    double(json.size()) / 1e6, loadMs, bareMs, loadMs / bareMs);
    }
    return 0;
}
