// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a centre's triage rules file (JSON with RE2 patterns); a set that loads is then run over a call.
#include "triage/TriageEngine.h"
#include "triage/TriageRules.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto rules = dispatch::TriageRuleSet::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                                   QStringLiteral("fuzz-rules.json"));
    if (rules) {
        const dispatch::TriageEngine engine(*rules);
        dispatch::TriageInput call;
        call.text = QStringLiteral("两伙人在夜市斗殴，有人持刀，一人受伤");
        engine.evaluate(call);
    }
    return 0;
}
