package org.optimizerplayground.web.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Two real playground instances (child JVMs on this test's class path, routes {@code node1} and
 * {@code node2}) behind nginx configured from {@code deploy/nginx/playground.conf.template}, all
 * on loopback, on free ports. {@link #close()} stops everything it started, and a shutdown hook
 * does it too should the test JVM end first.
 *
 * <p>The instances run Vaadin in development mode from this project's folder, like the other
 * tests. When the front-end bundle must be built first, node2 starts only once node1 has built
 * it, so two builds never write the same files at once.
 */
final class TwoInstances implements AutoCloseable {
    static final Path TEMPLATE = Path.of("deploy/nginx/playground.conf.template");
    private static final Duration START = Duration.ofMinutes(5);
    private static final String SEP = System.lineSeparator();

    /** One instance: its process, ports, route and log. */
    static final class Node {
        final String route;
        final int port;
        final int managementPort;
        final Path log;
        Process process;

        Node(String route, int port, int managementPort, Path log) {
            this.route = route;
            this.port = port;
            this.managementPort = managementPort;
            this.log = log;
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        String management() {
            return "http://127.0.0.1:" + managementPort;
        }

        String logText() {
            try {
                return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                return "(log unreadable: " + e + ")";
            }
        }
    }

    final Node node1;
    final Node node2;
    final int nginxPort;
    final Path runDir;
    private Process nginx;
    private final List<Process> started = new ArrayList<>();
    private final Thread reaper = new Thread(this::killAll, "two-instances-reaper");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TwoInstances(Path runDir) throws IOException {
        this.runDir = runDir;
        int[] ports = freePorts(5);
        node1 = new Node("node1", ports[0], ports[1], runDir.resolve("node1.log"));
        node2 = new Node("node2", ports[2], ports[3], runDir.resolve("node2.log"));
        nginxPort = ports[4];
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** nginx's path: {@code /usr/sbin/nginx} (Debian), else the first on the PATH; fails if there is none. */
    static String nginx() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/sbin/nginx")));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "nginx"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().map(Path::toString)
                .orElseThrow(() -> new AssertionError("nginx is missing: the load-balancer test runs the playground"
                        + " behind Debian's nginx (apt-get install -y nginx; .ci/run installs it)"));
    }

    /** Starts both instances and nginx; waits until all three serve the page. */
    static TwoInstances start() throws Exception {
        String nginx = nginx();
        // Under /tmp and world-readable: nginx's workers (nobody, when the test runs as root)
        // must reach the temporary folders the master creates for them here.
        Path runDir = Files.createTempDirectory("playground-lb-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        TwoInstances lb = new TwoInstances(runDir);
        try {
            lb.launch(lb.node1);
            if (lb.bundleMustBeBuilt(lb.node1)) {
                lb.awaitFrontEnd(lb.node1);
                lb.launch(lb.node2);
            } else {
                lb.launch(lb.node2);
                lb.awaitFrontEnd(lb.node1);
            }
            lb.awaitFrontEnd(lb.node2);
            lb.startNginx(nginx);
            return lb;
        } catch (Exception | AssertionError e) {
            lb.close();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:port} of nginx, without a trailing slash. */
    String base() {
        return "http://127.0.0.1:" + nginxPort;
    }

    Node node(String route) {
        return switch (route) {
            case "node1" -> node1;
            case "node2" -> node2;
            default -> throw new AssertionError("no instance has route '" + route + "'");
        };
    }

    /** What nginx has logged so far, one request a line (see the template's log_format). */
    List<String> accessLog() throws IOException {
        Path log = runDir.resolve("access.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    /** Waits (up to 10 s) for nginx to log a request that matches, and returns its line. nginx
     * logs a request once it has ended: a websocket when it closes. */
    String awaitLogLine(String what, java.util.function.Predicate<String> matches) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Optional<String> line = accessLog().stream().filter(matches).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nginx logged no " + what + ":" + SEP + String.join(SEP, accessLog()));
            }
            sleep(50);
        }
    }

    private void launch(Node node) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "org.optimizerplayground.Application",
                "--server.port=" + node.port,
                "--management.server.port=" + node.managementPort,
                "--playground.route=" + node.route,
                "--spring.main.banner-mode=off");
        node.process = new ProcessBuilder(command)
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(node.log.toFile())
                .start();
        started.add(node.process);
    }

    /** Reads node's log until Vaadin says whether it must build the front-end bundle. */
    private boolean bundleMustBeBuilt(Node node) {
        String[] verdict = new String[1];
        await(node, "Vaadin's check of the front-end bundle", () -> {
            String log = node.logText();
            if (log.contains("bundle build is not needed")) {
                verdict[0] = "no";
            } else if (log.contains("bundle build is needed")) {
                verdict[0] = "yes";
            } else if (log.contains("Started Application")) {
                verdict[0] = "no"; // no check logged: nothing to build
            }
            return verdict[0] != null;
        });
        return verdict[0].equals("yes");
    }

    /** Waits until node is ready (Actuator readiness) and serves the real page, not Vaadin's "building" one. */
    private void awaitFrontEnd(Node node) {
        await(node, "readiness on the management port", () -> {
            HttpResponse<String> r = get(node.management() + "/actuator/health/readiness");
            return r != null && r.statusCode() == 200 && r.body().contains("\"UP\"");
        });
        await(node, "the page (front-end bundle built)", () -> {
            HttpResponse<String> r = get(node.base() + "/?play=false");
            return r != null && r.statusCode() == 200 && r.headers().firstValue("X-DevModePending").isEmpty();
        });
    }

    private void startNginx(String executable) throws IOException {
        String conf = Files.readString(TEMPLATE, StandardCharsets.UTF_8)
                .replace("@RUN_DIR@", runDir.toString())
                .replace("@LISTEN@", "127.0.0.1:" + nginxPort)
                .replace("@NODE1@", "127.0.0.1:" + node1.port)
                .replace("@NODE2@", "127.0.0.1:" + node2.port);
        Path confFile = runDir.resolve("nginx.conf");
        Files.writeString(confFile, conf, StandardCharsets.UTF_8);
        Path log = runDir.resolve("nginx.out");
        nginx = new ProcessBuilder(executable, "-p", runDir.toString(), "-c", confFile.toString(),
                "-e", runDir.resolve("error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(nginx);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            if (!nginx.isAlive()) {
                throw new AssertionError("nginx stopped at once:" + SEP + read(log) + read(runDir.resolve("error.log")));
            }
            HttpResponse<String> r = get(base() + "/api/trajectory?surface=bowl&steps=1");
            if (r != null && r.statusCode() == 200) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nginx did not answer on port " + nginxPort + SEP + read(log)
                        + read(runDir.resolve("error.log")));
            }
            sleep(100);
        }
    }

    /**
     * Stops node with SIGTERM, as an orchestrator does, and waits for it to exit.
     *
     * @return how long it took to exit
     */
    Duration terminate(Node node, Duration patience) throws InterruptedException {
        long t0 = System.nanoTime();
        node.process.destroy();
        if (!node.process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            node.process.destroyForcibly();
            throw new AssertionError(node.route + " did not exit within " + patience + " of SIGTERM:" + SEP
                    + tail(node.logText()));
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** GET without cookies; null when nothing answers. */
    HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void await(Node node, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + START.toNanos();
        while (!condition.getAsBoolean()) {
            if (!node.process.isAlive()) {
                throw new AssertionError(node.route + " exited (" + node.process.exitValue() + ") while waiting for "
                        + what + ":" + SEP + tail(node.logText()));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(node.route + ": no " + what + " within " + START + ":" + SEP
                        + tail(node.logText()));
            }
            sleep(200);
        }
    }

    static String tail(String log) {
        String[] lines = log.split("\\R");
        return String.join(SEP, java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }

    /** Stops nginx and both instances (SIGTERM, then SIGKILL after 20 s) and deletes the run folder. */
    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs or has run
        }
    }

    private void killAll() {
        for (Process p : started) {
            p.destroy();
        }
        for (Process p : started) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        started.clear();
        if (!Boolean.getBoolean("playground.lb.keep")) {
            try (Stream<Path> files = Files.walk(runDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder: the system cleans it eventually
            }
        }
    }
}
