#include "report/locale_text.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace cartera {

QString moneyText(Cents amount, int minorDigits) {
    // QLocale knows each language's grouping (12,34,567.00 in India) and digits (Arabic-Indic
    // in Arabic); the double is exact to the cent far beyond any portfolio's totals (2^53).
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    const int digits = std::clamp(minorDigits, 0, 4);
    return locale.toString(static_cast<double>(amount) / std::pow(10.0, digits), 'f', digits);
}

QString percentText(double share, int decimals) {
    return QLocale().toString(share * 100.0, 'f', decimals) + QStringLiteral(" %");
}

} // namespace cartera
