package org.icpo.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A Red Notice request from a member under heightened supervision: held, four-eyes review,
 * published, found by a search in another script, visible in the public API only when its
 * requester agreed, then deleted after a CCF decision and gone from search and the public API.
 */
@ExtendWith(SuiteLogsOnFailure.class)
class NoticeE2eTest {

    private static RequestSpecification officer(String subject) {
        return Suite.anonymous().header("Authorization", "Bearer " + Tokens.secretariat(subject));
    }

    private static Map<String, Object> red(String family, String forename, String familyOriginal, String forenameOriginal,
                                           String country, boolean publicExtract) {
        return Map.of("type", "RED",
                "subject", Map.ofEntries(Map.entry("familyName", family), Map.entry("forename", forename),
                        Map.entry("familyNameOriginal", familyOriginal), Map.entry("forenameOriginal", forenameOriginal),
                        Map.entry("originalScript", "Cyrl"), Map.entry("sex", "M"), Map.entry("dateOfBirth", "1972-05-17"),
                        Map.entry("nationalities", List.of(country)), Map.entry("placeOfBirth", "Samara"),
                        Map.entry("countryOfBirth", country), Map.entry("physical", Map.of("heightCm", 180, "eyeColours", List.of("BLU")))),
                "caseSummary", "Embezzlement of public funds through fictitious contracts, 2019-2023.",
                "red", Map.of("purpose", "PROSECUTION",
                        "charges", List.of(Map.of("description", "Embezzlement", "legalProvision", "Criminal Code, art. 160(4)",
                                "category", "CORRUPTION", "maxPenaltyMonths", 120)),
                        "warrant", Map.of("kind", "ARREST_WARRANT", "authority", "District Court", "issuedOn", "2024-03-01", "reference", "1-77/2024")),
                "justification", Map.of("evidenceSummary", "Bank records and the audit of 2023",
                        "judicialDocuments", List.of("Arrest warrant 1-77/2024", "Indictment of 2024-02-20")),
                "publicExtract", publicExtract);
    }

    @Test
    void supervisedRequestHeldReviewedTwicePublishedFoundPublicThenDeletedByTheCcf() {
        Suite.get();
        int imposed = Suite.as("secretariat").body(Map.of("kind", "HEIGHTENED_SUPERVISION", "reason", "Risk of misuse of channels",
                "legalBasis", "Rules on the Processing of Data, art. 131", "decidedBy", "Secretary General", "decidedOn", "2022-03-10"))
                .post("/members/RU/measures").statusCode();
        assertThat(imposed).isIn(201, 409);

        String id = Suite.as("ncb", "RU").body(red("KUZNETSOV", "Sergei", "КУЗНЕЦОВ", "Сергей", "RU", true))
                .post("/notice-requests").then().statusCode(201).body("status", equalTo("PROCESSING")).extract().path("id");
        JsonPath filed = Suite.as("secretariat").get("/notice-requests/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(filed.getList("risk.flags.code", String.class)).contains("REQUESTER_UNDER_SUPERVISION");
        Suite.as("secretariat").get("/review-queue?size=200").then().statusCode(200).body("items.id", hasItem(id));

        // four eyes: a first officer approves, the same officer cannot approve again, a second one publishes
        Map<String, String> publish = Map.of("decision", "PUBLISH", "reason", "Judicial documents verified");
        officer("e2e-officer-1").body(publish).post("/notice-requests/" + id + "/reviews").then().statusCode(200)
                .body("status", equalTo("PENDING_SECOND_REVIEW"));
        int again = officer("e2e-officer-1").body(publish).post("/notice-requests/" + id + "/reviews").statusCode();
        assertThat(again).isBetween(400, 499);
        officer("e2e-officer-2").body(publish).post("/notice-requests/" + id + "/reviews").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        // another member finds it with a Latin spelling and with the original Cyrillic
        JsonPath latin = Suite.as("ncb", "FR").get("/notices/search?name=Kuznetsov Sergey&dateOfBirth=1972-05").then().statusCode(200).extract().jsonPath();
        assertThat(latin.getList("items.id", String.class)).contains(id);
        JsonPath cyrillic = Suite.as("ncb", "FR").get("/notices/search?name=Кузнецов Сергей").then().statusCode(200).extract().jsonPath();
        assertThat(cyrillic.getList("items.id", String.class)).contains(id);
        String entityId = cyrillic.getList("items").stream().map(h -> (Map<?, ?>) h).filter(h -> id.equals(h.get("id")))
                .map(h -> (String) h.get("entityId")).findFirst().orElseThrow();

        // the requester agreed to a public extract: it is in the public API, with no token
        Suite.anonymous().get("/notices/v1/red?name=KUZNETSOV").then().statusCode(200)
                .body("_embedded.notices.entity_id", hasItem(entityId));
        String pathId = entityId.replace('/', '-');
        Suite.anonymous().get("/notices/v1/red/" + pathId).then().statusCode(200).body("entity_id", equalTo(entityId));

        // a published request without consent never appears publicly
        String privateId = Suite.as("ncb", "FI").body(red("LEHTONEN", "Mikko", "ЛЕХТОНЕН", "Микко", "FI", false))
                .post("/notice-requests").then().statusCode(201).extract().path("id");
        officer("e2e-officer-1").body(publish).post("/notice-requests/" + privateId + "/reviews").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        Suite.anonymous().get("/notices/v1/red?name=LEHTONEN").then().statusCode(200).body("total", equalTo(0));

        // the CCF orders the deletion: the notice is cancelled and disappears from search and the public API
        String ccf = Suite.as("ccf").body(Map.of("recordId", id, "kind", "DELETION", "applicant", "Counsel of the person",
                        "grounds", "Political persecution of an opposition figure", "receivedOn", LocalDate.now().toString()))
                .post("/ccf-requests").then().statusCode(201).extract().path("id");
        Suite.as("ccf").body(Map.of("admissible", true, "reason", "Request complete")).post("/ccf-requests/" + ccf + "/admissibility")
                .then().statusCode(200);
        Suite.as("ccf").body(Map.of("outcome", "DELETION_ORDERED", "reason", "Article 3: predominantly political character"))
                .post("/ccf-requests/" + ccf + "/decision").then().statusCode(200);
        Suite.as("secretariat").get("/notice-requests/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        JsonPath after = Suite.as("ncb", "FR").get("/notices/search?name=Кузнецов Сергей").then().statusCode(200).extract().jsonPath();
        assertThat(after.getList("items.id", String.class)).doesNotContain(id);
        Suite.anonymous().get("/notices/v1/red/" + pathId).then().statusCode(404)
                .body("status", equalTo(404)).body("name", equalTo("NotFoundError")).body("message", equalTo("Not Found"));
    }
}
