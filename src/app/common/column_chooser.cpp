#include "app/common/column_chooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace cartera {

namespace {

void saveHidden(const QTableView& table, const QString& key) {
    QVariantList hidden;
    for (int c = 0; c < table.model()->columnCount(); ++c)
        if (table.isColumnHidden(c))
            hidden << c;
    QSettings().setValue(key, hidden);
}

} // namespace

void addColumnChooser(QTableView& table, const QString& settingsKey,
                      std::initializer_list<int> hiddenByDefault) {
    const QSettings settings;
    QList<int> hidden(hiddenByDefault);
    if (settings.contains(settingsKey)) {
        hidden.clear();
        for (const QVariant& c : settings.value(settingsKey).toList())
            hidden << c.toInt();
    }
    for (int c = 0; c < table.model()->columnCount(); ++c)
        table.setColumnHidden(c, hidden.contains(c));

    QHeaderView* header = table.horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, &table,
                     [&table, header, settingsKey](const QPoint& at) {
                         QMenu menu(&table);
                         fillColumnMenu(menu, table, settingsKey);
                         menu.exec(header->viewport()->mapToGlobal(at));
                     });
}

void fillColumnMenu(QMenu& menu, QTableView& table, const QString& settingsKey) {
    const QAbstractItemModel* model = table.model();
    int shown = 0;
    for (int c = 0; c < model->columnCount(); ++c)
        shown += table.isColumnHidden(c) ? 0 : 1;
    for (int c = 0; c < model->columnCount(); ++c) {
        QAction* a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!table.isColumnHidden(c));
        // The last visible column stays: a table without columns cannot be right-clicked back.
        a->setEnabled(table.isColumnHidden(c) || shown > 1);
        QObject::connect(a, &QAction::toggled, &table, [&table, c, settingsKey](bool on) {
            table.setColumnHidden(c, !on);
            saveHidden(table, settingsKey);
        });
    }
}

} // namespace cartera
