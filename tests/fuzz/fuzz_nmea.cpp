// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: NMEA-0183 lines, live or replayed (NmeaDecoder), one stream of lines per input.
#include "avl/NmeaDecoder.h"

#include <QByteArrayView>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    dispatch::NmeaDecoder decoder;
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    qsizetype start = 0;
    while (start <= input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        decoder.decode(input.sliced(start, end - start));
        start = end + 1;
    }
    return 0;
}
