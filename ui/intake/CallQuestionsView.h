// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AgencyNotification.h"
#include "triage/CallQuestions.h"

#include <QFrame>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace dispatch::ui {

/// What to ask the caller for the category chosen (有无凶器？几人受伤？嫌疑人特征和去向？), under the description, each
/// with a line for the answer. Answers typed stay when the category changes and the question is asked again.
class CallQuestionsView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallQuestionsView)

public:
    explicit CallQuestionsView(QWidget* parent = nullptr);

    void setQuestions(const CallQuestions& questions, const QString& category);
    void clear();
    /// The answered questions, with their words as asked.
    QList<CallAnswer> answers() const;
    QLineEdit* answerEdit(const QString& questionId) const;
    QList<QLineEdit*> edits() const;
    int questionCount() const { return int(m_rows.size()); }

private:
    struct Row
    {
        QString id;
        QString asked;
        QLineEdit* edit;
        QLabel* label;
    };

    QLabel* m_heading;
    QFormLayout* m_form;
    QList<Row> m_rows;
    QHash<QString, QString> m_typed; ///< answers by question id, kept across category changes
    QString m_category;
};

} // namespace dispatch::ui
