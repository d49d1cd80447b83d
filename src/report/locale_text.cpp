#include "report/locale_text.h"

#include <QLocale>

namespace cartera {

QString moneyText(Cents amount, int minorDigits) {
    const QLocale locale;
    return QString::fromStdString(
        formatMoney(amount, {locale.decimalPoint().toStdString(),
                             locale.groupSeparator().toStdString(), minorDigits}));
}

QString percentText(double share, int decimals) {
    return QLocale().toString(share * 100.0, 'f', decimals) + QStringLiteral(" %");
}

} // namespace cartera
