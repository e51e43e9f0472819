// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/DangerSigns.h"

#include "domain/Taxonomy.h"
#include "triage/TriageRules.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <optional>

namespace dispatch {

namespace {

constexpr qsizetype kObjectAfter = 3;   ///< characters between a verb and its object (了, 了一个 …)
constexpr qsizetype kPassiveBefore = 8; ///< 被 this close before the verb (我儿子在学校被几个同学围着揍)
constexpr qsizetype kDisposal = 10;     ///< 把/追着/围着 … this close before the verb, the person between
constexpr qsizetype kThreatBefore = 3;  ///< 要/扬言/就 this close before the verb (要来打, 就把我家点了)

bool isClauseBreak(QChar c)
{
    static const QString breaks = QStringLiteral(",.;!?，。；！？、");
    return breaks.contains(c);
}

/// Whether text[from, to) holds no clause break: words on both sides belong to one clause.
bool oneClause(const QString& text, qsizetype from, qsizetype to)
{
    for (qsizetype i = std::max<qsizetype>(from, 0); i < to && i < text.size(); ++i)
        if (isClauseBreak(text.at(i)))
            return false;
    return true;
}

Result<QStringList> words(const QJsonObject& o, const char* key, const QString& where, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString field = where + QLatin1String(key);
    if (v.isUndefined() && !required)
        return QStringList();
    if (!v.isArray() || v.toArray().isEmpty())
        return Error{DangerSigns::tr("\"%1\" must be a non-empty list of strings").arg(field)};
    QStringList out;
    for (const QJsonValue& e : v.toArray()) {
        if (!e.isString() || normaliseForMatch(e.toString()).isEmpty())
            return Error{DangerSigns::tr("\"%1\" must be a non-empty list of strings").arg(field)};
        out.append(normaliseForMatch(e.toString()));
    }
    return out;
}

Result<int> priority(const QJsonObject& o, const char* key, const QString& where, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    const int p = v.toInt();
    if (!v.isDouble() || v.toDouble() != p || p < 1 || p > 4)
        return Error{DangerSigns::tr("\"%1\" must be a priority from 1 to 4").arg(where + QLatin1String(key))};
    return p;
}

Result<QString> categoryOf(const QJsonObject& o, const char* key, const QString& where, const QString& fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !fallback.isEmpty())
        return fallback;
    if (!Taxonomy::builtin().hasCategory(v.toString()))
        return Error{DangerSigns::tr("unknown category \"%1\" in \"%2\"")
                         .arg(v.toVariant().toString(), where + QLatin1String(key))};
    return v.toString();
}

} // namespace

int DangerHit::priority() const
{
    if (hurt)
        return std::min(sign->priorityNow, threatOnly ? sign->threatPriority : sign->priority);
    if (past && !now && sign->priorityPast > 0)
        return sign->priorityPast;
    if (threatOnly)
        return now || many ? std::min(sign->priorityNow, sign->threatPriority) : sign->threatPriority;
    return now || many ? std::min(sign->priorityNow, sign->priority) : sign->priority;
}

