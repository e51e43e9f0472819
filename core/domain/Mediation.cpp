// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Mediation.h"

namespace dispatch {

QString MediationCodes::code(MediationOutcome o)
{
    switch (o) {
    case MediationOutcome::None: return {};
    case MediationOutcome::Settled: return QStringLiteral("settled");
    case MediationOutcome::NotSettled: return QStringLiteral("not_settled");
    case MediationOutcome::Referred: return QStringLiteral("referred");
    }
    return {};
}

std::optional<MediationOutcome> MediationCodes::outcomeFromCode(const QString& code)
{
    for (auto o : {MediationOutcome::None, MediationOutcome::Settled, MediationOutcome::NotSettled, MediationOutcome::Referred})
        if (MediationCodes::code(o) == code)
            return o;
    return std::nullopt;
}

QString MediationCodes::label(MediationOutcome o)
{
    switch (o) {
    case MediationOutcome::None: return tr("open");
    case MediationOutcome::Settled: return tr("settled");
    case MediationOutcome::NotSettled: return tr("not settled");
    case MediationOutcome::Referred: return tr("referred");
    }
    return {};
}

} // namespace dispatch
