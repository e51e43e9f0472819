// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a centre's settings files, the first byte choosing which: the response policy, the warning policy,
// the call-taker's questions, the taxonomy, the shift pattern and an import profile.
#include "clocks/ResponsePolicy.h"
#include "domain/ShiftPattern.h"
#include "domain/Taxonomy.h"
#include "history/ImportProfile.h"
#include "triage/CallQuestions.h"
#include "warnings/WarningPolicy.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray json(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const QString name = QStringLiteral("fuzz.json");
    switch (data[0] % 6) {
    case 0: dispatch::ResponsePolicy::fromJson(json, name); break;
    case 1: dispatch::WarningPolicy::fromJson(json, name); break;
    case 2: dispatch::CallQuestions::fromJson(json, name); break;
    case 3: dispatch::Taxonomy::fromJson(json, name); break;
    case 4: dispatch::ShiftPattern::fromJson(json); break;
    default: dispatch::ImportProfile::fromJson(json, name); break;
    }
    return 0;
}
