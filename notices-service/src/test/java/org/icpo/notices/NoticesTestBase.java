package org.icpo.notices;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.icpo.testing.TestClock;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Shared set-up of the @QuarkusTest classes: clean data, a normal membership and real time before each test. */
public abstract class NoticesTestBase {

    @Inject
    protected TestData data;

    @Inject
    protected TestClock clock;

    @BeforeEach
    void cleanState() {
        data.reset();
        MembershipStub.reset();
        clock.reset();
    }

    @AfterEach
    void realTime() {
        clock.reset();
        MembershipStub.reset();
    }

    public static RequestSpecification as(String token) {
        return RestAssured.given().contentType(ContentType.JSON).auth().oauth2(token);
    }

    /**
     * Runs {@code work} on another thread and returns its result, failing with a timeout when it takes longer than
     * {@code seconds}: for work that must not wait on a lock the test thread holds.
     */
    public static <T> T within(int seconds, java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            return thread.submit(work).get(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
    }

    public static String ncb(String country) {
        return Tokens.ncb(country);
    }

    public static String gs() {
        return Tokens.secretariat("gs-reviewer-1");
    }

    public static String gs2() {
        return Tokens.secretariat("gs-reviewer-2");
    }

    /** Files a notice request and returns its id. */
    public static String file(String country, Map<String, Object> body) {
        return as(ncb(country)).body(body).post("/notice-requests").then().statusCode(201).extract().path("id");
    }

    public static String diffuse(String country, Map<String, Object> body) {
        return as(ncb(country)).body(body).post("/diffusions").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse review(String token, String path, String id, String decision, String ground, String reason) {
        Map<String, Object> body = Bodies.map("decision", decision, "reason", reason);
        if (ground != null) {
            body.put("ground", ground);
        }
        return as(token).body(body).post(path + "/" + id + "/reviews").then();
    }

    public static void publish(String id) {
        review(gs(), "/notice-requests", id, "PUBLISH", null, "meets the conditions").statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    public static String problemJson() {
        return "application/problem+json";
    }
}
