#pragma once

#include "core/base/money.h"

#include <QString>
#include <cstdint>

namespace cartera {

// Money and shares as people read them, in the user's locale (QLocale's default). The app's
// views and the printed review write them the same way.
QString moneyText(Cents amount, int minorDigits = 2);
// An amount with its currency (an ISO 4217 code) as the locale writes money: 1.234,50 € in
// Spain, €1,234.50 in Ireland, USD 1,234.50 where the dollar is not the local currency. In the
// C locale (tests, scripts) "1234.50 EUR".
QString currencyText(Cents amount, int minorDigits, const QString& isoCode);
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
// A day as the user's language writes it (30/6/2026, 30.06.2026; ISO in the C locale of
// scripts and tests), or empty for none.
QString dayText(std::int32_t day);
// A day in an editable field: always YYYY-MM-DD, as the field's label asks and reads back.
QString isoDayText(std::int32_t day);

} // namespace cartera
