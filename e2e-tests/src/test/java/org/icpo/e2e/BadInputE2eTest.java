package org.icpo.e2e;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the suite's one OpenAPI document, through the gateway, with bad path parameters, bad query
 * parameters, a bad {@code Idempotency-Key} and bad bodies, as the General Secretariat and as a member's bureau:
 * never a 5xx, and every refusal a problem document (the public notices API's 404 keeps the organization's own JSON
 * body). Each request carries one bad part, so none of them can write.
 */
@ExtendWith(SuiteLogsOnFailure.class)
class BadInputE2eTest {

    /** Bad path segments, as sent (percent-encoded): NUL, not a number or id, out of range, too long, odd bytes. */
    static final List<String> BAD_SEGMENTS = List.of("%00", "abc", "-1", "0", "99999999999999999999", "x".repeat(300), "%C5%BD", "%FF",
            "%2E%2E", "1.5");
    /** Bad query values, as sent. */
    static final List<String> BAD_VALUES = List.of("%00", "abc", "-1", "99999999999999999999", "%FF", "1.5", "", "a%00b");
    /** Bodies no endpoint takes: none, malformed, the wrong JSON type, NUL in a string, nested past the parser's limit. */
    static final List<String> BAD_BODIES = List.of("", "{", "[]", "null", "42", "\"a\\u0000b\"", "{\"a\\u0000\": 1}",
            "[".repeat(1_100) + "]".repeat(1_100));
    /** Requests per token: below the gateway's burst for one identity in this suite, so that none is refused as too many. */
    static final int REQUESTS_PER_TOKEN = 40;
    static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private int sent;
    private int limited;
    private String token;

    @BeforeAll
    static void suite() {
        Suite.get();
    }

    @Test
    void noOperationAnswersBadInputWithA5xxOrWithoutAProblem() {
        JsonPath openApi = Suite.anonymous().get("/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (String role : List.of("secretariat", "ncb")) {
            for (var path : paths.entrySet()) {
                for (var op : path.getValue().entrySet()) {
                    String method = op.getKey().toUpperCase();
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    operations++;
                    sweep(role, method, path.getKey(), op.getValue(), wrong);
                }
            }
        }
        System.out.println("[sweep] " + sent + " requests over " + operations + " operations (" + operations / 2 + " of the document, each as both roles)");
        assertThat(operations).as("operations in the OpenAPI document, twice").isGreaterThan(150);
        assertThat(sent).isGreaterThan(2_000);
        assertThat(limited).as("requests refused as too many instead of being checked").isZero();
        assertThat(wrong).as("answers that are 5xx, or 4xx without a problem document, of " + sent + " requests").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void sweep(String role, String method, String template, Map<String, Object> op, List<String> wrong) {
        boolean hasBody = op.containsKey("requestBody");
        // one bad part per request; a request with a body always sends one no endpoint takes
        String badBody = hasBody ? "{" : null;
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        for (String bad : names) {
            for (String value : BAD_SEGMENTS) {
                String path = template;
                for (String name : names) {
                    path = path.replace("{" + name + "}", name.equals(bad) ? value : plausible(name));
                }
                check(role, method, path, badBody, null, wrong);
            }
        }
        String filled = template;
        for (String name : names) {
            filled = filled.replace("{" + name + "}", plausible(name));
        }
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
        for (Map<String, Object> p : parameters) {
            if ("query".equals(p.get("in"))) {
                for (String value : BAD_VALUES) {
                    check(role, method, filled + "?" + p.get("name") + "=" + value, badBody, null, wrong);
                }
            } else if ("header".equals(p.get("in")) && "Idempotency-Key".equals(p.get("name"))) {
                check(role, method, filled, badBody, "k".repeat(300), wrong);
            }
        }
        if (hasBody) {
            for (String body : BAD_BODIES) {
                check(role, method, filled, body, null, wrong);
            }
        }
    }

    /** A value that fits the parameter's name and names nothing that exists: the request fails on its one bad part or as not found. */
    private static String plausible(String name) {
        return switch (name) {
            case "code", "country" -> "ZW";
            case "year" -> "2999";
            case "number" -> "9999";
            case "other" -> "purple";
            default -> UUID.randomUUID().toString();
        };
    }

    private void check(String role, String method, String path, String body, String idempotencyKey, List<String> wrong) {
        if (sent++ % REQUESTS_PER_TOKEN == 0) {
            token = mint(role);
        }
        RequestSpecification request = RestAssured.given().baseUri(Suite.gateway()).urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + token);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        Response r = request.request(method, path);
        int status = r.statusCode();
        if (status == 429) {
            limited++;
        }
        String type = r.contentType() == null ? "" : r.contentType();
        boolean publicNotFound = status == 404 && path.startsWith("/notices/v1/") && type.startsWith("application/json");
        if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json") && !publicNotFound)) {
            String shown = body == null ? "" : " body " + (body.length() > 40 ? body.substring(0, 40) + "..." : body);
            wrong.add(role + " " + method + " " + (path.length() > 160 ? path.substring(0, 160) + "..." : path) + shown
                    + (idempotencyKey == null ? "" : " Idempotency-Key of " + idempotencyKey.length()) + ": " + status + " " + type);
        }
    }

    /** A fresh identity of the role (its own rate-limit bucket at the gateway). */
    private String mint(String role) {
        return Suite.token("sweep-" + role + "-" + sent, role, role.equals("ncb") ? "FR" : null);
    }
}
