// SPDX-License-Identifier: GPL-3.0-or-later
// Typing into widgets as a dispatcher does: Latin keys as key events, Chinese through the input method.
#pragma once

#include <QApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace dispatch::test {

inline void typeText(QWidget* widget, const QString& text)
{
    QString latin;
    auto flushLatin = [&] {
        if (!latin.isEmpty())
            QTest::keyClicks(widget, latin);
        latin.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            latin.append(c);
            continue;
        }
        flushLatin();
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(widget, &commit);
    }
    flushLatin();
}

/// Saves a picture of the widget when DISPATCH_SHOT_DIR names a folder (to look at what the tests drove).
inline void saveShot(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("DISPATCH_SHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace dispatch::test
