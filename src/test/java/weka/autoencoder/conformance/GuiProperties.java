package weka.autoencoder.conformance;

import java.beans.BeanInfo;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.beans.PropertyEditorManager;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import weka.core.OptionMetadata;
import weka.gui.GenericObjectEditor;
import weka.gui.ProgrammaticProperty;

/**
 * The properties Weka's object editor (GenericObjectEditor / PropertySheetPanel) shows for a class, found the way
 * PropertySheetPanel finds them, and the help text it shows for each.
 */
final class GuiProperties {

  static {
    GenericObjectEditor.registerEditors();
  }

  private GuiProperties() {
  }

  /**
   * As PropertySheetPanel.setTarget: not hidden or expert, both a read and a write method, no
   * {@link ProgrammaticProperty} on either, and a type Weka can edit (an editor is registered, or the type is an
   * interface or abstract class, for which a package registers a GenericObjectEditor in its GUIEditors.props).
   *
   * @return the properties the GUI shows
   */
  static List<PropertyDescriptor> shown(Class<?> type) throws Exception {
    BeanInfo info = Introspector.getBeanInfo(type);
    List<PropertyDescriptor> shown = new ArrayList<>();
    for (PropertyDescriptor p : info.getPropertyDescriptors()) {
      if (p.isHidden() || p.isExpert() || p.getReadMethod() == null || p.getWriteMethod() == null) {
        continue;
      }
      if (annotated(p, ProgrammaticProperty.class)) {
        continue;
      }
      Class<?> valueType = p.getPropertyType();
      boolean editable = p.getPropertyEditorClass() != null || PropertyEditorManager.findEditor(valueType) != null
        || (!valueType.isPrimitive() && !valueType.isArray()
          && (valueType.isInterface() || Modifier.isAbstract(valueType.getModifiers())));
      if (editable) {
        shown.add(p);
      }
    }
    return shown;
  }

  private static boolean annotated(PropertyDescriptor p, Class<? extends Annotation> annotation) {
    return p.getReadMethod().getAnnotation(annotation) != null || p.getWriteMethod().getAnnotation(annotation) != null;
  }

  /**
   * @return the help text the GUI shows for the property: an {@link OptionMetadata} description, else what its
   *         public {@code <name>TipText()} method returns; null when there is neither
   */
  static String helpText(Object target, PropertyDescriptor p) throws Exception {
    for (Method m : new Method[] {p.getReadMethod(), p.getWriteMethod()}) {
      OptionMetadata meta = m.getAnnotation(OptionMetadata.class);
      if (meta != null && !meta.description().trim().isEmpty()) {
        return meta.description();
      }
    }
    Method tip;
    try {
      tip = target.getClass().getMethod(p.getName() + "TipText");
    } catch (NoSuchMethodException e) {
      return null;
    }
    Object text = tip.invoke(target);
    return text instanceof String ? (String) text : null;
  }
}
