package weka.autoencoder.gui;

import java.awt.BorderLayout;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import weka.autoencoder.train.EpochReport;
import weka.autoencoder.train.ProgressListener;

/**
 * A small window that shows a GUI user that training is under way and how far it is (epoch, loss, time left), with
 * a button that stops it. Weka's Explorer and KnowledgeFlow give filters no place of their own to report progress,
 * and training can take minutes, so the filter opens this window while it trains and closes it afterwards.
 *
 * <p>Stop interrupts the training thread; the training loop checks for that between minibatches and ends cleanly,
 * which also works on Java versions where the Explorer's own Stop button (Thread.stop) no longer does.
 */
public final class ProgressWindow implements ProgressListener, AutoCloseable {

  /** Title prefix, so users and tests can find the window. */
  public static final String TITLE_SUFFIX = " training";

  private final Thread m_trainingThread;
  private final String m_name;
  private JFrame m_frame;
  private JProgressBar m_bar;
  private JLabel m_status;
  private JLabel m_warnings;

  private ProgressWindow(String name, Thread trainingThread) {
    m_name = name;
    m_trainingThread = trainingThread;
  }

  /**
   * @param name what is training, e.g. "Autoencoder"
   * @return a window for the current thread's training when a Weka window is on screen (Explorer, KnowledgeFlow),
   *         else null: from the command line or a headless JVM progress goes to the console only
   */
  public static ProgressWindow openIfGuiIsShowing(String name) {
    if (GraphicsEnvironment.isHeadless() || !anyFrameShowing()) {
      return null;
    }
    ProgressWindow window = new ProgressWindow(name, Thread.currentThread());
    SwingUtilities.invokeLater(window::build);
    return window;
  }

  private static boolean anyFrameShowing() {
    for (Frame frame : Frame.getFrames()) {
      if (frame.isShowing()) {
        return true;
      }
    }
    return false;
  }

  private void build() {
    m_frame = new JFrame(m_name + TITLE_SUFFIX);
    m_frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    m_bar = new JProgressBar();
    m_bar.setIndeterminate(true);
    m_bar.setStringPainted(true);
    m_bar.setString("preparing the data and the network...");
    m_status = new JLabel("Training has started; the first epoch is running.");
    JButton stop = new JButton("Stop training");
    stop.setToolTipText("End training after the current minibatch; the filter is then not applied.");
    stop.addActionListener(e -> {
      stop.setEnabled(false);
      m_status.setText("Stopping...");
      m_trainingThread.interrupt();
    });
    JPanel panel = new JPanel(new BorderLayout(8, 8));
    panel.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
    panel.add(m_bar, BorderLayout.NORTH);
    m_warnings = new JLabel("");
    m_warnings.setForeground(new java.awt.Color(0xA0, 0x40, 0x00));
    JPanel middle = new JPanel(new BorderLayout(4, 4));
    middle.add(m_status, BorderLayout.NORTH);
    middle.add(m_warnings, BorderLayout.CENTER);
    panel.add(middle, BorderLayout.CENTER);
    JPanel buttons = new JPanel();
    buttons.add(stop);
    panel.add(buttons, BorderLayout.SOUTH);
    m_frame.getContentPane().add(panel);
    m_frame.setSize(560, 150);
    m_frame.setLocationByPlatform(true);
    m_frame.setVisible(true);
  }

  @Override
  public void epochFinished(EpochReport report) {
    SwingUtilities.invokeLater(() -> {
      if (m_frame == null) {
        return;
      }
      m_bar.setIndeterminate(false);
      m_bar.setMaximum(report.maxEpochs());
      m_bar.setValue(report.epoch());
      m_bar.setString("epoch " + report.epoch() + " of at most " + report.maxEpochs());
      m_status.setText(report.describe());
    });
  }

  /** Shows the warning under the progress line for the rest of the training. */
  @Override
  public void warning(String message) {
    SwingUtilities.invokeLater(() -> {
      if (m_frame == null) {
        return;
      }
      m_warnings.setText("<html>" + (m_warnings.getText().isEmpty() ? "" : m_warnings.getText()
        .replaceAll("</?html>", "") + "<br>") + "Warning: " + escaped(message) + "</html>");
      m_frame.setSize(m_frame.getWidth(), Math.max(m_frame.getHeight(), 230));
    });
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void trainingFinished(String summary) {
    close();
  }

  /** Closes the window; safe to call more than once and from any thread. */
  @Override
  public void close() {
    SwingUtilities.invokeLater(() -> {
      if (m_frame != null) {
        m_frame.dispose();
        m_frame = null;
      }
    });
  }
}
