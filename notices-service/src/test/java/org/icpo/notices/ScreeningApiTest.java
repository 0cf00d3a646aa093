package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Screening end to end: the maintained indicator list and the refugee records, as they change the flags of new requests. */
@QuarkusTest
class ScreeningApiTest extends NoticesTestBase {

    static Map<String, Object> refugee(String family, String forename, String dob, String fled) {
        return Bodies.map("familyName", family, "forename", forename, "dateOfBirth", dob, "nationality", fled, "countryFled", fled,
                "recognizedOn", "2023-05-01", "reference", "REF-" + family);
    }

    @Test
    void seededIndicatorsCoverSeveralLanguagesAndAllFourCategories() {
        as(ncb("FR")).get("/screening-indicators").then().statusCode(200)
                .body("language", hasItems("en", "fr", "es", "ru", "ar", "tr", "zh"))
                .body("category", hasItems("POLITICAL", "MILITARY", "RELIGIOUS", "RACIAL"))
                .body("term", hasItems("extremism", "insulting the authorities", "unauthorized assembly", "desertion", "blasphemy"));
        as(gs()).get("/screening-indicators?language=ru&category=MILITARY").then().body("term", hasItem("дезертирство"));
        as(gs()).get("/screening-indicators?category=SPORTS").then().statusCode(400);
    }

    @Test
    void theActiveFilterIsTrueOrFalseAndTheIdANumber() {
        Number id = as(gs()).body(Bodies.map("term", "filter-term", "language", "en", "category", "RACIAL")).post("/screening-indicators")
                .then().statusCode(201).extract().path("id");
        as(gs()).body(Bodies.map("term", "filter-term", "language", "en", "category", "RACIAL", "active", false, "version", 0))
                .put("/screening-indicators/" + id).then().statusCode(200);
        as(gs()).get("/screening-indicators?active=false").then().statusCode(200).body("term", hasItem("filter-term"));
        as(gs()).get("/screening-indicators?active=TRUE").then().statusCode(200).body("term", not(hasItem("filter-term")))
                .body("term", hasItem("extremism"));
        // anything else was taken as false
        for (String v : List.of("yes", "1", "0", "no")) {
            as(gs()).get("/screening-indicators?active=" + v).then().statusCode(400).contentType(problemJson())
                    .body("type", equalTo("https://icpo.example/problems/validation"))
                    .body("violations[0].field", equalTo("active"))
                    .body("violations[0].message", containsString("is not true or false"));
        }
        String before = data.fingerprint();
        for (String bad : List.of("abc", "1.5", "99999999999999999999")) {
            as(gs()).body(Bodies.map("term", "x", "language", "en", "category", "RACIAL", "active", true, "version", 1))
                    .put("/screening-indicators/" + bad).then().statusCode(400).contentType(problemJson())
                    .body("type", equalTo("https://icpo.example/problems/validation"))
                    .body("violations[0].field", equalTo("id"))
                    .body("violations[0].message", containsString("is not a whole number"));
        }
        assertEquals(before, data.fingerprint());
    }

    @Test
    void requestsInOtherLanguagesAreFlagged() {
        Map<String, Object> ru = Bodies.red("IVANOV", "Petr");
        Bodies.sub(ru, "red").put("charges", List.of(Bodies.charge("Экстремизм: участие в массовые беспорядки", "OTHER_SERIOUS_ORDINARY_LAW", 60)));
        String id = file("RU", ru);
        as(gs()).get("/notice-requests/" + id).then().body("risk.flags[0].code", equalTo("ARTICLE3_POLITICAL"))
                .body("risk.flags[0].reason", containsString("red.charges[0].description"))
                .body("risk.flags[0].reason", containsString("(ru)"));
        Map<String, Object> military = Bodies.red("SMITH", "John");
        military.put("caseSummary", "Desertion from the armed forces during mobilisation");
        as(gs()).get("/notice-requests/" + file("FR", military)).then().body("risk.flags.code", hasItem("ARTICLE3_MILITARY"));
        Map<String, Object> religious = Bodies.red("KHAN", "Asad");
        religious.put("caseSummary", "Accused of blasphemy in a social media post");
        as(gs()).get("/notice-requests/" + file("PK", religious)).then().body("risk.flags.code", hasItem("ARTICLE3_RELIGIOUS"));
        as(gs()).get("/notice-requests/" + file("FR", Bodies.red("PLAIN", "Case"))).then().body("risk.flags", equalTo(List.of()))
                .body("risk.level", equalTo("LOW"));
    }