Result<DangerSigns> DangerSigns::fromJson(const QJsonObject& section)
{
    static const QSet<QString> known{QStringLiteral("persons"),  QStringLiteral("threats"), QStringLiteral("possessed"),
                                     QStringLiteral("passive"),  QStringLiteral("disposal"),
                                     QStringLiteral("now"),      QStringLiteral("now_raises"),
                                     QStringLiteral("past"),     QStringLiteral("just"),
                                     QStringLiteral("left"),     QStringLiteral("hurt"),
                                     QStringLiteral("many"),     QStringLiteral("signs")};
    for (auto it = section.begin(); it != section.end(); ++it)
        if (!known.contains(it.key()))
            return Error{tr("unknown field \"danger.%1\"").arg(it.key())};
    DangerSigns d;
    const QString at = QStringLiteral("danger.");
    const std::pair<const char*, QStringList*> lists[] = {{"persons", &d.m_persons}, {"threats", &d.m_threats},
                                                          {"possessed", &d.m_possessed},
                                                          {"passive", &d.m_passive}, {"disposal", &d.m_disposal},
                                                          {"now", &d.m_now},         {"many", &d.m_many},
                                                          {"past", &d.m_past},       {"just", &d.m_just},
                                                          {"left", &d.m_left},       {"hurt", &d.m_hurt}};
    for (const auto& [key, into] : lists) {
        auto w = words(section, key, at, true);
        if (!w)
            return w.error();
        *into = *w;
    }
    const QJsonObject raises = section.value(QStringLiteral("now_raises")).toObject();
    d.m_nowCategories = raises.value(QStringLiteral("categories")).toVariant().toStringList();
    for (const QString& c : std::as_const(d.m_nowCategories))
        if (!Taxonomy::builtin().hasCategory(c))
            return Error{tr("unknown category \"%1\" in \"danger.now_raises.categories\"").arg(c)};
    auto nowPriority = priority(raises, "to", QStringLiteral("danger.now_raises."), 2);
    if (!nowPriority)
        return nowPriority.error();
    d.m_nowPriority = *nowPriority;

    const QJsonArray signs = section.value(QStringLiteral("signs")).toArray();
    if (signs.isEmpty())
        return Error{tr("\"danger.signs\" must be a non-empty list")};
    for (qsizetype i = 0; i < signs.size(); ++i) {
        const QJsonObject o = signs.at(i).toObject();
        const QString where = QStringLiteral("danger.signs[%1].").arg(i);
        static const QSet<QString> signKeys{
            QStringLiteral("code"),     QStringLiteral("label"),           QStringLiteral("label_en"),
            QStringLiteral("verbs"),    QStringLiteral("not_followed_by"), QStringLiteral("object"),
            QStringLiteral("category"), QStringLiteral("priority"),        QStringLiteral("threat_category"),
            QStringLiteral("threat_priority"), QStringLiteral("priority_now"), QStringLiteral("priority_past"),
            QStringLiteral("over"),     QStringLiteral("notify"),          QStringLiteral("pattern")};
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!signKeys.contains(it.key()))
                return Error{tr("unknown field \"%1%2\"").arg(where, it.key())};
        DangerSign s;
        s.code = o.value(QStringLiteral("code")).toString();
        s.label = o.value(QStringLiteral("label")).toString();
        s.labelEn = o.value(QStringLiteral("label_en")).toString();
        if (s.code.isEmpty() || s.label.isEmpty())
            return Error{tr("\"%1code\" and \"%1label\" are required").arg(where)};
        auto verbs = words(o, "verbs", where, !o.contains(QStringLiteral("pattern")));
        if (!verbs)
            return verbs.error();
        s.verbs = *verbs;
        if (o.contains(QStringLiteral("pattern"))) {
            auto pattern = TriagePattern::compile(o.value(QStringLiteral("pattern")).toString());
            if (!pattern)
                return Error{tr("\"%1pattern\": %2").arg(where, pattern.error().message)};
            s.pattern = *std::move(pattern);
        }
        const QJsonObject nf = o.value(QStringLiteral("not_followed_by")).toObject();
        for (auto it = nf.begin(); it != nf.end(); ++it) {
            const QString verb = normaliseForMatch(it.key());
            if (!s.verbs.contains(verb))
                return Error{tr("\"%1not_followed_by\" names \"%2\", which is not one of its verbs").arg(where, it.key())};
            s.notFollowedBy.insert(verb, normaliseForMatch(it.value().toString()));
        }
        const QString object = o.value(QStringLiteral("object")).toString(QStringLiteral("none"));
        if (object == QLatin1String("person"))
            s.object = DangerSign::Object::Person;
        else if (object == QLatin1String("many"))
            s.object = DangerSign::Object::Many;
        else if (object != QLatin1String("none"))
            return Error{tr("\"%1object\" must be \"none\", \"person\" or \"many\"").arg(where)};
        auto category = categoryOf(o, "category", where, {});
        auto threatCategory = categoryOf(o, "threat_category", where, category ? *category : QString());
        auto p = priority(o, "priority", where, 2);
        auto tp = priority(o, "threat_priority", where, p ? *p : 2);
        auto pn = priority(o, "priority_now", where, 1);
        auto pp = priority(o, "priority_past", where, p ? *p : 2);
        for (const Error* e : {category ? nullptr : &category.error(), threatCategory ? nullptr : &threatCategory.error(),
                               p ? nullptr : &p.error(), tp ? nullptr : &tp.error(), pn ? nullptr : &pn.error(),
                               pp ? nullptr : &pp.error()})
            if (e)
                return *e;
        s.category = *category;
        s.threatCategory = *threatCategory;
        s.priority = *p;
        s.threatPriority = *tp;
        s.priorityNow = *pn;
        s.priorityPast = o.contains(QStringLiteral("priority_past")) ? *pp : 0;
        s.over = o.value(QStringLiteral("over")).toVariant().toStringList();
        for (const QString& c : std::as_const(s.over))
            if (!Taxonomy::builtin().hasCategory(c))
                return Error{tr("unknown category \"%1\" in \"%2over\"").arg(c, where)};
        s.notify = o.value(QStringLiteral("notify")).toVariant().toStringList();
        for (const QString& a : std::as_const(s.notify))
            if (!Taxonomy::builtin().hasAgency(a))
                return Error{tr("unknown agency \"%1\" in \"%2notify\"").arg(a, where)};
        d.m_signs.append(s);
    }
    return d;
}

bool DangerSigns::personAfter(const QString& text, qsizetype end) const
{
    for (qsizetype k = 0; k <= kObjectAfter && end + k < text.size(); ++k) {
        if (isClauseBreak(text.at(end + k)))
            return false;
        const QStringView rest = QStringView(text).mid(end + k);
        for (const QString& p : m_persons) {
            if (!rest.startsWith(p))
                continue;
            // 踢别人的车, 打他电话: the verb is done to the person's thing, not to the person.
            const QStringView after = rest.mid(p.size());
            if (std::none_of(m_possessed.cbegin(), m_possessed.cend(), [&](const QString& w) { return after.startsWith(w); }))
                return true;
        }
    }
    return false;
}

