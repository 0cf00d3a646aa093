package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.icpo.notices.subject.Names;
import org.icpo.notices.subject.StoredFolds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A person's name or a text disguised with what a reader cannot see or tell apart (invisible characters, fullwidth
 * letters, another script in a Latin field) is still the same person or text for the checks that protect people (a
 * refugee's record, the Article 3 indicators), or is refused; and the folds stored before are computed again.
 */
@QuarkusTest
class NameDisguiseTest extends NoticesTestBase {

    @Inject
    StoredFolds storedFolds;

    static Map<String, Object> red(String family, String forename, String dob) {
        Map<String, Object> body = Bodies.red(family, forename);
        Bodies.sub(body, "subject").put("dateOfBirth", dob);
        return body;
    }

    @Test
    void theLatinFieldsRefuseInvisibleCharactersAndOtherScripts() {
        String before = data.fingerprint();
        for (String family : List.of("ZRE\u00ADFUBDBR", "ZRE\u200BFUBDBR", "ZREFUB\u2060DBR", "Коваленков", "K0VALENKOV")) {
            as(ncb("DE")).body(red(family, "Pierre", "1980-01-02")).post("/notice-requests").then().statusCode(400).contentType(problemJson())
                    .body("violations[0].field", equalTo("subject.familyName"))
                    .body("violations[0].message", equalTo("must be in Latin script: Latin letters (accents included), spaces, hyphens, "
                            + "apostrophes, periods, commas, parentheses; a name in another script goes in familyNameOriginal or forenameOriginal"));
            as(ncb("GB")).body(ScreeningApiTest.refugee(family, "Pierre", "1980-01-02", "DE")).post("/refugee-statuses").then().statusCode(400)
                    .body("violations[0].field", equalTo("familyName"));
        }
        as(ncb("DE")).body(red("KOVALENKOV", "Иван", "1980-01-02")).post("/diffusions").then().statusCode(400)
                .body("violations[0].field", equalTo("subject.forename"));
        assertEquals(before, data.fingerprint());
        // in its own field, the Cyrillic spelling is kept beside the Latin one
        Map<String, Object> both = red("KOVALENKOV", "Ivan", "1980-01-02");
        Bodies.sub(both, "subject").put("familyNameOriginal", "Коваленков");
        Bodies.sub(both, "subject").put("forenameOriginal", "Иван");
        as(gs()).get("/notice-requests/" + file("DE", both)).then().body("subject.familyNameOriginal", equalTo("Коваленков"));
    }

    @Test
    void aRefugeeIsRecognizedInFullwidthLettersAndWhateverTheCaseFolding() {
        as(ncb("GB")).body(ScreeningApiTest.refugee("ZREFUBDBR", "Pierre", "1980-01-02", "DE")).post("/refugee-statuses").then().statusCode(201);
        as(ncb("GB")).body(ScreeningApiTest.refugee("STRAßE", "Hans", "1980-01-02", "DE")).post("/refugee-statuses").then().statusCode(201);
        for (Map<String, Object> disguised : List.of(red("\uFF3A\uFF32\uFF25\uFF26\uFF35\uFF22\uFF24\uFF22\uFF32", "Pierre", "1980-01-02"),
                red("STRASSE", "HANS", "1980-01-02"))) {
            String id = file("DE", disguised);
            as(gs()).get("/notice-requests/" + id).then().body("risk.flags.code", hasItem("REFUGEE_FROM_REQUESTER"));
            review(gs(), "/notice-requests", id, "PUBLISH", null, "looks fine").statusCode(422).body("flags", hasItem("REFUGEE_FROM_REQUESTER"));
        }
    }

    @Test
    void article3IndicatorsAreFoundThroughInvisibleCharactersAndFullwidthLetters() {
        for (String summary : List.of("Accused of extre\u00ADmism for a blog post", "Accused of ext\u200Bremism for a blog post",
                "Accused of \uFF45\uFF58\uFF54\uFF52\uFF45\uFF4D\uFF49\uFF53\uFF4D for a blog post")) {
            Map<String, Object> body = Bodies.red("PLAIN", "Case");
            body.put("caseSummary", summary);
            as(gs()).get("/notice-requests/" + file("FR", body)).then().body("risk.flags[0].code", equalTo("ARTICLE3_POLITICAL"))
                    .body("risk.flags[0].reason", containsString("\"extremism\" (en) in caseSummary"));
        }
    }

    @Test
    void foldsStoredByTheFoldingBeforeAreComputedAgainOnce() {
        String status = as(ncb("GB")).body(ScreeningApiTest.refugee("STRAßE", "Hans", "1980-01-02", "DE")).post("/refugee-statuses").then()
                .statusCode(201).extract().path("id");
        String record = file("FR", red("STRAßE", "Hans", "1980-01-02"));
        assertEquals("strasse", data.column("refugee_status", "family_folded", status));
        assertEquals("strasse|hans|1980-01-02", data.column("notice_record", "subject_key", record));
        // as version 1 stored them: NFD, lower case, "ß" kept
        data.setFoldingVersion(1);
        data.storeOldFolds("refugee_status", status, Map.of("family_folded", "straße"));
        data.storeOldFolds("notice_record", record, Map.of("subject_key", "straße|hans|1980-01-02"));

        assertEquals(2, storedFolds.refoldIfOlder());
        assertEquals("strasse", data.column("refugee_status", "family_folded", status));
        assertEquals("strasse|hans|1980-01-02", data.column("notice_record", "subject_key", record));
        assertEquals(Names.FOLDING_VERSION, data.foldingVersion());
        // a request filed now meets the refugee's record
        as(gs()).get("/notice-requests/" + file("DE", red("Strasse", "Hans", "1980-01-02"))).then()
                .body("risk.flags.code", hasItem("REFUGEE_FROM_REQUESTER"));
        // once: at the current version nothing is read again
        data.storeOldFolds("refugee_status", status, Map.of("family_folded", "straße"));
        assertEquals(-1, storedFolds.refoldIfOlder());
        assertEquals("straße", data.column("refugee_status", "family_folded", status));
    }
}
