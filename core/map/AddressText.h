// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace dispatch {

/// The form of an address or a place's name that the gazetteer compares: what a caller says and what the map holds
/// are written many ways, and the same place must be found from each of them.
namespace AddressText {

/// The comparable form of `text`: traditional characters made simplified (OpenCC, `t2s`), full-width digits, letters
/// and signs made half-width (Unicode NFKC), letters case-folded, spaces and punctuation taken out, the house-number
/// mark 号 after a number dropped ("深南大道 88 號" and "深南大道８８" are both "深南大道88"), and the variant 衖 of 弄
/// (lane) made 弄. Empty for a text with no letter or digit.
QString key(const QString& text);

/// The words of `text` (split at spaces and punctuation), each in its comparable form, empty ones left out.
QStringList keyWords(const QString& text);

/// Whether traditional characters are made simplified (OpenCC's t2s table was found and opened).
bool convertsTraditional();

} // namespace AddressText

} // namespace dispatch
