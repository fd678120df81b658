package com.customerhealth.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts Payara Micro with the packaged plugin the way the README's command and the benchmarks do
 * ({@code descriptors/payara-micro}: the listener opens once the plugin is deployed), in a fresh runtime
 * folder, for tests of what a sender sees while a server starts. Unlike the Arquillian deployments, the
 * test sees the server from its very first moment.
 *
 * <pre>
 * try (MicroLauncher server = MicroLauncher.start("startup", List.of("-Dchm.events.secret=s"), List.of())) {
 *     URI events = server.http("/chm/api/v1/events");
 * }
 * </pre>
 */
public final class MicroLauncher implements AutoCloseable {

    private final List<String> command;
    private final int httpPort;
    private final int httpsPort;
    private final Path log;
    private Process process;

    private MicroLauncher(List<String> command, int httpPort, int httpsPort, Path log) {
        this.command = List.copyOf(command);
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.log = log;
        launch();
    }

    /**
     * Starts a server named {@code name} (its folder and log in {@code target/micro-<name>}) with the JVM
     * options {@code jvm} and the further Payara Micro options {@code micro}, on free HTTP and HTTPS ports.
     */
    public static MicroLauncher start(String name, List<String> jvm, List<String> micro) {
        try {
            return start(name, freePort(), jvm, micro);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a server as {@link #start(String, List, List)} does, on HTTP port {@code httpPort}: for a test
     * whose helpdesk was told where the plugin listens before the test began (the RT scrip's events URL).
     */
    public static MicroLauncher start(String name, int httpPort, List<String> jvm, List<String> micro) {
        Path target = Path.of(System.getProperty("chm.it.war", "target/chm.war")).toAbsolutePath().getParent();
        Path folder = target.resolve("micro-" + name);
        try {
            // A fresh runtime folder: one kept from an earlier run would keep that run's pools.
            if (Files.exists(folder)) {
                try (var old = Files.walk(folder)) {
                    old.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
            Files.createDirectories(folder);
            int http = httpPort;
            int https = freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-Djava.io.tmpdir=" + folder));
            command.addAll(jvm);
            command.addAll(List.of("-jar", System.getProperty("payara.microJar", target.resolve("runtime/payara-micro.jar")
                            .toString()), "--deploy", target.resolve("chm.war").toString(), "--contextroot", "chm",
                    "--nocluster", "--port", Integer.toString(http), "--sslport", Integer.toString(https),
                    "--rootdir", folder.resolve("root").toString(),
                    "--prebootcommandfile", Path.of("descriptors/payara-micro/preboot.asadmin").toAbsolutePath().toString(),
                    "--postdeploycommandfile", Path.of("descriptors/payara-micro/postdeploy.asadmin").toAbsolutePath().toString()));
            command.addAll(micro);
            return new MicroLauncher(command, http, https, folder.resolve("server.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a server as {@link #start} does, on the database of the integration tests' profile: the
     * embedded one (kept in the server's folder across {@link #startAgain()}), or PostgreSQL or MariaDB as
     * {@code chm.it.microOptions} and {@code chm.it.jvmOptions} name them (pom.xml).
     */
    public static MicroLauncher startOnTestDatabase(String name, List<String> jvm, List<String> micro) {
        try {
            return startOnTestDatabase(name, freePort(), jvm, micro);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server as {@link #startOnTestDatabase(String, List, List)} does, on HTTP port {@code httpPort}. */
    public static MicroLauncher startOnTestDatabase(String name, int httpPort, List<String> jvm, List<String> micro) {
        List<String> jvmAll = new ArrayList<>(jvm);
        words(System.getProperty("chm.it.jvmOptions", "")).forEach(jvmAll::add);
        List<String> microAll = new ArrayList<>(micro);
        // --nocluster is given by start itself.
        words(System.getProperty("chm.it.microOptions", "")).stream().filter(word -> !word.equals("--nocluster"))
                .forEach(microAll::add);
        return start(name, httpPort, jvmAll, microAll);
    }

    private static List<String> words(String options) {
        return List.of(options.trim().split("\\s+")).stream().filter(word -> !word.isEmpty()).toList();
    }

    private void launch() {
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits, at most 4 minutes, until the plugin says it is ready ({@code /health/ready} answers 200). */
    public void untilReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Await.until("the server to be ready", () -> {
            try {
                return isAlive() && client.send(HttpRequest.newBuilder(URI.create(http("/health/ready")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException(e));
            }
        }, Duration.ofSeconds(240), this::log);
    }

    /** Kills the server at once, as {@code kill -9} does: it does not finish what it was doing. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** Stops the server as an operator does (SIGTERM): it shuts down in order. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    /** Starts the stopped or killed server again, in the same folder, on the same ports, with the same options. */
    public void startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException("The server is still running");
        }
        launch();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
    public String http(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    /** {@code https://127.0.0.1:PORT} followed by {@code path}, served with the runtime's own certificate. */
    public String https(String path) {
        return "https://127.0.0.1:" + httpsPort + path;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Whether the server's whole log so far holds {@code text}. */
    public boolean logged(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The end of the server's log so far, for a failure's message. */
    public String log() {
        try {
            String text = Files.readString(log);
            return text.length() > 4000 ? "…" + text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
