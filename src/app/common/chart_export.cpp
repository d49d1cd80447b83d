#include "app/common/chart_export.h"

#include "app/common/save_file.h"

#include <QAction>
#include <QBuffer>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>
#include <algorithm>

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

namespace {

const char* const kExportable = "carteraChartExport";

} // namespace

void addChartExportMenu(QWidget& chart, const QString& name) {
    chart.setContextMenuPolicy(Qt::ActionsContextMenu);
    chart.setProperty(kExportable, true);
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

QList<QWidget*> exportableCharts(const QWidget& page) {
    QList<QWidget*> charts;
    for (QWidget* w : page.findChildren<QWidget*>())
        if (w->property(kExportable).toBool() && w->isVisible())
            charts << w;
    std::stable_sort(charts.begin(), charts.end(), [&page](const QWidget* a, const QWidget* b) {
        const QPoint pa = a->mapTo(&page, QPoint()), pb = b->mapTo(&page, QPoint());
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    return charts;
}

void fillChartExportMenu(QMenu& menu, const QWidget& page) {
    menu.clear();
    const QList<QWidget*> charts = exportableCharts(page);
    if (charts.isEmpty()) {
        menu.addAction(QWidget::tr("No chart on this page"))->setEnabled(false);
        return;
    }
    for (QWidget* chart : charts) {
        for (QAction* own : chart->actions()) {
            QAction* a = menu.addAction(QStringLiteral("%1: %2").arg(
                chart->accessibleName(), QString(own->text()).remove(QLatin1Char('&'))));
            QObject::connect(a, &QAction::triggered, own, &QAction::trigger);
        }
    }
}

} // namespace cartera
