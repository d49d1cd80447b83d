#include "app/common/chart_export.h"

#include "app/common/save_file.h"

#include <QAction>
#include <QBuffer>
#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace cartera {

bool saveChartImage(QWidget& chart, const QString& path, ChartImageFormat format, QString* error) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (format == ChartImageFormat::Png) {
        if (!chart.grab().toImage().save(&buffer, "PNG")) {
            if (error)
                *error = QWidget::tr("The chart could not be drawn as PNG.");
            return false;
        }
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(chart.size());
        svg.setViewBox(chart.rect());
        svg.setTitle(chart.accessibleName());
        QPainter painter(&svg);
        chart.render(&painter);
    }
    const QByteArray bytes = buffer.data();
    return saveFile(
        path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), error);
}

void addChartExportMenu(QWidget& chart, const QString& name) {
    chart.setContextMenuPolicy(Qt::ActionsContextMenu);
    QWidget* target = &chart;
    const auto add = [target, name](const QString& text, ChartImageFormat format) {
        auto* action = new QAction(text, target);
        QObject::connect(action, &QAction::triggered, target, [target, name, format] {
            const bool png = format == ChartImageFormat::Png;
            const QString path = QFileDialog::getSaveFileName(
                target, QWidget::tr("Save chart"),
                name + (png ? QStringLiteral(".png") : QStringLiteral(".svg")),
                png ? QWidget::tr("PNG image (*.png)") : QWidget::tr("SVG drawing (*.svg)"));
            QString error;
            if (!path.isEmpty() && !saveChartImage(*target, path, format, &error))
                QMessageBox::warning(target, QWidget::tr("Save chart"), error);
        });
        target->addAction(action);
    };
    add(QWidget::tr("Save chart as &PNG…"), ChartImageFormat::Png);
    add(QWidget::tr("Save chart as &SVG…"), ChartImageFormat::Svg);
}

} // namespace cartera
