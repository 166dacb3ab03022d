package vn.lantoa.statistics.internal.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, drawn on the server with JFreeChart into PNG images for the PDF: actions by
 * child unit, the trend over the period, reports by category. Labels in the bundled DejaVu Sans.
 */
final class ReportCharts {

    static final Color RED = new Color(0xA5, 0x1C, 0x1C);
    static final Color BLUE = new Color(0x1F, 0x4E, 0x79);
    private static final int SCALE = 3;

    private ReportCharts() {}

    /** Shares and rebuttals of each child unit, as horizontal bars. */
    static byte[] byUnit(ReportDocument doc, float width) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String shares = doc.t("statistics.report.col.shares");
        String rebuttals = doc.t("statistics.report.col.rebuttals");
        List<ReportDocument.Row> rows = doc.unitRows();
        for (ReportDocument.Row r : rows) {
            data.addValue(r.values()[2] + r.values()[3], shares, r.label());
            data.addValue(r.values()[4] + r.values()[5], rebuttals, r.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(
                null,
                null,
                doc.t("statistics.report.chart.count"),
                data,
                PlotOrientation.HORIZONTAL,
                true,
                false,
                false);
        bars(chart);
        return png(chart, width, Math.max(160, 40 + rows.size() * 34));
    }

    /** Shares and rebuttals per week or month of the period, as lines. */
    static byte[] trend(ReportDocument doc, float width) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String shares = doc.t("statistics.report.col.shares");
        String rebuttals = doc.t("statistics.report.col.rebuttals");
        for (var p : doc.figures().trend()) {
            String label = doc.shortBucketLabel(p.bucket());
            data.addValue(p.shares(), shares, label);
            data.addValue(p.rebuttals(), rebuttals, label);
        }
        JFreeChart chart = ChartFactory.createLineChart(
                null, null, doc.t("statistics.report.chart.count"), data, PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plain(plot);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, RED);
        renderer.setSeriesPaint(1, BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        if (doc.trendRows().size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        return png(chart, width, 230);
    }

    /** Reports filed in the period by category, as horizontal bars. */
    static byte[] categories(ReportDocument doc, float width) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String reports = doc.t("statistics.report.col.reports");
        List<ReportDocument.Row> rows = doc.categoryRows();
        for (ReportDocument.Row r : rows) {
            data.addValue(r.values()[0], reports, r.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(
                null,
                null,
                doc.t("statistics.report.chart.count"),
                data,
                PlotOrientation.HORIZONTAL,
                false,
                false,
                false);
        bars(chart);
        return png(chart, width, Math.max(120, 30 + rows.size() * 26));
    }

    private static void bars(JFreeChart chart) {
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plain(plot);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, RED);
        renderer.setSeriesPaint(1, BLUE);
    }

    private static void plain(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        plot.setDomainGridlinesVisible(false);
    }

    private static StandardChartTheme theme() {
        java.awt.Font base = ReportFonts.chart();
        StandardChartTheme theme = new StandardChartTheme("lantoa-report");
        theme.setExtraLargeFont(base.deriveFont(java.awt.Font.BOLD, 13f));
        theme.setLargeFont(base.deriveFont(java.awt.Font.BOLD, 11f));
        theme.setRegularFont(base.deriveFont(10f));
        theme.setSmallFont(base.deriveFont(9f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        return theme;
    }

    /** The chart at {@code width} × {@code height} points, drawn three times as fine for print. */
    private static byte[] png(JFreeChart chart, float width, int height) {
        int w = Math.round(width);
        BufferedImage image = new BufferedImage(w * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, height));
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
