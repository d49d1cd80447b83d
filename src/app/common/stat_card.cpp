#include "app/common/stat_card.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace cartera {

StatCard::StatCard(const QString& title, const QColor& accent, QWidget* parent)
    : QPushButton(parent), m_accent(accent), m_title(new QLabel(title)), m_value(new QLabel),
      m_detail(new QLabel) {
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(title);
    setMinimumHeight(96);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(2);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("cardValue"));
    for (QLabel* l : {m_title, m_value, m_detail}) {
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(l);
    }
    applyPalette();
}

void StatCard::applyPalette() {
    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    // Secondary text 30 % of the way to the background keeps its rank and its contrast.
    const auto towardsBase = [&](double t) {
        return QColor::fromRgbF(
            static_cast<float>(text.redF() + t * (base.redF() - text.redF())),
            static_cast<float>(text.greenF() + t * (base.greenF() - text.greenF())),
            static_cast<float>(text.blueF() + t * (base.blueF() - text.blueF())));
    };
    const auto paint = [](QLabel* label, const QColor& colour) {
        QPalette lp = label->palette();
        lp.setColor(QPalette::WindowText, colour);
        label->setPalette(lp);
    };
    paint(m_value, text);
    paint(m_title, towardsBase(0.25));
    paint(m_detail, towardsBase(0.35));
    update();
}

void StatCard::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette p = palette();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath shape;
    shape.addRoundedRect(box, 6, 6);
    painter.fillPath(shape, underMouse() ? p.alternateBase() : p.base());
    painter.save();
    painter.setClipPath(shape);
    painter.fillRect(QRectF(box.left(), box.top(), 6, box.height()), m_accent);
    painter.restore();
    painter.setPen(QPen(hasFocus() ? p.color(QPalette::Highlight) : p.color(QPalette::Mid),
                        hasFocus() ? 2 : 1));
    painter.drawPath(shape);
}

void StatCard::changeEvent(QEvent* event) {
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::EnabledChange)
        update();
}

void StatCard::enterEvent(QEnterEvent* event) {
    QPushButton::enterEvent(event);
    update();
}

void StatCard::leaveEvent(QEvent* event) {
    QPushButton::leaveEvent(event);
    update();
}

QColor StatCard::background() const {
    return palette().color(underMouse() ? QPalette::AlternateBase : QPalette::Base);
}

QColor StatCard::valueColor() const {
    return m_value->palette().color(QPalette::WindowText);
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
