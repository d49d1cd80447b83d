#pragma once

#include "core/base/money.h"

#include <QString>

namespace cartera {

// Money and shares as people read them, in the user's locale (QLocale's default). The app's
// views and the printed review write them the same way.
QString moneyText(Cents amount, int minorDigits = 2);
// Counts and measures, as QLocale::toString writes them but always grouped where the language
// groups (Qt 6.4 leaves "1389.592" in Spanish and Polish; CLDR writes "1.389.592").
QString numberText(long long n);
QString numberText(unsigned long long n);
QString numberText(int n);
QString numberText(unsigned n);
QString numberText(long n);
QString numberText(unsigned long n);
QString numberText(double value, char format, int precision);
QString percentText(double share, int decimals = 1);

} // namespace cartera
