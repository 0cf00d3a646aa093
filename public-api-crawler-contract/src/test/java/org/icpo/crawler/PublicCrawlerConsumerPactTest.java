package org.icpo.crawler;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of outside crawlers with the public notices API of notices-service (DOMAIN.md section 6): list the
 * red notices page by page following {@code _links.next}, read a notice, list its images and download one, and
 * recognize the 404 body. Links are absolute: the mock server answers with its own address in them.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "notices-service", port = "18293", pactVersion = PactSpecVersion.V4)
class PublicCrawlerConsumerPactTest {

    static final String CONSUMER = "public-crawler";
    static final String STATE = "three public red notices with photographs exist";
    static final String ID = "\\d{4}-\\d+";
    static final String EXAMPLE_ID = "2025-10001";
    static final String EXAMPLE_PICTURE = "5b0c1f9e-3d2a-4c55-9d61-0d7b8e4f1a22";
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String DATE = "\\d{4}(/\\d{2}(/\\d{2})?)?";
    static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    static PactDslJsonBody body(DslPart part) {
        return (PactDslJsonBody) part;
    }

    /** {@code {"href": <absolute URL of the mock server or provider ending with the fragments>}} inside {@code parent}. */
    static PactDslJsonBody link(PactDslJsonBody parent, String name, Object... fragments) {
        return body(parent.object(name).matchUrl2("href", fragments).closeObject());
    }

    static void summary(PactDslJsonBody notice) {
        notice.stringType("forename", "Jean").stringType("name", "DUPONT")
                .stringMatcher("date_of_birth", DATE, "1975/04/12")
                .stringMatcher("entity_id", "\\d{4}/\\d+", "2025/10001")
                .minArrayLike("nationalities", 1, PactDslJsonRootValue.stringMatcher("[A-Z]{2}", "FR"), 1);
        PactDslJsonBody links = notice.object("_links");
        links = link(links, "self", "notices", "v1", "red", new RegexMatcher(ID, EXAMPLE_ID));
        links = link(links, "images", "notices", "v1", "red", new RegexMatcher(ID, EXAMPLE_ID), "images");
        links.closeObject();
    }

    static DslPart page(int page, boolean hasNext) {
        PactDslJsonBody root = new PactDslJsonBody().integerType("total", 3);
        root = body(root.object("query").integerType("page", page).integerType("resultPerPage", 2).closeObject());
        PactDslJsonBody notice = root.object("_embedded").minArrayLike("notices", 1, hasNext ? 2 : 1);
        summary(notice);
        root = body(notice.closeObject().closeArray().closeObject());
        PactDslJsonBody links = root.object("_links");
        links = link(links, "self", "notices", "v1", "red?resultPerPage=2&page=" + page);
        links = link(links, "first", "notices", "v1", "red?resultPerPage=2&page=1");
        links = link(links, "last", "notices", "v1", "red?resultPerPage=2&page=2");
        if (hasNext) {
            links = link(links, "next", "notices", "v1", "red?resultPerPage=2&page=" + (page + 1));
        }
        return links.closeObject();
    }

