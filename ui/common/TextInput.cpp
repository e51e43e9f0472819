// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TextInput.h"

#include "common/Palette.h"
#include "domain/TextLimits.h"

#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>

namespace dispatch::ui {

namespace {

/// Keeps the counter in the bottom-right corner of the box's viewport as it is resized.
class CornerKeeper final : public QObject
{
public:
    CornerKeeper(QPlainTextEdit* edit, QLabel* label) : QObject(edit), m_edit(edit), m_label(label)
    {
        edit->viewport()->installEventFilter(this);
    }
    void place()
    {
        m_label->adjustSize();
        const QRect r = m_edit->viewport()->rect();
        m_label->move(r.right() - m_label->width() - 4, r.bottom() - m_label->height() - 2);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            place();
        return QObject::eventFilter(watched, event);
    }

private:
    QPlainTextEdit* m_edit;
    QLabel* m_label;
};

} // namespace

void TextInput::limit(QLineEdit* edit, int max)
{
    edit->setMaxLength(max);
    const QString said = tr("At most %n character(s)", nullptr, max);
    edit->setToolTip(edit->toolTip().isEmpty() ? said : edit->toolTip() + u'\n' + said);
}

QLabel* TextInput::limit(QPlainTextEdit* edit, int max)
{
    auto* counter = new QLabel(edit->viewport());
    counter->setObjectName(edit->objectName() + QStringLiteral("Counter"));
    counter->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* keeper = new CornerKeeper(edit, counter);
    const auto update = [edit, counter, keeper, max] {
        const QString text = edit->toPlainText();
        if (text.size() > max) {
            // Typed or pasted past the limit: what fits is kept, the cursor stays at the end of it.
            const QSignalBlocker block(edit);
            const int at = std::min(edit->textCursor().position(), max);
            edit->setPlainText(text.left(max));
            QTextCursor c = edit->textCursor();
            c.setPosition(at);
            edit->setTextCursor(c);
        }
        const qsizetype n = std::min<qsizetype>(text.size(), max);
        counter->setText(QStringLiteral("%1 / %2").arg(n).arg(max));
        counter->setStyleSheet(n >= max * 9 / 10 ? Palette::lateStyle(true)
                                                 : QStringLiteral("color:#90a4ae"));
        keeper->place();
    };
    QObject::connect(edit, &QPlainTextEdit::textChanged, counter, update);
    update();
    counter->show();
    return counter;
}

QString TextInput::tooltip(const QString& heading, const QString& text)
{
    constexpr int kTooltipChars = 280;
    QString html = QStringLiteral("<p style='white-space:normal'>");
    if (!heading.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped());
    const QString body = TextLimits::elide(text, kTooltipChars);
    if (!body.isEmpty())
        html += (heading.isEmpty() ? QString() : QStringLiteral("<br>")) + body.toHtmlEscaped();
    return html + QStringLiteral("</p>");
}

QString TextInput::getText(QWidget* parent, const QString& title, const QString& label, int max, bool* ok,
                           const QString& text)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextValue(text);
    if (auto* edit = dialog.findChild<QLineEdit*>())
        limit(edit, max);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue().left(max) : QString();
}

QString TextInput::getMultiLineText(QWidget* parent, const QString& title, const QString& label, int max, bool* ok,
                                    const QString& text)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(text);
    if (auto* edit = dialog.findChild<QPlainTextEdit*>())
        limit(edit, max);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue().left(max) : QString();
}

} // namespace dispatch::ui
