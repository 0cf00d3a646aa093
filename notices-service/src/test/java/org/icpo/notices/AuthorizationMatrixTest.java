package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A sample of the authorization matrix: each endpoint with each kind of caller. The expected status is
 * the one the rules give: 401 without a valid token, 403 for a role that may never do it, 404 for a
 * member that may not see the record, otherwise a 2xx (or the 4xx of the business rule).
 */
@QuarkusTest
class AuthorizationMatrixTest extends NoticesTestBase {

    record Call(String method, String path, Object body) {
    }

    static final String NONE = "none";

    static RequestSpecification caller(String token) {
        RequestSpecification spec = RestAssured.given().contentType("application/json");
        return NONE.equals(token) ? spec : spec.auth().oauth2(token);
    }

    @Test
    void matrix() {
        String processing = file("FR", Bodies.red("MATRIX", "One"));
        String published = file("FR", Bodies.red("MATRIX", "Two"));
        publish(published);
        String diffusion = diffuse("FR", Bodies.ofType("BLUE"));

        String fr = ncb("FR");
        String de = ncb("DE");
        String sec = gs();
        String ccf = Tokens.ccf();
        String assembly = Tokens.assembly();
        String svc = Tokens.service("svc-elections");
        // the requester comes last, so that its cancellation does not hide the record from the other callers
        List<String> callers = List.of(NONE, de, sec, ccf, assembly, svc, fr);

        Map<String, Object> reviewBody = Bodies.map("decision", "REQUEST_INFO", "reason", "questions");
        Map<String, Object> indicator = Bodies.map("term", "matrix-term", "language", "en", "category", "POLITICAL");
        Map<String, Object> ccfBody = Bodies.map("recordId", published, "kind", "ACCESS", "applicant", "a", "grounds", "g",
                "receivedOn", java.time.LocalDate.now().toString());
        Map<String, Object> refugee = Bodies.map("familyName", "MATRIX", "forename", "Max", "countryFled", "RU", "recognizedOn", "2024-01-01", "reference", "R");

        // expected statuses per caller, in the order of `callers`: none, DE (other NCB), secretariat, ccf, assembly, service, FR (requester)
        Object[][] rows = {
                {new Call("GET", "/notice-requests", null), new int[]{401, 200, 200, 200, 200, 200, 200}},
                {new Call("GET", "/notice-requests/" + processing, null), new int[]{401, 404, 200, 200, 404, 404, 200}},
                {new Call("GET", "/notice-requests/" + published, null), new int[]{401, 200, 200, 200, 404, 404, 200}},
                {new Call("GET", "/diffusions/" + diffusion, null), new int[]{401, 200, 200, 200, 404, 404, 200}},
                {new Call("GET", "/review-queue", null), new int[]{401, 403, 200, 403, 403, 403, 403}},
                {new Call("POST", "/notice-requests/" + processing + "/reviews", reviewBody), new int[]{401, 403, 200, 403, 403, 403, 403}},
                {new Call("POST", "/notice-requests/" + published + "/cancellation", Bodies.map("reason", "r")), new int[]{401, 403, 403, 403, 403, 403, 200}},
                {new Call("GET", "/screening-indicators", null), new int[]{401, 200, 200, 200, 200, 200, 200}},
                {new Call("POST", "/screening-indicators", indicator), new int[]{401, 403, 201, 403, 403, 403, 403}},
                {new Call("GET", "/refugee-statuses", null), new int[]{401, 403, 200, 200, 403, 403, 403}},
                {new Call("POST", "/refugee-statuses", refugee), new int[]{401, 201, 403, 201, 403, 403, 201}},
                {new Call("GET", "/ccf-requests", null), new int[]{401, 403, 200, 200, 403, 403, 403}},
                {new Call("POST", "/ccf-requests", ccfBody), new int[]{401, 403, 403, 201, 403, 403, 403}},
                {new Call("POST", "/notice-lifecycle/runs", null), new int[]{401, 403, 200, 403, 403, 403, 403}},
                {new Call("GET", "/audit/notices", null), new int[]{401, 403, 200, 200, 403, 403, 403}},
                {new Call("POST", "/notice-requests", Bodies.red("MATRIX", "Three")), new int[]{401, 201, 403, 403, 403, 403, 201}},
        };
        List<String> mismatches = new ArrayList<>();
        for (Object[] row : rows) {
            Call call = (Call) row[0];
            int[] expected = (int[]) row[1];
            for (int i = 0; i < callers.size(); i++) {
                RequestSpecification spec = caller(callers.get(i));
                if (call.body() != null) {
                    spec = spec.body(call.body());
                }
                var response = spec.request(call.method(), call.path()).then().extract();
                int status = response.statusCode();
                if (status != expected[i]) {
                    mismatches.add(call.method() + " " + call.path() + " as caller #" + i + ": " + status + " instead of " + expected[i]
                            + " " + response.asString());
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
