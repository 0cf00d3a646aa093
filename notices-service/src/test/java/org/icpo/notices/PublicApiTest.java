package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.icpo.notices.publicapi.PublicFilters;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public notices API (DOMAIN.md section 6): shape field by field, paging, filters, 404 body, 400 problems, and no leaks. */
@QuarkusTest
class PublicApiTest extends NoticesTestBase {

    static final String NOT_FOUND = "{\"status\":404,\"name\":\"NotFoundError\",\"message\":\"Not Found\"}";

    static io.restassured.specification.RequestSpecification anon() {
        return RestAssured.given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "notices.icpo.example");
    }

    /** Files and publishes; returns {record id, entity id}. */
    static String[] published(String country, Map<String, Object> body) {
        String id = file(country, body);
        publish(id);
        String entity = as(gs()).get("/notices/search?name=" + family(body) + "&size=200").then().statusCode(200).extract()
                .path("items.find { it.id == '" + id + "' }.entityId");
        return new String[]{id, entity};
    }

    @SuppressWarnings("unchecked")
    static String family(Map<String, Object> body) {
        return (String) ((Map<String, Object>) body.get("subject")).get("familyName");
    }

    static String pathId(String entityId) {
        return entityId.replace('/', '-');
    }

    static Map<String, Object> redWithPhoto(String family, String forename) {
        Map<String, Object> b = Bodies.red(family, forename);
        Bodies.withPhoto(Bodies.sub(b, "subject"));
        return b;
    }

    @Test
    void redListAndDetailHaveTheShapeOfThePublicApi() {
        clock.set(LocalDate.of(2025, 3, 10));
        String[] n = published("FR", redWithPhoto("DUPONT", "Jean"));
        String e = n[1];
        assertTrue(e.matches("2025/\\d+"), e);
        String self = "https://notices.icpo.example/notices/v1/red/" + pathId(e);
        String picture = as(gs()).get("/notice-requests/" + n[0]).then().extract().path("photos[0].id");
        anon().get("/notices/v1/red").then().statusCode(200).contentType("application/json")
                .body("total", equalTo(1))
                .body("query.page", equalTo(1)).body("query.resultPerPage", equalTo(20))
                .body("_embedded.notices[0].forename", equalTo("Jean"))
                .body("_embedded.notices[0].name", equalTo("DUPONT"))
                .body("_embedded.notices[0].date_of_birth", equalTo("1975/04/12"))
                .body("_embedded.notices[0].entity_id", equalTo(e))
                .body("_embedded.notices[0].nationalities", equalTo(List.of("FR")))
                .body("_embedded.notices[0]._links.self.href", equalTo(self))
                .body("_embedded.notices[0]._links.images.href", equalTo(self + "/images"))
                .body("_embedded.notices[0]._links.thumbnail.href", equalTo(self + "/images/" + picture))
                .body("_links.self.href", equalTo("https://notices.icpo.example/notices/v1/red?resultPerPage=20&page=1"))
                .body("_links.first.href", equalTo("https://notices.icpo.example/notices/v1/red?resultPerPage=20&page=1"))
                .body("_links.last.href", equalTo("https://notices.icpo.example/notices/v1/red?resultPerPage=20&page=1"))
                .body("_links", not(hasKey("next")));
        anon().get("/notices/v1/red/" + pathId(e)).then().statusCode(200).contentType("application/json")
                .body("arrest_warrants", equalTo(List.of(Bodies.map("issuing_country_id", "FR", "charge", "Armed robbery", "charge_translation", null))))
                .body("weight", nullValue()).body("height", equalTo(1.82f)).body("sex_id", equalTo("M"))
                .body("country_of_birth_id", equalTo("FR")).body("place_of_birth", equalTo("Lyon"))
                .body("languages_spoken_ids", equalTo(List.of("FRA", "ENG"))).body("eyes_colors_id", equalTo(List.of("BRO")))
                .body("hairs_id", equalTo(List.of("BLA"))).body("distinguishing_marks", equalTo("scar on the left cheek"))
                .body("forename", equalTo("Jean")).body("name", equalTo("DUPONT")).body("date_of_birth", equalTo("1975/04/12"))
                .body("entity_id", equalTo(e)).body("nationalities", equalTo(List.of("FR")))
                .body("_embedded.links", empty())
                .body("_links.self.href", equalTo(self)).body("_links.images.href", equalTo(self + "/images"))
                .body("_links.thumbnail.href", equalTo(self + "/images/" + picture))
                .body("$", hasKey("weight"));
        anon().get("/notices/v1/red/" + pathId(e) + "/images").then().statusCode(200)
                .body("_embedded.images[0].picture_id", equalTo(picture))
                .body("_embedded.images[0]._links.self.href", equalTo(self + "/images/" + picture))
                .body("_links.self.href", equalTo(self + "/images")).body("_links.notice.href", equalTo(self))
                .body("_links.thumbnail.href", equalTo(self + "/images/" + picture));
        byte[] bytes = anon().get("/notices/v1/red/" + pathId(e) + "/images/" + picture).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertArrayEquals(Bodies.JPEG, bytes);
        // without forwarded headers the links use the address the request reached
        RestAssured.get("/notices/v1/red").then().body("_links.self.href", startsWith("http://localhost:"));
        // public reads are not audited as personal-data reads by a member, and need no token
        RestAssured.given().auth().oauth2("not-a-token").get("/notices/v1/red").then().statusCode(200);
    }

    @Test
    void yellowAndUnNoticesHaveTheirDetails() {
        clock.set(LocalDate.of(2025, 3, 10));
        Map<String, Object> y = Bodies.ofType("YELLOW");
        Bodies.sub(y, "subject").put("familyName", "LEROY");
        Bodies.sub(y, "subject").put("forename", "Anna");
        Bodies.sub(y, "subject").put("sex", "F");
        y.put("publicExtract", true);
        Bodies.sub(y, "subject").put("fatherForename", "Louis");
        Bodies.sub(y, "subject").put("motherForename", "Claire");
        Bodies.sub(y, "subject").put("motherName", "MOREAU");
        String ye = published("FR", y)[1];
        anon().get("/notices/v1/yellow/" + pathId(ye)).then().statusCode(200)
                .body("name", equalTo("LEROY")).body("forename", equalTo("Anna")).body("sex_id", equalTo("F"))
                .body("place", equalTo("Marseille")).body("date_of_event", equalTo("2024/05/01")).body("country", equalTo("FR"))
                .body("entity_id", equalTo(ye)).body("date_of_birth", equalTo("1975/04/12"))
                .body("$", hasKey("birth_name")).body("$", hasKey("father_forename")).body("$", hasKey("mother_forename"))
                .body("father_forename", equalTo("Louis")).body("mother_forename", equalTo("Claire")).body("mother_name", equalTo("MOREAU"))
                .body("$", hasKey("birth_name")).body("birth_name", nullValue())
                .body("_links.self.href", equalTo("https://notices.icpo.example/notices/v1/yellow/" + pathId(ye)));
        anon().get("/notices/v1/yellow").then().body("total", equalTo(1)).body("_embedded.notices[0].entity_id", equalTo(ye));
        // a yellow id is not a red notice
        anon().get("/notices/v1/red/" + pathId(ye)).then().statusCode(404).body(equalTo(NOT_FOUND));

        Map<String, Object> person = Bodies.ofType("UN_SPECIAL");
        Bodies.sub(person, "subject").put("familyName", "AL-QADI");
        String pe = published("FR", person)[1];
        Map<String, Object> entity = Bodies.map("type", "UN_SPECIAL", "subject", Bodies.map("familyName", "AL RASHID TRUST"),
                "caseSummary", "Listed entity", "unReference", "QDe.005", "unListedAs", "ENTITY");
        String ee = published("FR", entity)[1];
        anon().get("/notices/v1/un/persons").then().statusCode(200).body("total", equalTo(1))
                .body("_embedded.notices[0].entity_id", equalTo(pe)).body("_embedded.notices[0].name", equalTo("AL-QADI"));
        anon().get("/notices/v1/un/entities").then().statusCode(200).body("total", equalTo(1))
                .body("_embedded.notices[0].entity_id", equalTo(ee)).body("_embedded.notices[0].name", equalTo("AL RASHID TRUST"))
                .body("_embedded.notices[0].forename", nullValue()).body("_embedded.notices[0].date_of_birth", nullValue());
        anon().get("/notices/v1/un/persons/" + pathId(pe)).then().statusCode(200).body("un_reference", equalTo("QDi.430"))
                .body("name", equalTo("AL-QADI")).body("entity_id", equalTo(pe));
        anon().get("/notices/v1/un/entities/" + pathId(ee)).then().statusCode(200).body("un_reference", equalTo("QDe.005"))
                .body("_links.images.href", equalTo("https://notices.icpo.example/notices/v1/un/entities/" + pathId(ee) + "/images"));
        anon().get("/notices/v1/un/entities/" + pathId(ee) + "/images").then().statusCode(200).body("_embedded.images", empty())
                .body("_links", not(hasKey("thumbnail")));
        anon().get("/notices/v1/un/persons/" + pathId(ee)).then().statusCode(404).body(equalTo(NOT_FOUND));
    }

    @Test
    void pagingLinksFiltersAndTheResultPerPageCap() {
        clock.set(LocalDate.of(2025, 3, 10));
        List<String> ids = new ArrayList<>();
        String[] names = {"ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO"};
        for (int i = 0; i < names.length; i++) {
            Map<String, Object> b = Bodies.red(names[i], i % 2 == 0 ? "Jean" : "Marie");
            Bodies.sub(b, "subject").put("sex", i % 2 == 0 ? "M" : "F");
            Bodies.sub(b, "subject").put("dateOfBirth", (1960 + 10 * i) + "-01-15");
            if (i == 4) {
                Bodies.sub(b, "subject").put("nationalities", List.of("DE", "FR"));
            }
            clock.advance(java.time.Duration.ofMinutes(1));
            ids.add(published(i == 3 ? "DE" : "FR", b)[1]);
        }
        String base = "https://notices.icpo.example/notices/v1/red";
        anon().get("/notices/v1/red?resultPerPage=2&page=2").then().statusCode(200).body("total", equalTo(5))
                .body("query.page", equalTo(2)).body("query.resultPerPage", equalTo(2))
                // newest first
                .body("_embedded.notices.entity_id", equalTo(List.of(ids.get(2), ids.get(1))))
                .body("_links.self.href", equalTo(base + "?resultPerPage=2&page=2"))
                .body("_links.first.href", equalTo(base + "?resultPerPage=2&page=1"))
                .body("_links.next.href", equalTo(base + "?resultPerPage=2&page=3"))
                .body("_links.last.href", equalTo(base + "?resultPerPage=2&page=3"));
        anon().get("/notices/v1/red?resultPerPage=2&page=3").then().body("_embedded.notices.entity_id", equalTo(List.of(ids.get(0))))
                .body("_links", not(hasKey("next")));
        anon().get("/notices/v1/red?resultPerPage=2&page=9").then().statusCode(200).body("_embedded.notices", empty())
                .body("_links.last.href", equalTo(base + "?resultPerPage=2&page=3"));
        // the cap: a larger value is lowered to 160, and the echo says so
        anon().get("/notices/v1/red?resultPerPage=1000").then().statusCode(200).body("query.resultPerPage", equalTo(160))
                .body("_links.self.href", equalTo(base + "?resultPerPage=160&page=1"));
        anon().get("/notices/v1/red?resultPerPage=99999999999999").then().statusCode(200).body("query.resultPerPage", equalTo(160));
        anon().get("/notices/v1/red?resultPerPage=0000002").then().statusCode(200).body("query.resultPerPage", equalTo(2));
        // filters, echoed and carried in the links
        anon().get("/notices/v1/red?sexId=F&resultPerPage=1").then().body("total", equalTo(2)).body("query.sexId", equalTo("F"))
                .body("_links.next.href", equalTo(base + "?sexId=F&resultPerPage=1&page=2"));
        anon().get("/notices/v1/red?nationality=de").then().body("total", equalTo(1)).body("query.nationality", equalTo("DE"))
                .body("_embedded.notices[0].entity_id", equalTo(ids.get(4)));
        anon().get("/notices/v1/red?arrestWarrantCountryId=DE").then().body("_embedded.notices.entity_id", equalTo(List.of(ids.get(3))));
        anon().get("/notices/v1/red?name=char").then().body("_embedded.notices.entity_id", equalTo(List.of(ids.get(2))))
                .body("query.name", equalTo("char"));
        anon().get("/notices/v1/red?forename=marie").then().body("total", equalTo(2));
        // born 1960, 1970, 1980, 1990, 2000; in 2025: ages about 65, 55, 45, 35, 25
        anon().get("/notices/v1/red?ageMin=40&ageMax=60").then().body("_embedded.notices.entity_id", equalTo(List.of(ids.get(2), ids.get(1))))
                .body("query.ageMin", equalTo(40)).body("query.ageMax", equalTo(60));
        anon().get("/notices/v1/red?freeText=robbery lyon").then().body("total", equalTo(5));
        anon().get("/notices/v1/red?freeText=fraud").then().body("total", equalTo(0)).body("_embedded.notices", empty());
        anon().get("/notices/v1/red?name=Дельта").then().body("_embedded.notices.entity_id", equalTo(List.of(ids.get(3))));
    }

    @Test
    void textFiltersOfOneOrTwoLettersFindThemAnywhereInPublicExtractsOnly() {
        clock.set(LocalDate.of(2025, 3, 10));
        String[] li = published("FR", Bodies.red("LI", "Wei"));
        Map<String, Object> wu = Bodies.red("WU", "Mei");
        Bodies.sub(wu, "subject").put("placeOfBirth", "Xi'an");
        clock.advance(java.time.Duration.ofMinutes(1));
        String[] wuN = published("FR", wu);
        clock.advance(java.time.Duration.ofMinutes(1));
        String[] oliver = published("FR", Bodies.red("OLIVER", "Jo"));
        Map<String, Object> noConsent = Bodies.red("LI", "Na");
        noConsent.put("publicExtract", false);
        published("FR", noConsent);
        // a value is looked for anywhere in a family name (or forenames, or the public text), in any script, and two
        // letters are enough: Li, Wu and Ma are family names
        anon().get("/notices/v1/red?name=li").then().statusCode(200).body("total", equalTo(2))
                .body("_embedded.notices.entity_id", equalTo(List.of(oliver[1], li[1])));
        anon().get("/notices/v1/red?name=Ли").then().body("_embedded.notices.entity_id", equalTo(List.of(oliver[1], li[1])));
        anon().get("/notices/v1/red?name=W").then().body("_embedded.notices.entity_id", equalTo(List.of(wuN[1])));
        anon().get("/notices/v1/red?forename=ei").then().body("total", equalTo(2)).body("_embedded.notices.name", equalTo(List.of("WU", "LI")));
        anon().get("/notices/v1/red?name=li&forename=jo").then().body("_embedded.notices.entity_id", equalTo(List.of(oliver[1])));
        // a family name's letters are not looked for in the forenames: "wei" is LI's forename only
        anon().get("/notices/v1/red?name=wei").then().body("total", equalTo(0));
        anon().get("/notices/v1/red?freeText=xi").then().body("_embedded.notices.entity_id", equalTo(List.of(wuN[1])));
        anon().get("/notices/v1/red?freeText=ro").then().body("total", equalTo(3));
        anon().get("/notices/v1/red?freeText=ly ro").then().body("_embedded.notices.entity_id", equalTo(List.of(oliver[1], li[1])));
        anon().get("/notices/v1/red?name=qx").then().statusCode(200).body("total", equalTo(0)).body("_embedded.notices", empty());
        // nor is a notice without its requester's consent in what the filters read
        anon().get("/notices/v1/red?forename=na").then().body("total", equalTo(0));
    }

    @Test
    void aTextFilteredListHasTheListsOrderAndPagesFromOneReadOfItsMatches() {
        // 1,000 records, 100 of them public, all forenamed Lim: a text-filtered list is read from the public filter's table
        // (total and page together), the list without it from the list's index: the same notices in the same order
        data.bulkSubjects(1000, "Lim");
        List<String> all = anon().get("/notices/v1/red?forename=lim&resultPerPage=160").then().statusCode(200).body("total", equalTo(100))
                .extract().jsonPath().getList("_embedded.notices.entity_id", String.class);
        assertEquals(100, all.size());
        assertEquals(100, new java.util.HashSet<>(all).size());
        for (int page = 1; page <= 100; page++) {
            anon().get("/notices/v1/red?forename=lim&resultPerPage=1&page=" + page).then().statusCode(200).body("total", equalTo(100))
                    .body("_embedded.notices.entity_id", equalTo(List.of(all.get(page - 1))));
        }
        assertEquals(all.subList(40, 60), anon().get("/notices/v1/red?forename=LIM&resultPerPage=20&page=3").then().extract().jsonPath()
                .getList("_embedded.notices.entity_id", String.class));
        // past the end: the total, no notices
        anon().get("/notices/v1/red?forename=lim&resultPerPage=20&page=6").then().statusCode(200).body("total", equalTo(100))
                .body("_embedded.notices", empty());
        assertEquals(all, anon().get("/notices/v1/red?resultPerPage=160").then().extract().jsonPath().getList("_embedded.notices.entity_id", String.class));
        // with another filter too (read on the matches' records), the same as that filter alone
        List<String> younger = anon().get("/notices/v1/red?ageMax=50&resultPerPage=160").then().extract().jsonPath()
                .getList("_embedded.notices.entity_id", String.class);
        assertTrue(!younger.isEmpty() && younger.size() < 100, "50 or younger: " + younger.size());
        anon().get("/notices/v1/red?ageMax=50&forename=li&resultPerPage=160").then().body("total", equalTo(younger.size()))
                .body("_embedded.notices.entity_id", equalTo(younger));
    }

    @Test
    void thePublicFiltersTableFollowsEveryWriterOfNamesConsentAndStatus() {
        clock.set(LocalDate.of(2025, 3, 10));
        Map<String, Object> body = Bodies.red("PROKOPTCHOUK", "Iouri");
        Bodies.sub(body, "subject").put("familyNameOriginal", "Прокопчук");
        Bodies.sub(body, "subject").put("forenameOriginal", "Юрий");
        String id = file("FR", body);
        // filed with a public extract: no row until it is published (V1.15: the table has what the public list lists)
        assertEquals(null, data.publicFilter(id));
        anon().get("/notices/v1/red?name=uk").then().body("total", equalTo(0));
        publish(id);
        List<String> row = data.publicFilter(id);
        assertEquals("RED", row.get(0));
        assertEquals(List.of("prokopchuk", "prokoptchouk"), List.of(row.get(1).split("\n")));
        assertEquals(List.of("yuriy", "iouri"), List.of(row.get(2).split("\n")));
        assertTrue(row.get(3).contains("robbery") && row.get(3).contains("lyon"), row.get(3));
        assertEquals("2030-03-09", row.get(4)); // valid 5 years: 2025-03-10 to 2030-03-09
        assertTrue(row.get(5).startsWith("2025-03-10"), row.get(5));
        anon().get("/notices/v1/red?name=uk").then().body("total", equalTo(1));
        // writes by anything else than the filing code (a migration, an operator, an older replica) are followed too
        data.write("update person_name set family_ascii = 'prokopenko' where record_id = cast(?1 as uuid) and position = 2", id);
        assertEquals("prokopchuk\nprokopenko", data.publicFilter(id).get(1));
        anon().get("/notices/v1/red?name=openk").then().body("total", equalTo(1));
        data.write("delete from person_name where record_id = cast(?1 as uuid)", id);
        assertEquals(List.of("RED", "", ""), data.publicFilter(id).subList(0, 3));
        anon().get("/notices/v1/red?name=uk").then().body("total", equalTo(0));
        data.write("update notice_record set public_extract = false where id = cast(?1 as uuid)", id);
        assertEquals(null, data.publicFilter(id));
        data.write("update notice_record set public_extract = true where id = cast(?1 as uuid)", id);
        assertEquals("RED", data.publicFilter(id).get(0));
        anon().get("/notices/v1/red?freeText=lyon").then().body("total", equalTo(1));
        // its validity and status: a notice past its validity is not listed, and one that leaves the published states
        // has no row
        data.write("update notice_record set valid_until = date '2025-03-09' where id = cast(?1 as uuid)", id);
        assertEquals("2025-03-09", data.publicFilter(id).get(4));
        anon().get("/notices/v1/red?freeText=lyon").then().body("total", equalTo(0));
        data.write("update notice_record set valid_until = date '2030-03-10', status = 'RENEWAL_DUE' where id = cast(?1 as uuid)", id);
        anon().get("/notices/v1/red?freeText=lyon").then().body("total", equalTo(1));
        data.write("update notice_record set status = 'CANCELLED' where id = cast(?1 as uuid)", id);
        assertEquals(null, data.publicFilter(id));
        anon().get("/notices/v1/red?freeText=lyon").then().body("total", equalTo(0));
        // a diffusion or a notice of a type without a public list has none
        Map<String, Object> blue = Bodies.ofType("BLUE");
        blue.put("publicExtract", true);
        assertEquals(null, data.publicFilter(file("FR", blue)));
        Map<String, Object> diffusion = Bodies.red("DIFFUSED", "Jean");
        diffusion.remove("publicExtract");
        assertEquals(null, data.publicFilter(diffuse("FR", diffusion)));
    }

    @jakarta.inject.Inject
    org.icpo.notices.publicapi.PublicReadLimit readLimit;

    @Test
    void listReadsBeyondTheLimitWaitTheirTurnThenGetABusyProblemWhileListsReadBeforeAreStillServed() throws Exception {
        clock.set(LocalDate.of(2025, 3, 10));
        published("FR", Bodies.red("LI", "Wei"));
        anon().get("/notices/v1/red?name=li").then().statusCode(200).body("total", equalTo(1));
        int refused = readLimit.refused();
        // the one turn (icpo.notices.public.reads.concurrency, 1 by default) taken, as by a read in progress
        try (org.icpo.notices.publicapi.PublicReadLimit.Turn turn = readLimit.enter()) {
            long start = System.nanoTime();
            anon().get("/notices/v1/red?name=li").then().statusCode(200).body("total", equalTo(1));
            assertTrue(System.nanoTime() - start < 500_000_000L, "a list read before is served without waiting");
            for (String list : new String[]{"red?name=zz", "red?nationality=DE", "yellow", "un/persons?freeText=ab"}) {
                start = System.nanoTime();
                anon().get("/notices/v1/" + list).then().statusCode(503).contentType(problemJson()).header("Retry-After", "1")
                        .body("type", equalTo("https://icpo.example/problems/busy")).body("status", equalTo(503))
                        .body("detail", containsString("Retry in a second"));
                long waited = (System.nanoTime() - start) / 1_000_000;
                assertTrue(waited >= 900, list + " waited its turn for the configured second, not " + waited + " ms");
            }
            // at most 16 wait (icpo.notices.public.reads.queue): of 24 at once, the others are refused without waiting
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(24);
            try {
                List<java.util.concurrent.Future<long[]>> answers = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    String path = "/notices/v1/red?name=q" + (char) ('a' + i);
                    answers.add(clients.submit(() -> {
                        long t0 = System.nanoTime();
                        int status = anon().get(path).statusCode();
                        return new long[]{status, (System.nanoTime() - t0) / 1_000_000};
                    }));
                }
                int atOnce = 0;
                for (java.util.concurrent.Future<long[]> a : answers) {
                    long[] answer = a.get();
                    assertEquals(503, answer[0]);
                    atOnce += answer[1] < 700 ? 1 : 0;
                }
                assertTrue(atOnce >= 8, atOnce + " of 24 refused at once");
            } finally {
                clients.shutdownNow();
            }
        }
        assertEquals(refused + 4 + 24, readLimit.refused());
        // the turn given back: read
        anon().get("/notices/v1/red?name=zz").then().statusCode(200).body("total", equalTo(0));
        anon().get("/notices/v1/yellow").then().statusCode(200);
    }

    @Test
    void invalidParametersAre400ProblemsAndUnknownIdsThe404Body() {
        for (String q : new String[]{"page=0", "page=x", "page=-1", "page=99999999999999", "page=100001", "ageMin=99999999999", "resultPerPage=0", "resultPerPage=abc", "ageMin=-3", "ageMin=40&ageMax=30",
                "ageMax=999", "sexId=X", "nationality=FRA", "nationality=1A", "arrestWarrantCountryId=ZZZ", "name=" + "a".repeat(201),
                "freeText=!!!"}) {
            Response r = anon().get("/notices/v1/red?" + q);
            assertEquals(400, r.statusCode(), q);
            r.then().contentType(problemJson()).body("status", equalTo(400)).body("violations", not(empty()));
        }
        // the message names the range the parameter takes
        anon().get("/notices/v1/red?resultPerPage=abc").then().statusCode(400)
                .body("violations[0].message", equalTo("must be a whole number 1 or more, not 'abc'"));
        anon().get("/notices/v1/red?ageMax=999").then().statusCode(400)
                .body("violations[0].message", equalTo("must be from 0 to " + PublicFilters.MAX_AGE));
        anon().get("/notices/v1/red?ageMin=-3").then().statusCode(400)
                .body("violations[0].message", equalTo("must be a whole number from 0 to " + PublicFilters.MAX_AGE + ", not '-3'"));
        // a declared parameter of another list is valid in its own list only (see eachListTakesOnlyTheParametersItDeclares)
        anon().get("/notices/v1/yellow?sexId=X").then().statusCode(400).body("violations[0].field", equalTo("sexId"));
        anon().get("/notices/v1/un/entities?name=" + "a".repeat(201)).then().statusCode(400).body("violations[0].field", equalTo("name"));
        // parameters of the clients' own (a cache buster, a tracking tag) are ignored, as by the organization's API; the
        // member API refuses them (UnknownQueryParameters)
        anon().get("/notices/v1/red?_=1700000000&utm_source=crawler").then().statusCode(200).body("query", not(hasKey("_")));
        for (String path : new String[]{"/notices/v1/red/2025-99999", "/notices/v1/red/abc", "/notices/v1/red/2025-99999999999",
                "/notices/v1/red/2025-99999/images", "/notices/v1/red/2025-1/images/00000000-0000-0000-0000-000000000000",
                "/notices/v1/yellow/2025-1", "/notices/v1/un/persons/x", "/notices/v1/blue", "/notices/v1/red/2025-1/other/x",
                "/notices/v1", "/notices/v1/"}) {
            Response r = anon().get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals(NOT_FOUND, r.asString(), path);
            assertTrue(r.contentType().startsWith("application/json"), path);
        }
    }

    @Test
    void eachListTakesOnlyTheParametersItDeclares() {
        clock.set(LocalDate.of(2025, 3, 10));
        Map<String, Object> y = Bodies.ofType("YELLOW");
        Bodies.sub(y, "subject").put("familyName", "LEROY");
        Bodies.sub(y, "subject").put("sex", "F");
        y.put("publicExtract", true);
        String ye = published("FR", y)[1];
        Map<String, Object> entity = Bodies.map("type", "UN_SPECIAL", "subject", Bodies.map("familyName", "AL RASHID TRUST"),
                "caseSummary", "Listed entity", "unReference", "QDe.005", "unListedAs", "ENTITY");
        String ee = published("FR", entity)[1];
        // un/entities takes name and freeText only: a person's filters are ignored, neither applied (an entity has no sex,
        // nationality or age) nor validated nor echoed, as by the organization's API
        for (String q : new String[]{"sexId=M", "sexId=X", "nationality=DE", "nationality=FRA", "ageMin=30&ageMax=40", "ageMin=-1",
                "forename=Jean", "arrestWarrantCountryId=DE", "sexId=M&nationality=DE&ageMin=99&forename=zz&arrestWarrantCountryId=ZZZ"}) {
            anon().get("/notices/v1/un/entities?" + q).then().statusCode(200).body("total", equalTo(1))
                    .body("_embedded.notices.entity_id", equalTo(List.of(ee)))
                    .body("query.keySet()", equalTo(java.util.Set.of("page", "resultPerPage")))
                    .body("_links.self.href", equalTo("https://notices.icpo.example/notices/v1/un/entities?resultPerPage=20&page=1"));
        }
        // its own filters still apply
        anon().get("/notices/v1/un/entities?name=rashid&sexId=M").then().statusCode(200).body("total", equalTo(1)).body("query.name", equalTo("rashid"))
                .body("query", not(hasKey("sexId")));
        anon().get("/notices/v1/un/entities?name=other").then().statusCode(200).body("total", equalTo(0));
        // yellow: no arrest warrant; arrestWarrantCountryId is ignored (filed by FR, DE asked: still listed)
        for (String q : new String[]{"arrestWarrantCountryId=FR", "arrestWarrantCountryId=DE", "arrestWarrantCountryId=ZZZ"}) {
            anon().get("/notices/v1/yellow?" + q).then().statusCode(200).body("total", equalTo(1))
                    .body("_embedded.notices.entity_id", equalTo(List.of(ye))).body("query", not(hasKey("arrestWarrantCountryId")))
                    .body("_links.self.href", equalTo("https://notices.icpo.example/notices/v1/yellow?resultPerPage=20&page=1"));
        }
        anon().get("/notices/v1/yellow?sexId=M&arrestWarrantCountryId=FR").then().statusCode(200).body("total", equalTo(0))
                .body("query.sexId", equalTo("M")).body("query", not(hasKey("arrestWarrantCountryId")));
        // a declared parameter with an invalid value is still a 400
        anon().get("/notices/v1/yellow?sexId=X&arrestWarrantCountryId=ZZZ").then().statusCode(400).contentType(problemJson())
                .body("violations.field", equalTo(List.of("sexId")));
        anon().get("/notices/v1/un/entities?freeText=!!!&sexId=X").then().statusCode(400).body("violations.field", equalTo(List.of("freeText")));
        anon().get("/notices/v1/un/persons?ageMin=-1").then().statusCode(400).body("violations.field", equalTo(List.of("ageMin")));
        anon().get("/notices/v1/red?arrestWarrantCountryId=ZZZ").then().statusCode(400).body("violations.field", equalTo(List.of("arrestWarrantCountryId")));
        // the filters each list takes are the parameters its OpenAPI operation declares
        io.restassured.path.json.JsonPath doc = RestAssured.get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (org.icpo.notices.publicapi.PublicCategory c : org.icpo.notices.publicapi.PublicCategory.values()) {
            List<String> declared = doc.getList("paths.'/notices/v1/" + c.path + "'.get.parameters.name");
            java.util.Set<String> expected = new java.util.HashSet<>(c.filters);
            expected.addAll(List.of("page", "resultPerPage"));
            assertEquals(expected, new java.util.HashSet<>(declared), c.path);
        }
    }

    @jakarta.inject.Inject
    org.icpo.notices.publicapi.PublicNotices publicNotices;

    @Test
    void totalsAndPagesAreReadOncePerChangeAndFollowEveryChangeAtOnce() {
        clock.set(LocalDate.of(2025, 3, 10));
        published("FR", redWithPhoto("FIRST", "Jean"));
        anon().get("/notices/v1/red?resultPerPage=1").then().statusCode(200).body("total", equalTo(1));
        long counted = publicNotices.countQueries();
        long read = publicNotices.pageReads();
        // other pages of the same list and filters: the total counted at this version of the records is reused
        anon().get("/notices/v1/red?resultPerPage=1&page=2").then().statusCode(200).body("total", equalTo(1));
        assertEquals(read + 1, publicNotices.pageReads());
        // and a page read again at the same version is the page kept
        anon().get("/notices/v1/red?resultPerPage=1").then().statusCode(200).body("total", equalTo(1))
                .body("_embedded.notices[0].name", equalTo("FIRST"));
        assertEquals(counted, publicNotices.countQueries());
        assertEquals(read + 1, publicNotices.pageReads());
        // other filters are another total
        anon().get("/notices/v1/red?sexId=F").then().statusCode(200).body("total", equalTo(0));
        assertEquals(counted + 1, publicNotices.countQueries());
        // a publication is seen by the next request, page included (a minute later: the newest comes first, while
        // two publications at the same instant are in id order)
        clock.advance(java.time.Duration.ofMinutes(1));
        String[] second = published("FR", redWithPhoto("SECOND", "Jean"));
        anon().get("/notices/v1/red?resultPerPage=1").then().body("total", equalTo(2)).body("_embedded.notices[0].name", equalTo("SECOND"));
        // so is a cancellation
        as(ncb("FR")).body(Bodies.map("reason", "withdrawn")).post("/notice-requests/" + second[0] + "/cancellation").then().statusCode(200);
        anon().get("/notices/v1/red?resultPerPage=1").then().body("total", equalTo(1)).body("_embedded.notices[0].name", equalTo("FIRST"));
        // and the end of validity, which no write marks (the day is part of what a total is counted for)
        clock.set(LocalDate.of(2031, 3, 10));
        anon().get("/notices/v1/red?resultPerPage=1").then().body("total", equalTo(0)).body("_embedded.notices", org.hamcrest.Matchers.empty());
    }

    @Test
    void nothingButConsentedPublishedValidNoticesEverLeaks() {
        clock.set(LocalDate.of(2025, 3, 10));
        String[] pub = published("FR", redWithPhoto("VISIBLE", "Jean"));
        // not consented
        Map<String, Object> noConsent = redWithPhoto("NOCONSENT", "Jean");
        noConsent.put("publicExtract", false);
        String[] notConsented = published("FR", noConsent);
        // still being processed
        String processing = file("FR", Bodies.red("PROCESSING", "Jean"));
        // refused
        String refused = file("FR", Bodies.red("REFUSED", "Jean"));
        review(gs(), "/notice-requests", refused, "REFUSE", "ARTICLE_3", "political").statusCode(200);
        // cancelled by the requester
        String[] cancelled = published("FR", Bodies.red("CANCELLED", "Jean"));
        as(ncb("FR")).body(Bodies.map("reason", "withdrawn")).post("/notice-requests/" + cancelled[0] + "/cancellation").then().statusCode(200);
        // deleted by the CCF
        String[] deleted = published("FR", redWithPhoto("DELETED", "Jean"));
        String ccfReq = as(Tokens.ccf()).body(Bodies.map("recordId", deleted[0], "kind", "DELETION", "applicant", "Counsel", "grounds", "political",
                "receivedOn", "2025-03-10")).post("/ccf-requests").then().statusCode(201).extract().path("id");
        as(Tokens.ccf()).body(Bodies.map("admissible", true, "decidedOn", "2025-03-10", "reason", "ok"))
                .post("/ccf-requests/" + ccfReq + "/admissibility").then().statusCode(200);
        as(Tokens.ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "reason", "Article 3"))
                .post("/ccf-requests/" + ccfReq + "/decision").then().statusCode(200);
        // published 2020-03-11, valid through 2025-03-10, then passed (before and after the lifecycle job expires it)
        clock.set(LocalDate.of(2020, 3, 11));
        Map<String, Object> oldBody = Bodies.red("EXPIRING", "Jean");
        Bodies.sub(Bodies.sub(oldBody, "red"), "warrant").put("issuedOn", "2019-06-01");
        String[] old = published("FR", oldBody);
        // other types with consent, and a diffusion
        clock.set(LocalDate.of(2025, 3, 10));
        Map<String, Object> blue = Bodies.ofType("BLUE");
        blue.put("publicExtract", true);
        Bodies.sub(blue, "subject").put("familyName", "BLUETYPE");
        String[] blueN = published("FR", blue);
        Map<String, Object> diffusionBody = Bodies.red("DIFFUSED", "Jean");
        diffusionBody.remove("publicExtract");
        String diffusion = diffuse("FR", diffusionBody);

        List<String> hidden = List.of(notConsented[1], cancelled[1], deleted[1], old[1], blueN[1]);
        anon().get("/notices/v1/red?resultPerPage=160").then().statusCode(200).body("total", equalTo(2))
                .body("_embedded.notices.name", equalTo(List.of("VISIBLE", "EXPIRING")));
        clock.set(LocalDate.of(2025, 3, 11));
        // the 5 years of EXPIRING (2020-03-11 to 2025-03-10) have passed: gone before the job runs
        anon().get("/notices/v1/red").then().body("total", equalTo(1)).body("_embedded.notices[0].entity_id", equalTo(pub[1]));
        as(gs()).post("/notice-lifecycle/runs").then().statusCode(200);
        for (String list : new String[]{"red", "yellow", "un/persons", "un/entities"}) {
            String body = anon().get("/notices/v1/" + list + "?resultPerPage=160").then().statusCode(200).extract().asString();
            for (String name : List.of("NOCONSENT", "PROCESSING", "REFUSED", "CANCELLED", "DELETED", "EXPIRING", "BLUETYPE", "DIFFUSED")) {
                assertFalse(body.contains(name), list + " leaks " + name);
            }
        }
        for (String e : hidden) {
            for (String list : new String[]{"red", "yellow", "un/persons", "un/entities"}) {
                anon().get("/notices/v1/" + list + "/" + pathId(e)).then().statusCode(404).body(equalTo(NOT_FOUND));
                anon().get("/notices/v1/" + list + "/" + pathId(e) + "/images").then().statusCode(404).body(equalTo(NOT_FOUND));
            }
        }
        // photos of non-public notices: not under their own id, nor under a public notice's id
        String noConsentPhoto = as(gs()).get("/notice-requests/" + notConsented[0]).then().extract().path("photos[0].id");
        String deletedPhoto = as(gs()).get("/notice-requests/" + deleted[0]).then().extract().path("photos[0].id");
        for (String photo : List.of(noConsentPhoto, deletedPhoto)) {
            anon().get("/notices/v1/red/" + pathId(pub[1]) + "/images/" + photo).then().statusCode(404).body(equalTo(NOT_FOUND));
        }
        anon().get("/notices/v1/red/" + pathId(notConsented[1]) + "/images/" + noConsentPhoto).then().statusCode(404);
        anon().get("/notices/v1/red/" + pathId(pub[1]) + "/images").then().body("_embedded.images", org.hamcrest.Matchers.hasSize(1));
        // the ids of records that never had a public number in a list are not guessable either: processing, refused, diffusion
        for (String id : List.of(processing, refused)) {
            String e = as(gs()).get("/notices/search?name=" + (id.equals(processing) ? "PROCESSING" : "REFUSED")).then().extract().asString();
            assertFalse(e.contains(id), "search shows only visible records");
        }
        assertFalse(anon().get("/notices/v1/red?freeText=diffused").then().extract().asString().contains(diffusion));
        anon().get("/notices/v1/red?freeText=diffused").then().body("total", equalTo(0));
        // the member API is still closed to anonymous callers
        RestAssured.get("/notice-requests").then().statusCode(401);
        RestAssured.get("/notices/search?name=VISIBLE").then().statusCode(401);
        RestAssured.get("/diffusions").then().statusCode(401);
    }

    @Test
    void forwardedHostIsNotTakenWhenMalformed() {
        RestAssured.given().header("X-Forwarded-Host", "evil.example/<script>").header("X-Forwarded-Proto", "gopher")
                .get("/notices/v1/red").then().statusCode(200).body("_links.self.href", matchesPattern("http://localhost:\\d+/notices/v1/red\\?resultPerPage=20&page=1"));
        RestAssured.given().header("X-Forwarded-Host", "gw.icpo.example:8443").get("/notices/v1/red").then()
                .body("_links.self.href", startsWith("http://gw.icpo.example:8443/notices/v1/red"));
        RestAssured.get("/notices/v1/red").then().body("_links.self.href", containsString("/notices/v1/red"))
                .body("_links.first.href", not(hasItem("x")));
    }
}
