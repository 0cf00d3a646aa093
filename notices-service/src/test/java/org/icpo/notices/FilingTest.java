package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Filing notice requests: every type, the automatic checks over HTTP, bad input, photographs, idempotency. */
@QuarkusTest
class FilingTest extends NoticesTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"RED", "YELLOW", "BLUE", "BLACK", "GREEN", "ORANGE", "PURPLE", "UN_SPECIAL", "SILVER"})
    void everyTypeCanBeFiled(String type) {
        String id = file("FR", Bodies.ofType(type));
        as(gs()).get("/notice-requests/" + id).then().statusCode(200)
                .body("type", equalTo(type))
                .body("status", equalTo("PROCESSING"))
                .body("requesterCountry", equalTo("FR"))
                .body("checks.outcome", not(hasItem("FAILED")))
                .body("publicExtract", equalTo(type.equals("UN_SPECIAL") || type.equals("RED") ? true : false));
    }

    @Test
    void theRequesterIsTheTokensCountryAndNamesAreKeptInBothScripts() {
        Map<String, Object> body = Bodies.red("PROKOPCHUK", "Ivan");
        Map<String, Object> subject = Bodies.sub(body, "subject");
        subject.put("familyNameOriginal", "ПРОКОПЧУК");
        subject.put("forenameOriginal", "Иван");
        subject.put("originalScript", "Cyrl");
        String id = file("UA", body);
        as(ncb("UA")).get("/notice-requests/" + id).then().statusCode(200)
                .body("requesterCountry", equalTo("UA"))
                .body("subject.familyName", equalTo("PROKOPCHUK"))
                .body("subject.familyNameOriginal", equalTo("ПРОКОПЧУК"))
                .body("subject.forenameOriginal", equalTo("Иван"))
                .body("subject.dateOfBirth", equalTo("1975-04-12"))
                .body("checks.code", hasItem("NAMES_LATIN_SCRIPT"))
                .body("history[0].action", equalTo("FILE"))
                .body("risk", nullValue());
        assertEquals(1, data.auditCount("notice.filed", id));
    }

    @Test
    void hardFailuresAreRefusedAtOnceWithEveryReasonAndNothingIsWritten() {
        Map<String, Object> body = Bodies.red();
        Map<String, Object> red = Bodies.sub(body, "red");
        red.put("charges", List.of(Bodies.charge("Unpaid debt to a business partner", "PRIVATE_DISPUTE", 12)));
        red.remove("warrant");
        Map<String, Object> subject = Bodies.sub(body, "subject");
        subject.remove("sex");
        String before = data.fingerprint();
        as(ncb("FR")).body(body).post("/notice-requests").then().statusCode(422)
                .contentType(problemJson())
                .body("type", equalTo("https://icpo.example/problems/rule-violation"))
                .body("failedChecks.code", equalTo(List.of("RED_JUDICIAL_DATA", "RED_PENALTY_THRESHOLD", "RED_EXCLUDED_OFFENCE",
                        "RED_SUFFICIENT_IDENTIFIERS")))
                .body("failedChecks.reason", everyItem(notNullValue()))
                .body("detail", containsString("PRIVATE_DISPUTE"))
                .body("checks.code", hasItems("RED_JUDICIAL_DATA"));
        assertEquals(before, data.fingerprint());
    }

    @Test
    void otherTypesMinimumDataOverHttp() {
        Map<String, Object> yellow = Bodies.ofType("YELLOW");
        yellow.remove("event");
        as(ncb("FR")).body(yellow).post("/notice-requests").then().statusCode(422)
                .body("failedChecks.code", equalTo(List.of("YELLOW_DISAPPEARANCE")));
        Map<String, Object> orange = Bodies.ofType("ORANGE");
        orange.remove("threatDescription");
        as(ncb("FR")).body(orange).post("/notice-requests").then().statusCode(422)
                .body("failedChecks.code", equalTo(List.of("ORANGE_THREAT")));
        Map<String, Object> yellowNoPhoto = Bodies.ofType("YELLOW");
        Bodies.sub(yellowNoPhoto, "subject").remove("photos");
        String id = file("FR", yellowNoPhoto);
        as(gs()).get("/notice-requests/" + id).then().body("checks.find { it.code == 'YELLOW_PHOTO' }.outcome", equalTo("WARNING"));
    }

    static Map<String, Object> breaking(Consumer<Map<String, Object>> change) {
        Map<String, Object> b = Bodies.red();
        change.accept(b);
        return b;
    }

    @Test
    void badInputIsA400ProblemAndWritesNothing() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[]{"type", breaking(b -> b.put("type", "PINK"))});
        cases.add(new Object[]{"type", breaking(b -> b.remove("type"))});
        cases.add(new Object[]{"subject", breaking(b -> b.remove("subject"))});
        cases.add(new Object[]{"caseSummary", breaking(b -> b.put("caseSummary", " "))});
        cases.add(new Object[]{"subject.dateOfBirth", breaking(b -> Bodies.sub(b, "subject").put("dateOfBirth", "12/04/1975"))});
        cases.add(new Object[]{"subject.dateOfBirth", breaking(b -> Bodies.sub(b, "subject").put("dateOfBirth", "1975-02-30"))});
        cases.add(new Object[]{"subject.dateOfBirth", breaking(b -> Bodies.sub(b, "subject").put("dateOfBirth", "2999"))});
        cases.add(new Object[]{"subject.nationalities[0]", breaking(b -> Bodies.sub(b, "subject").put("nationalities", List.of("France")))});
        cases.add(new Object[]{"subject.sex", breaking(b -> Bodies.sub(b, "subject").put("sex", "X"))});
        cases.add(new Object[]{"subject.languages[0]", breaking(b -> Bodies.sub(b, "subject").put("languages", List.of("FR")))});
        cases.add(new Object[]{"subject.physical.heightCm", breaking(b -> Bodies.sub(Bodies.sub(b, "subject"), "physical").put("heightCm", 900))});
        cases.add(new Object[]{"subject.originalScript", breaking(b -> Bodies.sub(b, "subject").put("originalScript", "cyrillic"))});
        cases.add(new Object[]{"red.purpose", breaking(b -> Bodies.sub(b, "red").put("purpose", "REVENGE"))});
        cases.add(new Object[]{"red.charges[0].category", breaking(b -> Bodies.sub(b, "red").put("charges",
                List.of(Bodies.charge("x", "GOSSIP", 60))))});
        cases.add(new Object[]{"red.charges[0].maxPenaltyMonths", breaking(b -> Bodies.sub(b, "red").put("charges",
                List.of(Bodies.charge("x", "FRAUD", -1))))});
        cases.add(new Object[]{"red.warrant.issuedOn", breaking(b -> Bodies.sub(Bodies.sub(b, "red"), "warrant").put("issuedOn", "yesterday"))});
        cases.add(new Object[]{"event", breaking(b -> b.put("event", Bodies.map("date", "2024", "place", "Paris")))});
        cases.add(new Object[]{"recipients", breaking(b -> b.put("recipients", List.of("DE")))});
        cases.add(new Object[]{"unknownField", breaking(b -> b.put("unknownField", 1))});
        cases.add(new Object[]{"subject.photos[0]", breaking(b -> Bodies.sub(b, "subject").put("photos",
                List.of(Bodies.photo("image/jpeg", "GIF89a-not-a-jpeg".getBytes()))))});
        cases.add(new Object[]{"subject.photos[0]", breaking(b -> Bodies.sub(b, "subject").put("photos",
                List.of(Bodies.photo("image/png", Bodies.JPEG))))});
        cases.add(new Object[]{"subject.photos[0].data", breaking(b -> Bodies.sub(b, "subject").put("photos",
                List.of(Bodies.map("contentType", "image/jpeg", "data", "%%%not base64"))))});
        cases.add(new Object[]{"subject.photos", breaking(b -> Bodies.sub(b, "subject").put("photos",
                List.of(Bodies.photo("image/jpeg", Bodies.JPEG), Bodies.photo("image/jpeg", Bodies.JPEG), Bodies.photo("image/jpeg", Bodies.JPEG),
                        Bodies.photo("image/jpeg", Bodies.JPEG), Bodies.photo("image/jpeg", Bodies.JPEG), Bodies.photo("image/jpeg", Bodies.JPEG))))});
        String before = data.fingerprint();
        for (Object[] c : cases) {
            as(ncb("FR")).body(c[1]).post("/notice-requests").then()
                    .statusCode(400).contentType(problemJson())
                    .body("violations.field", hasItem(startsWith((String) c[0])));
        }
        as(ncb("FR")).body("{\"type\": ").post("/notice-requests").then().statusCode(400).contentType(problemJson());
        as(ncb("FR")).body("[]").post("/notice-requests").then().statusCode(400).contentType(problemJson());
        RestAssured.given().auth().oauth2(ncb("FR")).contentType("text/plain").body("hello").post("/notice-requests").then()
                .statusCode(415).contentType(problemJson());
        as(ncb("FR")).header("Idempotency-Key", "k".repeat(300)).body(Bodies.red()).post("/notice-requests").then().statusCode(400);
        assertEquals(before, data.fingerprint());
    }

    @Test
    void oversizedPhotographIsRefused() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(Bodies.JPEG, 0, big, 0, Bodies.JPEG.length);
        Map<String, Object> body = Bodies.red();
        Bodies.sub(body, "subject").put("photos", List.of(Bodies.photo("image/jpeg", big)));
        String before = data.fingerprint();
        as(ncb("FR")).body(body).post("/notice-requests").then().statusCode(400)
                .body("violations[0].message", containsString("at most 2097152 bytes"));
        assertEquals(before, data.fingerprint());
    }

    @Test
    void photographsAreStoredAndDownloadedWithAudit() {
        Map<String, Object> body = Bodies.red();
        Bodies.sub(body, "subject").put("photos", List.of(Bodies.photo("image/jpeg", Bodies.JPEG), Bodies.photo("image/png", Bodies.PNG)));
        String id = file("FR", body);
        publish(id);
        List<String> hrefs = as(ncb("DE")).get("/notice-requests/" + id).then().statusCode(200)
                .body("photos", hasSize(2))
                .body("photos[1].contentType", equalTo("image/png"))
                .body("subject.photos", nullValue())
                .extract().path("photos.href");
        byte[] png = as(ncb("DE")).get(hrefs.get(1)).then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertArrayEquals(Bodies.PNG, png);
        assertEquals(1, data.auditCount("notice.photo-downloaded", id));
        as(ncb("DE")).get("/notice-requests/" + id + "/photos/" + java.util.UUID.randomUUID()).then().statusCode(404);
        // a member whose DOWNLOAD right is suspended may read but not download
        MembershipStub.set("DE", MembershipStub.Mode.DOWNLOAD_SUSPENDED);
        as(ncb("DE")).get("/notice-requests/" + id).then().statusCode(200);
        as(ncb("DE")).get(hrefs.get(0)).then().statusCode(403).body("measure", equalTo("ACCESS_SUSPENSION"))
                .body("suspendedRight", equalTo("DOWNLOAD"));
    }

    @Test
    void idempotencyKeyReplaysTheCreation() {
        Map<String, Object> body = Bodies.red();
        String first = as(ncb("FR")).header("Idempotency-Key", "k-1").body(body).post("/notice-requests").then().statusCode(201)
                .extract().path("id");
        String again = as(ncb("FR")).header("Idempotency-Key", "k-1").body(body).post("/notice-requests").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        as(ncb("FR")).header("Idempotency-Key", "k-1").body(Bodies.red("OTHER", "Person")).post("/notice-requests").then().statusCode(422)
                .body("type", equalTo("https://icpo.example/problems/idempotency-key-reused"));
        as(gs()).get("/notice-requests").then().body("total", equalTo(1));
    }

    @Test
    void requestsSentAtOnceWithOneIdempotencyKeyFileOnceAndAllGetItsAnswer() {
        // a client whose first attempt timed out retries while it is still being filed: every attempt gets the filing's
        // answer (the first as it is made, the others replayed once it is committed), never a conflict, and one notice exists
        Map<String, Object> body = Bodies.red();
        long filedBefore = data.auditCount("notice.filed");
        int attempts = 6;
        List<String> ids = new ArrayList<>();
        int replayed = 0;
        for (io.restassured.response.Response r : org.icpo.testing.AtOnce.run(attempts,
                () -> as(ncb("FR")).header("Idempotency-Key", "at-once").body(body).post("/notice-requests"))) {
            assertEquals(201, r.statusCode(), r.asString());
            ids.add(r.path("id"));
            replayed += "true".equals(r.header("Idempotent-Replayed")) ? 1 : 0;
        }
        assertEquals(1, ids.stream().distinct().count(), "one notice for every attempt: " + ids);
        assertEquals(attempts - 1, replayed, "every attempt but the one that filed is a replay");
        as(gs()).get("/notice-requests").then().body("total", equalTo(1));
        assertEquals(filedBefore + 1, data.auditCount("notice.filed"), "filed once (the audit log is append-only)");
    }

    @Test
    void tokenAndMembershipProblems() {
        RestAssured.given().contentType("application/json").body(Bodies.red()).post("/notice-requests").then().statusCode(401)
                .contentType(problemJson());
        as(org.icpo.testing.Tokens.expired()).body(Bodies.red()).post("/notice-requests").then().statusCode(401);
        as(org.icpo.testing.Tokens.tampered()).body(Bodies.red()).post("/notice-requests").then().statusCode(401);
        as(org.icpo.testing.Tokens.algNone()).body(Bodies.red()).post("/notice-requests").then().statusCode(401);
        as(gs()).body(Bodies.red()).post("/notice-requests").then().statusCode(403);
        as(org.icpo.testing.Tokens.ncbWithoutCountry()).body(Bodies.red()).post("/notice-requests").then().statusCode(403)
                .body("detail", containsString("country"));
        for (Object claim : new Object[] {"fr", " FR ", "\"FR\"", "F R", 33, java.util.List.of("FR")}) {
            as(org.icpo.testing.Tokens.ncbWithCountryClaim(claim)).body(Bodies.red()).post("/notice-requests").then()
                    .statusCode(403).contentType(problemJson()).body("detail", containsString("in capitals"));
        }
        MembershipStub.set("ZZ", MembershipStub.Mode.NOT_MEMBER);
        as(ncb("ZZ")).body(Bodies.red()).post("/notice-requests").then().statusCode(403).body("detail", containsString("not a member"));
        String before = data.fingerprint();
        MembershipStub.all(MembershipStub.Mode.DOWN);
        as(ncb("FR")).body(Bodies.red()).post("/notice-requests").then().statusCode(503)
                .body("type", equalTo("https://icpo.example/problems/upstream-unavailable"));
        assertEquals(before, data.fingerprint());
    }

    @Test
    void listsShowOwnRequestsAndPublishedNoticesOnly() {
        String fr = file("FR", Bodies.red());
        String de = file("DE", Bodies.red("MUELLER", "Hans"));
        as(ncb("FR")).get("/notice-requests").then().statusCode(200).body("items.id", equalTo(List.of(fr)));
        as(ncb("FR")).get("/notice-requests?scope=PUBLISHED").then().body("total", equalTo(0));
        // not published: invisible to other members (404, existence not revealed)
        as(ncb("FR")).get("/notice-requests/" + de).then().statusCode(404);
        publish(de);
        as(ncb("FR")).get("/notice-requests?scope=PUBLISHED").then().body("items.id", equalTo(List.of(de)));
        as(ncb("FR")).get("/notice-requests/" + de).then().statusCode(200).body("checks", nullValue()).body("justification", nullValue())
                .body("history", nullValue());
        as(gs()).get("/notice-requests?status=PROCESSING").then().body("items.id", equalTo(List.of(fr)));
        as(gs()).get("/notice-requests?scope=MINE&type=YELLOW").then().body("total", equalTo(0));
        as(gs()).get("/notice-requests?status=NOPE").then().statusCode(400).contentType(problemJson());
        as(gs()).get("/notice-requests?size=500").then().statusCode(400).contentType(problemJson());
        as(gs()).get("/notice-requests/not-a-uuid").then().statusCode(400).contentType(problemJson());
        assertEquals(1, data.auditCount("notice.read", de));
    }

    @Test
    void auditLogIsReadableBySecretariatAndCcfOnly() {
        String id = file("FR", Bodies.red());
        as(gs()).get("/audit/notices?targetId=" + id).then().statusCode(200).body("items.action", hasItem("notice.filed"));
        as(org.icpo.testing.Tokens.ccf()).get("/audit/notices?targetId=" + id).then().statusCode(200);
        as(ncb("FR")).get("/audit/notices").then().statusCode(403);
    }

    @Test
    void namesWhoseNormalizedFormsGrowAreFiledAndFound() {
        // within @Size(max = 200), but their ASCII forms are twice as long ("Š" -> "sh"): 600 characters for the whole name
        String family = "Š".repeat(200);
        String forename = "Š".repeat(100);
        Map<String, Object> blue = Bodies.ofType("BLUE");
        Bodies.sub(blue, "subject").put("familyName", family);
        Bodies.sub(blue, "subject").put("forename", forename);
        String id = file("FR", blue);
        as(gs()).get("/notice-requests/" + id).then().statusCode(200).body("subject.familyName", equalTo(family))
                .body("subject.forename", equalTo(forename));
        // a ligature folds (NFKD) to three letters: the subject key is over 1,200; a Hangul syllable, in the original-script
        // fields, transliterates to up to three
        Map<String, Object> hangul = Bodies.ofType("BLUE");
        Bodies.sub(hangul, "subject").put("familyName", "\uFB03".repeat(200));
        Bodies.sub(hangul, "subject").put("forename", "\uFB03".repeat(200));
        Bodies.sub(hangul, "subject").put("familyNameOriginal", "각".repeat(200));
        Bodies.sub(hangul, "subject").put("forenameOriginal", "갂".repeat(200));
        String hangulId = file("FR", hangul);
        publish(id);
        publish(hangulId);
        as(ncb("DE")).get("/notices/search?name=" + family + "&forename=" + forename).then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0].score", equalTo(1.0f));
        as(ncb("DE")).get("/notices/search?name=" + "각".repeat(200) + "&forename=" + "갂".repeat(200)).then().statusCode(200)
                .body("items[0].id", equalTo(hangulId));
    }
}
