package org.icpo.elections;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.icpo.kit.problem.ProblemType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A contract-faithful stand-in for membership-service over real HTTP: the endpoints elections-service
 * calls, answering with the JSON shapes of membership-service's StandingView and ApplicationView, its
 * 404 problems, its 403 for a caller without the svc-elections role on the outcome endpoint, and its
 * idempotent outcome recording (same outcome again: 200, nothing changes; a different one: 409).
 * Tests control it (members, standings, applications, up/down) and read the outcome reports it received.
 * Its state is static: the test resource that starts the server and the tests load this class once.
 */
public final class MembershipStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MembershipStub() {
    }

    private static final Map<String, Object> STATE_MAP = new ConcurrentHashMap<>();

    static Map<String, Object> state() {
        synchronized (STATE_MAP) {
            if (STATE_MAP.isEmpty()) {
                init(STATE_MAP);
            }
            return STATE_MAP;
        }
    }

    private static void init(Map<String, Object> s) {
        s.put("down", Boolean.FALSE);
        s.put("loseAcks", new AtomicInteger());
        s.put("concurrentModifications", new AtomicInteger());
        s.put("members", new ConcurrentHashMap<String, String>());
        s.put("noVote", new ConcurrentHashMap<String, String>());
        s.put("notEligible", new ConcurrentHashMap<String, String>());
        s.put("applications", new ConcurrentHashMap<String, Map<String, Object>>());
        s.put("reports", new CopyOnWriteArrayList<Map<String, Object>>());
        s.put("requests", new AtomicInteger());
        reset();
    }

    // ------------------------------------------------------------------ control, used by the tests

    /** Back to the 196 seeded members, all in good standing, no applications, up. */
    public static void reset() {
        Map<String, Object> s = state();
        s.put("down", Boolean.FALSE);
        ((AtomicInteger) s.get("loseAcks")).set(0);
        ((AtomicInteger) s.get("concurrentModifications")).set(0);
        members().clear();
        members().putAll(seedMembers());
        noVote().clear();
        notEligible().clear();
        applications().clear();
        reports().clear();
    }

    public static void down(boolean down) {
        state().put("down", down);
    }

    /** The next n outcome reports are applied but answered with a 503, as if the acknowledgement were lost. */
    public static void loseAcknowledgements(int n) {
        ((AtomicInteger) state().get("loseAcks")).set(n);
    }

    /** The next n outcome reports are answered 409 concurrent-modification and not recorded, as membership-service answers a report that lost a race to another request's change of the application. */
    public static void concurrentModifications(int n) {
        ((AtomicInteger) state().get("concurrentModifications")).set(n);
    }

    public static void removeMember(String code) {
        members().remove(code);
    }

    public static boolean isMember(String code) {
        return members().containsKey(code);
    }

    public static int memberCount() {
        return members().size();
    }

    /** In arrears: no vote, not in good standing, not eligible for office. */
    public static void arrears(String code) {
        noVote().put(code, "Statutory contributions unpaid for financial years [2017, 2018] (General Regulations art. 52): "
                + "rights return when the arrears are paid or an appeal is granted");
    }

    public static void restoreRights(String code) {
        noVote().remove(code);
        notEligible().remove(code);
    }

    /** In good standing but not eligible to stand for the Executive Committee. */
    public static void notEligibleForOffice(String code, String reason) {
        notEligible().put(code, reason);
    }

    public static void application(String id, String isoCode, String stateName, String region, String status, Integer session, int year) {
        Map<String, Object> a = new ConcurrentHashMap<>();
        a.put("id", id);
        a.put("isoCode", isoCode);
        a.put("stateName", stateName);
        a.put("region", region);
        a.put("status", status);
        if (session != null) {
            a.put("scheduledSession", session);
        }
        a.put("assemblyYear", year);
        a.put("version", 1);
        applications().put(id, a);
    }

    /** An outcome already recorded for the application, as if reported by another ballot. */
    public static void recordedOutcome(String id, String decision, String ballotId) {
        Map<String, Object> a = applications().get(id);
        a.put("status", decision);
        a.put("outcome", Map.of("decision", decision, "ballotId", ballotId));
    }

    public static String applicationStatus(String id) {
        Map<String, Object> a = applications().get(id);
        return a == null ? null : (String) a.get("status");
    }

    /** Every outcome report received for the application: role, HTTP status answered, body, and whether it changed the application. */
    public static List<Map<String, Object>> reports(String applicationId) {
        return reports().stream().filter(r -> applicationId.equals(r.get("applicationId"))).toList();
    }

    // ------------------------------------------------------------------ state

    @SuppressWarnings("unchecked")
    private static Map<String, String> members() {
        return (Map<String, String>) state().get("members");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> noVote() {
        return (Map<String, String>) state().get("noVote");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> notEligible() {
        return (Map<String, String>) state().get("notEligible");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> applications() {
        return (Map<String, Map<String, Object>>) state().get("applications");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reports() {
        return (List<Map<String, Object>>) state().get("reports");
    }

    static Map<String, String> seedMembers() {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = MembershipStub.class.getClassLoader().getResourceAsStream("members.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(";");
                if (f.length == 3) {
                    m.put(f[0], f[1] + ";" + f[2]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    /** Codes of the seeded members, in code order. */
    public static List<String> seededCodes() {
        return new ArrayList<>(new TreeSet<>(seedMembers().keySet()));
    }

    // ------------------------------------------------------------------ server

    static HttpServer start() throws IOException {
        state();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", MembershipStub::handle);
        server.start();
        return server;
    }

    private static void handle(HttpExchange ex) throws IOException {
        try {
            ((AtomicInteger) state().get("requests")).incrementAndGet();
            if (Boolean.TRUE.equals(state().get("down"))) {
                problem(ex, 503, "Service unavailable");
                return;
            }
            String role = role(ex.getRequestHeaders().getFirst("Authorization"));
            if (role == null) {
                problem(ex, 401, "A valid bearer token is required");
                return;
            }
            String path = ex.getRequestURI().getPath();
            Map<String, String> query = query(ex.getRequestURI().getRawQuery());
            String[] p = path.substring(1).split("/");
            String method = ex.getRequestMethod();
            if (method.equals("GET") && p.length == 3 && p[0].equals("members") && p[2].equals("standing")) {
                String code = p[1].toUpperCase(Locale.ROOT);
                if (!members().containsKey(code)) {
                    problem(ex, 404, "No member with code '" + code + "'");
                    return;
                }
                send(ex, 200, standing(code));
            } else if (method.equals("GET") && p.length == 1 && p[0].equals("standings")) {
                List<String> codes;
                String countries = query.get("countries");
                if (countries == null || countries.isBlank()) {
                    codes = new ArrayList<>(new TreeSet<>(members().keySet()));
                } else {
                    TreeSet<String> wanted = new TreeSet<>();
                    List<String> unknown = new ArrayList<>();
                    for (String c : countries.split(",")) {
                        String code = c.trim().toUpperCase(Locale.ROOT);
                        wanted.add(code);
                    }
                    for (String code : wanted) {
                        if (!members().containsKey(code)) {
                            unknown.add(code);
                        }
                    }
                    if (!unknown.isEmpty()) {
                        problem(ex, 404, "Not members of the Organization: " + unknown);
                        return;
                    }
                    codes = new ArrayList<>(wanted);
                }
                List<Object> out = new ArrayList<>();
                for (String code : codes) {
                    out.add(standing(code));
                }
                send(ex, 200, out);
            } else if (method.equals("GET") && p.length == 2 && p[0].equals("applications")) {
                Map<String, Object> a = applications().get(p[1]);
                if (a == null) {
                    problem(ex, 404, "No admission application with id " + p[1]);
                    return;
                }
                send(ex, 200, applicationView(a));
            } else if (method.equals("PUT") && p.length == 3 && p[0].equals("applications") && p[2].equals("outcome")) {
                outcome(ex, p[1], role);
            } else {
                problem(ex, 404, "Nothing is found at " + path);
            }
        } catch (RuntimeException e) {
            problem(ex, 500, e.toString());
        } finally {
            ex.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static void outcome(HttpExchange ex, String id, String role) throws IOException {
        Map<String, Object> body = JSON.readValue(ex.getRequestBody(), Map.class);
        Map<String, Object> report = new ConcurrentHashMap<>();
        report.put("applicationId", id);
        report.put("role", role);
        report.put("body", body);
        int status;
        boolean changed = false;
        boolean concurrent = false;
        Map<String, Object> a = applications().get(id);
        synchronized (MembershipStub.class) {
            if (!role.equals("svc-elections")) {
                status = 403;
            } else if (a == null) {
                status = 404;
            } else if (((AtomicInteger) state().get("concurrentModifications")).getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 409;
                concurrent = true;
            } else if (a.containsKey("outcome")) {
                status = a.get("outcome").equals(body) ? 200 : 409;
            } else if (!"SCHEDULED".equals(a.get("status"))) {
                status = 409;
            } else {
                a.put("outcome", body);
                a.put("status", body.get("decision"));
                a.put("version", ((Number) a.get("version")).intValue() + 1);
                if ("ADMITTED".equals(body.get("decision"))) {
                    members().put((String) a.get("isoCode"), a.get("stateName") + ";" + a.get("region"));
                }
                status = 200;
                changed = true;
            }
            AtomicInteger lose = (AtomicInteger) state().get("loseAcks");
            if (status == 200 && lose.get() > 0) {
                lose.decrementAndGet();
                status = 503;
            }
        }
        report.put("status", status);
        report.put("changed", changed);
        reports().add(report);
        if (status == 200) {
            send(ex, 200, applicationView(a));
        } else if (concurrent) {
            problem(ex, ProblemType.CONCURRENT_MODIFICATION.uri(), 409, "The resource was changed by another request meanwhile; read it again and retry");
        } else {
            problem(ex, status, status == 403 ? "Your roles do not allow this operation" : status == 409 ? "A different outcome is already recorded"
                    : status == 404 ? "No admission application with id " + id : "Service unavailable");
        }
    }

    private static Map<String, Object> standing(String code) {
        String[] nr = members().get(code).split(";");
        String noVoteReason = noVote().get(code);
        String notEligibleReason = notEligible().get(code);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("country", code);
        s.put("name", nr[0]);
        s.put("region", nr[1]);
        s.put("asOf", LocalDate.now().toString());
        s.put("inGoodStanding", noVoteReason == null);
        s.put("votingRights", verdict(noVoteReason));
        s.put("eligibleForOffice", verdict(noVoteReason != null ? noVoteReason : notEligibleReason));
        Map<String, Object> arrears = new LinkedHashMap<>();
        arrears.put("inArrears", noVoteReason != null);
        arrears.put("unpaidYears", noVoteReason != null ? List.of(2017, 2018) : List.of());
        arrears.put("restoredByAppeal", false);
        s.put("arrears", arrears);
        s.put("activeMeasures", List.of());
        s.put("accessRights", Map.of("record", true, "consult", true, "download", true));
        s.put("reviewBeforeDistribution", false);
        s.put("directDiffusionsAllowed", true);
        return s;
    }

    private static Map<String, Object> verdict(String reason) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("granted", reason == null);
        v.put("reasons", reason == null ? List.of() : List.of(Map.of("code", "ARREARS", "message", reason)));
        return v;
    }

    private static Map<String, Object> applicationView(Map<String, Object> a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", a.get("id"));
        v.put("isoCode", a.get("isoCode"));
        v.put("stateName", a.get("stateName"));
        v.put("region", a.get("region"));
        v.put("policeBody", "National Police");
        v.put("statehoodStatement", "Statement of statehood");
        v.put("acceptsConstitution", true);
        v.put("submittedOn", a.get("assemblyYear") + "-01-15");
        v.put("assemblyYear", a.get("assemblyYear"));
        v.put("status", a.get("status"));
        if (a.get("scheduledSession") != null) {
            v.put("scheduledSession", a.get("scheduledSession"));
        }
        if (a.get("outcome") != null) {
            v.put("outcome", a.get("outcome"));
        }
        v.put("version", a.get("version"));
        return v;
    }

    private static String role(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            Map<?, ?> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
            Object groups = claims.get("groups");
            return groups instanceof List<?> l && !l.isEmpty() ? String.valueOf(l.get(0)) : "";
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new TreeMap<>();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int i = kv.indexOf('=');
                if (i > 0) {
                    q.put(URLDecoder.decode(kv.substring(0, i), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void problem(HttpExchange ex, int status, String detail) throws IOException {
        problem(ex, "https://icpo.example/problems/stub", status, detail);
    }

    private static void problem(HttpExchange ex, String type, int status, String detail) throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("title", "Problem");
        p.put("status", status);
        p.put("detail", detail);
        byte[] bytes = JSON.writeValueAsBytes(p);
        ex.getResponseHeaders().set("Content-Type", "application/problem+json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
