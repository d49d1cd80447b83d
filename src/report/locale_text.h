#pragma once

#include "core/base/money.h"

#include <QString>

namespace cartera {

// Money and shares as people read them, in the user's locale (QLocale's default). The app's
// views and the printed review write them the same way.
QString moneyText(Cents amount, int minorDigits = 2);
QString percentText(double share, int decimals = 1);

} // namespace cartera
