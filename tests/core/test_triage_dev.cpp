// SPDX-License-Identifier: GPL-3.0-or-later
// The triage development sets (tests/data/triage/dev.jsonl and danger-holdout.jsonl: calls written in the manner of
// real callers, apart from the rules; see tests/data/triage/README.md): per category precision and recall, the
// priority confusion, and the police matters diverted, which must be none. Every change to the rules or the danger
// signs shows its effect here (the figures are printed; DISPATCH_TRIAGE_DEV_WRONG=1 lists every call not right).
#include "CatchQt.h"

#include "triage/TriageJsonLines.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace dispatch;

TEST_CASE("the development set: no police matter diverted, and the figures of every category and priority",
          "[triage][dev]")
{
    const TriageJsonLines protocol(TriageEngine::builtin(), {}, QTimeZone("Asia/Shanghai"));
    const QString file = GENERATE(QStringLiteral("dev.jsonl"), QStringLiteral("danger-holdout.jsonl"));
    QFile f(QStringLiteral(DISPATCH_TEST_DATA "/triage/") + file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    struct Counts
    {
        int truePositive = 0, expected = 0, proposed = 0;
    };
    QMap<QString, Counts> byCategory;
    int confusion[5][5] = {};
    int calls = 0, exact = 0, policeDiverted = 0, diversions = 0, diversionsRight = 0;
    QStringList diverted, wrong;
    for (int line = 1; !f.atEnd(); ++line) {
        const QByteArray raw = f.readLine().trimmed();
        if (raw.isEmpty())
            continue;
        const QJsonObject c = QJsonDocument::fromJson(raw).object();
        INFO(file.toStdString() << ":" << line);
        REQUIRE_FALSE(c.isEmpty());
        const QJsonObject expect = c.value(QStringLiteral("expect")).toObject();
        const QJsonObject got = protocol.answer(QJsonDocument(c.value(QStringLiteral("input")).toObject()).toJson(), line);
        REQUIRE_FALSE(got.contains(QStringLiteral("error")));
        ++calls;
        const QString want = expect.value(QStringLiteral("category")).toString();
        const QString said = got.value(QStringLiteral("category")).toString();
        ++byCategory[want].expected;
        ++byCategory[said].proposed;
        if (want == said)
            ++byCategory[want].truePositive;
        const int wantPriority = expect.value(QStringLiteral("priority")).toInt();
        const int saidPriority = got.value(QStringLiteral("priority")).toInt();
        REQUIRE(wantPriority >= 1);
        REQUIRE(wantPriority <= 4);
        REQUIRE(saidPriority >= 1);
        REQUIRE(saidPriority <= 4);
        ++confusion[wantPriority][saidPriority];
        const QJsonValue wantDivert = expect.value(QStringLiteral("divert_to"));
        const QJsonValue saidDivert = got.value(QStringLiteral("divert_to"));
        const QString id = c.value(QStringLiteral("id")).toString();
        if (wantDivert.isNull() && !saidDivert.isNull())
            diverted << id + QStringLiteral(" → ") + saidDivert.toString();
        if (!wantDivert.isNull()) {
            ++diversions;
            diversionsRight += saidDivert == wantDivert ? 1 : 0;
        }
        if (want == said && wantPriority == saidPriority && saidDivert == wantDivert
            && got.value(QStringLiteral("mediation")) == expect.value(QStringLiteral("mediation")))
            ++exact;
        else
            wrong << QStringLiteral("%1 (%2 P%3 → %4 P%5): %6")
                         .arg(id, want)
                         .arg(wantPriority)
                         .arg(said)
                         .arg(saidPriority)
                         .arg(got.value(QStringLiteral("why")).toString());
    }
    policeDiverted = int(diverted.size());

    QStringList report{QStringLiteral("%1: %2 calls, %3 right on all four fields; police matters diverted: %4; "
                                      "diversions right: %5 of %6")
                           .arg(file)
                           .arg(calls)
                           .arg(exact)
                           .arg(policeDiverted)
                           .arg(diversionsRight)
                           .arg(diversions)};
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        const Counts& n = *it;
        report << QStringLiteral("  %1: precision %2/%3, recall %4/%5")
                      .arg(it.key(), -14)
                      .arg(n.truePositive)
                      .arg(n.proposed)
                      .arg(n.truePositive)
                      .arg(n.expected);
    }
    report << QStringLiteral("  priority (rows expected P1–P4, columns proposed P1–P4):");
    for (int want = 1; want <= 4; ++want)
        report << QStringLiteral("    P%1: %2 %3 %4 %5")
                      .arg(want)
                      .arg(confusion[want][1], 3)
                      .arg(confusion[want][2], 3)
                      .arg(confusion[want][3], 3)
                      .arg(confusion[want][4], 3);
    if (qEnvironmentVariableIsSet("DISPATCH_TRIAGE_DEV_WRONG"))
        report << wrong;
    WARN(report.join(u'\n').toStdString());
    INFO(diverted.join(u'\n').toStdString());
    CHECK(policeDiverted == 0);
}
