// SPDX-License-Identifier: GPL-3.0-or-later
// Lets Catch2 print Qt values in failure messages.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& b) { return '"' + b.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l) { return '[' + l.join(QStringLiteral(", ")).toStdString() + ']'; }
};
} // namespace Catch
