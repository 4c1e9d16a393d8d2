package akb.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Swaps a store built by the importer into a home directory, and undoes a swap that did not
 * finish. The default database's store and its transaction logs are moved aside, the imported ones
 * moved in, under a journal file, so a crash at any point leaves either the old store or, once akb
 * has confirmed the load (schema applied, indexes online), the new one — never half of each.
 *
 * <p>Layout (as {@code DatabaseManagementServiceBuilder(home)} uses it): {@code
 * <home>/data/databases/neo4j} and {@code <home>/data/transactions/neo4j}. The importer writes the
 * same layout under {@code <home>/import-staging}; the old store waits under {@code
 * <home>/import-previous} until akb commits (deletes the journal) or reverts.
 */
final class StoreSwap {
  static final String DATABASE = "neo4j";
  private static final String[] PARTS = {"databases", "transactions"};

  private StoreSwap() {}

  static Path journal(Path home) {
    return home.resolve("import-swap.properties");
  }

  static Path staging(Path home) {
    return home.resolve("import-staging");
  }

  static Path previous(Path home) {
    return home.resolve("import-previous");
  }

  private static Path live(Path home, String part) {
    return home.resolve("data").resolve(part).resolve(DATABASE);
  }

  private static Path staged(Path home, String part) {
    return staging(home).resolve("data").resolve(part).resolve(DATABASE);
  }

  private static Path aside(Path home, String part) {
    return previous(home).resolve(part).resolve(DATABASE);
  }

  /**
   * Takes the DBMS store lock of a home directory, the one a running Neo4j holds ({@code
   * data/databases/store_lock}); null when another process holds it.
   */
  static FileLock lockStore(Path home) throws IOException {
    Path lockFile = home.resolve("data").resolve("databases").resolve("store_lock");
    Files.createDirectories(lockFile.getParent());
    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) channel.close();
      return lock;
    } catch (OverlappingFileLockException e) {
      channel.close();
      return null;
    }
  }

  static void release(FileLock lock) {
    try {
      lock.release();
      lock.channel().close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
  }

  /** Moves the staged store in (the caller holds the store lock). */
  static void swapIn(Path home) throws IOException {
    Properties state = new Properties();
    state.setProperty("state", "swapping");
    for (String part : PARTS) state.setProperty("had." + part, String.valueOf(Files.exists(live(home, part))));
    write(home, state);
    deleteTree(previous(home));
    for (String part : PARTS) {
      if (Files.exists(live(home, part))) {
        Files.createDirectories(aside(home, part).getParent());
        Files.move(live(home, part), aside(home, part), StandardCopyOption.ATOMIC_MOVE);
      }
    }
    for (String part : PARTS) {
      Files.createDirectories(live(home, part).getParent());
      Files.move(staged(home, part), live(home, part), StandardCopyOption.ATOMIC_MOVE);
    }
    state.setProperty("state", "swapped");
    write(home, state);
    deleteTree(staging(home));
  }

  /**
   * At a normal start: a swap that was interrupted, or swapped but never confirmed by akb, is
   * undone, so the old store comes back. {@code pending} is true for the start akb makes right
   * after an import to finish the load; then a completed swap stays.
   */
  static String recover(Path home, boolean pending) throws IOException {
    Path journal = journal(home);
    if (!Files.exists(journal)) {
      deleteTree(staging(home));
      return null;
    }
    Properties state = new Properties();
    try (var in = Files.newInputStream(journal)) {
      state.load(in);
    }
    if (pending && "swapped".equals(state.getProperty("state"))) return null;
    revert(home, state);
    return "an import that did not finish was undone; the database is as it was before it";
  }

  /** Puts the old store back (or none, if there was none), whatever point the swap reached. */
  static void revert(Path home) throws IOException {
    Path journal = journal(home);
    if (!Files.exists(journal)) return;
    Properties state = new Properties();
    try (var in = Files.newInputStream(journal)) {
      state.load(in);
    }
    revert(home, state);
  }

  private static void revert(Path home, Properties state) throws IOException {
    for (String part : PARTS) {
      Path target = live(home, part);
      Path old = aside(home, part);
      if (Boolean.parseBoolean(state.getProperty("had." + part))) {
        // Not moved aside yet means the old store is still in place.
        if (Files.exists(old)) {
          deleteTree(target);
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        }
      } else {
        // There was none: whatever is there now came from the import.
        deleteTree(target);
      }
    }
    deleteTree(staging(home));
    deleteTree(previous(home));
    Files.deleteIfExists(journal(home));
  }

  private static void write(Path home, Properties state) throws IOException {
    Path tmp = home.resolve("import-swap.properties.tmp");
    try (var out = Files.newOutputStream(tmp)) {
      state.store(out, "akb initial import: store swap in progress (see StoreSwap.java)");
    }
    Files.move(tmp, journal(home), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
    }
  }
}