    @Pact(consumer = CONSUMER)
    V4Pact firstPage(PactDslWithProvider p) {
        return p.given(STATE).uponReceiving("the first page of red notices")
                .method("GET").path("/notices/v1/red").query("resultPerPage=2&page=1")
                .willRespondWith().status(200).headers(JSON).body(page(1, true))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact secondPage(PactDslWithProvider p) {
        return p.given(STATE).uponReceiving("the page the first page's next link names")
                .method("GET").path("/notices/v1/red").query("resultPerPage=2&page=2")
                .willRespondWith().status(200).headers(JSON).body(page(2, false))
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact redNotice(PactDslWithProvider p) {
        PactDslJsonBody warrant = new PactDslJsonBody().minArrayLike("arrest_warrants", 1)
                .stringMatcher("issuing_country_id", "[A-Z]{2}", "FR").stringType("charge", "Armed robbery").nullValue("charge_translation");
        PactDslJsonBody root = body(warrant.closeObject().closeArray());
        root.stringType("forename", "Jean").stringType("name", "DUPONT")
                .stringMatcher("date_of_birth", DATE, "1975/04/12")
                .stringMatcher("entity_id", "\\d{4}/\\d+", "2025/10001")
                .minArrayLike("nationalities", 1, PactDslJsonRootValue.stringMatcher("[A-Z]{2}", "FR"), 1)
                .stringMatcher("sex_id", "[FMU]", "M")
                .decimalType("height", 1.82)
                .stringMatcher("country_of_birth_id", "[A-Z]{2}", "FR")
                .stringType("place_of_birth", "Lyon")
                .minArrayLike("languages_spoken_ids", 1, PactDslJsonRootValue.stringMatcher("[A-Z]{3}", "FRA"), 1)
                .minArrayLike("eyes_colors_id", 1, PactDslJsonRootValue.stringType("BRO"), 1)
                .minArrayLike("hairs_id", 1, PactDslJsonRootValue.stringType("BLA"), 1)
                .stringType("distinguishing_marks", "scar on the left cheek");
        root = body(root.object("_embedded").array("links").closeArray().closeObject());
        PactDslJsonBody links = root.object("_links");
        links = link(links, "self", "notices", "v1", "red", new RegexMatcher(ID, EXAMPLE_ID));
        links = link(links, "images", "notices", "v1", "red", new RegexMatcher(ID, EXAMPLE_ID), "images");
        links = link(links, "thumbnail", "notices", "v1", "red", new RegexMatcher(ID, EXAMPLE_ID), "images", new RegexMatcher(UUID, EXAMPLE_PICTURE));
        DslPart body = links.closeObject();
        return p.given(STATE).uponReceiving("a red notice")
                .method("GET").pathFromProviderState("/notices/v1/red/${redId}", "/notices/v1/red/" + EXAMPLE_ID)
                .willRespondWith().status(200).headers(JSON).body(body)
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact redNoticeImages(PactDslWithProvider p) {
        PactDslJsonBody image = new PactDslJsonBody().object("_embedded").minArrayLike("images", 1)
                .stringMatcher("picture_id", UUID, EXAMPLE_PICTURE);
        PactDslJsonBody imageLinks = link(image.object("_links"), "self", "notices", "v1", "red", new RegexMatcher(ID, EXAMPLE_ID), "images",
                new RegexMatcher(UUID, EXAMPLE_PICTURE));
        PactDslJsonBody root = body(body(imageLinks.closeObject()).closeObject().closeArray().closeObject());
        PactDslJsonBody links = root.object("_links");
        links = link(links, "self", "notices", "v1", "red", new RegexMatcher(ID, EXAMPLE_ID), "images");
        links = link(links, "notice", "notices", "v1", "red", new RegexMatcher(ID, EXAMPLE_ID));
        DslPart full = links.closeObject();
        return p.given(STATE).uponReceiving("the images of a red notice")
                .method("GET").pathFromProviderState("/notices/v1/red/${redId}/images", "/notices/v1/red/" + EXAMPLE_ID + "/images")
                .willRespondWith().status(200).headers(JSON).body(full)
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact redNoticeImage(PactDslWithProvider p) {
        return p.given(STATE).uponReceiving("one image of a red notice")
                .method("GET").pathFromProviderState("/notices/v1/red/${redId}/images/${pictureId}",
                        "/notices/v1/red/" + EXAMPLE_ID + "/images/" + EXAMPLE_PICTURE)
                .willRespondWith().status(200).matchHeader("Content-Type", "image/(jpeg|png)", "image/jpeg")
                .toPact(V4Pact.class);
    }

    @Pact(consumer = CONSUMER)
    V4Pact notFound(PactDslWithProvider p) {
        return p.given("there is no red notice 1999-1").uponReceiving("a red notice that does not exist")
                .method("GET").path("/notices/v1/red/1999-1")
                .willRespondWith().status(404).headers(JSON)
                .body("{\"status\":404,\"name\":\"NotFoundError\",\"message\":\"Not Found\"}", "application/json")
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethods = {"firstPage", "secondPage"})
    void crawlsEveryPageFollowingTheNextLinks(MockServer server) throws Exception {
        List<JsonNode> notices = new PublicNoticesCrawler(server.getUrl()).allRedNotices(2);
        assertEquals(3, notices.size());
        for (JsonNode n : notices) {
            assertTrue(n.path("entity_id").asText().matches("\\d{4}/\\d+"));
            assertTrue(n.path("_links").path("self").path("href").asText().startsWith(server.getUrl() + "/notices/v1/red/"));
        }
    }

    @Test
    @PactTestFor(pactMethods = {"redNotice", "redNoticeImages", "redNoticeImage"})
    void readsANoticeItsImagesAndDownloadsOne(MockServer server) throws Exception {
        PublicNoticesCrawler crawler = new PublicNoticesCrawler(server.getUrl());
        JsonNode notice = crawler.follow(server.getUrl() + "/notices/v1/red/" + EXAMPLE_ID);
        assertEquals("2025/10001", notice.path("entity_id").asText());
        assertEquals(EXAMPLE_ID, notice.path("entity_id").asText().replace('/', '-'));
        assertTrue(notice.path("arrest_warrants").get(0).has("charge_translation"));
        JsonNode images = crawler.follow(notice.path("_links").path("images").path("href").asText());
        String image = images.path("_embedded").path("images").get(0).path("_links").path("self").path("href").asText();
        PublicNoticesCrawler.Response r = crawler.get(image);
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("image/"));
    }

    @Test
    @PactTestFor(pactMethods = "notFound")
    void recognizesTheNotFoundBody(MockServer server) throws Exception {
        PublicNoticesCrawler.Response r = new PublicNoticesCrawler(server.getUrl()).get("/notices/v1/red/1999-1");
        assertEquals(404, r.status());
        JsonNode body = r.json();
        assertEquals(404, body.path("status").asInt());
        assertEquals("NotFoundError", body.path("name").asText());
        assertEquals("Not Found", body.path("message").asText());
    }
}
