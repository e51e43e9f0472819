// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

namespace dispatch {

// Passes over an OpenStreetMap file before libosmium reads it, for what libosmium itself does not survive (found by
// fuzzing its readers under the sanitizers): each refuses such a file with where and why.

/// A pass over an OpenStreetMap XML file before libosmium reads it, for what libosmium itself does not survive: a
/// coordinate (`lat`, `lon`, `minlat` … `max_lon`) written with an exponent that puts it far off the Earth
/// ("100.9E706"), which libosmium scales by multiplying a 64-bit integer by ten once per unit of the exponent, past
/// its range. The pass reads the attributes as the XML parser delivers them (character references decoded), so
/// "1&#69;99999" is caught as well. Anything else wrong with the file is left to libosmium's own error.
class OsmXmlCheck
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::OsmXmlCheck)

public:
    OsmXmlCheck();
    ~OsmXmlCheck();
    OsmXmlCheck(const OsmXmlCheck&) = delete;
    OsmXmlCheck& operator=(const OsmXmlCheck&) = delete;

    /// The next piece of the file; `last` on the final one.
    void feed(const QByteArray& bytes, bool last);
    /// Empty while the file is fine: else "line N: …", naming the attribute and its value.
    QString problem() const { return m_problem; }

    /// Whether libosmium can turn `value` into a coordinate without overflowing: true for every plain decimal
    /// (libosmium bounds its digits) and for an exponent that keeps the number within ±1000.
    static bool safeCoordinate(const char* value);

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser;
    QString m_problem;
};

/// A walk over a PBF file's frames (a 4-byte length, a BlobHeader, its blob) before libosmium reads it, for a frame
/// whose header has no type: libosmium compares the missing type as a null string. The blobs are skipped, not read;
/// a file cut short is left to libosmium's own error.
class OsmPbfCheck
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::OsmPbfCheck)

public:
    /// Empty when every frame's header is sound: else "at byte N: …".
    static QString problem(QIODevice& file);
};

} // namespace dispatch
