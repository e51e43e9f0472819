// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Supervision.h"

namespace dispatch {

QString SupervisionCodes::code(SupervisionSubject s)
{
    switch (s) {
    case SupervisionSubject::Incident: return QStringLiteral("incident");
    case SupervisionSubject::Rectification: return QStringLiteral("rectification");
    case SupervisionSubject::Callback: return QStringLiteral("callback");
    case SupervisionSubject::Transfer: return QStringLiteral("transfer");
    case SupervisionSubject::Instruction: return QStringLiteral("instruction");
    case SupervisionSubject::Ledger: return QStringLiteral("ledger");
    }
    return {};
}

std::optional<SupervisionSubject> SupervisionCodes::subjectFromCode(const QString& code)
{
    for (auto s : {SupervisionSubject::Incident, SupervisionSubject::Rectification, SupervisionSubject::Callback,
                   SupervisionSubject::Transfer, SupervisionSubject::Instruction, SupervisionSubject::Ledger})
        if (SupervisionCodes::code(s) == code)
            return s;
    return std::nullopt;
}

QString SupervisionCodes::label(SupervisionSubject s)
{
    switch (s) {
    case SupervisionSubject::Incident: return tr("Incident");
    case SupervisionSubject::Rectification: return tr("Rectification");
    case SupervisionSubject::Callback: return tr("Callback");
    case SupervisionSubject::Transfer: return tr("Transfer");
    case SupervisionSubject::Instruction: return tr("Instruction");
    case SupervisionSubject::Ledger: return tr("Repeat-ledger entry");
    }
    return {};
}

QString SupervisionCodes::code(SupervisionMethod m)
{
    switch (m) {
    case SupervisionMethod::Online: return QStringLiteral("online");
    case SupervisionMethod::Instruction: return QStringLiteral("instruction");
    case SupervisionMethod::Phone: return QStringLiteral("phone");
    }
    return {};
}

std::optional<SupervisionMethod> SupervisionCodes::methodFromCode(const QString& code)
{
    for (auto m : {SupervisionMethod::Online, SupervisionMethod::Instruction, SupervisionMethod::Phone})
        if (SupervisionCodes::code(m) == code)
            return m;
    return std::nullopt;
}

QString SupervisionCodes::label(SupervisionMethod m)
{
    switch (m) {
    case SupervisionMethod::Online: return tr("online");
    case SupervisionMethod::Instruction: return tr("by instruction");
    case SupervisionMethod::Phone: return tr("by phone");
    }
    return {};
}

} // namespace dispatch
