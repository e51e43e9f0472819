// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/TriageProposalView.h"

#include "common/Labels.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace dispatch::ui {

TriageProposalView::TriageProposalView(QWidget* parent)
    : QFrame(parent),
      m_headline(new QLabel(this)),
      m_response(new QLabel(this)),
      m_override(new QLabel(this)),
      m_reasons(new QListWidget(this))
{
    setObjectName(QStringLiteral("triageProposal"));
    setFrameShape(QFrame::StyledPanel);
    auto* title = new QLabel(tr("Triage proposal"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_headline->setObjectName(QStringLiteral("triageHeadline"));
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_headline->setFont(big);
    m_response->setWordWrap(true);
    m_override->setObjectName(QStringLiteral("triageOverride"));
    m_override->setStyleSheet(QStringLiteral("color: #a24a00; font-weight: bold;"));
    m_override->setText(tr("Overridden by the dispatcher: the log keeps both"));
    m_override->hide();
    m_reasons->setObjectName(QStringLiteral("triageReasons"));
    m_reasons->setFocusPolicy(Qt::NoFocus);
    m_reasons->setWordWrap(true);
    m_reasons->setMaximumHeight(130);
    m_reasons->setToolTip(tr("The rules that fired, in the order of the rules file, with the words that matched"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(m_headline);
    layout->addWidget(m_response);
    layout->addWidget(m_override);
    layout->addWidget(new QLabel(tr("Why:"), this));
    layout->addWidget(m_reasons);
    clear();
}

void TriageProposalView::clear()
{
    m_headline->setText(tr("Type what happened: the proposal follows as you type."));
    m_response->clear();
    m_override->hide();
    m_reasons->clear();
}

void TriageProposalView::show(const TriageDecision& d, int arrivalSeconds, bool overridden)
{
    QString headline = tr("%1 · %2").arg(Labels::category(d.category), Labels::priority(d.priority));
    if (!d.divertTo.isEmpty())
        headline += tr(" · divert to %1").arg(Labels::agency(d.divertTo));
    if (d.mediation)
        headline += tr(" · offer mediation");
    m_headline->setText(headline);
    const QColor c = d.divertTo.isEmpty() ? Labels::priorityColor(d.priority) : QColor(0x1b, 0x5e, 0x20);
    m_headline->setStyleSheet(QStringLiteral("color: %1;").arg(c.name()));

    QStringList response;
    if (d.divertTo.isEmpty()) {
        if (d.priority == 1)
            response << tr("dispatch within 60 s");
        else if (d.priority == 2)
            response << tr("dispatch within 120 s");
        if (arrivalSeconds > 0 && d.category != QLatin1String("inquiry") && d.category != QLatin1String("invalid"))
            response << tr("on scene within %1").arg(Labels::duration(qint64(arrivalSeconds) * 1000));
        if (!d.unitTypes.isEmpty()) {
            QStringList types;
            for (const QString& t : d.unitTypes)
                types << Labels::unitType(t);
            response << tr("send: %1").arg(types.join(QStringLiteral("、")));
        }
    } else {
        response << tr("work order to the agency; no unit is sent");
    }
    m_response->setText(response.join(QStringLiteral(" · ")));
    m_override->setVisible(overridden);

    m_reasons->clear();
    const bool zh = Labels::language() == QLatin1String("zh_CN");
    for (const FiredRule& f : d.fired) {
        // The rule's words in the screen's language (the centre's Chinese, or its English); its id, which the
        // rules file and the incident's record use, in the tooltip.
        QString text = zh || f.descriptionEn.isEmpty() ? f.description : f.descriptionEn;
        if (text.isEmpty())
            text = f.id;
        if (!f.matched.isEmpty())
            text += QStringLiteral("「%1」").arg(f.matched.join(QStringLiteral("、")));
        if (f.overruled)
            text += tr(" (overruled: a police matter)");
        auto* item = new QListWidgetItem(text, m_reasons);
        item->setToolTip(tr("Rule %1").arg(f.id));
        if (f.overruled)
            item->setForeground(QColor(0x80, 0x80, 0x80));
        else if (f.id.startsWith(QLatin1String("danger:")))
            item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    if (!d.vetoedDiversions.isEmpty()) {
        auto* item = new QListWidgetItem(
            tr("Not diverted: danger sign 「%1」 (%2)").arg(d.vetoWords.join(QStringLiteral("、")),
                                                       d.vetoedDiversions.join(QStringLiteral(", "))),
            m_reasons);
        item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    if (d.fromDefaults)
        new QListWidgetItem(tr("No rule set the category: the default applies"), m_reasons);
}

QString TriageProposalView::summaryText() const
{
    return m_headline->text();
}

} // namespace dispatch::ui
