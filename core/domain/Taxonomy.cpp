// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Taxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dispatch {

namespace {

bool isChinese(const QString& lang)
{
    return lang.startsWith(QStringLiteral("zh"));
}

Result<QList<Taxonomy::Entry>> readEntries(const QJsonObject& root, const QString& key, const QString& codeKey,
                                           const QString& source)
{
    const QJsonValue v = root.value(key);
    if (!v.isArray())
        return Error{Taxonomy::tr("missing array \"%1\"").arg(key), source};
    QList<Taxonomy::Entry> out;
    const QJsonArray arr = v.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonObject o = arr.at(i).toObject();
        const QJsonValue c = o.value(codeKey);
        const QString code = c.isDouble() ? QString::number(c.toInt()) : c.toString();
        if (code.isEmpty())
            return Error{Taxonomy::tr("entry without \"%1\"").arg(codeKey),
                         source + QStringLiteral(": %1[%2]").arg(key).arg(i)};
        for (const auto& e : out)
            if (e.code == code)
                return Error{Taxonomy::tr("duplicate code \"%1\"").arg(code),
                             source + QStringLiteral(": %1[%2]").arg(key).arg(i)};
        out.append({code, o.value(QStringLiteral("zh_CN")).toString(), o.value(QStringLiteral("en")).toString()});
    }
    return out;
}

} // namespace

Result<Taxonomy> Taxonomy::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return Error{tr("not valid JSON: %1 (at byte %2)").arg(perr.errorString()).arg(perr.offset), source};
    const QJsonObject root = doc.object();
    Taxonomy t;
    auto lines = readEntries(root, QStringLiteral("lines"), QStringLiteral("code"), source);
    if (!lines)
        return lines.error();
    auto cats = readEntries(root, QStringLiteral("categories"), QStringLiteral("code"), source);
    if (!cats)
        return cats.error();
    auto prios = readEntries(root, QStringLiteral("priorities"), QStringLiteral("level"), source);
    if (!prios)
        return prios.error();
    auto types = readEntries(root, QStringLiteral("unit_types"), QStringLiteral("code"), source);
    if (!types)
        return types.error();
    auto agencies = readEntries(root, QStringLiteral("agencies"), QStringLiteral("code"), source);
    if (!agencies)
        return agencies.error();
    auto dispositions = readEntries(root, QStringLiteral("dispositions"), QStringLiteral("code"), source);
    if (!dispositions)
        return dispositions.error();
    t.m_dispositions = std::move(dispositions).value();
    t.m_lines = std::move(lines).value();
    t.m_agencies = std::move(agencies).value();
    t.m_categories = std::move(cats).value();
    t.m_priorities = std::move(prios).value();
    t.m_unitTypes = std::move(types).value();
    const QJsonArray tiers = root.value(QStringLiteral("tiers")).toArray();
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QJsonObject o = tiers.at(i).toObject();
        Tier tier{o.value(QStringLiteral("tier")).toInt(), o.value(QStringLiteral("zh_CN")).toString(),
                  o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("arrival_seconds")).toInt()};
        if (tier.tier < 1 || tier.tier > 5 || tier.arrivalSeconds <= 0)
            return Error{tr("a tier needs \"tier\" 1..5 and a positive \"arrival_seconds\""),
                         source + QStringLiteral(": tiers[%1]").arg(i)};
        t.m_tiers.append(tier);
    }
    return t;
}

const Taxonomy& Taxonomy::builtin()
{
    static const Taxonomy instance = [] {
        QFile f(QStringLiteral(":/dispatch/taxonomy.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the built-in taxonomy resource is missing");
        auto t = fromJson(f.readAll(), f.fileName());
        if (!t)
            qFatal("the built-in taxonomy is invalid: %s", qPrintable(t.errorString()));
        return std::move(t).value();
    }();
    return instance;
}

const Taxonomy::Tier* Taxonomy::tier(int tier) const
{
    for (const auto& t : m_tiers)
        if (t.tier == tier)
            return &t;
    return nullptr;
}

QString Taxonomy::priorityLabel(int level, const QString& lang) const
{
    return label(m_priorities, QString::number(level), lang);
}

QString Taxonomy::tierLabel(int tierNo, const QString& lang) const
{
    const Tier* t = tier(tierNo);
    if (!t)
        return QString::number(tierNo);
    return isChinese(lang) ? t->zh : t->en;
}

const Taxonomy::Entry* Taxonomy::find(const QList<Entry>& list, const QString& code)
{
    for (const auto& e : list)
        if (e.code == code)
            return &e;
    return nullptr;
}

QString Taxonomy::label(const QList<Entry>& list, const QString& code, const QString& lang)
{
    const Entry* e = find(list, code);
    if (!e)
        return code;
    const QString& l = isChinese(lang) ? e->zh : e->en;
    return l.isEmpty() ? code : l;
}

} // namespace dispatch
