// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Incident.h"

namespace dispatch {

QString originCode(IncidentOrigin o)
{
    switch (o) {
    case IncidentOrigin::Live: return QStringLiteral("live");
    case IncidentOrigin::Imported: return QStringLiteral("imported");
    case IncidentOrigin::Exercise: return QStringLiteral("exercise");
    }
    return {};
}

std::optional<IncidentOrigin> originFromCode(const QString& code)
{
    for (auto o : {IncidentOrigin::Live, IncidentOrigin::Imported, IncidentOrigin::Exercise})
        if (originCode(o) == code)
            return o;
    return std::nullopt;
}

} // namespace dispatch
