package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The member search: across scripts and spellings, dates, filters, ranking and explanation, visibility, suspension, audit, indexes. */
@QuarkusTest
class SearchTest extends NoticesTestBase {

    /** A Red Notice about a person named in an original script with its Latin spelling, published; returns its id. */
    static String publishedPerson(String country, String family, String forename, String familyOriginal, String forenameOriginal, String script,
                                  String dob, String sex, List<String> nationalities) {
        Map<String, Object> b = Bodies.red(family, forename);
        Map<String, Object> s = Bodies.sub(b, "subject");
        if (familyOriginal != null) {
            s.put("familyNameOriginal", familyOriginal);
            s.put("forenameOriginal", forenameOriginal);
            s.put("originalScript", script);
        }
        s.put("dateOfBirth", dob);
        s.put("sex", sex);
        s.put("nationalities", nationalities);
        String id = file(country, b);
        publish(id);
        return id;
    }

    static ValidatableResponse search(String token, String query) {
        return as(token).get("/notices/search?" + query).then();
    }

    String prokopchuk;
    String hassan;
    String papadopoulos;

    void seed() {
        clock.set(LocalDate.of(2025, 3, 10));
        prokopchuk = publishedPerson("UA", "PROKOPCHUK", "Yuriy", "ПРОКОПЧУК", "Юрий", "Cyrl", "1975-04-12", "M", List.of("UA"));
        hassan = publishedPerson("EG", "HASSAN", "Ahmed", "حسن", "أحمد", "Arab", "1980-11-03", "M", List.of("EG"));
        papadopoulos = publishedPerson("GR", "PAPADOPOULOS", "Georgios", "Παπαδόπουλος", "Γεώργιος", "Grek", "1968", "M", List.of("GR"));
        publishedPerson("FR", "HUSSEIN", "Ahmed", null, null, null, "1980-11-03", "M", List.of("IQ"));
        publishedPerson("FR", "PAPADAKIS", "Georgios", null, null, null, "1968", "M", List.of("GR"));
    }

