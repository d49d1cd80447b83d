#pragma once

#include "core/base/csv_reader.h"

#include <QAbstractTableModel>
#include <QString>
#include <string_view>
#include <vector>

namespace cartera {

// The first rows of a file as the reader splits them, for the wizard to show before anything
// is imported.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    using QAbstractTableModel::QAbstractTableModel;

    // Reads up to `maxRows` rows; returns the reader's complaint, if it had one, after keeping
    // the rows before it.
    QString read(std::string_view data, Delimiter delimiter, std::size_t maxRows = 21);
    void clear();

    // "Column 3: Amount" from the first row, for the column choices.
    QString columnTitle(int column) const;
    // Amounts written with commas and never a point use a decimal comma.
    bool usesDecimalComma(int column, bool skipFirstRow) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    const QString* cell(std::size_t row, std::size_t column) const;
    std::vector<std::vector<QString>> m_rows;
    int m_columns = 0;
};

} // namespace cartera
