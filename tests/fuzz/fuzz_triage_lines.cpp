// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: calls as JSON Lines for triage (dispatchctl triage), each line read and answered by the built-in rules.
#include "triage/TriageEngine.h"
#include "triage/TriageJsonLines.h"

#include <QByteArray>
#include <QTimeZone>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const dispatch::TriageJsonLines lines(dispatch::TriageEngine::builtin(), {}, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    int number = 0;
    for (const QByteArray& line : input.split('\n'))
        lines.answer(line, ++number);
    return 0;
}
