// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/AddressText.h"

#include <opencc.h>

#include <QMutex>
#include <QMutexLocker>

namespace dispatch::AddressText {

namespace {

/// OpenCC's converter from traditional to simplified characters, opened once; conversions are serialised.
class Simplifier
{
public:
    static Simplifier& instance()
    {
        static Simplifier s;
        return s;
    }
    bool ok() const { return m_cc != reinterpret_cast<opencc_t>(-1); }
    QString convert(const QString& text)
    {
        if (!ok())
            return text;
        const QByteArray utf8 = text.toUtf8();
        QMutexLocker lock(&m_mutex);
        char* out = opencc_convert_utf8(m_cc, utf8.constData(), size_t(utf8.size()));
        if (!out)
            return text;
        const QString converted = QString::fromUtf8(out);
        opencc_convert_utf8_free(out);
        return converted;
    }

private:
    Simplifier() : m_cc(opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP)) {}
    ~Simplifier()
    {
        if (ok())
            opencc_close(m_cc);
    }
    opencc_t m_cc;
    QMutex m_mutex;
};

bool hasHan(const QString& s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x3400)
            return true;
    return false;
}

QString fold(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    if (hasHan(s))
        s = Simplifier::instance().convert(s);
    s = s.toCaseFolded();
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        QChar c = s.at(i);
        if (c.isSpace() || (!c.isLetterOrNumber() && !c.isMark())) {
            out.append(u' '); // a word break, taken out by key()
            continue;
        }
        if (c == u'衖')
            c = u'弄';
        // 号 right after a digit is the house-number mark: "88号" is "88".
        if (c == u'号') {
            qsizetype j = out.size() - 1;
            while (j >= 0 && out.at(j) == u' ')
                --j;
            if (j >= 0 && out.at(j).isDigit())
                continue;
        }
        out.append(c);
    }
    return out;
}

} // namespace

QString key(const QString& text)
{
    QString s = fold(text);
    s.remove(u' ');
    return s;
}

QStringList keyWords(const QString& text)
{
    return fold(text).split(u' ', Qt::SkipEmptyParts);
}

bool convertsTraditional()
{
    return Simplifier::instance().ok();
}

} // namespace dispatch::AddressText
