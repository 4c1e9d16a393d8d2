package akb.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;

/**
 * Loads an empty database with Neo4j's own importer ({@code neo4j-admin database import full},
 * from {@code org.neo4j:neo4j-import-tool} on this classpath), run in this process, then swaps the
 * store in ({@link StoreSwap}). akb writes the CSV files and starts Neo4j afterwards.
 *
 * <p>{@code InitialImport import <home> <reportFile> <importer arguments…>}: holds the home's store
 * lock for the whole run (so no Neo4j can be using it), imports into {@code <home>/import-staging}
 * and, only when the importer succeeded, swaps. The importer's own output is passed through on
 * stdout; the last line is {@code AKB_IMPORT_DONE} or {@code AKB_IMPORT_ERROR <code> <message>}.
 *
 * <p>{@code InitialImport revert <home>}: puts the previous store back (akb could not finish the
 * load after the swap).
 */
public final class InitialImport {
  private InitialImport() {}

  public static void main(String[] args) {
    if (args.length >= 2 && args[0].equals("revert")) {
      Path home = Path.of(args[1]).toAbsolutePath();
      withLock(home, () -> StoreSwap.revert(home));
      done();
    }
    if (args.length < 3 || !args[0].equals("import")) {
      fail("USAGE", "usage: InitialImport import <home> <reportFile> <importer arguments…> | revert <home>", 64);
    }
    Path home = Path.of(args[1]).toAbsolutePath();
    Path report = Path.of(args[2]).toAbsolutePath();
    List<String> importerArgs = new ArrayList<>(Arrays.asList(args).subList(3, args.length));
    withLock(home, () -> {
      StoreSwap.recover(home, false);
      Path staging = StoreSwap.staging(home);
      StoreSwap.deleteTree(staging);
      Files.createDirectories(staging.resolve("conf"));
      List<String> command = new ArrayList<>(List.of("database", "import", "full", StoreSwap.DATABASE, "--report-file=" + report));
      command.addAll(importerArgs);
      // The importer's progress goes to stdout as it comes; its errors are kept for the message too.
      ByteArrayOutputStream errors = new ByteArrayOutputStream();
      PrintStream err = new PrintStream(new TeeStream(System.err, errors), true, StandardCharsets.UTF_8);
      ExecutionContext context = new ExecutionContext(staging, staging.resolve("conf"), System.out, err, new org.neo4j.io.fs.DefaultFileSystemAbstraction());
      int code;
      try {
        code = AdminTool.execute(context, command.toArray(String[]::new));
      } catch (Throwable t) {
        StoreSwap.deleteTree(staging);
        throw t;
      }
      System.out.flush();
      if (code != 0) {
        StoreSwap.deleteTree(staging);
        String text = errors.toString(StandardCharsets.UTF_8).trim();
        String[] lines = text.isEmpty() ? new String[] {"exit code " + code} : text.split("\n");
        fail("IMPORT_FAILED", String.join(" | ", Arrays.asList(lines).subList(Math.max(0, lines.length - 3), lines.length)), 1);
      }
      StoreSwap.swapIn(home);
    });
    done();
  }

  private interface Work {
    void run() throws Exception;
  }

  private static void withLock(Path home, Work work) {
    FileLock lock = null;
    try {
      lock = StoreSwap.lockStore(home);
      if (lock == null) fail("LOCKED", "the data directory " + home + " is in use by another Neo4j (is akb running? stop it first)", 3);
      work.run();
    } catch (Throwable t) {
      fail("IMPORT_FAILED", t.getClass().getName() + ": " + t.getMessage(), 1);
    } finally {
      if (lock != null) StoreSwap.release(lock);
    }
  }

  private static void done() {
    System.out.println();
    System.out.println("AKB_IMPORT_DONE");
    System.out.flush();
    System.exit(0);
  }

  private static void fail(String code, String message, int exitCode) {
    System.out.println();
    System.out.println("AKB_IMPORT_ERROR " + code + " " + message.replace('\n', ' '));
    System.out.flush();
    System.exit(exitCode);
  }

  /** Writes to two streams. */
  private static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int x) throws java.io.IOException {
      a.write(x);
      b.write(x);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws java.io.IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }

    @Override
    public void flush() throws java.io.IOException {
      a.flush();
      b.flush();
    }
  }
}
