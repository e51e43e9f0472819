// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TextLimits.h"

#include "util/Result.h"

namespace dispatch {

QString TextLimits::tooLong(const QString& name, qsizetype length, int max)
{
    return tr("%1 is too long: %2 characters, at most %3").arg(name).arg(length).arg(max);
}

void TextLimits::require(const QString& text, int max, const QString& where, const QString& name)
{
    if (text.size() > max)
        throw DispatchError(tooLong(name, text.size(), max), where);
}

} // namespace dispatch