    @Test
    void theSecretariatMaintainsTheIndicators() {
        String term = "propaganda of terrorism against the regime";
        Map<String, Object> body = Bodies.red("NEWTERM", "Case");
        body.put("caseSummary", "Propaganda of terrorism against the regime on a blog");
        String first = file("FR", body);
        as(gs()).get("/notice-requests/" + first).then().body("risk.flags", equalTo(List.of()));
        Map<String, Object> indicator = Bodies.map("term", term, "language", "en", "category", "POLITICAL", "note", "added after review");
        Number id = as(gs()).body(indicator).post("/screening-indicators").then().statusCode(201).body("updatedBy", equalTo("gs-reviewer-1"))
                .extract().path("id");
        as(gs()).body(indicator).post("/screening-indicators").then().statusCode(409)
                .body("type", equalTo("https://icpo.example/problems/conflict"));
        as(ncb("FR")).body(indicator).post("/screening-indicators").then().statusCode(403);
        Map<String, Object> body2 = Bodies.red("NEWTERM", "Two");
        body2.put("caseSummary", "Propaganda of terrorism against the regime on a blog");
        String second = file("FR", body2);
        as(gs()).get("/notice-requests/" + second).then().body("risk.flags.code", hasItem("ARTICLE3_POLITICAL"));
        // deactivated: no longer used
        as(gs()).body(Bodies.map("term", term, "language", "en", "category", "POLITICAL", "active", false, "version", 0))
                .put("/screening-indicators/" + id).then().statusCode(200).body("active", equalTo(false)).body("version", equalTo(1));
        // a stale version: the same problem type as a lost optimistic-lock race, not the generic conflict
        as(gs()).body(Bodies.map("term", term, "language", "en", "category", "POLITICAL", "active", true, "version", 0))
                .put("/screening-indicators/" + id).then().statusCode(409).contentType(problemJson())
                .body("type", equalTo("https://icpo.example/problems/concurrent-modification"))
                .body("detail", containsString("version 1, not 0"));
        Map<String, Object> body3 = Bodies.red("NEWTERM", "Three");
        body3.put("caseSummary", "Propaganda of terrorism against the regime on a blog");
        as(gs()).get("/notice-requests/" + file("FR", body3)).then().body("risk.flags", equalTo(List.of()));
        String before = data.fingerprint();
        as(gs()).body(Bodies.map("term", " ", "language", "en", "category", "POLITICAL")).post("/screening-indicators").then().statusCode(400);
        as(gs()).body(Bodies.map("term", "x", "language", "English", "category", "POLITICAL")).post("/screening-indicators").then().statusCode(400);
        as(gs()).body(Bodies.map("term", "x", "language", "en", "category", "SPORTS")).post("/screening-indicators").then().statusCode(400);
        as(gs()).body(Bodies.map("term", "x", "language", "en", "category", "POLITICAL", "active", true)).put("/screening-indicators/" + id)
                .then().statusCode(400);
        as(gs()).body(Bodies.map("term", "x", "language", "en", "category", "POLITICAL", "active", true, "version", 1))
                .put("/screening-indicators/999999").then().statusCode(404);
        assertEquals(before, data.fingerprint());
    }

    @Test
    void refugeeRecordedByAMemberFlagsRequestsFromTheCountryFled() {
        as(ncb("DE")).body(refugee("PETROV", "Oleg", "1980-02-03", "RU")).post("/refugee-statuses").then().statusCode(201)
                .body("recognizedBy", equalTo("DE"));
        Map<String, Object> petrov = Bodies.red("Petrov", "OLEG");
        Bodies.sub(petrov, "subject").put("dateOfBirth", "1980-02-03");
        String fromRu = file("RU", petrov);
        as(gs()).get("/notice-requests/" + fromRu).then().body("risk.flags.code", hasItem("REFUGEE_FROM_REQUESTER"))
                .body("risk.level", equalTo("HIGH"))
                .body("risk.flags.find { it.code == 'REFUGEE_FROM_REQUESTER' }.reason", containsString("REF-PETROV"));
        // from elsewhere: noted only; a different date of birth is a different person
        Map<String, Object> fromFr = Bodies.red("PETROV", "Oleg");
        Bodies.sub(fromFr, "subject").put("dateOfBirth", "1980");
        as(gs()).get("/notice-requests/" + file("FR", fromFr)).then().body("risk.flags.code", equalTo(List.of("REFUGEE_STATUS_KNOWN")));
        Map<String, Object> otherPerson = Bodies.red("PETROV", "Oleg");
        Bodies.sub(otherPerson, "subject").put("dateOfBirth", "1981-02-03");
        as(gs()).get("/notice-requests/" + file("RU", otherPerson)).then()
                .body("risk.flags.code", not(hasItem("REFUGEE_FROM_REQUESTER")));
    }

