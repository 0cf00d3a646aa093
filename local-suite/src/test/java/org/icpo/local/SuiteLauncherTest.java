package org.icpo.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuiteLauncherTest {

    @Test
    void freePortsAreFreeAndNeverHandedOutTwice() throws Exception {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = SuiteLauncher.freePort();
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
        }
        int port = SuiteLauncher.freePort();
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(s.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void electionsRunsOnC1AloneAndTheEnvironmentTunesEveryProcessOrOne() {
        SuiteLauncher.Component elections = component("elections");
        SuiteLauncher.Component notices = component("notices");
        assertThat(SuiteLauncher.jvmOptions(elections, java.util.Map.of())).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(SuiteLauncher.jvmOptions(notices, java.util.Map.of())).doesNotContain("-XX:TieredStopAtLevel=1");
        var environment = java.util.Map.of("ICPO_JAVA_OPTS", " -Xmx1g  -XX:+UseParallelGC ", "ICPO_JAVA_OPTS_ELECTIONS", "-XX:TieredStopAtLevel=4");
        // the component's own variable comes last, so it wins over the suite's choice (the JVM takes the last option)
        assertThat(SuiteLauncher.jvmOptions(elections, environment)).endsWith("-XX:TieredStopAtLevel=1", "-Xmx1g", "-XX:TieredStopAtLevel=4");
        assertThat(SuiteLauncher.jvmOptions(notices, environment)).endsWith("-Xmx1g");
    }

    @Test
    void everyProcessRunsOnTheSerialCollector() {
        for (SuiteLauncher.Component c : SuiteLauncher.COMPONENTS) {
            assertThat(collectors(c, java.util.Map.of())).as(c.name()).containsExactly("-XX:+UseSerialGC");
        }
    }

    @Test
    void aCollectorNamedInTheEnvironmentReplacesTheSerialOneAndTheJvmStarts() throws Exception {
        var everyProcess = java.util.Map.of("ICPO_JAVA_OPTS", "-XX:+UseParallelGC");
        var oneProcess = java.util.Map.of("ICPO_JAVA_OPTS", "-XX:+UseParallelGC", "ICPO_JAVA_OPTS_NOTICES", "-XX:+UseSerialGC");
        assertThat(collectors(component("notices"), everyProcess)).containsExactly("-XX:+UseParallelGC");
        assertThat(collectors(component("membership"), everyProcess)).containsExactly("-XX:+UseParallelGC");
        assertThat(collectors(component("notices"), oneProcess)).containsExactly("-XX:+UseSerialGC");
        // two collectors stop a JVM at its start ("Multiple garbage collectors selected"): these options start one
        for (var environment : java.util.List.of(java.util.Map.<String, String>of(), everyProcess, oneProcess)) {
            for (SuiteLauncher.Component c : SuiteLauncher.COMPONENTS) {
                java.util.List<String> cmd = new java.util.ArrayList<>();
                cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                cmd.addAll(SuiteLauncher.jvmOptions(c, environment));
                cmd.add("-version");
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes());
                assertThat(p.waitFor()).as("%s with %s: %s", c.name(), environment, out).isZero();
            }
        }
    }

    /** The options of a component that name a garbage collector. */
    private static java.util.List<String> collectors(SuiteLauncher.Component c, java.util.Map<String, String> environment) {
        return SuiteLauncher.jvmOptions(c, environment).stream().filter(o -> o.endsWith("GC")).toList();
    }

    private static SuiteLauncher.Component component(String name) {
        return SuiteLauncher.COMPONENTS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aServiceStartedAgainOnTheSameLogContinuesItTheFirstStartEmptiesIt() throws Exception {
        Path log = Files.createTempDirectory("suite-logs").resolve("svc.log");
        Files.writeString(log, "from an earlier run of the suite\n");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int start = 0; start < 2; start++) {
            Process p = new ProcessBuilder(javaBin, "-version").redirectErrorStream(true).redirectOutput(ServiceProcess.logRedirect(log)).start();
            assertThat(p.waitFor()).isZero();
        }
        String text = Files.readString(log);
        assertThat(text).doesNotContain("from an earlier run of the suite");
        assertThat(text.split("version", -1)).as("both starts' output kept").hasSize(3);
    }
}
