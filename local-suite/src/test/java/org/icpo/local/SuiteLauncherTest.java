package org.icpo.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
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
}
