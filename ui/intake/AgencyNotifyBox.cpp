// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/AgencyNotifyBox.h"

#include <QHBoxLayout>
#include <QSet>
#include <QToolButton>

namespace dispatch::ui {

AgencyNotifyBox::AgencyNotifyBox(const QList<QPair<QString, QString>>& agencies, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("agencyNotify"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (const auto& [code, label] : agencies) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("notify_") + code);
        b->setText(code);
        b->setToolTip(tr("Notify %1 as well as sending the police").arg(label));
        b->setCheckable(true);
        b->setStyleSheet(QStringLiteral("QToolButton:checked { background: #1565c0; color: white; font-weight: bold; }"));
        connect(b, &QToolButton::clicked, this, [this, code = code] { m_manual.insert(code); });
        layout->addWidget(b);
        m_buttons.append({code, b});
    }
    layout->addStretch(1);
}

void AgencyNotifyBox::propose(const QStringList& agencies)
{
    for (const auto& [code, b] : std::as_const(m_buttons))
        if (!m_manual.contains(code))
            b->setChecked(agencies.contains(code));
}

void AgencyNotifyBox::clear()
{
    m_manual.clear();
    for (const auto& entry : std::as_const(m_buttons))
        entry.second->setChecked(false);
}

QStringList AgencyNotifyBox::chosen() const
{
    QStringList out;
    for (const auto& [code, b] : m_buttons)
        if (b->isChecked())
            out << code;
    return out;
}

QToolButton* AgencyNotifyBox::button(const QString& agency) const
{
    for (const auto& [code, b] : m_buttons)
        if (code == agency)
            return b;
    return nullptr;
}

} // namespace dispatch::ui