    @Test
    void openRequestsAreScreenedAgainWhenARefugeeStatusIsRecorded() {
        Map<String, Object> body = Bodies.red("SOKOLOV", "Ilya");
        String queued = file("RU", body);
        String published = file("RU", Bodies.red("SOKOLOV", "Ilya"));
        publish(published);
        as(gs()).get("/notice-requests/" + queued).then().body("risk.flags", equalTo(List.of()));
        as(ncb("LT")).body(refugee("SOKOLOV", "Ilya", "1975", "RU")).post("/refugee-statuses").then().statusCode(201);
        as(gs()).get("/review-queue").then().body("items[0].id", equalTo(queued)).body("items[0].flags", equalTo(List.of("REFUGEE_FROM_REQUESTER")));
        assertEquals(1, data.auditCount("notice.rescreened", queued));
        assertEquals(0, data.auditCount("notice.rescreened", published));
    }

    @Test
    void aRequestFromTheCountryARefugeeFledCannotBePublishedOnlyRefused() {
        String statusId = as(ncb("DE")).body(refugee("VOLKOV", "Pavel", "1975", "RU")).post("/refugee-statuses").then().statusCode(201)
                .extract().path("id");
        String id = file("RU", Bodies.red("VOLKOV", "Pavel"));
        String before = data.fingerprint();
        review(gs(), "/notice-requests", id, "PUBLISH", null, "looks fine").statusCode(422)
                .body("detail", containsString("REFUGEE")).body("flags", hasItem("REFUGEE_FROM_REQUESTER"));
        assertEquals(before, data.fingerprint());
        // the status was recorded by mistake: withdrawn, the request can be published
        String before2 = data.fingerprint();
        as(ncb("DE")).body(Bodies.map("reason", "x")).post("/refugee-statuses/" + statusId + "/withdrawal").then().statusCode(403);
        as(gs()).body(Bodies.map("reason", " ")).post("/refugee-statuses/" + statusId + "/withdrawal").then().statusCode(400);
        as(gs()).body(Bodies.map("reason", "x")).post("/refugee-statuses/" + java.util.UUID.randomUUID() + "/withdrawal").then().statusCode(404);
        assertEquals(before2, data.fingerprint());
        as(Tokens.ccf()).body(Bodies.map("reason", "Recorded for another person")).post("/refugee-statuses/" + statusId + "/withdrawal").then()
                .statusCode(200).body("withdrawnBy", equalTo("ccf-member"));
        as(gs()).body(Bodies.map("reason", "again")).post("/refugee-statuses/" + statusId + "/withdrawal").then().statusCode(409);
        as(gs()).get("/notice-requests/" + id).then().body("risk.flags", equalTo(List.of()));
        publish(id);
        // a request still flagged is refused on the REFUGEE ground
        as(ncb("DE")).body(refugee("ORLOV", "Denis", "1975", "RU")).post("/refugee-statuses").then().statusCode(201);
        String second = file("RU", Bodies.red("ORLOV", "Denis"));
        review(gs(), "/notice-requests", second, "REFUSE", "REFUGEE", "Recognized refugee in DE; the request comes from the country fled")
                .statusCode(200).body("status", equalTo("REFUSED")).body("review.refusalGround", equalTo("REFUGEE"));
    }

    static Map<String, Object> refugeeWithoutForename(String family, String dob, String fled) {
        Map<String, Object> r = refugee(family, null, dob, fled);
        r.remove("forename");
        return r;
    }

