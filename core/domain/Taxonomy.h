// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace dispatch {

/// The centre's codes: source lines, categories, priorities, response-circle tiers and unit types.
/// Codes are stable identifiers; each has a label in Chinese and English (data, editable by the centre).
class Taxonomy
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::Taxonomy)

public:
    struct Entry
    {
        QString code;
        QString zh;
        QString en;
    };
    struct Tier
    {
        int tier = 0;
        QString zh;
        QString en;
        int arrivalSeconds = 0;
    };

    static Result<Taxonomy> fromJson(const QByteArray& json, const QString& sourceName);
    /// The taxonomy shipped in resources/taxonomy.json.
    static const Taxonomy& builtin();

    const QList<Entry>& lines() const { return m_lines; }
    const QList<Entry>& categories() const { return m_categories; }
    const QList<Entry>& priorities() const { return m_priorities; } ///< code is "1".."4"
    const QList<Tier>& tiers() const { return m_tiers; }
    const QList<Entry>& unitTypes() const { return m_unitTypes; }
    const QList<Entry>& agencies() const { return m_agencies; } ///< linked agencies calls are diverted to
    /// How an incident was disposed of, as the unit reports it with its feedback (处置结果).
    const QList<Entry>& dispositions() const { return m_dispositions; }

    bool hasLine(const QString& code) const { return find(m_lines, code) != nullptr; }
    bool hasCategory(const QString& code) const { return find(m_categories, code) != nullptr; }
    bool hasUnitType(const QString& code) const { return find(m_unitTypes, code) != nullptr; }
    bool hasAgency(const QString& code) const { return find(m_agencies, code) != nullptr; }
    bool hasDisposition(const QString& code) const { return find(m_dispositions, code) != nullptr; }
    const Tier* tier(int tier) const;

    /// Labels in the requested language ("zh_CN" or anything else for English); the code if unknown.
    QString lineLabel(const QString& code, const QString& lang) const { return label(m_lines, code, lang); }
    QString categoryLabel(const QString& code, const QString& lang) const { return label(m_categories, code, lang); }
    QString priorityLabel(int level, const QString& lang) const;
    QString tierLabel(int tier, const QString& lang) const;
    QString unitTypeLabel(const QString& code, const QString& lang) const { return label(m_unitTypes, code, lang); }
    QString agencyLabel(const QString& code, const QString& lang) const { return label(m_agencies, code, lang); }
    QString dispositionLabel(const QString& code, const QString& lang) const
    {
        return label(m_dispositions, code, lang);
    }

private:
    static const Entry* find(const QList<Entry>& list, const QString& code);
    static QString label(const QList<Entry>& list, const QString& code, const QString& lang);

    QList<Entry> m_lines, m_categories, m_priorities, m_unitTypes, m_agencies, m_dispositions;
    QList<Tier> m_tiers;
};

} // namespace dispatch