bool DangerSigns::personBefore(const QString& text, qsizetype verbAt) const
{
    if (verbAt <= 0)
        return false; // (lastIndexOf from -1 would search the whole text)
    // "我儿子被几个同学围着揍": the one before 被 is the one it is done to.
    for (const QString& w : m_passive) {
        const qsizetype at = text.lastIndexOf(w, verbAt - 1);
        if (at >= 0 && verbAt - (at + w.size()) <= kPassiveBefore && oneClause(text, at, verbAt))
            return true;
    }
    // "把一个工人按在地上打", "追着路人打", "见人就打": the person between the word and the verb, unless what follows
    // the person makes it the owner of the thing (把我放在门口的快递抱走).
    for (const QString& w : m_disposal) {
        const qsizetype at = text.lastIndexOf(w, verbAt - 1);
        if (at < 0 || verbAt - (at + w.size()) > kDisposal || !oneClause(text, at, verbAt))
            continue;
        const QStringView between = QStringView(text).mid(at + w.size(), verbAt - at - w.size());
        for (const QString& p : m_persons) {
            const qsizetype found = between.indexOf(p);
            if (found < 0)
                continue;
            const QStringView after = between.mid(found + p.size());
            if (std::none_of(m_possessed.cbegin(), m_possessed.cend(), [&](const QString& x) { return after.contains(x); }))
                return true;
        }
    }
    return false;
}

QString DangerSigns::threatBefore(const QString& text, qsizetype verbAt) const
{
    if (verbAt <= 0)
        return {};
    for (const QString& w : m_threats) {
        const qsizetype at = text.lastIndexOf(w, verbAt - 1);
        if (at >= 0 && at + w.size() <= verbAt && verbAt - (at + w.size()) <= kThreatBefore
            && oneClause(text, at, verbAt))
            return w;
    }
    return {};
}

QString DangerSigns::firstOf(const QStringList& words, const QString& text)
{
    for (const QString& w : words)
        if (text.contains(w))
            return w;
    return {};
}

QString DangerSigns::raiserWord(const QString& text) const
{
    for (const QStringList* words : {&m_now, &m_just, &m_left})
        if (const QString w = firstOf(*words, text); !w.isEmpty())
            return w;
    return {};
}

QList<DangerHit> DangerSigns::find(const QString& text) const
{
    QList<DangerHit> hits;
    const QString now = nowWord(text);
    QString past = leftWord(text);
    if (past.isEmpty())
        past = pastWord(text);
    const QString hurt = firstOf(m_hurt, text);
    const QString many = firstOf(m_many, text);
    const QByteArray utf8 = text.toUtf8();
    for (const DangerSign& s : m_signs) {
        std::optional<DangerHit> done, threatened;
        bool inProgress = false;
        for (const QString& verb : s.verbs) {
            for (qsizetype at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
                const qsizetype end = at + verb.size();
                if (end < text.size() && s.notFollowedBy.value(verb).contains(text.at(end)))
                    continue; // 打电话, 打车, 抽烟 …
                bool object = true;
                if (s.object == DangerSign::Object::Person)
                    object = personAfter(text, end) || personBefore(text, at);
                else if (s.object == DangerSign::Object::Many)
                    object = !many.isEmpty();
                if (!object)
                    continue;
                // The verb's own aspect: 在打 (being done), 掐着 (holding on).
                inProgress = inProgress || (at > 0 && text.at(at - 1) == u'在') || (end < text.size() && text.at(end) == u'着');
                const QString threat = threatBefore(text, at);
                std::optional<DangerHit>& slot = threat.isEmpty() ? done : threatened;
                if (slot)
                    continue;
                DangerHit h;
                h.sign = &s;
                h.threatOnly = !threat.isEmpty();
                h.words << (threat.isEmpty() ? verb : threat + verb);
                slot = h;
            }
        }
        if (!done && s.pattern) {
            if (const std::optional<QString> m = s.pattern->find(std::string_view(utf8.constData(), utf8.size()))) {
                DangerHit h;
                h.sign = &s;
                h.words << *m;
                done = h;
            }
        }
        std::optional<DangerHit> hit = done ? done : threatened;
        if (!hit)
            continue;
        hit->now = !now.isEmpty() || inProgress;
        hit->many = !many.isEmpty();
        hit->past = !past.isEmpty();
        hit->hurt = !hurt.isEmpty();
        if (hit->hurt)
            hit->words << hurt;
        if (!now.isEmpty())
            hit->words << now;
        if (hit->many)
            hit->words << many;
        if (hit->past && !hit->now)
            hit->words << past;
        hits.append(*hit);
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const DangerHit& a, const DangerHit& b) { return a.priority() < b.priority(); });
    return hits;
}

} // namespace dispatch