    @Test
    void aRefugeeRecordedWithoutForenameMatchesRequestsWhateverTheirForename() {
        // an unknown forename matches any forename, as an unknown date of birth matches any date
        as(ncb("DE")).body(refugeeWithoutForename("PETROV", "1980-02-03", "RU")).post("/refugee-statuses").then().statusCode(201)
                .body("forename", nullValue()).body("familyName", equalTo("PETROV"));
        Map<String, Object> petrov = Bodies.red("PETROV", "Oleg");
        Bodies.sub(petrov, "subject").put("dateOfBirth", "1980-02-03");
        String fromRu = file("RU", petrov);
        as(gs()).get("/notice-requests/" + fromRu).then().body("risk.flags.code", equalTo(List.of("REFUGEE_FROM_REQUESTER")))
                .body("risk.level", equalTo("HIGH"))
                .body("risk.flags[0].reason", containsString("REF-PETROV"));
        String before = data.fingerprint();
        review(gs(), "/notice-requests", fromRu, "PUBLISH", null, "looks fine").statusCode(422).contentType(problemJson())
                .body("detail", containsString("REFUGEE")).body("flags", hasItem("REFUGEE_FROM_REQUESTER"));
        assertEquals(before, data.fingerprint());
        as(gs()).get("/notice-requests/" + fromRu).then().body("status", equalTo("PROCESSING"));
        // the family name and the date of birth still have to agree
        Map<String, Object> otherDate = Bodies.red("PETROV", "Oleg");
        Bodies.sub(otherDate, "subject").put("dateOfBirth", "1981-02-03");
        as(gs()).get("/notice-requests/" + file("RU", otherDate)).then().body("risk.flags", equalTo(List.of()));
        Map<String, Object> otherFamily = Bodies.red("PETROVA", "Olga");
        Bodies.sub(otherFamily, "subject").put("dateOfBirth", "1980-02-03");
        as(gs()).get("/notice-requests/" + file("RU", otherFamily)).then().body("risk.flags", equalTo(List.of()));
        // a family name alone identifies nobody: refused, nothing written
        Map<String, Object> familyOnly = refugeeWithoutForename("IVANOV", null, "RU");
        familyOnly.remove("dateOfBirth");
        String unchanged = data.fingerprint();
        as(ncb("DE")).body(familyOnly).post("/refugee-statuses").then().statusCode(400).contentType(problemJson())
                .body("violations[0].field", equalTo("forename"))
                .body("violations[0].message", containsString("a forename or a date of birth as well as the family name"));
        assertEquals(unchanged, data.fingerprint());
        // and the other way round: a request without forename matches a refugee recorded with one
        as(ncb("DE")).body(refugee("SIDOROV", "Anton", "1970", "RU")).post("/refugee-statuses").then().statusCode(201);
        Map<String, Object> sidorov = Bodies.ofType("BLUE");
        Bodies.sub(sidorov, "subject").put("familyName", "Sidorov");
        Bodies.sub(sidorov, "subject").remove("forename");
        Bodies.sub(sidorov, "subject").put("dateOfBirth", "1970-05-06");
        as(gs()).get("/notice-requests/" + file("RU", sidorov)).then().body("risk.flags.code", equalTo(List.of("REFUGEE_FROM_REQUESTER")));
    }

    @Test
    void aRefugeeRecordedWithoutForenameAfterTheRequestFlagsItOnRescreening() {
        Map<String, Object> petrov = Bodies.red("PETROV", "Oleg");
        Bodies.sub(petrov, "subject").put("dateOfBirth", "1980-02-03");
        String queued = file("RU", petrov);
        Map<String, Object> otherDate = Bodies.red("PETROV", "Oleg");
        Bodies.sub(otherDate, "subject").put("dateOfBirth", "1979");
        String other = file("RU", otherDate);
        as(gs()).get("/notice-requests/" + queued).then().body("risk.flags", equalTo(List.of()));
        as(ncb("DE")).body(refugeeWithoutForename("PETROV", "1980-02-03", "RU")).post("/refugee-statuses").then().statusCode(201);
        as(gs()).get("/notice-requests/" + queued).then().body("risk.flags.code", equalTo(List.of("REFUGEE_FROM_REQUESTER")));
        as(gs()).get("/review-queue").then().body("items[0].id", equalTo(queued)).body("items[0].flags", equalTo(List.of("REFUGEE_FROM_REQUESTER")));
        assertEquals(1, data.auditCount("notice.rescreened", queued));
        assertEquals(0, data.auditCount("notice.rescreened", other));
        as(gs()).get("/notice-requests/" + other).then().body("risk.flags", equalTo(List.of()));
        review(gs(), "/notice-requests", queued, "PUBLISH", null, "looks fine").statusCode(422);
        review(gs(), "/notice-requests", queued, "REFUSE", "REFUGEE", "Recognized refugee in DE").statusCode(200)
                .body("status", equalTo("REFUSED"));
    }

