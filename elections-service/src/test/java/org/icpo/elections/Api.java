package org.icpo.elections;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.icpo.testing.Tokens;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Test helpers that drive elections-service through its REST API, as the Assembly officers and the NCBs would. */
public final class Api {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    public static String ncbToken(String country) {
        return TOKENS.computeIfAbsent("ncb:" + country, k -> Tokens.ncb(country));
    }

    public static String assemblyToken() {
        return TOKENS.computeIfAbsent("assembly", k -> Tokens.assembly());
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification assembly() {
        return as(assemblyToken());
    }

    public static RequestSpecification ncb(String country) {
        return as(ncbToken(country));
    }

    /** Plans and opens a session. */
    public static void openSession(int number, int year, String city, String host, String startsOn, String endsOn) {
        assembly().body(Map.of("number", number, "year", year, "city", city, "hostCountry", host, "startsOn", startsOn, "endsOn", endsOn))
                .post("/sessions").then().statusCode(201);
        assembly().post("/sessions/" + number + "/open").then().statusCode(200).body("status", equalTo("OPEN"));
    }

    /** Registers the delegations as present (by the Assembly officers). */
    public static void present(int session, Collection<String> countries) {
        List<HttpRequest> requests = new ArrayList<>();
        for (String c : countries) {
            requests.add(Http.post("/sessions/" + session + "/attendance", assemblyToken(), Map.of("country", c)));
        }
        for (HttpResponse<String> r : Http.send(requests, 4)) {
            if (r.statusCode() != 201) {
                throw new AssertionError("attendance refused: " + r.statusCode() + " " + r.body());
            }
        }
    }

    public static String createBallot(Map<String, Object> body) {
        return assembly().body(body).post("/ballots").then().statusCode(201).extract().path("id");
    }

    public static String admissionBallot(int session, String applicationId) {
        return createBallot(Map.of("session", session, "kind", "ADMISSION", "applicationId", applicationId));
    }

    public static String nominate(String ballotId, String country, String person) {
        return assembly().body(Map.of("country", country, "personName", person)).post("/ballots/" + ballotId + "/candidates")
                .then().statusCode(201).extract().path("id");
    }

    public static int openRound(String ballotId) {
        return assembly().post("/ballots/" + ballotId + "/rounds").then().statusCode(201).extract().path("number");
    }

    public static Response vote(String ballotId, int round, String country, String choice) {
        return ncb(country).body(Map.of("choice", choice)).post("/ballots/" + ballotId + "/rounds/" + round + "/votes");
    }

    /**
     * Casts votes: the voters, in order, take the choices in the order and numbers given
     * (e.g. YES=76, NO=56, ABSTAIN=22). Returns receipt -> choice.
     */
    public static Map<String, String> castVotes(String ballotId, int round, List<String> voters, Map<String, Integer> figures) {
        List<HttpRequest> requests = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Integer> e : figures.entrySet()) {
            for (int n = 0; n < e.getValue(); n++) {
                requests.add(Http.post("/ballots/" + ballotId + "/rounds/" + round + "/votes", ncbToken(voters.get(i++)), Map.of("choice", e.getKey())));
                choices.add(e.getKey());
            }
        }
        List<HttpResponse<String>> answers = Http.send(requests, 4);
        Map<String, String> receipts = new LinkedHashMap<>();
        for (int n = 0; n < answers.size(); n++) {
            HttpResponse<String> r = answers.get(n);
            if (r.statusCode() != 201) {
                throw new AssertionError("vote refused: " + r.statusCode() + " " + r.body());
            }
            receipts.put((String) Http.json(r).get("receipt"), choices.get(n));
        }
        return receipts;
    }

    public static Response closeRound(String ballotId, int round) {
        return assembly().post("/ballots/" + ballotId + "/rounds/" + round + "/close");
    }

    /** Ordered figures map, e.g. figures("YES", 76, "NO", 56, "ABSTAIN", 22). */
    public static Map<String, Integer> figures(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }

    /** The first n seeded members in code order, skipping the given ones. */
    public static List<String> members(int n, String... except) {
        List<String> out = new ArrayList<>();
        List<String> skip = List.of(except);
        for (String c : MembershipStub.seededCodes()) {
            if (out.size() == n) {
                break;
            }
            if (!skip.contains(c)) {
                out.add(c);
            }
        }
        if (out.size() < n) {
            throw new IllegalArgumentException("only " + out.size() + " members available");
        }
        return out;
    }
}
