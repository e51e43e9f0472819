// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "triage/TriageRules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace dispatch {

/// What triage looks at: the call as the call-taker has it so far.
struct TriageInput
{
    QString line;          ///< source line code; empty = any
    QString text;          ///< what happened, free text
    int tier = 0;          ///< circle tier of the zone the call is in, 0 when unknown
    int minuteOfDay = -1;  ///< centre-local time of day in minutes, -1 when unknown
};

/// Why one rule fired: its id, its description and the words that made it match.
struct FiredRule
{
    QString id;
    QString description;
    QString descriptionEn;
    QStringList matched;
    bool overruled = false; ///< its category lost to a police category; its proposals were not used
};

/// The proposal for one call, with the rules that made it.
struct TriageDecision
{
    QString category;
    int priority = 0;
    QString divertTo;                ///< agency code, empty when the call stays with the police
    bool mediation = false;
    QStringList unitTypes;
    QStringList notify;              ///< linked agencies to notify as well (an injured person: 120; a fire: 119)
    QList<FiredRule> fired;          ///< in file order
    QStringList vetoWords;           ///< danger signs found in the text (they forbid any diversion)
    QStringList vetoedDiversions;    ///< ids of diversion rules that matched but were vetoed
    bool fromDefaults = false;       ///< no rule set the category

    QStringList ruleIds() const;
    /// One line that says why, in the language of the installed translation.
    QString why(const QString& lang) const;
    QJsonObject toJson() const;
    bool sameProposal(const TriageDecision& other) const;
    /// The proposal as an incident records it (what was proposed, beside what the call-taker chose).
    TriageChoice choice() const { return {category, priority, divertTo, mediation, unitTypes, ruleIds()}; }
};

/// Applies a rule set to calls. Immutable once built and safe to share; evaluation is pure.
///
/// Resolution (documented for centres in resources/triage/README.md):
///  1. Rules are tried in file order. A rule fires when every condition it has holds; its "categories"
///     condition sees the category decided by the rules fired before it; its "fired" condition, the rules
///     above it that fired.
///  2. Category: the first fired rule that sets a police category wins; only when no fired rule sets a
///     police category does the first "non_police" or "invalid" one stand. A police matter is never lost
///     to a diversion. With no category from any rule, the file's default applies.
///  3. Priority: the most urgent priority among fired rules that were not overruled; else the default for
///     the category.
///  4. Diversion: only when the final category is non_police, from the first fired rule that names an
///     agency. A rule that would divert does not fire when the text carries a veto word (danger, violence,
///     injury, crime, someone trapped) or one of its own exclusions.
///  5. Mediation: offered only for category "dispute", when a fired rule offers it and none refuses it.
///  6. Unit types: the union of those of fired rules that were not overruled, in order.
///  7. Danger signs (DangerSigns, read from the call's structure): any one forbids every diversion, whatever the
///     rule order and the words a rule tolerates; the most urgent sets the category when the rules found no police
///     matter or one of the sign's "over" categories (whose rules are then overruled); each brings the priority
///     to its own at most. They come first in `fired`, as "danger:<code>".
class TriageEngine
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TriageEngine)

public:
    explicit TriageEngine(TriageRuleSet rules);
    /// An engine over the built-in rules.
    static std::shared_ptr<const TriageEngine> builtin();

    const TriageRuleSet& rules() const { return m_rules; }
    TriageDecision evaluate(const TriageInput& input) const;

private:
    TriageRuleSet m_rules;
};

} // namespace dispatch
