// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/LedgerEntry.h"

namespace dispatch {

QString LedgerEntry::place() const
{
    if (!address.isEmpty())
        return address;
    if (position)
        return QStringLiteral("%1, %2").arg(position->lat, 0, 'f', 5).arg(position->lon, 0, 'f', 5);
    return LedgerCodes::tr("(no place given)");
}

const QStringList& LedgerCodes::classes()
{
    static const QStringList all{QStringLiteral("gambling"), QStringLiteral("drunk"), QStringLiteral("noise"),
                                 QStringLiteral("venue"), QStringLiteral("other")};
    return all;
}

QString LedgerCodes::classLabel(const QString& cls)
{
    if (cls == QLatin1String("gambling"))
        return tr("gambling");
    if (cls == QLatin1String("drunk"))
        return tr("drunkenness");
    if (cls == QLatin1String("noise"))
        return tr("noise");
    if (cls == QLatin1String("venue"))
        return tr("venue");
    return tr("other");
}

QString LedgerCodes::markLabel(const QString& mark)
{
    if (mark == QLatin1String("same_event"))
        return tr("repeated reports of one event");
    if (mark == QLatin1String("recurred"))
        return tr("recurring after disposal");
    if (mark == QLatin1String("frequent"))
        return tr("recurring at one place");
    return mark;
}

} // namespace dispatch
