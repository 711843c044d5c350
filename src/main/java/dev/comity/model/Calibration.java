package dev.comity.model;

import dev.comity.api.Category;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Turns the message model's raw probability for a category into the weight of a finding, fitted so that the report's
 * category score — the {@link dev.comity.api.Policy} combination {@code 1 - (1 - lexicon)(1 - weight)} — is a
 * calibrated probability that the message belongs to the category.
 *
 * <p>Per category, {@code weight = sigmoid(a * logit(p) + b)}: Platt scaling of the model probability {@code p}, with
 * {@code a, b} fitted by maximum likelihood of the combined score on a held-out slice, lexicon score included. So where
 * the lexicon already gives strong evidence the model adds little, and where the lexicon is silent the model's
 * probability is rescaled to the rate at which it is right. Immutable.
 */
final class Calibration {
  /**
   * Categories with fewer positives than this in the slice are not calibrated, and a category without calibration
   * gives no finding: its raw probability reflects the base rates of the training sets (tweets collected for hate
   * speech), not of developer mail, and nothing vouches for it.
   */
  static final int MIN_POSITIVES = 5;
  private static final int ITERATIONS = 300;
  private static final double EPSILON = 1e-6;

  private final Map<Category, double[]> params;

  Calibration(Map<Category, double[]> params) {
    EnumMap<Category, double[]> copy = new EnumMap<>(Category.class);
    params.forEach((c, p) -> copy.put(c, p.clone()));
    this.params = copy;
  }

  /** The finding weight in [0, 1] for raw probability {@code p} of {@code category}; 0 for an uncalibrated category. */
  double weight(Category category, double p) {
    double[] ab = params.get(category);
    if (ab == null) {
      return 0.0;
    }
    return sigmoid(ab[0] * logit(p) + ab[1]);
  }

  /** The fitted {@code a, b} of each category, in category order. */
  Map<Category, double[]> params() {
    EnumMap<Category, double[]> copy = new EnumMap<>(Category.class);
    params.forEach((c, p) -> copy.put(c, p.clone()));
    return copy;
  }

  /** One observation: raw model probability, lexicon score, and whether the message has the category. */
  record Point(double p, double lexicon, boolean positive) {}

  /**
   * Fits {@code a >= 0, b} by maximum likelihood of {@code 1 - (1 - lexicon)(1 - weight)}: the best point of a coarse
   * grid, refined by Gauss-Newton steps with a backtracking line search on the exact loss. A fixed procedure over the
   * points in their given order, so deterministic. {@code null} with fewer than {@link #MIN_POSITIVES} positives.
   */
  static double[] fit(List<Point> points) {
    long positives = points.stream().filter(Point::positive).count();
    if (positives < MIN_POSITIVES) {
      return null;
    }
    double[] z = new double[points.size()];
    for (int i = 0; i < z.length; i++) {
      z[i] = logit(points.get(i).p);
    }
    double a = 1.0;
    double b = 0.0;
    double best = loss(points, z, a, b);
    for (double ga = 0.0; ga <= 2.0; ga += 0.25) {
      for (double gb = -8.0; gb <= 8.0; gb += 1.0) {
        double l = loss(points, z, ga, gb);
        if (l < best) {
          best = l;
          a = ga;
          b = gb;
        }
      }
    }
    for (int iter = 0; iter < ITERATIONS; iter++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (int i = 0; i < z.length; i++) {
        Point pt = points.get(i);
        double w = sigmoid(a * z[i] + b);
        double keep = 1 - pt.lexicon;
        double s = clamp(1 - keep * (1 - w));
        double ds = keep * w * (1 - w); // dS/du, u = a z + b
        double g = (pt.positive ? -1 / s : 1 / (1 - s)) * ds;
        double h = ds * ds / (s * (1 - s)); // Gauss-Newton curvature
        ga += g * z[i];
        gb += g;
        haa += h * z[i] * z[i];
        hab += h * z[i];
        hbb += h;
      }
      double det = haa * hbb - hab * hab;
      if (!(det > 0)) {
        break;
      }
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      double step = 1.0;
      double next = Double.POSITIVE_INFINITY;
      while (step > 1e-6) {
        next = loss(points, z, Math.max(0, a - step * da), b - step * db);
        if (next < best) {
          break;
        }
        step /= 2;
      }
      if (!(next < best)) {
        break;
      }
      a = Math.max(0, a - step * da);
      b -= step * db;
      boolean converged = best - next < 1e-10 * points.size();
      best = next;
      if (converged) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static double loss(List<Point> points, double[] z, double a, double b) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      Point pt = points.get(i);
      double s = clamp(1 - (1 - pt.lexicon) * (1 - sigmoid(a * z[i] + b)));
      sum -= pt.positive ? Math.log(s) : Math.log(1 - s);
    }
    return sum;
  }

  static double logit(double p) {
    double q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
    return Math.log(q / (1 - q));
  }

  static double sigmoid(double u) {
    return 1 / (1 + Math.exp(-u));
  }

  private static double clamp(double s) {
    return Math.min(1 - EPSILON, Math.max(EPSILON, s));
  }

  /** One line per category: {@code id a b}, with the numbers in round-trip form. */
  String write() {
    StringBuilder sb = new StringBuilder();
    params.forEach((c, ab) -> sb.append(String.format(Locale.ROOT, "%s %s %s%n", c.id(), ab[0], ab[1])));
    return sb.toString();
  }

  /** Reads what {@link #write} wrote. */
  static Calibration read(String text, String source) {
    EnumMap<Category, double[]> params = new EnumMap<>(Category.class);
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(" ");
      try {
        if (f.length != 3) {
          throw new IllegalArgumentException("expected 'category a b'");
        }
        params.put(Category.fromId(f[0]), new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ":1: " + e.getMessage(), e);
      }
    }
    return new Calibration(params);
  }
}
