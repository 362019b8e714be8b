package weka.autoencoder.gui;

import java.awt.Component;
import java.awt.Frame;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.PluginManager;
import weka.core.Utils;
import weka.core.WekaPackageClassLoaderManager;
import weka.core.WekaPackageManager;
import weka.core.converters.ConverterUtils.DataSource;
import weka.gui.GenericObjectEditor;
import weka.gui.explorer.Explorer;
import weka.gui.explorer.PreprocessPanel;

/**
 * Drives the real Weka Explorer in a window (under Xvfb in tests) the way a user would: load a dataset on the
 * Preprocess panel, choose a filter from the object editor's list, Apply (or Apply then Stop), and report what the
 * panel shows as "RESULT key=value" lines. Runs in a Weka JVM whose classpath holds Weka only, with this package
 * installed in WEKA_HOME, so the filter comes through Weka's package loader as it does for users.
 *
 * <p>Usage: {@code ExplorerDriver <apply|stop> <arff> <screenshot.png> <filter class> [filter options]}
 */
public final class ExplorerDriver {

  private ExplorerDriver() {
  }

  public static void main(String[] args) throws Exception {
    try {
      run(args);
      System.exit(0);
    } catch (Throwable t) {
      t.printStackTrace(System.out);
      System.out.println("RESULT error=" + t);
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    String mode = args[0];
    if (mode.equals("flow")) {
      showFlow(new File(args[1]), new File(args[2]));
      return;
    }
    Instances data = DataSource.read(args[1]);
    File screenshot = new File(args[2]);
    String filterClass = args[3];
    String[] filterOptions = java.util.Arrays.copyOfRange(args, 4, args.length);

    WekaPackageManager.loadPackages(false, true, false);
    GenericObjectEditor.determineClasses();
    // The object editor's Choose tree lists exactly the plugins Weka discovered for the Filter type.
    Set<String> filters = PluginManager.getPluginNamesOfType(weka.filters.Filter.class.getName());
    System.out.println("RESULT listed=" + (filters != null && filters.contains(filterClass)));

    AtomicReference<JFrame> frame = new AtomicReference<>();
    AtomicReference<Explorer> explorer = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      Explorer e = new Explorer();
      JFrame f = new JFrame("Weka Explorer");
      f.getContentPane().add(e);
      f.setSize(1100, 750);
      f.setVisible(true);
      explorer.set(e);
      frame.set(f);
    });
    PreprocessPanel panel = explorer.get().getPreprocessPanel();
    SwingUtilities.invokeAndWait(() -> panel.setInstances(data));
    waitUntilIdle(panel, 60_000);
    int attributesBefore = panel.getInstances().numAttributes();

    // Choose the filter in the object editor, as the Choose button's tree would.
    Object filter = WekaPackageClassLoaderManager.objectForName(filterClass);
    ((OptionHandler) filter).setOptions(filterOptions);
    GenericObjectEditor editor = (GenericObjectEditor) field(panel, "m_FilterEditor");
    SwingUtilities.invokeAndWait(() -> editor.setValue(filter));
    System.out.println("RESULT chosen=" + editor.getValue().getClass().getName() + " "
      + Utils.joinOptions(((OptionHandler) editor.getValue()).getOptions()));

