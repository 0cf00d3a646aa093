package org.icpo.gateway.support;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;

/** The three stub upstreams of a test run. */
public final class Stubs {

    private final Stub membership;
    private final Stub elections;
    private final Stub notices;

    Stubs(Stub membership, Stub elections, Stub notices) {
        this.membership = membership;
        this.elections = elections;
        this.notices = notices;
    }

    public Stub membership() {
        return membership;
    }

    public Stub elections() {
        return elections;
    }

    public Stub notices() {
        return notices;
    }

    public List<Stub> all() {
        return List.of(membership, elections, notices);
    }

    public Stub byName(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Brings every stub back to normal and waits until the gateway forwards to each again (a
     * breaker opened by an earlier test half-opens after its delay and closes on success).
     */
    public void reset(String token) throws IOException, InterruptedException {
        for (Stub s : all()) {
            s.reset();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (String path : List.of("/members/probe", "/sessions/probe", "/notice-requests/probe")) {
            while (given().auth().oauth2(token).get(path).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("gateway does not forward " + path + " again");
                }
                Thread.sleep(100);
            }
        }
    }

    void close() {
        all().forEach(Stub::close);
    }
}
