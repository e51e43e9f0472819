// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/TriageRules.h"

#include "domain/Taxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace dispatch {

QString normaliseForMatch(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s;
}

/// Reads and validates a rules document; every error names the file and the line (and the rule id).
class TriageRuleParser
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TriageRuleSet)

public:
    TriageRuleParser(const QByteArray& raw, QString source) : m_raw(raw), m_source(std::move(source))
    {
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < m_raw.size(); ++i)
            if (m_raw.at(i) == '\n')
                m_lineStarts.append(i + 1);
    }

    Result<TriageRuleSet> parse()
    {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(m_raw, &perr);
        if (perr.error != QJsonParseError::NoError)
            return Error{tr("not valid JSON: %1").arg(perr.errorString()), at(lineOf(perr.offset))};
        if (!doc.isObject())
            return Error{tr("the rules file must hold one JSON object"), at(1)};
        try {
            return readRoot(doc.object());
        } catch (const DispatchError& e) {
            return e.error();
        }
    }

private:
    QString at(int line, const QString& ruleId = {}) const
    {
        QString w = line > 0 ? QStringLiteral("%1:%2").arg(m_source).arg(line) : m_source;
        if (!ruleId.isEmpty())
            w += QStringLiteral(": rule \"%1\"").arg(ruleId);
        return w;
    }

    int lineOf(qsizetype offset) const
    {
        if (offset < 0)
            return 0;
        // The number of line starts at or before the offset (a binary search: loading stays linear in the file).
        return int(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset) - m_lineStarts.begin());
    }

    /// The line on which a key first appears after `from` (a good-enough position for messages).
    int lineOfKey(const QString& key, qsizetype from = 0) const
    {
        const QByteArray quoted = QByteArray("\"") + key.toUtf8() + QByteArray("\"");
        const qsizetype pos = m_raw.indexOf(quoted, from);
        return pos < 0 ? 0 : lineOf(pos);
    }

    [[noreturn]] void fail(const QString& message, int line, const QString& ruleId = {}) const
    {
        throw DispatchError(message, at(line, ruleId));
    }

    void onlyKeys(const QJsonObject& o, const QSet<QString>& allowed, const QString& where, int line,
                  const QString& ruleId = {}) const
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(tr("unknown field \"%1\" in %2").arg(it.key(), where), line, ruleId);
    }

    QStringList strings(const QJsonValue& v, const QString& field, int line, const QString& ruleId,
                        bool normalise) const
    {
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(tr("\"%1\" must be a list of strings").arg(field), line, ruleId);
        QStringList out;
        for (const QJsonValue& e : v.toArray()) {
            if (!e.isString() || e.toString().trimmed().isEmpty())
                fail(tr("\"%1\" must be a list of non-empty strings").arg(field), line, ruleId);
            out.append(normalise ? normaliseForMatch(e.toString()) : e.toString());
        }
        return out;
    }

    QString category(const QJsonValue& v, const QString& field, int line, const QString& ruleId) const
    {
        const QString c = v.toString();
        if (!v.isString() || !Taxonomy::builtin().hasCategory(c))
            fail(tr("unknown category \"%1\" in \"%2\"").arg(v.toVariant().toString(), field), line, ruleId);
        return c;
    }

    int minuteOfDay(const QJsonValue& v, int line, const QString& ruleId) const
    {
        const QStringList hm = v.toString().split(QLatin1Char(':'));
        bool okH = false, okM = false;
        const int h = hm.size() == 2 ? hm[0].toInt(&okH) : -1;
        const int m = hm.size() == 2 ? hm[1].toInt(&okM) : -1;
        if (!okH || !okM || h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0))
            fail(tr("a time of day must read HH:MM, not \"%1\"").arg(v.toVariant().toString()), line, ruleId);
        return h * 60 + m;
    }

    Result<TriageRuleSet> readRoot(const QJsonObject& root)
    {
        onlyKeys(root, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"),
                        QStringLiteral("defaults"), QStringLiteral("veto"), QStringLiteral("danger"),
                        QStringLiteral("negations"), QStringLiteral("duplicates"),
                        QStringLiteral("repeat_classes"), QStringLiteral("rules")},
                 tr("the file"), 1);
        if (root.value(QStringLiteral("format")).toString() != QLatin1String("dispatch-triage-rules"))
            fail(tr("\"format\" must be \"dispatch-triage-rules\""), lineOfKey(QStringLiteral("format")));
        if (root.value(QStringLiteral("version")).toInt() != 1)
            fail(tr("only \"version\": 1 is understood"), lineOfKey(QStringLiteral("version")));

        TriageRuleSet set;
        set.m_source = m_source;
        set.m_title = root.value(QStringLiteral("title")).toString();
        readDefaults(set, root.value(QStringLiteral("defaults")).toObject());
        set.m_veto = strings(root.value(QStringLiteral("veto")), QStringLiteral("veto"),
                             lineOfKey(QStringLiteral("veto")), {}, true);
        set.m_negations = strings(root.value(QStringLiteral("negations")), QStringLiteral("negations"),
                                  lineOfKey(QStringLiteral("negations")), {}, true);
        if (root.contains(QStringLiteral("danger"))) {
            const QJsonValue danger = root.value(QStringLiteral("danger"));
            if (!danger.isObject())
                fail(tr("\"danger\" must be an object"), lineOfKey(QStringLiteral("danger")));
            auto signs = DangerSigns::fromJson(danger.toObject());
            if (!signs)
                fail(signs.error().message, lineOfKey(QStringLiteral("danger")));
            set.m_danger = *std::move(signs);
        }
        readDuplicates(set, root.value(QStringLiteral("duplicates")).toObject());
        readRepeatClasses(set, root.value(QStringLiteral("repeat_classes")));

        const QJsonValue rules = root.value(QStringLiteral("rules"));
        if (!rules.isArray() || rules.toArray().isEmpty())
            fail(tr("\"rules\" must be a non-empty list"), lineOfKey(QStringLiteral("rules")));
        QSet<QString> ids;
        qsizetype cursor = m_raw.indexOf("\"rules\"");
        const QJsonArray arr = rules.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QJsonObject o = arr.at(i).toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            // Find this rule's own line: the next "id" key after the previous rule.
            const qsizetype pos = m_raw.indexOf("\"id\"", cursor);
            if (pos >= 0)
                cursor = pos + 4;
            const int line = pos >= 0 ? lineOf(pos) : 0;
            if (!arr.at(i).isObject())
                fail(tr("rule %1 is not an object").arg(i + 1), line);
            if (id.isEmpty())
                fail(tr("rule %1 has no \"id\"").arg(i + 1), line);
            if (ids.contains(id))
                fail(tr("the id is used twice"), line, id);
            ids.insert(id);
            set.m_rules.append(readRule(o, id, line));
            m_seenIds.insert(id);
        }
        return set;
    }

    void readDefaults(TriageRuleSet& set, const QJsonObject& d) const
    {
        const int line = lineOfKey(QStringLiteral("defaults"));
        onlyKeys(d, {QStringLiteral("category"), QStringLiteral("priority"), QStringLiteral("priority_by_category")},
                 QStringLiteral("\"defaults\""), line);
        set.m_defaultCategory = category(d.value(QStringLiteral("category")), QStringLiteral("defaults.category"),
                                         line, {});
        set.m_defaultPriority = d.value(QStringLiteral("priority")).toInt();
        if (set.m_defaultPriority < 1 || set.m_defaultPriority > 4)
            fail(tr("\"defaults.priority\" must be 1 to 4"), line);
        const QJsonObject byCat = d.value(QStringLiteral("priority_by_category")).toObject();
        for (auto it = byCat.begin(); it != byCat.end(); ++it) {
            category(QJsonValue(it.key()), QStringLiteral("priority_by_category"), line, {});
            const int p = it.value().toInt();
            if (p < 1 || p > 4)
                fail(tr("priority for \"%1\" must be 1 to 4").arg(it.key()), line);
            set.m_priorityByCategory.insert(it.key(), p);
        }
    }

    void readDuplicates(TriageRuleSet& set, const QJsonObject& d) const
    {
        const int line = lineOfKey(QStringLiteral("duplicates"));
        DuplicatePolicy& p = set.m_duplicates;
        const std::pair<const char*, int*> numbers[] = {
            {"phone_window_minutes", &p.phoneWindowMinutes}, {"open_radius_metres", &p.openRadiusMetres},
            {"open_window_minutes", &p.openWindowMinutes},   {"place_radius_metres", &p.placeRadiusMetres},
            {"recurred_window_days", &p.recurredWindowDays}, {"frequent_window_days", &p.frequentWindowDays},
            {"frequent_minimum", &p.frequentMinimum}};
        QSet<QString> allowed{QStringLiteral("related")};
        for (const auto& [key, target] : numbers) {
            const QString k = QString::fromLatin1(key);
            allowed.insert(k);
            if (!d.contains(k))
                continue;
            const QJsonValue v = d.value(k);
            if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(v.toInt()))
                fail(tr("\"duplicates.%1\" must be a positive whole number").arg(k), line);
            *target = v.toInt();
        }
        onlyKeys(d, allowed, QStringLiteral("\"duplicates\""), line);
        for (const QJsonValue& g : d.value(QStringLiteral("related")).toArray()) {
            QStringList group;
            for (const QJsonValue& c : g.toArray())
                group.append(category(c, QStringLiteral("duplicates.related"), line, {}));
            p.related.append(group);
        }
    }

    void readRepeatClasses(TriageRuleSet& set, const QJsonValue& v) const
    {
        const int line = lineOfKey(QStringLiteral("repeat_classes"));
        static const QStringList known{QStringLiteral("gambling"), QStringLiteral("drunk"), QStringLiteral("noise"),
                                       QStringLiteral("venue")};
        const QJsonObject o = v.toObject();
        onlyKeys(o, QSet<QString>(known.begin(), known.end()), QStringLiteral("\"repeat_classes\""), line);
        for (const QString& k : known)
            if (o.contains(k))
                set.m_repeatClasses.append({k, strings(o.value(k), k, line, {}, true)});
    }

    TriageRule readRule(const QJsonObject& o, const QString& id, int line) const
    {
        onlyKeys(o, {QStringLiteral("id"), QStringLiteral("description"), QStringLiteral("description_en"),
                     QStringLiteral("when"), QStringLiteral("then")},
                 tr("the rule"), line, id);
        TriageRule r;
        r.id = id;
        r.line = line;
        r.description = o.value(QStringLiteral("description")).toString();
        r.descriptionEn = o.value(QStringLiteral("description_en")).toString();

        const QJsonObject w = o.value(QStringLiteral("when")).toObject();
        onlyKeys(w, {QStringLiteral("lines"), QStringLiteral("any"), QStringLiteral("all"), QStringLiteral("exclude"),
                     QStringLiteral("tolerate"), QStringLiteral("categories"), QStringLiteral("fired"), QStringLiteral("tiers"), QStringLiteral("time"),
                     QStringLiteral("regex")},
                 QStringLiteral("\"when\""), line, id);
        r.lines = strings(w.value(QStringLiteral("lines")), QStringLiteral("lines"), line, id, false);
        for (const QString& l : std::as_const(r.lines))
            if (!Taxonomy::builtin().hasLine(l))
                fail(tr("unknown source line \"%1\"").arg(l), line, id);
        r.any = strings(w.value(QStringLiteral("any")), QStringLiteral("any"), line, id, true);
        for (const QString& entry : strings(w.value(QStringLiteral("all")), QStringLiteral("all"), line, id, true)) {
            QStringList alternatives = entry.split(QLatin1Char('|'), Qt::SkipEmptyParts);
            if (alternatives.isEmpty())
                fail(tr("an entry of \"all\" has no words"), line, id);
            r.all.append(alternatives);
        }
        r.tolerate = strings(w.value(QStringLiteral("tolerate")), QStringLiteral("tolerate"), line, id, true);
        r.exclude = strings(w.value(QStringLiteral("exclude")), QStringLiteral("exclude"), line, id, true);
        for (const QJsonValue& c : w.value(QStringLiteral("categories")).toArray())
            r.categories.append(category(c, QStringLiteral("categories"), line, id));
        r.fired = strings(w.value(QStringLiteral("fired")), QStringLiteral("fired"), line, id, false);
        for (const QString& earlier : std::as_const(r.fired))
            if (!m_seenIds.contains(earlier))
                fail(tr("\"fired\" names \"%1\", which is not a rule above this one").arg(earlier), line, id);
        for (const QJsonValue& t : w.value(QStringLiteral("tiers")).toArray()) {
            if (t.toInt() < 1 || t.toInt() > 5)
                fail(tr("a tier must be 1 to 5"), line, id);
            r.tiers.append(t.toInt());
        }
        if (w.contains(QStringLiteral("time"))) {
            const QJsonObject t = w.value(QStringLiteral("time")).toObject();
            onlyKeys(t, {QStringLiteral("from"), QStringLiteral("to")}, QStringLiteral("\"time\""), line, id);
            r.fromMinute = minuteOfDay(t.value(QStringLiteral("from")), line, id);
            r.toMinute = minuteOfDay(t.value(QStringLiteral("to")), line, id);
        }
        if (w.contains(QStringLiteral("regex"))) {
            Result<TriagePattern> re = TriagePattern::compile(w.value(QStringLiteral("regex")).toString());
            if (!re)
                fail(re.error().message, line, id);
            r.regex = std::move(re).value();
        }
        if (w.isEmpty())
            fail(tr("a rule needs at least one condition in \"when\""), line, id);

        const QJsonObject t = o.value(QStringLiteral("then")).toObject();
        onlyKeys(t, {QStringLiteral("category"), QStringLiteral("priority"), QStringLiteral("divert_to"),
                     QStringLiteral("mediation"), QStringLiteral("unit_types"), QStringLiteral("notify")},
                 QStringLiteral("\"then\""), line, id);
        if (t.isEmpty())
            fail(tr("a rule must propose something in \"then\""), line, id);
        if (t.contains(QStringLiteral("category")))
            r.category = category(t.value(QStringLiteral("category")), QStringLiteral("then.category"), line, id);
        if (t.contains(QStringLiteral("priority"))) {
            r.priority = t.value(QStringLiteral("priority")).toInt();
            if (r.priority < 1 || r.priority > 4)
                fail(tr("\"priority\" must be 1 to 4"), line, id);
        }
        if (t.contains(QStringLiteral("divert_to"))) {
            r.divertTo = t.value(QStringLiteral("divert_to")).toString();
            if (!Taxonomy::builtin().hasAgency(r.divertTo))
                fail(tr("unknown agency code \"%1\"").arg(r.divertTo), line, id);
            if (r.category != QLatin1String("non_police"))
                fail(tr("a rule that diverts must set \"category\": \"non_police\""), line, id);
        }
        if (t.contains(QStringLiteral("mediation"))) {
            if (!t.value(QStringLiteral("mediation")).isBool())
                fail(tr("\"mediation\" must be true or false"), line, id);
            r.mediation = t.value(QStringLiteral("mediation")).toBool();
        }
        r.unitTypes = strings(t.value(QStringLiteral("unit_types")), QStringLiteral("unit_types"), line, id, false);
        for (const QString& u : std::as_const(r.unitTypes))
            if (!Taxonomy::builtin().hasUnitType(u))
                fail(tr("unknown unit type \"%1\"").arg(u), line, id);
        r.notify = strings(t.value(QStringLiteral("notify")), QStringLiteral("notify"), line, id, false);
        for (const QString& a : std::as_const(r.notify))
            if (!Taxonomy::builtin().hasAgency(a))
                fail(tr("unknown agency code \"%1\"").arg(a), line, id);
        return r;
    }

    const QByteArray& m_raw;
    QString m_source;
    QList<qsizetype> m_lineStarts;  ///< offset of the first byte of each line
    QSet<QString> m_seenIds;
};

Result<TriageRuleSet> TriageRuleSet::fromJson(const QByteArray& json, const QString& sourceName)
{
    return TriageRuleParser(json, sourceName).parse();
}

Result<TriageRuleSet> TriageRuleSet::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the rules file: %1").arg(f.errorString()), path};
    return fromJson(f.readAll(), path);
}

const TriageRuleSet& TriageRuleSet::builtin()
{
    static const TriageRuleSet set = [] {
        auto r = fromFile(QStringLiteral(":/dispatch/triage/rules.json"));
        if (!r)
            qFatal("the built-in triage rules are broken: %s", qPrintable(r.errorString()));
        return std::move(r).value();
    }();
    return set;
}

int TriageRuleSet::defaultPriority(const QString& category) const
{
    return m_priorityByCategory.value(category, m_defaultPriority);
}

bool TriageRuleSet::areRelated(const QString& a, const QString& b) const
{
    if (a == b)
        return true;
    for (const QStringList& g : m_duplicates.related)
        if (g.contains(a) && g.contains(b))
            return true;
    return false;
}

} // namespace dispatch
