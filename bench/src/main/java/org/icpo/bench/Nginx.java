package org.icpo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** nginx as a plain reverse proxy in front of one service, for comparison with the gateway. */
final class Nginx implements AutoCloseable {

    private final Path prefix;
    private final Process process;

    private Nginx(Path prefix, Process process) {
        this.prefix = prefix;
        this.process = process;
    }

    static Nginx proxy(Path workDir, int listenPort, int upstreamPort) throws IOException, InterruptedException {
        Path prefix = workDir.resolve("nginx");
        Files.createDirectories(prefix.resolve("logs"));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 4096; }
                http {
                  access_log off;
                  upstream membership { server 127.0.0.1:%3$d; keepalive 64; }
                  server {
                    listen 127.0.0.1:%2$d;
                    location / {
                      proxy_pass http://membership;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                    }
                  }
                }
                """.formatted(prefix, listenPort, upstreamPort));
        Process p = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        Thread.sleep(500);
        if (!p.isAlive()) {
            throw new IOException("nginx did not start; see " + prefix.resolve("logs"));
        }
        return new Nginx(prefix, p);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
