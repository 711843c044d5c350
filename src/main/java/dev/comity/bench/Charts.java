package dev.comity.bench;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** Renders {@link Chart}s with JFreeChart as inline SVG, so the HTML report is one self-contained file. */
final class Charts {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 420;
  /** Points drawn per line at most: a curve over 25k distinct scores would make the page megabytes of SVG. */
  private static final int MAX_POINTS = 400;

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {}

  static String svg(Chart c) {
    JFreeChart chart = c.bars() ? bars(c) : lines(c);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getPlot().setBackgroundPaint(new Color(0xF7F7F7));
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    return g.getSVGElement();
  }

  private static JFreeChart lines(Chart c) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Chart.Series s : c.series()) {
      XYSeries xy = new XYSeries(s.name(), false, true);
      int n = s.x().length;
      int step = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
      for (int i = 0; i < n; i += step) {
        xy.add(s.x()[i], s.y()[i]);
      }
      if (n > 0 && (n - 1) % step != 0) {
        xy.add(s.x()[n - 1], s.y()[n - 1]); // keep the end of the curve (full recall)
      }
      data.addSeries(xy);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(
        c.title(), c.xLabel(), c.yLabel(), data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      // a marker per point only where points are few enough to read (lexicon scores take few distinct values)
      renderer.setSeriesShapesVisible(i, data.getItemCount(i) <= 40);
    }
    plot.setRenderer(renderer);
    return chart;
  }

  private static JFreeChart bars(Chart c) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Chart.Series s : c.series()) {
      for (int i = 0; i < c.labels().size(); i++) {
        data.addValue(s.y()[i], s.name(), c.labels().get(i));
      }
    }
    return ChartFactory.createBarChart(
        c.title(), c.xLabel(), c.yLabel(), data, PlotOrientation.VERTICAL, true, false, false);
  }
}
