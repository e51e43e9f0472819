// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: an EIDO file from another centre (one document or an array): read, and each document written back out as
// a handed-in incident (the sender's document with this centre's changes added).
#include "domain/Places.h"
#include "interchange/Eido.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto read = dispatch::EidoReader::read(json, QStringLiteral("fuzz.eido.json"));
    if (!read)
        return 0;
    for (const dispatch::EidoHandIn& h : *read) {
        dispatch::EidoSource s;
        s.incident.number = QStringLiteral("20261122-00001");
        s.incident.category = h.draft.category;
        s.incident.priority = h.draft.priority;
        s.incident.address = h.draft.address;
        s.incident.position = h.draft.position;
        s.incident.rowVersion = 2;
        s.agencyId = QStringLiteral("fuzz.dispatch.local");
        s.zone = QTimeZone::utc();
        s.receipt = dispatch::EidoReceipt{h.document, 1, QString(), std::nullopt};
        dispatch::EidoWriter::write(s);
    }
    return 0;
}
