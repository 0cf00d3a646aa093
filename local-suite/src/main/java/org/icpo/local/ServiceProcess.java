package org.icpo.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One application of the suite run as its own process from its runnable jar, as in production. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> env;
    private final Path log;
    private final List<String> jvmOptions;
    private Process process;
    private Instant startedAt;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> env, Path log, List<String> jvmOptions) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.env = env;
        this.log = log;
        this.jvmOptions = jvmOptions;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public void start() throws IOException {
        if (!Files.exists(jar)) {
            throw new IOException(name + ": " + jar + " is missing; build with ./mvnw install -DskipTests");
        }
        Files.createDirectories(log.getParent());
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logRedirect(log));
        pb.environment().putAll(env);
        startedAt = Instant.now();
        process = pb.start();
    }

    /** The log files this process has started a service on: emptied at the first start, appended to at the next ones. */
    private static final java.util.Set<Path> LOGS_IN_USE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Where a start writes its output: a fresh log at the first start of a log file in this process, the same log
     * continued when a service is started again on it (a restart, or the next suite of a test run), so that a start
     * never erases what an earlier one logged.
     */
    static ProcessBuilder.Redirect logRedirect(Path log) {
        return LOGS_IN_USE.add(log.toAbsolutePath().normalize()) ? ProcessBuilder.Redirect.to(log.toFile()) : ProcessBuilder.Redirect.appendTo(log.toFile());
    }

    /** Waits until /q/health/ready answers 200; false when the process died or the time ran out. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        return false;
    }

    public Duration sinceStart() {
        return Duration.between(startedAt, Instant.now());
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: the process dies at once, as in a crash. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SIGTERM (Quarkus shuts down gracefully), then a kill after the grace period. */
    public void stop(Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Resident memory of the process in MiB, read from /proc (Linux), or -1. */
    public long rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
