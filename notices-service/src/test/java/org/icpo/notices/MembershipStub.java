package org.icpo.notices;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contract-faithful stand-in for membership-service over real HTTP: GET /members/{code}/standing
 * and GET /standings?countries=... answer JSON shaped exactly like membership's StandingView. Each country's situation is set per
 * test; the default is a member in good standing with no measure.
 */
@QuarkusTestResource(MembershipStub.class)
public class MembershipStub implements QuarkusTestResourceLifecycleManager {

    public enum Mode {
        NORMAL, HEIGHTENED_SUPERVISION, CORRECTIVE_MEASURES,
        /** ACCESS_SUSPENSION of all three rights. */
        SUSPENDED,
        /** ACCESS_SUSPENSION of DOWNLOAD only. */
        DOWNLOAD_SUSPENDED,
        /** 404: not a member. */
        NOT_MEMBER,
        /** 503: membership-service failing. */
        DOWN
    }

    private static final Pattern STANDING = Pattern.compile("/members/([A-Za-z]{2})/standing");
    private static final Map<String, Mode> MODES = new ConcurrentHashMap<>();
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static volatile Mode everyone = Mode.NORMAL;
    private HttpServer server;

    public static void set(String country, Mode mode) {
        MODES.put(country, mode);
    }

    /** Sets the mode of every member (e.g. DOWN). */
    public static void all(Mode mode) {
        everyone = mode;
    }

    public static void reset() {
        MODES.clear();
        everyone = Mode.NORMAL;
    }

    public static int calls() {
        return CALLS.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        return Map.of("quarkus.rest-client.membership.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        CALLS.incrementAndGet();
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            send(ex, 401, "{\"type\":\"https://icpo.example/problems/unauthenticated\",\"status\":401}");
            return;
        }
        if ("GET".equals(ex.getRequestMethod()) && "/standings".equals(ex.getRequestURI().getPath())) {
            standings(ex);
            return;
        }
        Matcher m = STANDING.matcher(ex.getRequestURI().getPath());
        if (!"GET".equals(ex.getRequestMethod()) || !m.matches()) {
            send(ex, 404, "{\"type\":\"https://icpo.example/problems/not-found\",\"status\":404}");
            return;
        }
        String code = m.group(1).toUpperCase();
        Mode mode = everyone != Mode.NORMAL ? everyone : MODES.getOrDefault(code, Mode.NORMAL);
        switch (mode) {
            case DOWN -> send(ex, 503, "{\"type\":\"https://icpo.example/problems/internal\",\"status\":503}");
            case NOT_MEMBER -> send(ex, 404, "{\"type\":\"https://icpo.example/problems/not-found\",\"status\":404,\"detail\":\"No member " + code + "\"}");
            default -> send(ex, 200, standing(code, mode));
        }
    }

    /**
     * GET /standings?countries=A,B as membership answers it: 503 when one of them is failing, else a 404 naming every
     * code that is not a member ({@code unknownCountries}), else their standings in code order. (Every list the suite
     * asks for names its countries.)
     */
    private void standings(HttpExchange ex) throws IOException {
        String query = ex.getRequestURI().getQuery();
        if (query == null || !query.startsWith("countries=")) {
            send(ex, 400, "{\"type\":\"https://icpo.example/problems/validation\",\"status\":400}");
            return;
        }
        List<String> codes = Arrays.stream(query.substring("countries=".length()).split(",")).map(c -> c.toUpperCase(Locale.ROOT))
                .distinct().sorted().toList();
        List<Mode> modes = codes.stream().map(c -> everyone != Mode.NORMAL ? everyone : MODES.getOrDefault(c, Mode.NORMAL)).toList();
        if (modes.contains(Mode.DOWN)) {
            send(ex, 503, "{\"type\":\"https://icpo.example/problems/internal\",\"status\":503}");
            return;
        }
        List<String> unknown = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (modes.get(i) == Mode.NOT_MEMBER) {
                unknown.add("\"" + codes.get(i) + "\"");
            } else {
                found.add(standing(codes.get(i), modes.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            send(ex, 404, "{\"type\":\"https://icpo.example/problems/not-found\",\"status\":404,\"detail\":\"Not members of the Organization\","
                    + "\"unknownCountries\":[" + String.join(",", unknown) + "]}");
            return;
        }
        send(ex, 200, "[" + String.join(",", found) + "]");
    }

    /** The JSON of membership's StandingView for a member in this mode. */
    static String standing(String code, Mode mode) {
        String measures = switch (mode) {
            case HEIGHTENED_SUPERVISION -> measure("HEIGHTENED_SUPERVISION", null);
            case CORRECTIVE_MEASURES -> measure("CORRECTIVE_MEASURES", null);
            case SUSPENDED -> measure("ACCESS_SUSPENSION", "[\"CONSULT\",\"DOWNLOAD\",\"RECORD\"]");
            case DOWNLOAD_SUSPENDED -> measure("ACCESS_SUSPENSION", "[\"DOWNLOAD\"]");
            default -> "";
        };
        boolean review = mode == Mode.HEIGHTENED_SUPERVISION || mode == Mode.CORRECTIVE_MEASURES;
        boolean record = mode != Mode.SUSPENDED;
        boolean consult = mode != Mode.SUSPENDED;
        boolean download = mode != Mode.SUSPENDED && mode != Mode.DOWNLOAD_SUSPENDED;
        return "{\"country\":\"" + code + "\",\"name\":\"Member " + code + "\",\"region\":\"EUROPE\",\"asOf\":\"" + LocalDate.now() + "\","
                + "\"inGoodStanding\":true,\"votingRights\":{\"granted\":true,\"reasons\":[]},"
                + "\"eligibleForOffice\":{\"granted\":true,\"reasons\":[]},"
                + "\"arrears\":{\"inArrears\":false,\"unpaidYears\":[],\"restoredByAppeal\":false},"
                + "\"activeMeasures\":[" + measures + "],"
                + "\"accessRights\":{\"record\":" + record + ",\"consult\":" + consult + ",\"download\":" + download + "},"
                + "\"reviewBeforeDistribution\":" + review + ",\"directDiffusionsAllowed\":" + !review + "}";
    }

    private static String measure(String kind, String rights) {
        return "{\"id\":\"6f1c1d38-4d4e-4a43-9d65-0a1f6d1e2b3c\",\"kind\":\"" + kind + "\",\"effectiveFrom\":\"2022-03-10\","
                + "\"reason\":\"Decided by the Secretary General\",\"legalBasis\":\"Rules on the Processing of Data, art. 131\""
                + (rights == null ? "" : ",\"suspendedRights\":" + rights) + "}";
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
