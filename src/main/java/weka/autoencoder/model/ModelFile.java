package weka.autoencoder.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import weka.core.SerializationHelper;

/**
 * Reads and writes the model files of {@code -save-model} and {@code -model}, for the filters, the generator and the
 * Spark job alike. Files are Java serialization, read through Weka's own helper so that classes load inside Weka's
 * package class loader. Anything that stops a file from becoming a model of the expected kind (a truncated copy, a
 * corrupt network archive, a file written by an incompatible version, some other object) becomes one message that
 * names the file and says what to do, never a serialization trace. Files are written to a temporary file beside the
 * target first and then renamed, so an interrupted save never leaves half a model under the target name.
 */
public final class ModelFile {

  private ModelFile() {
  }

  /**
   * Checks, before any training, that a model can be saved to {@code file}: its folder exists and is writable, and
   * the file itself is not a folder or read-only.
   *
   * @param option the option that named the file, e.g. "save-model"
   * @param who the scheme's name, to start messages with
   * @throws IllegalArgumentException naming the file and what to change
   */
  public static void checkWritable(File file, String option, String who) {
    File absolute = file.getAbsoluteFile();
    File folder = absolute.getParentFile();
    String start = who + ": cannot save the model to " + file + " (-" + option + "): ";
    if (absolute.isDirectory()) {
      throw new IllegalArgumentException(start + "it is a folder; give a file name.");
    }
    if (folder == null || !folder.isDirectory()) {
      throw new IllegalArgumentException(start + "the folder " + folder + " does not exist; create it first.");
    }
    if (!folder.canWrite() || (absolute.exists() && !absolute.canWrite())) {
      throw new IllegalArgumentException(start + "it is not writable here; choose another file.");
    }
  }

  /**
   * Writes {@code model} to {@code file} (replacing it only once the whole model is written).
   *
   * @throws IllegalArgumentException naming the file when it cannot be written
   */
  public static void write(File file, Serializable model, String who) {
    File absolute = file.getAbsoluteFile();
    File temporary = new File(absolute.getParentFile(), "." + absolute.getName() + ".part");
    try {
      try (OutputStream out = new BufferedOutputStream(new FileOutputStream(temporary))) {
        write(out, model);
      }
      Files.move(temporary.toPath(), absolute.toPath(), StandardCopyOption.REPLACE_EXISTING);
    } catch (Exception e) {
      temporary.delete();
      throw new IllegalArgumentException(who + ": cannot save the model to " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code model} to a stream (left open), as {@link #read(InputStream, Class, String, String)} reads it. */
  public static void write(OutputStream out, Serializable model) throws Exception {
    SerializationHelper.write(out, model);
  }

  /**
   * @param file a file written by {@link #write}
   * @param kind the class the file must hold
   * @param who the scheme's name, to start messages with
   * @param whatToDo what the user should give instead when the file is missing or holds another kind of model,
   *          e.g. "a file saved by Autoencoder with -save-model"
   * @return the model
   * @throws IllegalArgumentException naming the file when it is missing, damaged or of another kind
   */
  public static <T> T read(File file, Class<T> kind, String who, String whatToDo) {
    if (!file.isFile()) {
      throw new IllegalArgumentException(who + ": the model file " + file + " does not exist: give " + whatToDo
        + ".");
    }
    try (InputStream in = new BufferedInputStream(new FileInputStream(file))) {
      return read(in, kind, who, file.getPath(), whatToDo);
    } catch (IOException e) {
      throw damaged(who, file.getPath(), e);
    }
  }

  /**
   * Reads a model from a stream (a model shipped to Spark executors, say).
   *
   * @param name what to call the stream in messages (its file name)
   */
  public static <T> T read(InputStream in, Class<T> kind, String who, String name, String whatToDo) {
    Object object;
    try {
      object = SerializationHelper.read(in);
    } catch (Exception | LinkageError e) {
      // InvalidClassException, StreamCorruptedException, EOFException, ZipException ("invalid entry size") from
      // the network archive inside, ClassNotFoundException, ClassCastException inside readObject ...
      throw damaged(who, name, e);
    }
    if (!kind.isInstance(object)) {
      throw new IllegalArgumentException(who + ": " + name + " holds "
        + (object == null ? "nothing" : "a " + object.getClass().getSimpleName()) + ", not the model expected here: "
        + "give " + whatToDo + ".");
    }
    return kind.cast(object);
  }

  private static IllegalArgumentException damaged(String who, String name, Throwable cause) {
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName()
      : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return new IllegalArgumentException(who + ": " + name + " is damaged or was written by an incompatible version "
      + "of the autoencoders package: retrain and save it again (" + detail + ").", cause);
  }
}
