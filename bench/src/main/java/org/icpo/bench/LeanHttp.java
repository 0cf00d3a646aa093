package org.icpo.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The load generator's HTTP/1.1 client: GET and POST requests written as bytes over pooled keep-alive connections
 * (blocking sockets), answers read to their end and discarded. It shares the two cores with the suite it
 * measures, so it does as little as an HTTP client can, as wrk does for the other benchmarks: 0.15 ms of CPU a
 * search at 200/s, where the JDK's {@code HttpClient} (which upgrades to HTTP/2 and runs every exchange through
 * its executor) took 0.5 ms and added about 1 ms to every latency.
 */
final class LeanHttp {

    private final String host;
    private final int port;
    private final byte[] get;
    private final byte[] tail;
    private final String postHeaders;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    /** @param base e.g. {@code http://127.0.0.1:8080}; {@code token} is sent as a bearer token when not null */
    LeanHttp(String base, String token) {
        URI u = URI.create(base);
        this.host = u.getHost();
        this.port = u.getPort();
        this.get = "GET ".getBytes(StandardCharsets.US_ASCII);
        String headers = " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Accept: application/json\r\n";
        this.tail = (headers + "\r\n").getBytes(StandardCharsets.US_ASCII);
        this.postHeaders = headers + "Content-Type: application/json\r\nContent-Length: ";
    }

    /** Sends a GET of {@code pathAndQuery} (already encoded) and returns the answer's status, once its body is read. */
    int get(String pathAndQuery) throws IOException {
        byte[] path = pathAndQuery.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[get.length + path.length + tail.length];
        System.arraycopy(get, 0, request, 0, get.length);
        System.arraycopy(path, 0, request, get.length, path.length);
        System.arraycopy(tail, 0, request, get.length + path.length, tail.length);
        return exchange(request);
    }

    /** Sends a POST of the JSON {@code body} to {@code path} (already encoded) and returns the answer's status. */
    int post(String path, String body) throws IOException {
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + postHeaders + json.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + json.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(json, 0, request, head.length, json.length);
        return exchange(request);
    }

    /**
     * Sends one request on an idle connection, or a new one. A pooled connection the server closed while idle fails
     * before any answer: the request is then sent once more on a new connection.
     */
    private int exchange(byte[] request) throws IOException {
        Connection c = idle.poll();
        boolean reused = c != null;
        if (c == null) {
            c = new Connection(host, port);
        }
        int status;
        try {
            status = c.exchange(request);
        } catch (IOException e) {
            c.close();
            if (!reused) {
                throw e;
            }
            c = new Connection(host, port);
            try {
                status = c.exchange(request);
            } catch (IOException again) {
                c.close();
                throw again;
            }
        }
        if (c.open) {
            idle.offer(c);
        }
        return status;
    }

    void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            c.close();
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] skip = new byte[16 * 1024];
        private final StringBuilder line = new StringBuilder(128);
        boolean open = true;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = readLine();
            if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            String h;
            while ((h = readLine()) != null && !h.isEmpty()) {
                int colon = h.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = h.substring(0, colon).trim();
                String value = h.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("transfer-encoding") && value.toLowerCase().contains("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("connection") && value.equalsIgnoreCase("close")) {
                    open = false;
                }
            }
            if (h == null) {
                throw new IOException("connection closed in the answer's headers");
            }
            if (chunked) {
                long size;
                while ((size = Long.parseLong(chunkSize(readLine()), 16)) > 0) {
                    skipFully(size);
                    readLine();
                }
                while ((h = readLine()) != null && !h.isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skipFully(length);
            } else {
                // no length: the body ends with the connection
                while (in.read(skip) >= 0) {
                    // discard
                }
                open = false;
            }
            if (!open) {
                close();
            }
            return status;
        }

        private static String chunkSize(String l) throws IOException {
            if (l == null) {
                throw new IOException("connection closed in a chunked answer");
            }
            int semi = l.indexOf(';');
            return (semi < 0 ? l : l.substring(0, semi)).trim();
        }

        private void skipFully(long n) throws IOException {
            while (n > 0) {
                int r = in.read(skip, 0, (int) Math.min(skip.length, n));
                if (r < 0) {
                    throw new IOException("connection closed in the answer's body");
                }
                n -= r;
            }
        }

        /** A line without its CRLF, or null at the end of the stream. */
        private String readLine() throws IOException {
            line.setLength(0);
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    int n = line.length();
                    if (n > 0 && line.charAt(n - 1) == '\r') {
                        line.setLength(n - 1);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
            return line.length() == 0 ? null : line.toString();
        }

        void close() {
            open = false;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
