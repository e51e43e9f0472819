// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the telephone system's feed (CTI), JSON Lines: each line read and applied to one desk's calls.
#include "cti/RingingCalls.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray feed(reinterpret_cast<const char*>(data), qsizetype(size));
    dispatch::RingingCalls calls(QStringLiteral("110-01"));
    qint64 now = 1795309200000;
    for (const QByteArray& line : feed.split('\n')) {
        const auto event = dispatch::CtiEvents::parseLine(line);
        if (event)
            calls.apply(*event, now);
        now += 1000;
    }
    calls.ringing();
    calls.abandoned();
    calls.forgetEnded(now, 60000);
    return 0;
}
