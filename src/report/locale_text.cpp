#include "report/locale_text.h"

#include "core/base/date.h"
#include "core/portfolio/portfolio.h"

#include <QDate>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace cartera {

namespace {

QLocale grouping() {
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

// Qt 6.4 applies a language's "minimum grouping digits" (2 in Spanish and Polish) to every
// number, leaving the leading group unsplit: "1389.592,80". CLDR only leaves four-digit numbers
// unsplit ("2448"). When the leading group is longer than three digits, split it by threes.
QString regrouped(QString text, const QLocale& locale) {
    const QString separator = locale.groupSeparator();
    const qsizetype first = text.indexOf(separator);
    if (separator.isEmpty() || first < 0)
        return text;
    const bool negative = text.startsWith(locale.negativeSign());
    const qsizetype start = negative ? locale.negativeSign().size() : 0;
    qsizetype lead = first - start;
    while (lead > 3) {
        text.insert(start + lead - 3, separator);
        lead -= 3;
    }
    return text;
}

} // namespace

QString moneyText(Cents amount, int minorDigits) {
    // QLocale knows each language's grouping (12,34,567.00 in India) and digits (Arabic-Indic
    // in Arabic); the double is exact to the cent far beyond any portfolio's totals (2^53).
    const int digits = std::clamp(minorDigits, 0, 4);
    return numberText(static_cast<double>(amount) / std::pow(10.0, digits), 'f', digits);
}

QString currencyText(Cents amount, int minorDigits, const QString& isoCode) {
    const QLocale locale = grouping();
    if (locale.language() == QLocale::C || isoCode.isEmpty())
        return isoCode.isEmpty() ? moneyText(amount, minorDigits)
                                 : moneyText(amount, minorDigits) + QLatin1Char(' ') + isoCode;
    const int digits = std::clamp(minorDigits, 0, 4);
    const double value = static_cast<double>(amount) / std::pow(10.0, digits);
    // QLocale knows the symbol of its own country's currency only: a Spanish user sees 1.234,50 €
    // for euros, and "USD" for dollars, placed as the language places money.
    const bool own = locale.currencySymbol(QLocale::CurrencyIsoCode) == isoCode;
    const QString symbol = own ? locale.currencySymbol(QLocale::CurrencySymbol) : isoCode;
    QString text = locale.toCurrencyString(value, symbol, digits);
    const QString plain = locale.toString(std::abs(value), 'f', digits);
    const QString fixed = regrouped(plain, locale);
    if (fixed != plain)
        text.replace(plain, fixed);
    if (!own) {
        // A symbol's pattern writes "$1.00"; a code of letters needs a space ("USD 1.00").
        const qsizetype at = text.indexOf(symbol);
        const qsizetype after = at + symbol.size();
        if (at >= 0 && after < text.size() && text[after].isDigit())
            text.insert(after, QChar(0x00A0));
        if (at > 0 && text[at - 1].isDigit())
            text.insert(at, QChar(0x00A0));
    }
    return text;
}

QString numberText(long long n) {
    const QLocale locale = grouping();
    return regrouped(locale.toString(n), locale);
}

QString numberText(unsigned long long n) {
    const QLocale locale = grouping();
    return regrouped(locale.toString(n), locale);
}

QString numberText(int n) {
    return numberText(static_cast<long long>(n));
}

QString numberText(unsigned n) {
    return numberText(static_cast<unsigned long long>(n));
}

QString numberText(long n) {
    return numberText(static_cast<long long>(n));
}

QString numberText(unsigned long n) {
    return numberText(static_cast<unsigned long long>(n));
}

QString numberText(double value, char format, int precision) {
    const QLocale locale = grouping();
    return regrouped(locale.toString(value, format, precision), locale);
}

QString dayText(std::int32_t day) {
    if (day == kNoDay)
        return {};
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return isoDayText(day);
    // The language's short form with the whole year: 30/6/26 could be three different days.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    const Ymd ymd = Date::fromDays(day).ymd();
    return locale.toString(QDate(ymd.year, ymd.month, ymd.day), format);
}

QString isoDayText(std::int32_t day) {
    return day == kNoDay ? QString() : QString::fromStdString(Date::fromDays(day).toIso());
}

QString percentText(double share, int decimals) {
    const QLocale locale;
    const QString number = numberText(share * 100.0, 'f', decimals);
    // English writes 28.6%; most other languages keep the sign apart with a no-break space
    // (28,6 %). The C locale (tests, scripts) keeps the plain space it always had.
    if (locale.language() == QLocale::English)
        return number + locale.percent();
    if (locale.language() == QLocale::C)
        return number + QStringLiteral(" %");
    return number + QChar(0x00A0) + locale.percent();
}

} // namespace cartera
