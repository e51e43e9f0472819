// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMimeData>
#include <QString>

namespace dispatch::ui::UnitDrag {

/// Units dragged from the roster carry their ids under this MIME type, comma separated.
inline QString mimeType()
{
    return QStringLiteral("application/x-dispatch-unit-ids");
}

inline void encode(QMimeData* mime, const QList<qint64>& unitIds)
{
    QByteArray data;
    for (qint64 id : unitIds)
        data += (data.isEmpty() ? "" : ",") + QByteArray::number(id);
    mime->setData(mimeType(), data);
}

inline QList<qint64> decode(const QMimeData* mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(mimeType()))
        return ids;
    for (const QByteArray& part : mime->data(mimeType()).split(','))
        if (const qint64 id = part.toLongLong(); id > 0)
            ids.append(id);
    return ids;
}

} // namespace dispatch::ui::UnitDrag
