package org.icpo.e2e;

import org.icpo.local.Api;
import org.icpo.local.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The demo data of ./icpo run loads through the gateway, says what the README walkthrough shows, and loads once. */
@ExtendWith(SuiteLogsOnFailure.class)
class DemoDataE2eTest {

    @Test
    void demoDataLoadsOnceAndTellsTheStoryOfDubai2018() {
        var suite = Suite.get();
        DemoData demo = new DemoData(new Api(Suite.gateway()), suite.keys(), m -> System.out.println("[demo] " + m));
        DemoData.Loaded loaded = demo.load();
        assertThat(loaded.alreadyPresent()).isFalse();

        Suite.as("secretariat").get("/applications/" + loaded.kosovoApplication()).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("outcome.rounds.yes", equalTo(List.of(76, 68))).body("outcome.rounds.no", equalTo(List.of(56, 51)))
                .body("outcome.rounds.abstain", equalTo(List.of(22, 16)));
        Suite.anonymous().get("/ballots/" + loaded.kosovoBallot() + "/rounds/1/board").then().statusCode(200)
                .body("threshold", equalTo(88)).body("votesCast", equalTo(132));
        Suite.anonymous().get("/ballots/" + loaded.kosovoBallot() + "/rounds/2/board").then().statusCode(200)
                .body("threshold", equalTo(80)).body("votesCast", equalTo(119));
        Suite.as("secretariat").get("/applications?isoCode=KI").then().body("items[0].status", equalTo("ADMITTED"));
        Suite.as("secretariat").get("/members/VU/history").then().body("type", hasItem("ADMITTED"));
        Suite.as("secretariat").get("/executive-committee?asOf=2018-11-21").then().statusCode(200)
                .body("members.findAll { it.office == 'PRESIDENT' }[0].country", equalTo("KR"))
                .body("members.findAll { it.office == 'PRESIDENT' }[0].termEnd", equalTo("2020-11-30"));
        Suite.as("secretariat").get("/notice-requests/" + loaded.supervisedRequest()).then().statusCode(200)
                .body("status", equalTo("PENDING_SECOND_REVIEW")).body("requesterCountry", equalTo("RU"));
        assertThat(loaded.publishedNotices()).hasSize(4);
        Suite.as("ccf").get("/ccf-requests/" + loaded.ccfRequest()).then().statusCode(200).body("kind", equalTo("DELETION"));

        assertThat(demo.load().alreadyPresent()).as("a second load changes nothing").isTrue();
    }
}
