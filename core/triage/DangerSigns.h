// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "triage/TriagePattern.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dispatch {

/// One kind of danger read from the structure of what a caller says (section "danger" of the rules file, see
/// resources/triage/README.md): a verb of the kind, with what it needs around it (a person as its object, or many
/// vehicles), said as done or as threatened.
struct DangerSign
{
    enum class Object { None, Person, Many };

    QString code;
    QString label;        ///< Chinese, as the centre wrote it
    QString labelEn;
    QStringList verbs;    ///< normalised
    /// A shape the verbs cannot say (RE2, on the folded text): "喝了陌生人递的饮料". A match is the sign, done.
    std::optional<TriagePattern> pattern;
    /// Characters that, right after a verb, make it another word (打 in 打电话, 打车, 打扫 …).
    QHash<QString, QString> notFollowedBy;
    Object object = Object::None;
    QString category;     ///< when done
    int priority = 2;     ///< when done
    QString threatCategory; ///< when only threatened ("要打", "扬言要砍", "就放火")
    int threatPriority = 2;
    int priorityNow = 1;  ///< when it is happening now, or many take part
    int priorityPast = 0; ///< when said to be over ("走了", "昨天", "天天"); 0 = as when done
    /// Categories the sign replaces when the rules chose one of them (a person drugged is a crime, not help).
    QStringList over;
    QStringList notify;   ///< linked agencies to notify as well
};

/// What the analysis found in one call: the sign, whether only threatened, the words, the proposal.
struct DangerHit
{
    const DangerSign* sign = nullptr;
    bool threatOnly = false;
    bool now = false;     ///< still happening: a word of the call, or the verb itself in progress (在打, 掐着)
    bool many = false;
    bool past = false;    ///< the other party gone or said to be over (跑了, 昨天), and not still happening
    bool hurt = false;    ///< someone badly hurt
    QStringList words;    ///< the verb and what made it count (the person, the threat, the crowd)
    QString category() const { return threatOnly ? sign->threatCategory : sign->category; }
    int priority() const;
};

/// The danger signs of a rules file and the word classes they are built from. Immutable; evaluation is pure and
/// linear in the text times the number of verbs.
class DangerSigns
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::DangerSigns)

public:
    /// Reads the "danger" section; an error names the field ("danger.signs[2].verbs").
    static Result<DangerSigns> fromJson(const QJsonObject& section);

    /// Categories a "still here" or "just happened, running away" word alone brings to priority `nowPriority` at most
    /// (a thief who just ran: P2).
    const QStringList& nowCategories() const { return m_nowCategories; }
    int nowPriority() const { return m_nowPriority; }

    /// The signs in `text` (already normalised, negations blanked), most urgent first, file order among equals.
    QList<DangerHit> find(const QString& text) const;
    /// The first word of the class in the text, empty when none: still happening (正在, 还在); just happened (刚);
    /// the other party gone or running away (跑了, 走了); over (昨天, 天天).
    QString nowWord(const QString& text) const { return firstOf(m_now, text); }
    QString justWord(const QString& text) const { return firstOf(m_just, text); }
    QString leftWord(const QString& text) const { return firstOf(m_left, text); }
    QString pastWord(const QString& text) const { return firstOf(m_past, text); }
    /// What raises a crime on its own (`nowCategories`): the first word still happening, else just happened, else gone.
    QString raiserWord(const QString& text) const;

private:
    bool personAfter(const QString& text, qsizetype end) const;
    bool personBefore(const QString& text, qsizetype verbAt) const;
    QString threatBefore(const QString& text, qsizetype verbAt) const;
    static QString firstOf(const QStringList& words, const QString& text);

    QList<DangerSign> m_signs;
    QStringList m_persons;
    QStringList m_threats;
    QStringList m_now;       ///< still happening: 正在, 还在, 一直在
    QStringList m_just;      ///< just happened: 刚, 刚才
    QStringList m_left;      ///< gone or running away: 跑了, 走了
    QStringList m_hurt;      ///< someone badly hurt: 血, 昏迷 (a sign with it is as urgent as happening now)
    QStringList m_past;      ///< over: 昨天, 天天
    QStringList m_many;
    QStringList m_possessed; ///< 的, 电话: after a person, the verb is done to the person's thing (踢别人的车, 打他电话)
    QStringList m_passive;   ///< 被: the person before it is the one the verb is done to
    QStringList m_disposal;  ///< 把, 将, 追着, 围着…: the person after it, before the verb, is the object
    QStringList m_nowCategories;
    int m_nowPriority = 2;
};

} // namespace dispatch
