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
      for (int i = 0; i < s.x().length; i++) {
        xy.add(s.x()[i], s.y()[i]);
      }
      data.addSeries(xy);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(
        c.title(), c.xLabel(), c.yLabel(), data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
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
