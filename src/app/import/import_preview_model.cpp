#include "app/import/import_preview_model.h"

#include "app/common/error_message.h"

#include <algorithm>
#include <exception>

namespace cartera {

QString ImportPreviewModel::read(std::string_view data, Delimiter delimiter, std::size_t maxRows) {
    beginResetModel();
    m_rows.clear();
    m_columns = 0;
    QString error;
    CsvReader reader(data, delimiter);
    std::vector<std::string_view> fields;
    try {
        while (m_rows.size() < maxRows && reader.next(fields)) {
            std::vector<QString> row;
            for (auto f : fields)
                row.push_back(QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size())));
            m_columns = std::max(m_columns, static_cast<int>(row.size()));
            m_rows.push_back(std::move(row));
        }
    } catch (const std::exception& e) {
        error = ErrorMessage::of(e);
    }
    endResetModel();
    return error;
}

void ImportPreviewModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_columns = 0;
    endResetModel();
}

const QString* ImportPreviewModel::cell(std::size_t row, std::size_t column) const {
    if (row >= m_rows.size() || column >= m_rows[row].size())
        return nullptr;
    return &m_rows[row][column];
}

QString ImportPreviewModel::columnTitle(int column) const {
    const QString* first = cell(0, static_cast<std::size_t>(column));
    return first ? tr("Column %1: %2").arg(column + 1).arg(first->left(24))
                 : tr("Column %1").arg(column + 1);
}

bool ImportPreviewModel::usesDecimalComma(int column, bool skipFirstRow) const {
    bool comma = false;
    bool point = false;
    for (std::size_t r = skipFirstRow ? 1 : 0; r < m_rows.size(); ++r)
        if (const QString* text = cell(r, static_cast<std::size_t>(column))) {
            comma = comma || text->contains(u',');
            point = point || text->contains(u'.');
        }
    return comma && !point;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (role != Qt::DisplayRole || !index.isValid())
        return {};
    const QString* text =
        cell(static_cast<std::size_t>(index.row()), static_cast<std::size_t>(index.column()));
    return text ? QVariant(*text) : QVariant();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    return orientation == Qt::Horizontal ? QVariant(tr("Column %1").arg(section + 1))
                                         : QVariant(section + 1);
}

} // namespace cartera
