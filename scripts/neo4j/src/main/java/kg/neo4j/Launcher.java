package kg.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import picocli.CommandLine;

/**
 * Starts the project's local Neo4j Community 5.26 as an embedded DBMS with Bolt,
 * HTTP and Neo4j Browser (the neo4j-browser jar is on the classpath; the HTTP
 * connector serves it at /browser/). It runs in the foreground until SIGTERM or
 * SIGINT, then shuts the DBMS down cleanly from a shutdown hook.
 *
 * <p>System properties (all optional):
 * kg.neo4j.home (default .neo4j), kg.neo4j.conf (default scripts/neo4j/neo4j.conf),
 * kg.neo4j.host (127.0.0.1), kg.neo4j.bolt.port (7687), kg.neo4j.http.port (7474).
 * The password comes from NEO4J_PASSWORD, else from {home}/password, else it is
 * generated once and written there (mode 600). It is never printed.
 */
public final class Launcher {
    private static final String USER = "neo4j";
    private static final String PASSWORD_FILE = "password";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("kg.neo4j.home", ".neo4j")).toAbsolutePath().normalize();
        Path conf = Path.of(System.getProperty("kg.neo4j.conf", "scripts/neo4j/neo4j.conf")).toAbsolutePath();
        String host = System.getProperty("kg.neo4j.host", "127.0.0.1");
        int boltPort = Integer.getInteger("kg.neo4j.bolt.port", 7687);
        int httpPort = Integer.getInteger("kg.neo4j.http.port", 7474);

        Files.createDirectories(home);
        String password = resolvePassword(home);
        boolean fresh = !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
        if (fresh) {
            log("first start: setting the initial password for user '" + USER + "'");
            setInitialPassword(home, conf.getParent(), password);
        }

        log("starting Neo4j (home " + home + ")");
        long t0 = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
            if (Files.exists(conf)) {
                builder.loadPropertiesFromFile(conf);
            }
            dbms = builder
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, boltPort))
                    .setConfig(HttpConnector.enabled, true)
                    .setConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress(host, httpPort))
                    .setConfig(HttpsConnector.enabled, false)
                    .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                    .build();
        } catch (Throwable e) {
            log("FAILED to start: " + rootMessage(e));
            e.printStackTrace(System.out);
            System.out.flush();
            Runtime.getRuntime().halt(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping Neo4j");
            try {
                dbms.shutdown();
                log("stopped cleanly");
            } catch (Throwable e) {
                log("error while stopping: " + rootMessage(e));
            } finally {
                stopped.countDown();
            }
        }, "kg-neo4j-shutdown"));

        syncPassword(dbms, password);
        log(String.format("ready in %.1fs: bolt://%s:%d  http://%s:%d/browser/  user %s",
                (System.nanoTime() - t0) / 1e9, host, boltPort, host, httpPort, USER));
        stopped.await();
    }

    /** NEO4J_PASSWORD wins (and is kept in the file so later clients find it); else the file; else a new one. */
    private static String resolvePassword(Path home) throws IOException {
        Path file = home.resolve(PASSWORD_FILE);
        String fromEnv = System.getenv("NEO4J_PASSWORD");
        String password;
        if (fromEnv != null && !fromEnv.isEmpty()) {
            password = fromEnv;
        } else if (Files.exists(file)) {
            password = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!password.isEmpty()) {
                return password;
            }
            password = generatePassword();
        } else {
            password = generatePassword();
            log("generated a password for user '" + USER + "'; it is kept in " + file);
        }
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).trim().equals(password)) {
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        return password;
    }

    private static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Neo4j's own `neo4j-admin dbms set-initial-password`, run before the system database exists. */
    private static void setInitialPassword(Path home, Path confDir, String password) {
        SetInitialPasswordCommand command = new SetInitialPasswordCommand(new ExecutionContext(home, confDir));
        int code = new CommandLine(command).execute(password);
        if (code != 0) {
            log("FAILED to set the initial password (exit " + code + ")");
            System.out.flush();
            Runtime.getRuntime().halt(1);
        }
    }

    /** Makes an existing database follow a changed NEO4J_PASSWORD; a no-op when it already matches. */
    private static void syncPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
            log("password of user '" + USER + "' updated");
        } catch (Exception e) {
            String message = rootMessage(e);
            if (!message.contains("cannot be the same")) {
                log("could not update the password: " + message);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.toString() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static void log(String message) {
        System.out.println("[kg-neo4j] " + message);
        System.out.flush();
    }
}
