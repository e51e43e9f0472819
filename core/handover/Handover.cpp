// SPDX-License-Identifier: GPL-3.0-or-later
#include "handover/Handover.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace dispatch {

QString HandoverCodes::code(HandoverState s)
{
    switch (s) {
    case HandoverState::Draft: return QStringLiteral("draft");
    case HandoverState::Signed: return QStringLiteral("signed");
    case HandoverState::Rejected: return QStringLiteral("rejected");
    case HandoverState::Accepted: return QStringLiteral("accepted");
    }
    return {};
}

std::optional<HandoverState> HandoverCodes::fromCode(const QString& code)
{
    for (auto s : {HandoverState::Draft, HandoverState::Signed, HandoverState::Rejected, HandoverState::Accepted})
        if (HandoverCodes::code(s) == code)
            return s;
    return std::nullopt;
}

QString HandoverCodes::label(HandoverState s)
{
    switch (s) {
    case HandoverState::Draft: return tr("draft");
    case HandoverState::Signed: return tr("signed, to accept");
    case HandoverState::Rejected: return tr("rejected, to fix");
    case HandoverState::Accepted: return tr("accepted");
    }
    return {};
}

std::optional<HandoverReport> Handover::report() const
{
    return HandoverReport::fromJson(QJsonDocument::fromJson(content).object());
}

QString Handover::computeHash() const
{
    const QByteArrayList parts{QByteArrayLiteral("handover"), QByteArray::number(shiftStartMs), QByteArray::number(shiftEndMs),
                               content, outgoingUser.toUtf8(), QByteArray::number(signedAtMs), incomingUser.toUtf8(),
                               QByteArray::number(acceptedAtMs)};
    return QString::fromLatin1(QCryptographicHash::hash(parts.join('\n'), QCryptographicHash::Sha256).toHex());
}

} // namespace dispatch
