package org.icpo.e2e;

import io.restassured.path.json.JsonPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Steps of General Assembly scenarios, through the gateway. */
final class Assembly {

    private Assembly() {
    }

    /**
     * The session the scenarios share: the Assembly meets once a year, so this year's session is the one every scenario's
     * ballots are put to (planned and opened by the first scenario that asks for it).
     */
    static final int SESSION = 95;
    private static boolean opened;

    /** This year's session, planned and opened on first use; its number. */
    static synchronized int session() {
        if (!opened) {
            openSession(SESSION);
            opened = true;
        }
        return SESSION;
    }

    /** Plans and opens a session held around today. */
    private static void openSession(int number) {
        LocalDate today = LocalDate.now();
        Suite.as("assembly").body(Map.of("number", number, "year", today.getYear(), "city", "Lyon", "hostCountry", "FR",
                "startsOn", today.minusDays(1).toString(), "endsOn", today.plusDays(2).toString())).post("/sessions").then().statusCode(201);
        Suite.as("assembly").post("/sessions/" + number + "/open").then().statusCode(200);
    }

    /** Members with voting rights today, in code order, except those listed. */
    static List<String> votingMembers(int count, Set<String> except) {
        JsonPath standings = Suite.as("secretariat").get("/standings").then().statusCode(200).extract().jsonPath();
        List<String> codes = new ArrayList<>();
        List<Map<String, Object>> all = standings.getList("$");
        for (Map<String, Object> s : all) {
            String code = (String) s.get("country");
            @SuppressWarnings("unchecked")
            boolean vote = (Boolean) ((Map<String, Object>) s.get("votingRights")).get("granted");
            if (vote && !except.contains(code) && codes.size() < count) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** Registers these delegations as present; one another scenario registered in the shared session already is (a 409 saying so). */
    static void registerPresent(int session, List<String> members) {
        for (String c : members) {
            var answer = Suite.as("ncb", c).body(Map.of("country", c)).post("/sessions/" + session + "/attendance").then();
            if (answer.extract().statusCode() != 201) {
                answer.statusCode(409).body("detail", org.hamcrest.Matchers.containsString("already registered as present"));
            }
        }
    }

    static int openRound(String ballot) {
        return Suite.as("assembly").post("/ballots/" + ballot + "/rounds").then().statusCode(201).extract().path("number");
    }

    static void vote(String ballot, int round, String country, String choice) {
        Suite.as("ncb", country).body(Map.of("choice", choice)).post("/ballots/" + ballot + "/rounds/" + round + "/votes")
                .then().statusCode(201);
    }

    /** Votes of the given members in order: the first {@code counts[0]} choose {@code choices[0]}, and so on. */
    static void votes(String ballot, int round, List<String> voters, String[] choices, int[] counts) {
        int i = 0;
        for (int c = 0; c < choices.length; c++) {
            for (int k = 0; k < counts[c]; k++) {
                vote(ballot, round, voters.get(i++), choices[c]);
            }
        }
    }

    static JsonPath close(String ballot, int round) {
        return Suite.as("assembly").post("/ballots/" + ballot + "/rounds/" + round + "/close").then().statusCode(200).extract().jsonPath();
    }
}
