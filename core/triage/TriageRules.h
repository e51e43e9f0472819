// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "triage/DangerSigns.h"
#include "triage/TriagePattern.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dispatch {

/// One triage rule: conditions on a call and what it proposes when they all hold.
/// The file format and the order of resolution are documented in resources/triage/README.md.
struct TriageRule
{
    QString id;
    QString description;    ///< shown as the reason (Chinese, as the centre wrote it)
    QString descriptionEn;  ///< optional English reason

    // Conditions ("when"); an empty condition always holds. All present conditions must hold.
    QStringList lines;       ///< source line codes, any of
    QStringList any;         ///< keywords, at least one must appear (normalised)
    QList<QStringList> all;  ///< every entry must appear; an entry is alternatives written "a|b|c" (normalised)
    QStringList exclude;     ///< keywords, none may appear (normalised)
    QStringList tolerate;    ///< veto words this rule may divert despite (e.g. 被困 for an animal trapped)
    QStringList categories;  ///< category decided by the rules fired before this one, any of
    QStringList fired;       ///< ids of earlier rules, at least one of which fired
    QList<int> tiers;        ///< zone circle tiers, any of
    int fromMinute = -1;     ///< time of day window [from, to) in centre-local minutes; wraps midnight
    int toMinute = -1;
    std::optional<TriagePattern> regex;  ///< RE2 syntax, matched in linear time on the folded text

    // Proposals ("then").
    QString category;
    int priority = 0;        ///< 0 = not set
    QString divertTo;        ///< agency code
    std::optional<bool> mediation;
    QStringList unitTypes;
    QStringList notify;      ///< linked agencies to notify as well as the police (120, 119, 122 …)

    int line = 0;            ///< line of the rule in its file, for messages
};

/// The tunable numbers of duplicate and repeat detection at intake (section "duplicates" of the rules file).
struct DuplicatePolicy
{
    int phoneWindowMinutes = 24 * 60;   ///< same phone number within this time
    int openRadiusMetres = 300;         ///< open incident this close …
    int openWindowMinutes = 120;        ///< … and received within this time, same or related category
    int placeRadiusMetres = 50;         ///< "same place"
    int recurredWindowDays = 7;         ///< same place, closed within these days: 处置后再发
    int frequentWindowDays = 30;        ///< same place, this many incidents within these days: 反复多发
    int frequentMinimum = 3;
    QList<QStringList> related;         ///< groups of categories that describe the same kind of event
};

/// A whole rules file, validated. Loading never yields a half-valid set: any error refuses the file.
class TriageRuleSet
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TriageRuleSet)

public:
    static Result<TriageRuleSet> fromJson(const QByteArray& json, const QString& sourceName);
    static Result<TriageRuleSet> fromFile(const QString& path);
    /// The rules shipped in resources/triage/rules.json.
    static const TriageRuleSet& builtin();

    const QString& source() const { return m_source; }
    const QString& title() const { return m_title; }
    const QList<TriageRule>& rules() const { return m_rules; }
    const QStringList& veto() const { return m_veto; }       ///< danger words that forbid any diversion
    /// Danger read from the structure of the call (a violent verb with a person as its object, a fire being set, a
    /// person held or drugged, many vehicles): forbids any diversion, raises the priority, may set the category.
    const DangerSigns& danger() const { return m_danger; }
    /// Phrases blanked out before matching, so that "无人受伤" does not read as "受伤".
    const QStringList& negations() const { return m_negations; }
    QString defaultCategory() const { return m_defaultCategory; }
    int defaultPriority(const QString& category) const;
    const DuplicatePolicy& duplicates() const { return m_duplicates; }
    /// Repeat-ledger classes (gambling, drunk, noise, venue) with their keywords; "other" when none match.
    const QList<std::pair<QString, QStringList>>& repeatClasses() const { return m_repeatClasses; }
    bool areRelated(const QString& a, const QString& b) const;

private:
    QString m_source;
    QString m_title;
    QList<TriageRule> m_rules;
    QStringList m_veto;
    DangerSigns m_danger;
    QStringList m_negations;
    QString m_defaultCategory;
    int m_defaultPriority = 3;
    QHash<QString, int> m_priorityByCategory;
    DuplicatePolicy m_duplicates;
    QList<std::pair<QString, QStringList>> m_repeatClasses;

    friend class TriageRuleParser;
};

/// Folds text for keyword matching: NFKC (full-width → half-width), case-folded, whitespace removed.
QString normaliseForMatch(const QString& text);

} // namespace dispatch