    @Test
    void aRefugeeWhoseNameGrowsWhenFoldedIsRecorded() {
        // NFKD folding (Names.fold) turns a ligature into three letters: 200 ligatures fold to 600 characters
        String family = "\uFB03".repeat(200);
        Map<String, Object> hangul = refugee(family, "\uFB03".repeat(200), null, "KP");
        hangul.put("reference", "REF-KP-1");
        String id = as(ncb("DE")).body(hangul).post("/refugee-statuses").then().statusCode(201)
                .body("familyName", equalTo(family)).extract().path("id");
        as(gs()).get("/refugee-statuses").then().statusCode(200).body("items.id", hasItem(id));
        Map<String, Object> body = Bodies.red(family, "\uFB03".repeat(200));
        Bodies.sub(body, "subject").put("dateOfBirth", "1990");
        String fromKp = file("KP", body);
        as(gs()).get("/notice-requests/" + fromKp).then().body("risk.flags.code", equalTo(List.of("REFUGEE_FROM_REQUESTER")));
        as(Tokens.ccf()).body(Bodies.map("reason", "Recorded twice")).post("/refugee-statuses/" + id + "/withdrawal").then().statusCode(200);
        as(gs()).get("/notice-requests/" + fromKp).then().body("risk.flags", equalTo(List.of()));
    }

    @Test
    void refugeeRecordedByTheCcf() {
        as(Tokens.ccf()).body(refugee("ALIYEV", "Rasul", "1990", "AZ")).post("/refugee-statuses").then().statusCode(201)
                .body("recognizedBy", equalTo("CCF"));
        Map<String, Object> aliyev = Bodies.red("ALIYEV", "Rasul");
        Bodies.sub(aliyev, "subject").put("dateOfBirth", "1990-07");
        as(gs()).get("/notice-requests/" + file("AZ", aliyev)).then().body("risk.flags.code", hasItem("REFUGEE_FROM_REQUESTER"))
                .body("risk.score", greaterThan(50));
    }

    @Test
    void refugeeStatusBadInputAndRoles() {
        String before = data.fingerprint();
        as(ncb("DE")).body(refugee("X", "Y", "1990", "DE")).post("/refugee-statuses").then().statusCode(400)
                .body("violations[0].field", equalTo("countryFled"));
        as(ncb("DE")).body(refugee("X", "Y", "1990-13", "RU")).post("/refugee-statuses").then().statusCode(400);
        as(ncb("DE")).body(refugee("X", "Y", "2999", "RU")).post("/refugee-statuses").then().statusCode(400);
        Map<String, Object> future = refugee("X", "Y", "1990", "RU");
        future.put("recognizedOn", "2999-01-01");
        as(ncb("DE")).body(future).post("/refugee-statuses").then().statusCode(400);
        Map<String, Object> noRef = refugee("X", "Y", "1990", "RU");
        noRef.remove("reference");
        as(ncb("DE")).body(noRef).post("/refugee-statuses").then().statusCode(400);
        as(gs()).body(refugee("X", "Y", "1990", "RU")).post("/refugee-statuses").then().statusCode(403);
        MembershipStub.set("DE", MembershipStub.Mode.SUSPENDED);
        as(ncb("DE")).body(refugee("X", "Y", "1990", "RU")).post("/refugee-statuses").then().statusCode(403)
                .body("measure", equalTo("ACCESS_SUSPENSION"));
        MembershipStub.reset();
        String after = data.fingerprint();
        assertEquals(before.substring(0, before.lastIndexOf(',')), after.substring(0, after.lastIndexOf(',')));
        as(ncb("DE")).get("/refugee-statuses").then().statusCode(403);
        as(gs()).get("/refugee-statuses").then().statusCode(200);
    }
}
