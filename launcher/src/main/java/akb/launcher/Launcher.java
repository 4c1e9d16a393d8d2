package akb.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, with only the Bolt connector, bound to loopback.
 *
 * <p>Arguments: {@code <dataDir> <boltPort> <pageCacheMb>}. Protocol with the Node side (stdout):
 * {@code AKB_NEO4J_READY bolt://127.0.0.1:<port>} once Bolt answers, or
 * {@code AKB_NEO4J_ERROR <code> <message>} before exiting non-zero. The process stops cleanly on
 * SIGTERM and also when its standard input closes, so it never outlives a parent killed with -9.
 *
 * <p>Authentication is off unless the environment gives {@code AKB_NEO4J_PASSWORD}: then it is on,
 * and the {@code neo4j} user gets that password (tests that run akb servers against a database
 * with authentication, as a deployment does).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      fail("USAGE", "usage: Launcher <dataDir> <boltPort> <pageCacheMb>", 64);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int boltPort = Integer.parseInt(args[1]);
    long pageCacheMb = Long.parseLong(args[2]);

    // An initial import (InitialImport) that swapped a store in but was not confirmed by akb, or
    // stopped half-way through the swap, is undone first, unless this is akb's own start to finish
    // that import. Under the store lock: a Neo4j already running here is left alone (and the build
    // below then reports the directory as in use).
    try {
      java.nio.channels.FileLock lock = StoreSwap.lockStore(dataDir);
      if (lock != null) {
        try {
          String undone = StoreSwap.recover(dataDir, "1".equals(System.getenv("AKB_IMPORT_PENDING")));
          if (undone != null) {
            System.out.println("AKB_NEO4J_NOTE " + undone);
            System.out.flush();
          }
        } finally {
          StoreSwap.release(lock);
        }
      }
    } catch (Throwable t) {
      fail("START_FAILED", "could not check for an unfinished import: " + t.getMessage(), 1);
    }

    String password = System.getenv("AKB_NEO4J_PASSWORD");
    boolean auth = password != null && !password.isEmpty();
    DatabaseManagementService dbms;
    try {
      dbms =
          new DatabaseManagementServiceBuilder(dataDir)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
              .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
              .setConfig(HttpConnector.enabled, false)
              .setConfig(HttpsConnector.enabled, false)
              // Embedded auth is off by default; loopback-only binding keeps the database private.
              .setConfig(GraphDatabaseSettings.auth_enabled, auth)
              // No usage reporting: the machine may have no route out, and data stays local.
              .setConfig(GraphDatabaseSettings.udc_enabled, false)
              .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
              .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
              .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
              // Bolt's default graceful shutdown waits 2 x 5 s on idle thread pools after the
              // databases are already checkpointed and closed; nothing is gained by waiting.
              .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
              .build();
    } catch (Throwable t) {
      Throwable root = t;
      while (root.getCause() != null) root = root.getCause();
      String text = String.valueOf(root.getMessage()) + " " + String.valueOf(t.getMessage());
      if (text.contains("lock") || text.contains("Lock") || root.getClass().getName().contains("FileLock")) {
        fail("LOCKED", "the data directory " + dataDir + " is in use by another Neo4j (is akb already running?)", 3);
      }
      if (text.contains("Address already in use") || text.contains("bind")) {
        fail("PORT_IN_USE", "Bolt port " + boltPort + " on 127.0.0.1 is already in use (set AKB_BOLT_PORT)", 4);
      }
      fail("START_FAILED", t.getClass().getName() + ": " + t.getMessage(), 1);
      return;
    }

    if (auth) {
      try {
        dbms.database("system")
            .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      } catch (Throwable t) {
        dbms.shutdown();
        fail("START_FAILED", "could not set the neo4j user's password: " + t.getMessage(), 1);
      }
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop =
        () -> {
          try {
            dbms.shutdown();
          } catch (Throwable ignored) {
            // Shutting down anyway.
          }
          stopped.countDown();
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "akb-neo4j-shutdown"));

    // The parent holds our stdin; when it goes away (exit, crash, kill -9) the read returns -1.
    Thread stdinWatch =
        new Thread(
            () -> {
              try {
                InputStream in = System.in;
                while (in.read() != -1) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException ignored) {
                // Treat a broken pipe like a closed one.
              }
              System.exit(0);
            },
            "akb-stdin-watch");
    stdinWatch.setDaemon(true);
    stdinWatch.start();

    // The database is open once build() returns; Bolt is bound by then.
    System.out.println("AKB_NEO4J_READY bolt://127.0.0.1:" + boltPort);
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void fail(String code, String message, int exitCode) {
    System.out.println("AKB_NEO4J_ERROR " + code + " " + message);
    System.out.flush();
    System.exit(exitCode);
  }
}
