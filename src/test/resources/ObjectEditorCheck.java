import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.beans.PropertyEditor;
import java.beans.PropertyEditorManager;

import weka.core.WekaPackageClassLoaderManager;
import weka.core.WekaPackageManager;
import weka.gui.GenericPropertiesCreator;

/**
 * Run by PackageInstallIT with Java's source launcher on Weka's own classpath: loads the installed packages as the
 * Explorer does and prints what the Explorer's object editor would offer for a filter's noise property.
 */
public class ObjectEditorCheck {

  public static void main(String[] args) throws Exception {
    WekaPackageManager.loadPackages(false, false, true);
    String type = "weka.autoencoder.noise.NoiseModel";
    System.out.println("listed: " + GenericPropertiesCreator.getGlobalOutputProperties().getProperty(type));
    PropertyEditor editor = PropertyEditorManager.findEditor(WekaPackageClassLoaderManager.forName(type));
    System.out.println("editor: " + (editor == null ? null : editor.getClass().getName()));
    Object filter =
      WekaPackageClassLoaderManager.objectForName("weka.filters.unsupervised.attribute.DenoisingAutoencoder");
    for (PropertyDescriptor p : Introspector.getBeanInfo(filter.getClass()).getPropertyDescriptors()) {
      if (p.getName().equals("noise")) {
        System.out.println("property: " + p.getPropertyType().getName() + " = "
          + p.getReadMethod().invoke(filter).getClass().getName());
      }
    }
  }
}