    @Test
    void crossScriptAndMisspelledQueriesFindTheRightNotices() {
        seed();
        String fr = ncb("FR");
        search(fr, "name=Прокопчук Юрий").statusCode(200).body("items.id", equalTo(List.of(prokopchuk)))
                .body("items[0].explanation.matchedSpelling", equalTo("ПРОКОПЧУК Юрий (CYRILLIC)"))
                .body("items[0].score", equalTo(1.0f)).body("items[0].entityId", startsWith("2025/"))
                .body("items[0].href", equalTo("/notice-requests/" + prokopchuk));
        search(fr, "name=Prokopchuck&forename=Yuri").body("items.id", equalTo(List.of(prokopchuk)))
                .body("items[0].nameScore", lessThan(1.0f)).body("items[0].explanation.name", containsString("prokopchuk"));
        // family name and forename swapped
        search(fr, "name=Yuriy&forename=Prokopchuk").body("items.id", equalTo(List.of(prokopchuk)));
        // Arabic: Latin spelling variants meet the Arabic original; Hussein is another person
        search(fr, "name=Hasan&forename=Ahmad").body("items.id", equalTo(List.of(hassan)));
        search(fr, "name=حسن أحمد").body("items.id", equalTo(List.of(hassan)));
        // Greek
        search(fr, "name=Papadopulos&forename=Georgios").body("items.id", equalTo(List.of(papadopoulos)));
        search(fr, "name=Παπαδόπουλος&forename=Γεώργιος").body("items.id", equalTo(List.of(papadopoulos)))
                .body("items[0].explanation.matchedSpelling", containsString("GREEK"));
        // one word: the family name alone
        search(fr, "name=Prokopchuk").body("items.id", equalTo(List.of(prokopchuk)));
        // nothing close
        search(fr, "name=Schneider&forename=Thomas").body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void forenamesWithoutTheFamilyNameAreFoundButRankBelowAFamilyNameThatAgrees() {
        clock.set(LocalDate.of(2025, 3, 10));
        String forenamesOnly = publishedPerson("EG", "ABDELRAHMAN", "Mohammed Yousef", null, null, null, "1979-02-01", "M", List.of("EG"));
        String familyYousef = publishedPerson("JO", "YOUSEF", "Mohammed", null, null, null, "1983-07-12", "M", List.of("JO"));
        search(ncb("FR"), "name=Mohammed Yousef").statusCode(200).body("items.id", equalTo(List.of(familyYousef, forenamesOnly)))
                .body("items[0].nameScore", greaterThan(0.9f))
                .body("items[1].nameScore", equalTo(0.75f))
                .body("items[1].explanation.name", containsString("no family name in the query"));
        search(ncb("FR"), "forename=Mohammed Yousef").statusCode(200).body("items.id", hasItem(forenamesOnly));
        // of two spellings capped alike, the one whose forenames agree is kept: an original spelling whose forenames differ
        // from the query's does not hide the Latin one that is the person's
        org.icpo.names.NameForms query = org.icpo.names.NameForms.of("Mohammed Yousef", null);
        org.icpo.names.NameMatch person = org.icpo.names.NameMatcher.score(query, org.icpo.names.NameForms.of("Abdelrahman", "Mohammed Yousef"));
        org.icpo.names.NameMatch other = org.icpo.names.NameMatcher.score(query, org.icpo.names.NameForms.of("Abdelrahman", "Mohammed Tousef"));
        assertEquals(person.score(), other.score(), "both capped at 0.75");
        assertTrue(org.icpo.notices.search.NoticeSearch.better(person, other));
        assertFalse(org.icpo.notices.search.NoticeSearch.better(other, person));
    }

    @Test
    void candidatesAreScoredOnTheFormsStoredOnFiling() {
        clock.set(LocalDate.of(2025, 3, 10));
        String id = publishedPerson("FR", "ar-Rashidov", "Omar", null, null, null, "1971", "M", List.of("FR"));
        // filing wrote each spelling's ASCII parts with their hyphens (the article "ar-" is a particle because of it)
        assertEquals(List.of("ar-rashidov|omar"), data.matchForms(id));
        // and the same forms with the record, read with the candidates
        assertEquals(List.of("ar-rashidov|omar"), data.recordMatchForms(id));
        // the search rebuilds the candidate's forms from those read with it, without transliterating again (nor
        // reading person_name): what they say is scored
        data.overwriteRecordMatchForms(id, "zzzzzz", "omar");
        search(ncb("FR"), "name=Rashidov&forename=Omar").statusCode(200).body("items", empty());
    }

    @Test
    void recordsWhoseFormsAreNotComputedYetAreScoredOnTheirNameRows() {
        clock.set(LocalDate.of(2025, 3, 10));
        String id = publishedPerson("FR", "as-Karimov", "Rustam", null, null, null, "1969", "M", List.of("FR"));
        String other = publishedPerson("FR", "Karimov", "Rustam", null, null, null, "1969", "M", List.of("FR"));
        data.forgetNameForms(id);
        assertEquals(List.of(), data.recordMatchForms(id));
        // this candidate's forms are read from person_name (the other's come with it): scored on what its rows say
        data.overwriteMatchForms(id, "zzzzzz", "rustam");
        search(ncb("FR"), "name=Karimov&forename=Rustam").statusCode(200).body("items.id", equalTo(List.of(other)));
        // the index computes the missing forms at start-up, with the keys, from the spellings
        assertEquals(1, nameKeys.computeAllMissing());
        assertEquals(List.of("as-karimov|rustam"), data.recordMatchForms(id));
        assertEquals(0, nameKeys.computeAllMissing());
    }

    @Test
    void greekNamesStoredInCapitalsAreNormalizedAgainAsInLowerCase() throws Exception {
        clock.set(LocalDate.of(2025, 3, 10));
        String capitals = publishedPerson("GR", "KONSTANTINIDOU", "Eleftheria", "ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ", "ΕΛΕΥΘΕΡΙΑ", "Grek", "1971", "F", List.of("GR"));
        String untouched = publishedPerson("GR", "PAPADAKIS", "Georgios", "ΠΑΠΑΔΑΚΗΣ", "ΓΕΩΡΓΙΟΣ", "Grek", "1968", "M", List.of("GR"));
        // filed today, the capitals read as in lower case: the same name as the Latin spelling, which is not stored twice
        assertEquals(List.of("konstantinidou|eleftheria"), data.recordMatchForms(capitals));
        search(ncb("FR"), "name=Κωνσταντινίδου&forename=Ελευθερία").statusCode(200).body("items.id", equalTo(List.of(capitals)))
                .body("items[0].nameScore", equalTo(1.0f));
        // stored as the transliteration before read them ("eleutheria"); V1.19 picks out such spellings, and only them
        data.overwriteRecordMatchForms(capitals, "konstantinidou", "eleutheria");
        data.overwriteMatchForms(capitals, "konstantinidou", "eleutheria");
        String migration = new String(getClass().getResourceAsStream("/db/migration/V1.19__greek_capitals_keyed_again.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        for (String statement : migration.split(";")) {
            if (!statement.isBlank()) {
                data.write(statement);
            }
        }
        assertEquals(List.of(), data.recordMatchForms(capitals));
        assertEquals(List.of("papadakis|georgios"), data.recordMatchForms(untouched));
        assertEquals(1, nameKeys.computeAllMissing());
        assertEquals(List.of("konstantinidou|eleftheria"), data.recordMatchForms(capitals));
        search(ncb("FR"), "name=KONSTANTINIDOU&forename=Eleftheria").statusCode(200).body("items.id", equalTo(List.of(capitals)))
                .body("items[0].nameScore", equalTo(1.0f));
    }

    @Test
    void datesOfBirthToleratePartialDatesAndDayMonthSwaps() {
        seed();
        String fr = ncb("FR");
        search(fr, "name=Prokopchuk&forename=Yuriy&dateOfBirth=1975-04-12").body("items.id", equalTo(List.of(prokopchuk)))
                .body("items[0].explanation.dateOfBirth", startsWith("EXACT")).body("items[0].score", equalTo(1.0f));
        search(fr, "name=Prokopchuk&forename=Yuriy&dateOfBirth=1975-12-04").body("items.id", equalTo(List.of(prokopchuk)))
                .body("items[0].explanation.dateOfBirth", startsWith("DAY_MONTH_SWAPPED")).body("items[0].score", lessThan(1.0f));
        search(fr, "name=Prokopchuk&forename=Yuriy&dateOfBirth=1975-04").body("items[0].explanation.dateOfBirth", startsWith("COMPATIBLE_PARTIAL"));
        search(fr, "name=Prokopchuk&forename=Yuriy&dateOfBirth=1975/04/12").body("items.id", equalTo(List.of(prokopchuk)));
        search(fr, "name=Prokopchuk&forename=Yuriy&dateOfBirth=1976-04-12").body("items", empty());
        // same year, other month and day: still listed, far lower (a wrong date is common), with the reason
        search(fr, "name=Prokopchuk&forename=Yuriy&dateOfBirth=1975-06-20").body("items.id", equalTo(List.of(prokopchuk)))
                .body("items[0].score", equalTo(0.86f)).body("items[0].explanation.dateOfBirth", startsWith("SAME_YEAR"));
        // a partial date stored (1968): a full date in the query is compatible
        search(fr, "name=Papadopoulos&forename=Georgios&dateOfBirth=1968-05-01").body("items.id", equalTo(List.of(papadopoulos)));
        // a day written in the month's place (24 is no month): searched as the only date it can be, and the query says so
        String moreau = publishedPerson("FR", "MOREAU", "Luc", null, null, null, "1983-06-24", "M", List.of("FR"));
        search(fr, "name=Moreau&forename=Luc&dateOfBirth=1983-24-06").statusCode(200).body("items.id", equalTo(List.of(moreau)))
                .body("query.dateOfBirth", equalTo("1983-06-24")).body("query.dateOfBirthAsWritten", equalTo("1983-24-06"))
                .body("items[0].explanation.dateOfBirth", startsWith("EXACT")).body("items[0].score", equalTo(1.0f));
        search(fr, "name=Moreau&forename=Luc&dateOfBirth=1983/24/06").body("items.id", equalTo(List.of(moreau)));
        search(fr, "name=Moreau&forename=Luc&dateOfBirth=1983-06-24").body("query", not(org.hamcrest.Matchers.hasKey("dateOfBirthAsWritten")));
    }

    @Test
    void sexNationalityAndFreeTextFilterAndRankingExplains() {
        seed();
        String fr = ncb("FR");
        search(fr, "name=Prokopchuk&forename=Yuriy&sex=F").body("items", empty());
        search(fr, "name=Prokopchuk&forename=Yuriy&sex=M").body("items.id", equalTo(List.of(prokopchuk)));
        search(fr, "name=Prokopchuk&forename=Yuriy&nationality=RU").body("items", empty());
        search(fr, "name=Prokopchuk&forename=Yuriy&nationality=UA").body("items[0].explanation.nationality", equalTo("MATCHED: UA"));
        search(fr, "name=Prokopchuk&forename=Yuriy&nationality=ua").body("query.nationality", equalTo("UA"))
                .body("items[0].explanation.nationality", equalTo("MATCHED: UA"));
        search(fr, "name=Prokopchuk&forename=Yuriy&freeText=robbery").body("items.id", equalTo(List.of(prokopchuk)))
                .body("items[0].explanation.freeText", equalTo("found: robbery"));
        search(fr, "name=Prokopchuk&forename=Yuriy&freeText=kidnapping").body("items", empty());
        // free text alone (names, places, charges, case summary)
        search(fr, "freeText=lyon robbery").body("total", equalTo(5));
        // a word of one or two characters narrows down what a name or a longer word finds ("uk" of PROKOPCHUK); alone it is
        // refused: the trigram index cannot find records by it, and reading every notice for it took seconds
        search(fr, "freeText=lyon uk").body("items.id", equalTo(List.of(prokopchuk)));
        search(fr, "freeText=lyon qx").body("items", empty());
        search(fr, "name=Prokopchuk&forename=Yuriy&freeText=uk").body("items.id", equalTo(List.of(prokopchuk)))
                .body("items[0].explanation.freeText", equalTo("found: uk"));
        search(fr, "name=Hassan&freeText=uk").body("items", empty());
        long searched = data.auditCount("notice.searched");
        for (String alone : List.of("uk", "u k", "a", "A-1")) {
            search(fr, "freeText=" + alone).statusCode(400).contentType(problemJson()).body("violations[0].field", equalTo("freeText"))
                    .body("violations[0].message", containsString("at least 3 letters or digits"));
        }
        assertEquals(searched, data.auditCount("notice.searched"), "a refused search is not a search");
        // a second, less certain spelling of the same name ranks below the exact one
        String second = publishedPerson("FR", "PROKOPCHUK", "Yuri", null, null, null, "1975-04-12", "M", List.of("UA"));
        search(fr, "name=Prokopchuk&forename=Yuriy").body("items.id", equalTo(List.of(prokopchuk, second)))
                .body("items[0].score", greaterThan(0.99f)).body("items[1].score", lessThan(1.0f))
                .body("items[1].explanation.name", containsString("yuri"));
        // paging of the ranked list
        search(fr, "name=Prokopchuk&forename=Yuriy&size=1&page=2").body("items.id", equalTo(List.of(second))).body("total", equalTo(2))
                .body("totalPages", equalTo(2));
    }

    @Test
    void onlyWhatTheMemberMaySeeIsReturned() {
        clock.set(LocalDate.of(2020, 3, 1));
        Map<String, Object> expiredBody = Bodies.red("KOVALENKO", "Petro");
        Bodies.sub(Bodies.sub(expiredBody, "red"), "warrant").put("issuedOn", "2019-06-01");
        String expired = file("FR", expiredBody);
        publish(expired);
        clock.set(LocalDate.of(2025, 3, 10));
        String valid = file("FR", Bodies.red("KOVALENKO", "Petro"));
        publish(valid);
        String processing = file("FR", Bodies.red("KOVALENKO", "Petro"));
        String refused = file("FR", Bodies.red("KOVALENKO", "Petro"));
        review(gs(), "/notice-requests", refused, "REFUSE", "ARTICLE_3", "political").statusCode(200);
        Map<String, Object> toDe = Bodies.red("KOVALENKO", "Petro");
        toDe.remove("publicExtract");
        toDe.put("recipients", List.of("DE"));
        String diffusionToDe = diffuse("FR", toDe);
        Map<String, Object> toAll = Bodies.red("KOVALENKO", "Petro");
        toAll.remove("publicExtract");
        String diffusionToAll = diffuse("FR", toAll);

        search(ncb("IT"), "name=Kovalenko&forename=Petro").statusCode(200).body("items.id", containsInAnyOrder(valid, diffusionToAll))
                .body("items.id", not(hasItem(expired))).body("items.id", not(hasItem(processing))).body("items.id", not(hasItem(refused)))
                .body("items.id", not(hasItem(diffusionToDe)));
        search(ncb("DE"), "name=Kovalenko&forename=Petro").body("items.id", containsInAnyOrder(valid, diffusionToAll, diffusionToDe))
                .body("items.find { it.id == '" + diffusionToDe + "' }.href", equalTo("/diffusions/" + diffusionToDe));
        search(gs(), "name=Kovalenko&forename=Petro").body("items.id", containsInAnyOrder(valid, diffusionToAll, diffusionToDe));
        // a withdrawn diffusion disappears
        review(gs(), "/diffusions", diffusionToAll, "REFUSE", "ARTICLE_2", "human rights").statusCode(200);
        search(ncb("IT"), "name=Kovalenko&forename=Petro").body("items.id", equalTo(List.of(valid)));
        // the others' roles
        search(org.icpo.testing.Tokens.assembly(), "name=Kovalenko").statusCode(403);
    }

    @Test
    void suspendedMembersAreRefusedAndEverySearchIsAudited() {
        seed();
        long before = data.auditCount("notice.searched");
        search(ncb("FR"), "name=Prokopchuk&forename=Yuriy").statusCode(200);
        search(ncb("FR"), "name=Nobody&forename=Atall").statusCode(200);
        assertEquals(before + 2, data.auditCount("notice.searched"));
        as(gs()).get("/audit/notices?targetId=search&size=2").then().statusCode(200)
                .body("items[0].action", equalTo("notice.searched")).body("items[0].actor", equalTo("ncb-fr"))
                .body("items[0].details.results", equalTo(0)).body("items[0].details.name", equalTo("Nobody"))
                .body("items[1].details.results", equalTo(1)).body("items[1].details.ids", equalTo(List.of(prokopchuk)));
        MembershipStub.set("IT", MembershipStub.Mode.SUSPENDED);
        long refusals = data.auditCount("access.refused");
        search(ncb("IT"), "name=Prokopchuk").statusCode(403).contentType(problemJson()).body("measure", equalTo("ACCESS_SUSPENSION"))
                .body("suspendedRight", equalTo("CONSULT"));
        assertEquals(refusals + 1, data.auditCount("access.refused"));
        assertEquals(before + 2, data.auditCount("notice.searched"));
    }

    @Test
    void badQueriesAre400Problems() {
        for (String q : new String[]{"size=10", "dateOfBirth=1975", "name=%21%21", "dateOfBirth=1975-13-13&name=X", "dateOfBirth=1975-02-31&name=X",
                "dateOfBirth=abc&name=Ivanov", "nationality=FRA&name=Ivanov", "nationality=f1&name=Ivanov", "sex=X&name=Ivanov", "size=0&name=Ivanov", "page=0&name=Ivanov", "name=" + "a".repeat(201)}) {
            io.restassured.response.Response r = as(ncb("FR")).urlEncodingEnabled(false).get("/notices/search?" + q);
            assertEquals(400, r.statusCode(), q);
            assertTrue(r.contentType().startsWith(problemJson()), q);
        }
    }

    @Test
    void recordsWithoutSearchKeysAreFoundOnceTheIndexComputesThem() {
        seed();
        data.forgetNameKeys(prokopchuk);
        search(gs(), "name=Prokopchuk").statusCode(200).body("items.id", not(hasItem(prokopchuk)));
        assertEquals(1, nameKeys.computeAllMissing());
        search(gs(), "name=Prokopchuk").statusCode(200).body("items.id", equalTo(List.of(prokopchuk)));
        assertEquals(0, nameKeys.computeAllMissing());
    }

    @Test
    void theIndexPassesOverRecordsAnotherReplicaIsComputing() throws Exception {
        seed();
        data.forgetNameKeys(prokopchuk);
        data.forgetNameKeys(hassan);
        try (AutoCloseable otherReplica = data.lockRow(prokopchuk)) {
            assertEquals(1L, within(10, nameKeys::computeAllMissing), "the record locked by the other replica is passed over, without waiting");
        }
        search(gs(), "name=Hassan&forename=Ahmed").statusCode(200).body("items.id", equalTo(List.of(hassan)));
        assertEquals(1, nameKeys.computeAllMissing());
        search(gs(), "name=Prokopchuk").statusCode(200).body("items.id", equalTo(List.of(prokopchuk)));
    }

    @jakarta.inject.Inject
    org.icpo.notices.search.NameKeyIndex nameKeys;

    @Test
    void candidatesComeFromTheNameKeyIndex() {
        // from the statistics autovacuum leaves once the tables were emptied: no rows over the pages their deleted rows
        // still hold, so the planner expects one row in each however many the bulk filing writes. The public filter's
        // refresh (V1.16) and the name keys' update (NameKeyIndex), planned as joins, then read the whole table once for
        // each record written: over 100,000 notices, minutes; a CI run hung on it until the transaction's timeout. With
        // 30,000 notices (a quarter of the time in CI) the plans below are the same, and such a join would still read
        // 30,000 rows for each of 30,000 records
        data.bulkSubjects(500);
        data.reset();
        data.analyse("notice_record", "person_name", "public_filter").forEach((table, pagesAndRows) -> {
            assertTrue(pagesAndRows.get(0).intValue() > 0 && pagesAndRows.get(1).doubleValue() == 0, table + ": " + pagesAndRows);
        });
        String family42 = data.bulkSubjects(30_000);
        for (String plan : List.of(data.explainNameSearch("Prokopchuk", "Yuriy"), data.explainNameSearch("Prokopchuk", null),
                data.explainNameSearch("Garcia Lopez", "Juan Carlos"))) {
            System.out.println("Member search candidate plan over 30,000 notices:\n" + plan);
            assertTrue(plan.contains("notice_record_name_keys_idx"), plan);
            assertFalse(plan.contains("Seq Scan on notice_record"), plan);
        }
        // as the service runs it: planned once for any keys (NoticeSearch.genericPlans)
        String generic = data.explainGenericNameSearch("Prokopchuk", "Yuriy");
        System.out.println("Member search candidate generic plan over 30,000 notices:\n" + generic);
        assertTrue(generic.contains("notice_record_name_keys_idx"), generic);
        assertFalse(generic.contains("Seq Scan on notice_record"), generic);
        // the two words' groups met together in one scan of the index, a scan key each (SearchKeys.Query#searched)
        assertTrue(generic.contains("Index Cond: ((name_keys @@ ($1)::tsquery) AND (name_keys @@ ($2)::tsquery))"), generic);
        // three words: all three together, or two of them among the names of two words, each way one scan of the index
        String three = data.explainGenericNameSearch("Garcia Lopez", "Juan");
        assertTrue(three.contains("Index Cond: ((name_keys @@ ($1)::tsquery) AND (name_keys @@ ($2)::tsquery) AND (name_keys @@ ($3)::tsquery))"), three);
        assertTrue(three.contains("Index Cond: ((name_keys @@ ($4)::tsquery) AND (name_keys @@ ($5)::tsquery))"), three);
        assertTrue(three.contains("Index Cond: ((name_keys @@ ($8)::tsquery) AND (name_keys @@ ($9)::tsquery))"), three);
        // a free-text word too short for the trigram index is tested on the name's candidates: as a LIKE, the generic plan
        // and'ed the trigram index's scan for it, which finds no trigram in it and walks the whole index
        String shortWord = data.explainGenericNameSearch("Prokopchuk", "Yuriy", List.of("uk"));
        System.out.println("Member search candidate generic plan with a free-text word of two letters:\n" + shortWord);
        assertTrue(shortWord.contains("notice_record_name_keys_idx"), shortWord);
        assertTrue(shortWord.contains("Filter: ") && shortWord.contains("strpos(search_text, $"), shortWord);
        assertFalse(shortWord.contains("notice_record_search_text_trgm"), shortWord);
        String publicPlan = data.explainPublicList();
        System.out.println("Public red list plan over 30,000 notices:\n" + publicPlan);
        assertTrue(publicPlan.contains("notice_record_public_list_idx"), publicPlan);
        assertFalse(publicPlan.contains("Seq Scan on notice_record"), publicPlan);
        // its text filters read the public extracts' narrow table (V1.14), not every spelling of every notice: a name of two
        // letters, which no trigram index serves, had the list scan all of person_name, whoever asked. The table says which
        // notices are listed (V1.15), so the total and the page's identifiers read nothing else, in one process
        String shortFilters = data.explainPublicTextFilter(Map.of("name", "Li", "forename", "Wu", "freeText", "ly"));
        System.out.println("Public red list total and page with filters of two letters over 30,000 notices:\n" + shortFilters);
        assertTrue(shortFilters.contains("on public_filter f"), shortFilters);
        assertFalse(shortFilters.contains("person_name"), shortFilters);
        assertFalse(shortFilters.contains("notice_record"), shortFilters);
        assertFalse(shortFilters.contains("Gather"), shortFilters);
        // and the search works over them
        search(ncb("FR"), "name=" + family42).statusCode(200).body("items[0].familyName", equalTo(family42))
                .body("items[0].id", equalTo("00000000-0000-4000-8000-00000000002a"));
    }

    @Test
    void aNameOnMoreRecordsThanAreScoredIsCappedWithTheExactFormsOnly() {
        // 510 records of the exact name and 10 of a one-letter variant: 520 candidates, of which 500 are scored
        for (int i = 0; i < 510; i++) {
            data.indexedSubject(java.util.UUID.randomUUID(), "IVANOV", "Pavel");
        }
        for (int i = 0; i < 10; i++) {
            data.indexedSubject(java.util.UUID.randomUUID(), "IVAMOV", "Pavel");
        }
        String fr = ncb("FR");
        // one word (its exact forms asked first, and enough) and two words (every variant asked, then the exact forms)
        for (String query : List.of("name=Ivanov", "name=Ivanov&forename=Pavel")) {
            for (int page = 1; page <= 3; page++) {
                search(fr, query + "&size=200&page=" + page).statusCode(200)
                        .body("capped", equalTo(true)).body("total", equalTo(500))
                        .body("items.familyName", everyItem(equalTo("IVANOV")));
            }
        }
        // searched for itself, the variant's own exact forms come first, and rank first
        List<String> families = search(fr, "name=Ivamov&forename=Pavel&size=20").statusCode(200).body("capped", equalTo(true))
                .body("total", equalTo(500)).extract().jsonPath().getList("items.familyName", String.class);
        assertEquals(java.util.Collections.nCopies(10, "IVAMOV"), families.subList(0, 10));
        assertEquals(List.of("IVANOV"), families.subList(10, 20).stream().distinct().toList());
    }

    @Test
    void aCappedSearchScoresTheExactFormsFirstThenTheVariants() {
        // 300 exact and 300 one-letter variants: all 300 exact are scored, and 200 of the variants
        for (int i = 0; i < 300; i++) {
            data.indexedSubject(java.util.UUID.randomUUID(), "IVANOV", "Pavel");
            data.indexedSubject(java.util.UUID.randomUUID(), "IVAMOV", "Pavel");
        }
        String fr = ncb("FR");
        for (String query : List.of("name=Ivanov", "name=Ivanov&forename=Pavel")) {
            List<String> families = new java.util.ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                families.addAll(search(fr, query + "&size=200&page=" + page).statusCode(200)
                        .body("capped", equalTo(true)).body("total", equalTo(500))
                        .extract().jsonPath().getList("items.familyName", String.class));
            }
            assertEquals(500, families.size(), query);
            assertEquals(300, families.stream().filter("IVANOV"::equals).count(), query);
            assertEquals(200, families.stream().filter("IVAMOV"::equals).count(), query);
        }
        // ranked (two words: a one-word query caps every name of more words at the same score): the exact name first
        List<String> ranked = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            ranked.addAll(search(fr, "name=Ivanov&forename=Pavel&size=200&page=" + page).extract().jsonPath().getList("items.familyName", String.class));
        }
        assertEquals(List.of("IVANOV"), ranked.subList(0, 300).stream().distinct().toList());
        assertEquals(List.of("IVAMOV"), ranked.subList(300, 500).stream().distinct().toList());
    }

