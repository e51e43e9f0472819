// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>

namespace re2 {
class RE2;
}

namespace dispatch {

/// A triage rule's regular expression, matched by RE2 in time linear in the text: a pattern can never stop
/// a rule from firing on long text, and one that cannot be matched that way (look-around, back-references,
/// a program too large) is refused when the rules are loaded, with the reason.
class TriagePattern
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::TriagePattern)

public:
    /// Compiles `pattern` (RE2 syntax, UTF-8); the error says what in the pattern cannot be used.
    static Result<TriagePattern> compile(const QString& pattern);

    const QString& pattern() const { return m_pattern; }
    /// The leftmost match in `utf8Text`, or nothing. Always decides: there is no match limit to hit.
    std::optional<QString> find(std::string_view utf8Text) const;

private:
    TriagePattern() = default;

    QString m_pattern;
    std::shared_ptr<const re2::RE2> m_re;  // immutable and thread-safe; shared by copies of the rule set
};

} // namespace dispatch
