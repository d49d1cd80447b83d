#include "app/common/empty_state.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

namespace cartera {

EmptyState::EmptyState(QAbstractItemView* view, const QString& text)
    : QLabel(text, view->viewport()), m_view(view) {
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setForegroundRole(QPalette::PlaceholderText);
    setMargin(24);
    hide();
    view->viewport()->installEventFilter(this);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::refresh);
}

void EmptyState::setArmed(bool armed) {
    m_armed = armed;
    refresh();
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

void EmptyState::refresh() {
    setGeometry(m_view->viewport()->rect());
    setVisible(m_armed && m_view->model()->rowCount() == 0);
}

} // namespace cartera
