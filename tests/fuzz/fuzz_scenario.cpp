// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a training scenario (JSON: calls, their times, places, callers, the truth behind them).
#include "training/Scenario.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    dispatch::Scenario::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                 QStringLiteral("fuzz.json"));
    return 0;
}
