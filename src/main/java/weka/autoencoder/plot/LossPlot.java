package weka.autoencoder.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

import weka.autoencoder.train.TrainingHistory;

/**
 * Draws training and validation loss per epoch, so a user sees at a glance whether training converged, stopped early
 * or overfitted (validation loss rising while training loss falls). Plain Java2D, so it works headless.
 */
public final class LossPlot {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 400;

  private static final Color TRAINING = new Color(31, 119, 180);
  private static final Color VALIDATION = new Color(255, 127, 14);
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  private LossPlot() {
  }

  /**
   * @param history the losses to draw
   * @param title e.g. "Autoencoder: reconstruction loss"
   * @return the picture
   */
  public static BufferedImage render(TrainingHistory history, String title) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    List<Double> training = history.trainingLoss();
    List<Double> validation = history.validationLoss();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (List<Double> series : List.of(training, validation)) {
      for (double v : series) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (!Double.isFinite(min)) {
      min = 0;
      max = 1;
    }
    if (max - min < 1e-12) {
      max = min + Math.max(1e-6, Math.abs(min) * 0.1);
    }
    int epochs = Math.max(training.size(), 2);
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;

    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(title, LEFT, 24);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.drawRect(LEFT, TOP, plotWidth, plotHeight);
    for (int i = 0; i <= 4; i++) {
      double value = min + (max - min) * i / 4;
      int y = TOP + plotHeight - plotHeight * i / 4;
      g.setColor(new Color(230, 230, 230));
      g.drawLine(LEFT + 1, y, LEFT + plotWidth - 1, y);
      g.setColor(Color.BLACK);
      g.drawString(String.format(Locale.ROOT, "%.4g", value), 4, y + 4);
    }
    g.drawString("epoch", LEFT + plotWidth / 2 - 15, HEIGHT - 12);
    g.drawString("1", LEFT, TOP + plotHeight + 16);
    g.drawString(Integer.toString(training.size()), LEFT + plotWidth - 10, TOP + plotHeight + 16);

    drawSeries(g, training, TRAINING, min, max, epochs, plotWidth, plotHeight);
    drawSeries(g, validation, VALIDATION, min, max, epochs, plotWidth, plotHeight);
    if (history.keptEpoch() > 0) {
      int x = LEFT + (int) Math.round(plotWidth * (history.keptEpoch() - 1) / (double) (epochs - 1));
      g.setColor(Color.GRAY);
      g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
      g.drawLine(x, TOP, x, TOP + plotHeight);
    }
    g.setStroke(new BasicStroke(1));
    legend(g, TRAINING, "training loss", 0);
    if (validation.stream().anyMatch(Double::isFinite)) {
      legend(g, VALIDATION, "validation loss", 1);
      legend(g, Color.GRAY, "weights kept (epoch " + history.keptEpoch() + ")", 2);
    }
    g.dispose();
    return image;
  }

  private static void drawSeries(Graphics2D g, List<Double> series, Color colour, double min, double max,
    int epochs, int plotWidth, int plotHeight) {
    g.setColor(colour);
    g.setStroke(new BasicStroke(2));
    int previousX = -1;
    int previousY = -1;
    for (int i = 0; i < series.size(); i++) {
      double v = series.get(i);
      if (!Double.isFinite(v)) {
        previousX = -1;
        continue;
      }
      int x = LEFT + (int) Math.round(plotWidth * i / (double) (epochs - 1));
      int y = TOP + plotHeight - (int) Math.round(plotHeight * (v - min) / (max - min));
      if (previousX >= 0) {
        g.drawLine(previousX, previousY, x, y);
      } else {
        g.fillOval(x - 2, y - 2, 4, 4);
      }
      previousX = x;
      previousY = y;
    }
  }

  private static void legend(Graphics2D g, Color colour, String text, int row) {
    int x = WIDTH - RIGHT - 200;
    int y = TOP + 16 + row * 16;
    g.setColor(colour);
    g.fillRect(x, y - 8, 14, 4);
    g.setColor(Color.BLACK);
    g.drawString(text, x + 20, y - 2);
  }
}
