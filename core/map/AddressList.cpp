// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/AddressList.h"

#include "history/CsvReader.h"
#include "util/ForeignText.h"
#include "util/Result.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace dispatch {

AddressListProfile AddressListProfile::fromJson(const QByteArray& json, const QString& path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        throw DispatchError(tr("not a JSON object (%1 at byte %2)").arg(error.errorString()).arg(error.offset), path);
    const QJsonObject o = doc.object();
    AddressListProfile p;
    static const QStringList known{QStringLiteral("address"), QStringLiteral("lat"), QStringLiteral("lon"),
                                   QStringLiteral("separator"), QStringLiteral("encoding"), QStringLiteral("description")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            throw DispatchError(tr("unknown key \"%1\" (address, lat, lon, separator, encoding, description)").arg(it.key()),
                                QStringLiteral("%1: %2").arg(path, it.key()));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            throw DispatchError(tr("must be a text that is not empty"), QStringLiteral("%1: %2").arg(path, it.key()));
    }
    p.address = o.value(QStringLiteral("address")).toString(p.address);
    p.lat = o.value(QStringLiteral("lat")).toString(p.lat);
    p.lon = o.value(QStringLiteral("lon")).toString(p.lon);
    const QString sep = o.value(QStringLiteral("separator")).toString(QStringLiteral(","));
    if (sep == QLatin1String("\\t") || sep == QLatin1String("\t"))
        p.separator = '\t';
    else if (sep.size() == 1 && sep.at(0).unicode() < 128)
        p.separator = char(sep.at(0).unicode());
    else
        throw DispatchError(tr("one character, such as \",\" or \";\" or \"\\t\""), QStringLiteral("%1: separator").arg(path));
    const QString enc = o.value(QStringLiteral("encoding")).toString(p.encoding).toUpper();
    if (enc == QLatin1String("UTF-8") || enc == QLatin1String("UTF8"))
        p.encoding = QStringLiteral("UTF-8");
    else if (enc == QLatin1String("GB18030") || enc == QLatin1String("GBK") || enc == QLatin1String("GB2312"))
        p.encoding = QStringLiteral("GB18030");
    else
        throw DispatchError(tr("\"%1\" is not an encoding taken here (UTF-8 or GB18030)").arg(enc),
                            QStringLiteral("%1: encoding").arg(path));
    return p;
}

AddressList AddressList::read(const QByteArray& bytes, const QString& fileName, const AddressListProfile& profile)
{
    AddressList out;
    out.source = QFileInfo(fileName).fileName();
    out.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (profile.encoding != QLatin1String("UTF-8")) {
        QStringDecoder decoder(profile.encoding.toLatin1().constData());
        const QString decoded = decoder.decode(text);
        if (!decoder.isValid() || decoder.hasError())
            throw DispatchError(tr("not %1 text").arg(profile.encoding), fileName);
        text = decoded.toUtf8();
    }
    CsvReader reader(text, profile.separator);
    QList<QByteArrayView> fields;
    if (!reader.next(fields))
        throw DispatchError(tr("the file is empty"), fileName);
    QHash<QString, int> header;
    for (int i = 0; i < fields.size(); ++i)
        header.insert(QString::fromUtf8(fields[i]).trimmed(), i);
    auto column = [&](const QString& name, const char* role) {
        const auto it = header.constFind(name);
        if (it == header.cend())
            throw DispatchError(tr("no column \"%1\" in the header (the profile's \"%2\")").arg(name, QLatin1String(role)),
                                tr("%1: line 1").arg(fileName));
        return *it;
    };
    const int address = column(profile.address, "address");
    const int lat = column(profile.lat, "lat");
    const int lon = column(profile.lon, "lon");
    while (reader.next(fields)) {
        if (fields.size() == 1 && fields.front().trimmed().isEmpty())
            continue; // a blank line
        const QString where = tr("%1: line %2").arg(fileName).arg(reader.line());
        if (reader.unterminatedQuote())
            throw DispatchError(tr("a quote is opened and never closed"), where);
        for (const QByteArrayView f : fields)
            if (!f.isValidUtf8())
                throw DispatchError(profile.encoding == QLatin1String("UTF-8")
                                        ? tr("not UTF-8 text (a list in GBK needs \"encoding\": \"GB18030\" in the profile)")
                                        : tr("not %1 text").arg(profile.encoding),
                                    where);
        auto field = [&](int i) { return i < fields.size() ? QString::fromUtf8(fields[i]).trimmed() : QString(); };
        const QString a = ForeignText::clean(field(address)).simplified();
        if (a.isEmpty())
            throw DispatchError(tr("the address (column \"%1\") is empty").arg(profile.address), where);
        bool okLat = false, okLon = false;
        const double la = field(lat).toDouble(&okLat), lo = field(lon).toDouble(&okLon);
        if (!okLat || la < -90 || la > 90)
            throw DispatchError(tr("the latitude (column \"%1\") is \"%2\": a number from -90 to 90")
                                    .arg(profile.lat, field(lat)),
                                where);
        if (!okLon || lo < -180 || lo > 180)
            throw DispatchError(tr("the longitude (column \"%1\") is \"%2\": a number from -180 to 180")
                                    .arg(profile.lon, field(lon)),
                                where);
        if (a.size() > 200)
            throw DispatchError(tr("the address is longer than 200 characters"), where);
        out.entries.append({QStringLiteral("list"), QStringLiteral("address"), a, GeoPoint{la, lo}});
    }
    if (out.entries.isEmpty())
        throw DispatchError(tr("the list has no address"), fileName);
    return out;
}

} // namespace dispatch
