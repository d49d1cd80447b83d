#include "app/help/about_dialog.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace cartera {

QString aboutText() {
    // Cartera's own source is MIT, but Debian ships Qt Charts under GPL-3 only, so the
    // binary that links it can be passed on only under GPL-3's terms; a user who gives the
    // program to someone else must know that.
    return QCoreApplication::translate(
               "About",
               "<h3>Cartera %1</h3>"
               "<p>Customer portfolios as a flow: lifecycle stages, cohort flow, Pareto 80/20 "
               "and the recovery of lost customers.</p>"
               "<p>Built on Qt %2 and SQLite %3.</p>"
               "<p><b>Licence.</b> Cartera's source code is under the MIT licence. This "
               "program links Qt Charts, which is licensed under the GNU General Public "
               "License version 3 only; the program as a whole is therefore distributed under "
               "the terms of the GPL version 3, and whoever passes it on must offer its source "
               "under those terms. Qt's other modules are under the GNU LGPL version 3.</p>")
        .arg(QStringLiteral(CARTERA_VERSION), QString::fromLatin1(qVersion()),
             QString::fromStdString(sqliteVersion()));
}

void showAboutDialog(QWidget* parent) {
    QMessageBox::about(parent, QCoreApplication::translate("About", "About Cartera"), aboutText());
}

} // namespace cartera