    @Test
    void theIndexesTheSearchesReadHaveNoPendingEntries() {
        // filed, then its keys set (a new version of the row): the entries go into the indexes, not into a pending list
        // that every search would read until a vacuum (V1.12)
        data.indexedSubject(java.util.UUID.randomUUID(), "IVANOV", "Pavel");
        for (String index : List.of("notice_record_name_keys_idx", "notice_record_search_text_trgm", "notice_record_nationalities_idx")) {
            assertEquals(0, data.pendingRows(index), index);
        }
        search(ncb("FR"), "name=Ivanov").statusCode(200).body("items[0].familyName", equalTo("IVANOV"));
    }

    @Test
    void aCappedSearchScoresTheSameSpellingBeforeItsTransliterationVariants() {
        // Paul and Pavlov share the consonant skeleton "pl" (v counts as a vowel, as Arabic and Cyrillic
        // transliterations write it): 600 PAUL filed first, then 10 PAVLOV, 610 records meet "Pavlov"'s skeleton
        for (int i = 0; i < 600; i++) {
            data.indexedSubject(java.util.UUID.randomUUID(), "PAUL", "Jean");
        }
        for (int i = 0; i < 10; i++) {
            data.indexedSubject(java.util.UUID.randomUUID(), "PAVLOV", "Ivan");
        }
        // the 10 spelt the same are scored first: all are found, though the search is capped
        search(ncb("FR"), "name=Pavlov&size=50").statusCode(200).body("capped", equalTo(true))
                .body("items.familyName", hasItem("PAVLOV")).body("items.findAll { it.familyName == 'PAVLOV' }.size()", equalTo(10))
                .body("items[0].familyName", equalTo("PAVLOV"));
    }

