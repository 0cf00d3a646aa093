package org.icpo.gateway.support;

import io.restassured.RestAssured;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests written byte for byte on a connection of their own to the gateway under test, for what a client library would not send. */
public final class RawHttp {

    private RawHttp() {
    }

    /** A GET of {@code target} with a bearer token, as HTTP/1.1 writes it. */
    public static String get(String target, String token) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    }

    /** Opens a connection to the gateway (reads time out after 5 s) and writes {@code request} on it; the caller closes it. */
    public static Socket send(String request) throws IOException {
        Socket s = new Socket("127.0.0.1", RestAssured.port);
        try {
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }
}