    JButton apply = (JButton) field(panel, "m_ApplyFilterBut");
    SwingUtilities.invokeAndWait(apply::doClick);
    if (mode.equals("stop")) {
      Frame window = waitForWindow("training", 120_000);
      System.out.println("RESULT progressWindow=" + (window != null));
      Thread.sleep(3000); // let a few epochs run and the window show them
      if (window != null) {
        saveScreenshot(window, new File(screenshot.getPath().replace(".png", "-progress.png")));
      }
      JButton stop = (JButton) field(panel, "m_StopBut");
      long pressed = System.currentTimeMillis();
      SwingUtilities.invokeAndWait(stop::doClick);
      waitUntilIdle(panel, 60_000);
      System.out.println("RESULT stoppedAfterMillis=" + (System.currentTimeMillis() - pressed));
      Thread.sleep(1000);
      System.out.println("RESULT progressWindowClosed=" + (findWindow("training") == null));
      System.out.println("RESULT attributesAfterStop=" + panel.getInstances().numAttributes()
        + " before=" + attributesBefore);
      // The panel must still work: apply a short training to the unchanged data.
      ((OptionHandler) filter).setOptions(new String[] {"-code-size", "5", "-epochs", "1", "-hidden", "8"});
      SwingUtilities.invokeAndWait(() -> editor.setValue(filter));
      SwingUtilities.invokeAndWait(apply::doClick);
    }
    waitUntilIdle(panel, 600_000);
    Instances result = panel.getInstances();
    System.out.println("RESULT attributes=" + result.numAttributes());
    System.out.println("RESULT instances=" + result.numInstances());
    System.out.println("RESULT firstAttribute=" + result.attribute(0).name());
    System.out.println("RESULT lastAttribute=" + result.attribute(result.numAttributes() - 1).name());
    Thread.sleep(500);
    saveScreenshot(frame.get(), screenshot);
    System.out.println("RESULT screenshot=" + screenshot);
  }

  /** Opens a flow file in the KnowledgeFlow, as File > Open would, and saves a screenshot of the window. */
  private static void showFlow(File flow, File screenshot) throws Exception {
    WekaPackageManager.loadPackages(false, true, false);
    AtomicReference<JFrame> frame = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      weka.gui.knowledgeflow.KnowledgeFlowApp app = new weka.gui.knowledgeflow.KnowledgeFlowApp();
      JFrame f = new JFrame("Weka KnowledgeFlow");
      f.getContentPane().add(app);
      f.setSize(1280, 760);
      f.setVisible(true);
      ((weka.gui.knowledgeflow.MainKFPerspective) app.getMainPerspective()).loadLayout(flow, false);
      frame.set(f);
    });
    Thread.sleep(3000);
    int steps = ((weka.gui.knowledgeflow.MainKFPerspective) ((weka.gui.knowledgeflow.KnowledgeFlowApp) frame.get()
      .getContentPane().getComponent(0)).getMainPerspective()).getCurrentLayout().getFlow().size();
    System.out.println("RESULT steps=" + steps);
    saveScreenshot(frame.get(), screenshot);
    System.out.println("RESULT screenshot=" + screenshot);
  }

  /** Waits until the panel's worker thread is gone (the Explorer sets it to null when filtering ends). */
  private static void waitUntilIdle(PreprocessPanel panel, long timeoutMillis) throws Exception {
    long end = System.currentTimeMillis() + timeoutMillis;
    Thread.sleep(300);
    while (field(panel, "m_IOThread") != null) {
      if (System.currentTimeMillis() > end) {
        throw new IllegalStateException("The Explorer was still busy after " + timeoutMillis + " ms");
      }
      Thread.sleep(200);
    }
    SwingUtilities.invokeAndWait(() -> { });
  }

  private static Frame waitForWindow(String titlePart, long timeoutMillis) throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < end) {
      Frame f = findWindow(titlePart);
      if (f != null) {
        return f;
      }
      Thread.sleep(100);
    }
    return null;
  }

  private static Frame findWindow(String titlePart) {
    for (Frame f : Frame.getFrames()) {
      if (f.isShowing() && f.getTitle() != null && f.getTitle().contains(titlePart)) {
        return f;
      }
    }
    return null;
  }

  private static Object field(Object target, String name) throws Exception {
    Class<?> type = target.getClass();
    while (type != null) {
      try {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
      } catch (NoSuchFieldException e) {
        type = type.getSuperclass();
      }
    }
    throw new NoSuchFieldException(name);
  }

  private static void saveScreenshot(Component component, File file) throws Exception {
    AtomicReference<BufferedImage> image = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      BufferedImage img = new BufferedImage(component.getWidth(), component.getHeight(),
        BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      component.paintAll(g);
      g.dispose();
      image.set(img);
    });
    file.getParentFile().mkdirs();
    ImageIO.write(image.get(), "png", file);
  }
}
