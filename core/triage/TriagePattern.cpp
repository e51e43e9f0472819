// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/TriagePattern.h"

#include <re2/re2.h>

namespace dispatch {

Result<TriagePattern> TriagePattern::compile(const QString& pattern)
{
    if (pattern.isEmpty())
        return Error{tr("the regular expression is empty")};
    const QByteArray utf8 = pattern.toUtf8();
    RE2::Options options(RE2::Quiet);
    options.set_encoding(RE2::Options::EncodingUTF8);
    auto re = std::make_shared<const re2::RE2>(re2::StringPiece(utf8.constData(), size_t(utf8.size())), options);
    if (!re->ok()) {
        const QString at = QString::fromStdString(re->error_arg());
        switch (re->error_code()) {
        case RE2::ErrorBadPerlOp:
            if (at.startsWith(QLatin1String("(?<")) || at.startsWith(QLatin1String("(?=")) ||
                at.startsWith(QLatin1String("(?!")))
                return Error{tr("look-around \"%1\" is not supported, since patterns are matched in linear time; "
                                "write the neighbours to exclude as a class, e.g. (^|[^x])y([^z]|$)")
                                 .arg(at)};
            break;
        case RE2::ErrorBadEscape:
            if (at.size() == 2 && at.at(1).isDigit())
                return Error{tr("back-reference \"%1\" is not supported, since patterns are matched in linear time")
                                 .arg(at)};
            break;
        case RE2::ErrorPatternTooLarge:
            return Error{tr("the regular expression is too large to be matched in linear time; split the rule")};
        default:
            break;
        }
        return Error{tr("the regular expression does not compile: %1").arg(QString::fromStdString(re->error()))};
    }
    TriagePattern p;
    p.m_pattern = pattern;
    p.m_re = std::move(re);
    return p;
}

std::optional<QString> TriagePattern::find(std::string_view utf8Text) const
{
    re2::StringPiece match;
    const re2::StringPiece text(utf8Text.data(), utf8Text.size());
    if (!m_re->Match(text, 0, text.size(), RE2::UNANCHORED, &match, 1))
        return std::nullopt;
    return QString::fromUtf8(match.data(), qsizetype(match.size()));
}

} // namespace dispatch
