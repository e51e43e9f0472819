// SPDX-License-Identifier: GPL-3.0-or-later
// Reading back the PDF files the tests write, as a reader would: pdftotext (poppler-utils).
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>

#include <catch2/catch.hpp>

namespace dispatch::test {

/// The text of a PDF as pdftotext gives it (pages separated by form feeds); kept beside the screenshots.
inline QString pdfText(const QString& path)
{
    const QString dir = qEnvironmentVariable("DISPATCH_SHOT_DIR");
    if (!dir.isEmpty()) {
        QFile::remove(QDir(dir).filePath(QFileInfo(path).fileName()));
        QFile::copy(path, QDir(dir).filePath(QFileInfo(path).fileName()));
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    // Compatibility forms folded: CJK fonts share glyphs between ideographs and Kangxi radicals (人 and ⼈), and
    // the extracted text may name either; ligatures (ﬁ) likewise.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

inline int pdfPages(const QString& text)
{
    return int(text.count(u'\f'));
}

} // namespace dispatch::test