    @jakarta.inject.Inject
    org.icpo.notices.search.KeyStatistics statistics;

    @jakarta.inject.Inject
    org.icpo.notices.search.NoticeSearch noticeSearch;

    @Test
    void aQueryLikelyToMeetFarMoreRecordsThanAreScoredAsksForTheClosestFirst() {
        // 2,000 notices of a Maria (the table analysed) and one of MARIA Marie: "Marie Maria" meets them all (the two words
        // share the skeleton "mr", which one stored word has for both), the 42nd notice's family name with Maria one
        String rare = data.bulkSubjects(2_000, "Maria");
        data.indexedSubject(java.util.UUID.randomUUID(), "MARIA", "Marie");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(statistics::refresh);
        org.icpo.names.NameForms common = org.icpo.names.NameForms.of("Marie Maria", null);
        org.icpo.names.NameForms one = org.icpo.names.NameForms.of(rare, "Maria");
        double commonEstimate = estimatedRecords(common);
        double rareEstimate = estimatedRecords(one);
        System.out.printf("Estimated records: \"Marie Maria\" %.0f, \"%s Maria\" %.1f%n", commonEstimate, rare, rareEstimate);
        assertTrue(commonEstimate > 1_500, "Marie Maria: " + commonEstimate);
        assertTrue(rareEstimate < 100, rare + " Maria: " + rareEstimate);
        assertFalse(widestFirst(common), "far more records than can be scored: the closest conditions first");
        assertTrue(widestFirst(one), "a few records: the widest condition first");
        // a query of one word the same way: Maria's 2,001 records closest first, the rare family name's one the widest first
        assertFalse(widestFirst(org.icpo.names.NameForms.of("Maria", null)), "Maria alone: the closest conditions first");
        assertTrue(widestFirst(org.icpo.names.NameForms.of(rare, null)), rare + " alone: the widest condition first");
        // the results are those of the closest first, as they were when the widest condition was read first
        search(ncb("FR"), "name=Marie Maria&size=5").statusCode(200).body("capped", equalTo(true))
                .body("items[0].familyName", equalTo("MARIA")).body("items[0].forename", equalTo("Marie"));
        search(ncb("FR"), "name=" + rare + "&forename=Maria").statusCode(200).body("capped", equalTo(false))
                .body("items[0].familyName", equalTo(rare));
        search(ncb("FR"), "name=" + rare).statusCode(200).body("capped", equalTo(false)).body("items[0].familyName", equalTo(rare));
        search(ncb("FR"), "name=Maria&size=5").statusCode(200).body("capped", equalTo(true));
    }

    double estimatedRecords(org.icpo.names.NameForms query) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> statistics.estimatedRecords(org.icpo.names.SearchKeys.query(query)));
    }

    boolean widestFirst(org.icpo.names.NameForms query) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> noticeSearch.widestFirst(org.icpo.names.SearchKeys.query(query)));
    }

    static org.hamcrest.Matcher<Iterable<? extends String>> containsInAnyOrder(String... ids) {
        return org.hamcrest.Matchers.containsInAnyOrder(ids);
    }

    static org.hamcrest.Matcher<Iterable<? extends String>> exactly(String... ids) {
        return contains(ids);
    }
}
