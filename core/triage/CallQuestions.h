// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace dispatch {

/// The questions a call-taker asks for each category of call (有无凶器？几人受伤？嫌疑人特征和去向？), from a file the centre
/// edits (resources/triage/questions.json by default; format in resources/triage/README.md). Questions under "*" are
/// asked for every category, after the category's own.
class CallQuestions
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CallQuestions)

public:
    struct Question
    {
        QString id;
        QString text;   ///< Chinese, as the centre wrote it
        QString textEn; ///< optional English

        /// The words in `language` ("zh_CN" or "en"; English falls back to the Chinese).
        QString in(const QString& language) const { return language == QLatin1String("en") && !textEn.isEmpty() ? textEn : text; }
    };

    /// Refused whole with the file and the JSON path of the first problem.
    static Result<CallQuestions> fromJson(const QByteArray& json, const QString& sourceName);
    static Result<CallQuestions> fromFile(const QString& path);
    static const CallQuestions& builtin();

    /// The category's questions, then the common ones.
    QList<Question> forCategory(const QString& category) const;
    QString title() const { return m_title; }

private:
    QString m_title;
    QHash<QString, QList<Question>> m_byCategory;
};

} // namespace dispatch
