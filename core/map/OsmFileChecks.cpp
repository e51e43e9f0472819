// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/OsmFileChecks.h"

#include <expat.h>
#include <protozero/exception.hpp>
#include <protozero/pbf_reader.hpp>

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace dispatch {

namespace {

bool coordinateAttribute(const char* name)
{
    const std::size_t n = std::strlen(name);
    return n >= 3 && (std::strcmp(name + n - 3, "lat") == 0 || std::strcmp(name + n - 3, "lon") == 0);
}

} // namespace

struct OsmXmlCheck::Parser
{
    XML_Parser xml = XML_ParserCreate(nullptr);
    OsmXmlCheck* owner = nullptr;
    bool stopped = false; // a problem found, or the XML itself broken (libosmium will say so)

    ~Parser() { XML_ParserFree(xml); }

    static void start(void* data, const XML_Char* /*element*/, const XML_Char** attributes)
    {
        auto* self = static_cast<Parser*>(data);
        for (const XML_Char** a = attributes; a[0] && a[1]; a += 2) {
            if (!coordinateAttribute(a[0]) || safeCoordinate(a[1]))
                continue;
            self->owner->m_problem = tr("line %1: %2=\"%3\" is not a coordinate on the Earth")
                                         .arg(XML_GetCurrentLineNumber(self->xml))
                                         .arg(QString::fromUtf8(a[0]), QString::fromUtf8(a[1]).left(40));
            self->stopped = true;
            XML_StopParser(self->xml, XML_FALSE);
            return;
        }
    }
};

OsmXmlCheck::OsmXmlCheck() : m_parser(std::make_unique<Parser>())
{
    m_parser->owner = this;
    XML_SetUserData(m_parser->xml, m_parser.get());
    XML_SetStartElementHandler(m_parser->xml, &Parser::start);
}

OsmXmlCheck::~OsmXmlCheck() = default;

void OsmXmlCheck::feed(const QByteArray& bytes, bool last)
{
    if (m_parser->stopped)
        return;
    if (XML_Parse(m_parser->xml, bytes.constData(), int(bytes.size()), last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK)
        m_parser->stopped = true;
}

bool OsmXmlCheck::safeCoordinate(const char* value)
{
    // libosmium's grammar: [-] digits [. digits] [(e|E) [-] digits], read as far as it matches.
    const char* s = value;
    if (*s == '-')
        ++s;
    while (*s >= '0' && *s <= '9')
        ++s;
    if (*s == '.') {
        ++s;
        while (*s >= '0' && *s <= '9')
            ++s;
    }
    if (*s != 'e' && *s != 'E')
        return true; // no exponent: libosmium's digit limits keep it within range
    const char* exponent = s + 1;
    if (*exponent == '-')
        return true; // scaled down by division: nothing grows
    const QByteArray number(value, qsizetype(exponent - value));
    const QByteArray digits = [&] {
        QByteArray d;
        for (const char* e = exponent; *e >= '0' && *e <= '9' && d.size() < 12; ++e)
            d += *e;
        return d;
    }();
    if (digits.isEmpty())
        return true; // libosmium refuses it itself
    bool ok = false;
    const double v = QByteArray(number + digits).toDouble(&ok);
    return ok && std::isfinite(v) && std::fabs(v) <= 1000.0;
}

QString OsmPbfCheck::problem(QIODevice& file)
{
    constexpr qint64 kMaxHeader = 64 * 1024, kMaxBlob = 32 * 1024 * 1024; // the format's limits
    while (!file.atEnd()) {
        const qint64 at = file.pos();
        const QByteArray length = file.read(4);
        if (length.size() < 4)
            return {}; // cut short: libosmium says so
        const qint64 headerBytes = qFromBigEndian<quint32>(length.constData());
        if (headerBytes <= 0 || headerBytes > kMaxHeader)
            return tr("at byte %1: a block header of %2 bytes (not an OpenStreetMap PBF file)").arg(at).arg(headerBytes);
        const QByteArray header = file.read(headerBytes);
        if (header.size() < headerBytes)
            return {};
        bool typed = false;
        qint64 blobBytes = 0;
        try {
            protozero::pbf_reader fields(header.constData(), std::size_t(header.size()));
            while (fields.next()) {
                if (fields.tag() == 1 && fields.wire_type() == protozero::pbf_wire_type::length_delimited)
                    typed = !fields.get_view().empty();
                else if (fields.tag() == 3 && fields.wire_type() == protozero::pbf_wire_type::varint)
                    blobBytes = fields.get_int32();
                else
                    fields.skip();
            }
        } catch (const protozero::exception&) {
            return tr("at byte %1: a block header that cannot be read (not an OpenStreetMap PBF file)").arg(at);
        }
        if (!typed)
            return tr("at byte %1: a block without its type (not an OpenStreetMap PBF file)").arg(at);
        if (blobBytes <= 0 || blobBytes > kMaxBlob)
            return tr("at byte %1: a block of %2 bytes (not an OpenStreetMap PBF file)").arg(at).arg(blobBytes);
        if (!file.seek(file.pos() + blobBytes))
            return {};
    }
    return {};
}

} // namespace dispatch
