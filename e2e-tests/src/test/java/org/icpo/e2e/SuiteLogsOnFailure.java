package org.icpo.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * When a scenario fails, prints the warnings and errors the suite's processes logged (the last few of
 * each), so that a failure on a CI machine, whose log files are gone with it, can be understood from
 * the build output alone.
 */
public final class SuiteLogsOnFailure implements TestWatcher {

    static final int LINES = 15;

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Path dir = Suite.logDir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                List<String> notable = new ArrayList<>();
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    if (line.contains(" WARN ") || line.contains(" ERROR ") || line.contains("Exception")) {
                        notable.add(line);
                    }
                }
                List<String> last = notable.subList(Math.max(0, notable.size() - LINES), notable.size());
                System.out.println("[suite-log] " + log.getFileName() + ": " + notable.size() + " warnings/errors"
                        + (last.isEmpty() ? "" : ", the last " + last.size() + ":"));
                last.forEach(l -> System.out.println("[suite-log]   " + l));
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("[suite-log] cannot read the suite's logs: " + e);
        }
    }
}
