// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a CAD export read through the shipped San Francisco profile (CsvReader, the profile's columns, times,
// codes and coordinates); a file refused whole is a DispatchError, anything else a finding.
#include "history/CadImport.h"
#include "history/ImportProfile.h"
#include "util/Result.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const dispatch::ImportProfile profile = [] {
        auto p = dispatch::ImportProfile::fromFile(QStringLiteral(":/dispatch/import/sf-fire-calls.json"));
        if (!p)
            std::abort();
        return *p;
    }();
    try {
        dispatch::CadImport::parse(profile, QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
                                   QStringLiteral("fuzz.csv"));
    } catch (const dispatch::DispatchError&) {
    }
    return 0;
}
