#pragma once

#include <QString>

class QWidget;

namespace cartera {

// What Cartera is, what it is built on, and under which licence the binary is distributed.
QString aboutText();
void showAboutDialog(QWidget* parent);

} // namespace cartera
