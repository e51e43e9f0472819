// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/TriageEngine.h"

#include "domain/Taxonomy.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace dispatch {

namespace {

bool isPoliceCategory(const QString& c)
{
    return !c.isEmpty() && c != QLatin1String("non_police") && c != QLatin1String("invalid");
}

bool inWindow(int minute, int from, int to)
{
    if (from < 0 || minute < 0)
        return from < 0;
    return from <= to ? (minute >= from && minute < to) : (minute >= from || minute < to);
}

/// Tries one rule; fills `matched` with the words that made it match.
bool matches(const TriageRule& r, const TriageInput& in, const QString& text, const QByteArray& utf8Text,
             const QString& currentCategory, const QSet<QString>& firedIds, QStringList& matched)
{
    if (!r.fired.isEmpty()
        && std::none_of(r.fired.begin(), r.fired.end(), [&](const QString& id) { return firedIds.contains(id); }))
        return false;
    if (!r.lines.isEmpty() && !r.lines.contains(in.line))
        return false;
    if (!r.tiers.isEmpty() && !r.tiers.contains(in.tier))
        return false;
    if (!inWindow(in.minuteOfDay, r.fromMinute, r.toMinute))
        return false;
    if (!r.categories.isEmpty() && !r.categories.contains(currentCategory))
        return false;
    for (const QString& k : r.exclude)
        if (text.contains(k))
            return false;
    for (const QStringList& alternatives : r.all) {
        const auto hit = std::find_if(alternatives.begin(), alternatives.end(),
                                      [&](const QString& k) { return text.contains(k); });
        if (hit == alternatives.end())
            return false;
        matched.append(*hit);
    }
    if (!r.any.isEmpty()) {
        bool found = false;
        for (const QString& k : r.any) {
            if (text.contains(k)) {
                matched.append(k);
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    if (r.regex) {
        const std::optional<QString> hit = r.regex->find(std::string_view(utf8Text.constData(), utf8Text.size()));
        if (!hit)
            return false;
        matched.append(*hit);
    }
    return true;
}

} // namespace

QStringList TriageDecision::ruleIds() const
{
    QStringList ids;
    for (const FiredRule& f : fired)
        ids.append(f.id);
    return ids;
}

QString TriageDecision::why(const QString& lang) const
{
    const Taxonomy& tax = Taxonomy::builtin();
    QStringList parts;
    for (const FiredRule& f : fired) {
        const QString description =
            lang.startsWith(QLatin1String("zh")) || f.descriptionEn.isEmpty() ? f.description : f.descriptionEn;
        QString p = description.isEmpty() ? f.id : description;
        if (!f.matched.isEmpty())
            p += QStringLiteral("「%1」").arg(f.matched.join(QStringLiteral("、")));
        if (f.overruled)
            p += TriageEngine::tr(" (overruled)");
        parts.append(p);
    }
    if (!vetoedDiversions.isEmpty())
        parts.append(TriageEngine::tr("not diverted: danger sign 「%1」").arg(vetoWords.join(QStringLiteral("、"))));
    if (fromDefaults)
        parts.append(TriageEngine::tr("no rule set the category; default %1")
                         .arg(tax.categoryLabel(category, lang)));
    if (!divertTo.isEmpty())
        parts.append(TriageEngine::tr("divert to %1").arg(tax.agencyLabel(divertTo, lang)));
    if (mediation)
        parts.append(TriageEngine::tr("may be offered to a mediator"));
    for (const QString& a : notify)
        parts.append(TriageEngine::tr("notify %1 as well").arg(tax.agencyLabel(a, lang)));
    return parts.join(QStringLiteral("; "));
}

QJsonObject TriageDecision::toJson() const
{
    return {{QStringLiteral("category"), category},
            {QStringLiteral("priority"), priority},
            {QStringLiteral("divert_to"), divertTo.isEmpty() ? QJsonValue() : QJsonValue(divertTo)},
            {QStringLiteral("mediation"), mediation},
            {QStringLiteral("unit_types"), QJsonArray::fromStringList(unitTypes)},
            {QStringLiteral("notify"), QJsonArray::fromStringList(notify)},
            {QStringLiteral("rules"), QJsonArray::fromStringList(ruleIds())}};
}

bool TriageDecision::sameProposal(const TriageDecision& o) const
{
    return category == o.category && priority == o.priority && divertTo == o.divertTo && mediation == o.mediation;
}

TriageEngine::TriageEngine(TriageRuleSet rules) : m_rules(std::move(rules)) {}

std::shared_ptr<const TriageEngine> TriageEngine::builtin()
{
    static const auto engine = std::make_shared<const TriageEngine>(TriageRuleSet::builtin());
    return engine;
}

TriageDecision TriageEngine::evaluate(const TriageInput& input) const
{
    TriageDecision d;
    QString text = normaliseForMatch(input.text);
    for (const QString& n : m_rules.negations())
        text.replace(n, QStringLiteral("·"));
    for (const QString& v : m_rules.veto())
        if (text.contains(v))
            d.vetoWords.append(v);
    // Danger read from the call's structure forbids every diversion, whatever the rule and its tolerated words.
    const QList<DangerHit> danger = m_rules.danger().find(text);
    for (const DangerHit& h : danger)
        if (!d.vetoWords.contains(h.words.first()))
            d.vetoWords.append(h.words.first());
    const QByteArray utf8Text = text.toUtf8();

    QString policeCategory;    // first police category set by a fired rule
    QString otherCategory;     // first non_police / invalid category set by a fired rule
    const TriageRule* diversion = nullptr;
    QList<const TriageRule*> firedRules;
    QSet<QString> firedIds;

    for (const TriageRule& r : m_rules.rules()) {
        const QString current = !policeCategory.isEmpty() ? policeCategory : otherCategory;
        QStringList matched;
        if (!matches(r, input, text, utf8Text, current, firedIds, matched))
            continue;
        const bool vetoed = !danger.isEmpty() || std::any_of(d.vetoWords.begin(), d.vetoWords.end(),
                                                             [&](const QString& v) { return !r.tolerate.contains(v); });
        if (!r.divertTo.isEmpty() && vetoed) {
            d.vetoedDiversions.append(r.id);
            continue;
        }
        firedRules.append(&r);
        firedIds.insert(r.id);
        d.fired.append({r.id, r.description, r.descriptionEn, matched, false});
        if (isPoliceCategory(r.category) && policeCategory.isEmpty())
            policeCategory = r.category;
        else if (!r.category.isEmpty() && !isPoliceCategory(r.category) && otherCategory.isEmpty())
            otherCategory = r.category;
        if (!r.divertTo.isEmpty() && !diversion)
            diversion = &r;
    }

    d.category = !policeCategory.isEmpty() ? policeCategory : otherCategory;
    if (d.category.isEmpty()) {
        d.category = m_rules.defaultCategory();
        d.fromDefaults = true;
    }
    // The most urgent danger sign decides the category when the rules found no police matter, or one it replaces
    // (a person drugged is a crime, not a call for help); the rules that proposed what it replaced are overruled.
    QStringList replaced;
    if (!danger.isEmpty()) {
        const DangerHit& top = danger.first();
        if (!isPoliceCategory(d.category) || d.fromDefaults || top.sign->over.contains(d.category)) {
            replaced = top.sign->over;
            d.category = top.category();
            d.fromDefaults = false;
        }
    }
    const bool police = isPoliceCategory(d.category);

    bool mediationOffered = false;
    bool mediationRefused = false;
    for (qsizetype i = 0; i < firedRules.size(); ++i) {
        const TriageRule& r = *firedRules[i];
        // A rule that proposed a non-police category is overruled once the call is a police matter.
        const bool overruled = police && !r.category.isEmpty()
                               && (!isPoliceCategory(r.category) || (replaced.contains(r.category) && r.category != d.category));
        d.fired[i].overruled = overruled;
        if (overruled)
            continue;
        if (r.priority > 0 && (d.priority == 0 || r.priority < d.priority))
            d.priority = r.priority;
        for (const QString& u : r.unitTypes)
            if (!d.unitTypes.contains(u))
                d.unitTypes.append(u);
        for (const QString& a : r.notify)
            if (!d.notify.contains(a))
                d.notify.append(a);
        if (r.mediation)
            (*r.mediation ? mediationOffered : mediationRefused) = true;
    }
    if (d.priority == 0)
        d.priority = m_rules.defaultPriority(d.category);
    // Each danger sign raises the priority to its own; "still there", "just happened" or "running away" raises the
    // categories the section names (a crime: a thief who just ran) on its own.
    QList<FiredRule> signs;
    for (const DangerHit& h : danger) {
        d.priority = std::min(d.priority, h.priority());
        for (const QString& a : h.sign->notify)
            if (!d.notify.contains(a))
                d.notify.append(a);
        const QString code = QStringLiteral("danger:") + h.sign->code;
        signs.append({code, h.sign->label, h.sign->labelEn, h.words, false});
    }
    const DangerSigns& dangerSigns = m_rules.danger();
    const QString now = dangerSigns.raiserWord(text);
    if (!now.isEmpty() && dangerSigns.nowCategories().contains(d.category) && d.priority > dangerSigns.nowPriority()) {
        d.priority = dangerSigns.nowPriority();
        signs.append({QStringLiteral("danger:now"), TriageEngine::tr("just happened, still there or running away"),
                      {}, {now}, false});
    }
    d.fired = signs + d.fired;
    if (d.category == QLatin1String("non_police") && diversion)
        d.divertTo = diversion->divertTo;
    if (!d.divertTo.isEmpty())
        d.notify.removeAll(d.divertTo); // handed over by the work order itself
    d.mediation = d.category == QLatin1String("dispute") && mediationOffered && !mediationRefused;
    return d;
}

} // namespace dispatch
