// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/CallQuestions.h"

#include "domain/Taxonomy.h"
#include "domain/TextLimits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace dispatch {

namespace {
const QString kAll = QStringLiteral("*");
}

Result<CallQuestions> CallQuestions::fromJson(const QByteArray& json, const QString& sourceName)
{
    // "file: path: why" (the file first, as every loader of the project says it).
    const auto fail = [&sourceName](const QString& path, const QString& why) {
        return Error{tr("%1: %2").arg(path, why), sourceName};
    };
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(tr("offset %1").arg(parse.offset), parse.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("dispatch-call-questions"))
        return fail(QStringLiteral("format"), tr("not a questions file (\"format\" must be \"dispatch-call-questions\")"));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(QStringLiteral("version"), tr("only version 1 is read"));
    const QJsonValue categories = root.value(QStringLiteral("categories"));
    if (!categories.isObject())
        return fail(QStringLiteral("categories"), tr("an object of category → questions is expected"));
    CallQuestions q;
    q.m_title = root.value(QStringLiteral("title")).toString();
    const QJsonObject byCategory = categories.toObject();
    for (auto it = byCategory.begin(); it != byCategory.end(); ++it) {
        const QString category = it.key();
        const QString path = QStringLiteral("categories.%1").arg(category);
        if (category != kAll && !Taxonomy::builtin().hasCategory(category))
            return fail(path, tr("unknown category \"%1\"").arg(category));
        if (!it.value().isArray())
            return fail(path, tr("a list of questions is expected"));
        QSet<QString> seen;
        QList<Question>& list = q.m_byCategory[category];
        const QJsonArray items = it.value().toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
            const QJsonObject o = items.at(i).toObject();
            Question question{o.value(QStringLiteral("id")).toString().trimmed(), o.value(QStringLiteral("text")).toString().trimmed(),
                              o.value(QStringLiteral("text_en")).toString().trimmed()};
            if (question.id.isEmpty())
                return fail(at + QStringLiteral(".id"), tr("every question needs an id"));
            if (question.text.isEmpty())
                return fail(at + QStringLiteral(".text"), tr("every question needs its text"));
            if (question.text.size() > TextLimits::kReason || question.textEn.size() > TextLimits::kReason)
                return fail(at + QStringLiteral(".text"), TextLimits::tooLong(tr("The question"), question.text.size(), TextLimits::kReason));
            if (seen.contains(question.id))
                return fail(at + QStringLiteral(".id"), tr("the id \"%1\" is used twice in this category").arg(question.id));
            seen.insert(question.id);
            list.append(question);
        }
    }
    return q;
}

Result<CallQuestions> CallQuestions::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot be read: %2").arg(path, f.errorString()), path};
    return fromJson(f.readAll(), path);
}

const CallQuestions& CallQuestions::builtin()
{
    static const CallQuestions questions = [] {
        Result<CallQuestions> q = fromFile(QStringLiteral(":/dispatch/triage/questions.json"));
        if (!q)
            qFatal("the built-in call-taker questions are invalid: %s", qPrintable(q.errorString()));
        return std::move(q).value();
    }();
    return questions;
}

QList<CallQuestions::Question> CallQuestions::forCategory(const QString& category) const
{
    QList<Question> out = category == kAll ? QList<Question>{} : m_byCategory.value(category);
    for (const Question& common : m_byCategory.value(kAll))
        if (std::none_of(out.cbegin(), out.cend(), [&common](const Question& q) { return q.id == common.id; }))
            out.append(common);
    return out;
}

} // namespace dispatch
