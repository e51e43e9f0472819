// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TextLimits.h"

#include "util/Result.h"

#include <algorithm>

namespace dispatch {

QString TextLimits::tooLong(const QString& name, qsizetype length, int max)
{
    return tr("%1 is too long: %2 characters, at most %3").arg(name).arg(length).arg(max);
}

QString TextLimits::elide(const QString& text, int max)
{
    QString line = text.simplified();
    if (line.size() <= max)
        return line;
    line.truncate(std::max(1, max - 1));
    return line + QChar(0x2026);
}

void TextLimits::require(const QString& text, int max, const QString& where, const QString& name)
{
    if (text.size() > max)
        throw DispatchError(tooLong(name, text.size(), max), where);
}

} // namespace dispatch
