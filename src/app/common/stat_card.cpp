#include "app/common/stat_card.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cartera {

StatCard::StatCard(const QString& title, const QColor& accent, QWidget* parent)
    : QPushButton(parent), m_title(new QLabel(title)), m_value(new QLabel), m_detail(new QLabel) {
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(title);
    setMinimumHeight(96);
    setStyleSheet(
        QStringLiteral("cartera--StatCard { background: white; border: 1px solid #d0d4da;"
                       " border-left: 6px solid %1; border-radius: 6px; text-align: left; }"
                       "cartera--StatCard:hover { background: #f4f8fc; }"
                       "cartera--StatCard:focus { border-color: #3a7bd5; }")
            .arg(accent.name()));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(2);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_title->setStyleSheet(QStringLiteral("color: #4a5560;"));
    m_detail->setStyleSheet(QStringLiteral("color: #6a7580;"));
    for (QLabel* l : {m_title, m_value, m_detail}) {
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(l);
    }
}

void StatCard::setFigures(const QString& value, const QString& detail) {
    m_value->setText(value);
    m_detail->setText(detail);
    setAccessibleDescription(value + QLatin1Char(' ') + detail);
}

QString StatCard::value() const {
    return m_value->text();
}

QSize StatCard::sizeHint() const {
    return {200, 100};
}

} // namespace cartera
