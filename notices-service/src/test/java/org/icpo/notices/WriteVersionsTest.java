package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpo.testing.WriteVersionChecks.answeredVersion;

/**
 * Every write endpoint whose answer carries a version answers the version its change produced, the one a read right
 * after returns, so that a client can send its next change with it. Reviews, answers, cancellations, renewals and the
 * CCF's admissibility and decisions answered the version from before the change (0 where a read said 1), because
 * Hibernate raises it as it flushes, at commit, after the answer was built.
 */
@QuarkusTest
class WriteVersionsTest extends NoticesTestBase {

    private static JsonPath post(String token, String path, Map<String, Object> body, int status) {
        return as(token).body(body).post(path).then().statusCode(status).extract().jsonPath();
    }

    /** The version of the record (or CCF request) at {@code path}, as the secretariat or the CCF reads it. */
    private static long version(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static long recordVersion(String path) {
        return version(gs(), path);
    }

    /** The version of the item {@code id} in the list at {@code path} ({@code items}: where the list stands in the answer, "" at its root). */
    private static long listedVersion(String path, String items, Object id) {
        return as(gs()).get(path).then().statusCode(200).extract().jsonPath().param("wanted", id)
                .getLong(items + "find { it.id == wanted }.version");
    }


    /** The record just filed or sent: its answer carries the version a read returns, 0. Returns the record's path. */
    private static String filed(String kind, JsonPath answer) {
        String record = kind + "/" + answer.getString("id");
        assertThat(answer.getLong("version")).isEqualTo(recordVersion(record)).isZero();
        return record;
    }

    /** A request for information on {@code record} and the answer of its {@code requester}; returns the version they produced. */
    private static long informationRequestedAndGiven(String record, String requester, long before) {
        long v = answeredVersion("request for information", reviewed(gs(), record, "REQUEST_INFO", null), recordVersion(record), before);
        return answeredVersion("answer", post(requester, record + "/answer", Bodies.map("answer", "The court and the warrant"), 200),
                recordVersion(record), v);
    }

    private static void cancelled(String record, String requester, long before) {
        answeredVersion("cancellation", post(requester, record + "/cancellation", Bodies.map("reason", "Person arrested"), 200),
                recordVersion(record), before);
    }

    private static JsonPath reviewed(String token, String path, String decision, String ground) {
        Map<String, Object> body = Bodies.map("decision", decision, "reason", "decided");
        if (ground != null) {
            body.put("ground", ground);
        }
        return post(token, path + "/reviews", body, 200);
    }

    @Test
    void noticeRequestChangesAnswerTheVersionTheyProduced() {
        clock.set(LocalDate.of(2025, 1, 10));
        String notice = filed("/notice-requests", post(ncb("FR"), "/notice-requests", Bodies.red("VERSIONED", "Jean"), 201));
        long v = informationRequestedAndGiven(notice, ncb("FR"), 0);
        JsonPath published = reviewed(gs(), notice, "PUBLISH", null);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        answeredVersion("publication", published, recordVersion(notice), v);

        clock.set(LocalDate.of(2029, 7, 10));
        as(gs()).post("/notice-lifecycle/runs").then().statusCode(200);
        long due = recordVersion(notice);
        v = answeredVersion("renewal", post(ncb("FR"), notice + "/renewal", Bodies.map("reasons", "Still at large"), 200),
                recordVersion(notice), due);
        cancelled(notice, ncb("FR"), v);

        String refused = "/notice-requests/" + file("FR", Bodies.red("REFUSED", "Paul"));
        answeredVersion("refusal", reviewed(gs(), refused, "REFUSE", "ARTICLE_3"), recordVersion(refused), 0);
    }

    @Test
    void diffusionChangesAnswerTheVersionTheyProduced() {
        // from a member under measures: held until reviewed, by two reviewers
        MembershipStub.set("RU", MembershipStub.Mode.HEIGHTENED_SUPERVISION);
        Map<String, Object> held = Bodies.ofType("BLUE");
        held.put("justification", Bodies.justification());
        JsonPath sent = post(ncb("RU"), "/diffusions", held, 201);
        assertThat(sent.getString("status")).isEqualTo("PROCESSING");
        String diffusion = filed("/diffusions", sent);
        long v = informationRequestedAndGiven(diffusion, ncb("RU"), 0);
        JsonPath first = reviewed(gs(), diffusion, "PUBLISH", null);
        assertThat(first.getString("status")).isEqualTo("PENDING_SECOND_REVIEW");
        v = answeredVersion("first approval", first, recordVersion(diffusion), v);
        v = answeredVersion("second approval", reviewed(gs2(), diffusion, "PUBLISH", null), recordVersion(diffusion), v);
        cancelled(diffusion, ncb("RU"), v);

        String circulating = "/diffusions/" + diffuse("FR", Bodies.ofType("GREEN"));
        answeredVersion("withdrawal on review", reviewed(gs(), circulating, "REFUSE", "ARTICLE_3"), recordVersion(circulating), 0);
    }

    @Test
    void ccfRequestChangesAnswerTheVersionTheyProduced() {
        clock.set(LocalDate.of(2025, 2, 1));
        String notice = file("TR", Bodies.red("KAYA", "Ali"));
        publish(notice);
        String ccf = Tokens.ccf();
        JsonPath received = post(ccf, "/ccf-requests", Bodies.map("recordId", notice, "kind", "DELETION", "applicant", "Counsel",
                "grounds", "Political", "receivedOn", "2025-02-01"), 201);
        String request = "/ccf-requests/" + received.getString("id");
        assertThat(received.getLong("version")).isEqualTo(version(ccf, request)).isZero();

        long v = answeredVersion("admissibility", post(ccf, request + "/admissibility", Bodies.map("admissible", true, "reason", "Complete"), 200),
                version(ccf, request), 0);
        answeredVersion("decision", post(ccf, request + "/decision", Bodies.map("outcome", "DELETION_ORDERED", "reason", "Political"), 200),
                version(ccf, request), v);
    }

    /** These answered the right version already (each flushes before its answer is built): kept so. */
    @Test
    void screeningChangesAnswerTheVersionTheyProduced() {
        JsonPath recorded = post(ncb("DE"), "/refugee-statuses", ScreeningApiTest.refugee("PETROV", "Oleg", "1980-02-03", "RU"), 201);
        String status = recorded.getString("id");
        assertThat(recorded.getLong("version")).isEqualTo(listedVersion("/refugee-statuses", "items.", status)).isZero();
        answeredVersion("refugee status withdrawn", post(gs(), "/refugee-statuses/" + status + "/withdrawal", Bodies.map("reason", "Returned"), 200),
                listedVersion("/refugee-statuses", "items.", status), 0);

        JsonPath added = post(gs(), "/screening-indicators", Bodies.map("term", "versioned-term", "language", "en", "category", "RACIAL"), 201);
        int indicator = added.getInt("id");
        assertThat(added.getLong("version")).isEqualTo(listedVersion("/screening-indicators", "", indicator)).isZero();
        JsonPath changed = as(gs()).body(Bodies.map("term", "versioned-term", "language", "en", "category", "RACIAL", "active", false, "version", 0))
                .put("/screening-indicators/" + indicator).then().statusCode(200).extract().jsonPath();
        answeredVersion("indicator changed", changed, listedVersion("/screening-indicators", "", indicator), 0);
    }
}
