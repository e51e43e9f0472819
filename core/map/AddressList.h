// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dispatch {

/// How a centre's own address list (its standard address base, 一标三实) is read: a CSV file with a header, one
/// address and its position a row. A small JSON profile names the columns and the text's encoding; every key may
/// be left out: {"address": "address", "lat": "lat", "lon": "lon", "separator": ",", "encoding": "UTF-8"}.
struct AddressListProfile
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AddressListProfile)

public:
    QString address = QStringLiteral("address");
    QString lat = QStringLiteral("lat");
    QString lon = QStringLiteral("lon");
    char separator = ',';
    QString encoding = QStringLiteral("UTF-8"); ///< or "GB18030" (GBK, GB2312)

    /// The profile in `json`, read from `path`; throws DispatchError naming the key that is wrong.
    static AddressListProfile fromJson(const QByteArray& json, const QString& path);
};

/// An address list as read, whole: a bad row refuses the file (naming its line and column) before anything is written.
struct AddressList
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AddressList)

public:
    QString source; ///< the file's name
    QString sha256;
    QList<GazetteerEntry> entries; ///< source "list", kind "address"

    /// The list in `bytes` (named `fileName` in errors); throws DispatchError.
    static AddressList read(const QByteArray& bytes, const QString& fileName, const AddressListProfile& profile);
};

} // namespace dispatch
