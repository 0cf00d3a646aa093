package org.icpo.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Demo data, loaded through the public API (the gateway), never with SQL: the 87th General
 * Assembly (Dubai, 2018) with the Kosovo admission ballot replayed round by round, Kiribati and
 * Vanuatu admitted, the presidential by-election; the 2022 heightened supervision of Russia and its
 * effect on its notice requests; published notices with names in several scripts, some with public
 * extracts; a pending CCF challenge. Loading twice changes nothing (it stops when session 87 exists).
 * Vote figures other than Kosovo's are illustrative.
 */
public final class DemoData {

    /** Members present at the 87th session who vote in the replayed ballots (154: Kosovo round 1 had 154 votes cast). */
    static final int VOTERS = 154;

    private final Api api;
    private final DevKeys keys;
    private final Consumer<String> progress;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    public DemoData(Api api, DevKeys keys, Consumer<String> progress) {
        this.api = api;
        this.keys = keys;
        this.progress = progress;
    }

    /** What the demo created, for the README walkthrough and the tests. */
    public record Loaded(boolean alreadyPresent, String kosovoApplication, String kosovoBallot, String presidentBallot,
                         String supervisedRequest, String ccfRequest, List<String> publishedNotices) {
    }

    String token(String role, String country) {
        return tokens.computeIfAbsent(role + "/" + country, k -> {
            try {
                String subject = country == null ? role + "-demo" : "ncb-" + country.toLowerCase();
                return keys.mint(subject, role, country, Duration.ofHours(2));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    String gs() {
        return token("secretariat", null);
    }

    String gs2() {
        return tokens.computeIfAbsent("secretariat-2", k -> {
            try {
                return keys.mint("gs-second-reviewer", "secretariat", null, Duration.ofHours(2));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    String assembly() {
        return token("assembly", null);
    }

    public Loaded load() {
        if (api.get(assembly(), "/sessions/87").status() == 200) {
            progress.accept("demo data already loaded (session 87 exists)");
            return new Loaded(true, null, null, null, null, null, List.of());
        }
        progress.accept("loading demo data through the gateway");
        supervisionOfRussia();
        List<String> members = voters();
        session87(members);
        String kosovoApp = application("XK", "Kosovo", "EUROPE", "Kosovo Police", "2018-01-20");
        String kosovo = admissionBallot(kosovoApp, members, new int[][]{{76, 56, 22}, {68, 51, 16}});
        progress.accept("Kosovo: round 1 76/56/22 (threshold 88), round 2 68/51/16 (threshold 80): rejected");
        for (String[] state : new String[][]{{"KI", "Kiribati", "Kiribati Police Service"}, {"VU", "Vanuatu", "Vanuatu Police Force"}}) {
            String app = application(state[0], state[1], "ASIA_SOUTH_PACIFIC", state[2], "2018-01-25");
            admissionBallot(app, members, new int[][]{{130, 12, 12}});
            api.post(assembly(), "/sessions/87/attendance", Map.of("country", state[0])).expect(201, 200);
            progress.accept(state[1] + " admitted, its delegation registered at once");
        }
        String president = presidentialByElection(members);
        progress.accept("presidential by-election: Kim Jong-yang (KR) elected for the rest of the term to 2020");
        api.post(assembly(), "/sessions/87/close", null).expect(200);
        List<String> published = notices();
        String supervised = supervisedRequest();
        String ccf = ccfChallenge(published.get(0));
        progress.accept("demo data loaded");
        return new Loaded(false, kosovoApp, kosovo, president, supervised, ccf, published);
    }

    private void supervisionOfRussia() {
        api.post(gs(), "/members/RU/measures", Map.of("kind", "HEIGHTENED_SUPERVISION",
                "reason", "Risk of misuse of the Organization's channels after the invasion of Ukraine",
                "legalBasis", "Rules on the Processing of Data, art. 131", "decidedBy", "Secretary General",
                "decidedOn", "2022-03-10", "endorsedOn", "2022-03-10")).expect(201, 409);
        progress.accept("RU under heightened supervision since 2022-03-10");
    }

    /** The first 154 members with voting rights today, KI and VU left out (they are admitted during the session). */
    private List<String> voters() {
        JsonNode standings = api.get(gs(), "/standings").expect(200).body();
        List<String> codes = new ArrayList<>();
        for (JsonNode s : standings) {
            String c = s.path("country").asText();
            if (s.path("votingRights").path("granted").asBoolean() && !c.equals("KI") && !c.equals("VU") && codes.size() < VOTERS) {
                codes.add(c);
            }
        }
        return codes;
    }

    private void session87(List<String> members) {
        api.post(assembly(), "/sessions", Map.of("number", 87, "year", 2018, "city", "Dubai", "hostCountry", "AE",
                "startsOn", "2018-11-18", "endsOn", "2018-11-21")).expect(201);
        api.post(assembly(), "/sessions/87/open", null).expect(200);
        for (String c : members) {
            api.post(token("ncb", c), "/sessions/87/attendance", Map.of("country", c)).expect(201, 200);
        }
        progress.accept("87th General Assembly, Dubai 2018: " + members.size() + " delegations present");
    }

    private String application(String code, String name, String region, String police, String submittedOn) {
        String id = api.post(gs(), "/applications", Map.of("stateName", name, "isoCode", code, "region", region,
                "policeBody", police, "statehoodStatement", "Statement of statehood submitted by the government",
                "acceptsConstitution", true, "submittedOn", submittedOn)).expect(201).text("id");
        api.post(gs(), "/applications/" + id + "/schedule", Map.of("session", 87)).expect(200);
        return id;
    }

    /** Opens and closes one round per figures row ({yes, no, abstain}), the voters taken in order. */
    private String admissionBallot(String applicationId, List<String> members, int[][] rounds) {
        String ballot = api.post(assembly(), "/ballots", Map.of("session", 87, "kind", "ADMISSION", "applicationId", applicationId))
                .expect(201).text("id");
        for (int[] figures : rounds) {
            int round = api.post(assembly(), "/ballots/" + ballot + "/rounds", null).expect(201).body().path("number").asInt();
            int i = 0;
            for (String[] choice : new String[][]{{"YES", String.valueOf(figures[0])}, {"NO", String.valueOf(figures[1])}, {"ABSTAIN", String.valueOf(figures[2])}}) {
                for (int k = 0; k < Integer.parseInt(choice[1]); k++) {
                    vote(ballot, round, members.get(i++), choice[0]);
                }
            }
            api.post(assembly(), "/ballots/" + ballot + "/rounds/" + round + "/close", null).expect(200);
        }
        JsonNode b = api.get(assembly(), "/ballots/" + ballot).expect(200).body();
        if (!"DECIDED".equals(b.path("status").asText())) {
            api.post(assembly(), "/ballots/" + ballot + "/conclude", null).expect(200, 409);
        }
        return ballot;
    }

    private void vote(String ballot, int round, String country, String choice) {
        api.post(token("ncb", country), "/ballots/" + ballot + "/rounds/" + round + "/votes", Map.of("choice", choice)).expect(201, 200);
    }

    private String presidentialByElection(List<String> members) {
        String term = api.post(assembly(), "/executive-committee/terms", Map.of("office", "PRESIDENT", "region", "ASIA_SOUTH_PACIFIC", "country", "CN",
                "personName", "Meng Hongwei", "termStart", "2016-11-10", "termEnd", "2020-11-30")).expect(201).text("id");
        api.post(assembly(), "/executive-committee/terms/" + term + "/end", Map.of("endedOn", "2018-10-07",
                "reason", "Resignation")).expect(200);
        String ballot = api.post(assembly(), "/ballots", Map.of("session", 87, "kind", "OFFICE", "office", "PRESIDENT",
                "byElection", true, "termEnd", "2020-11-30")).expect(201).text("id");
        api.post(assembly(), "/ballots/" + ballot + "/candidates", Map.of("country", "KR", "personName", "Kim Jong-yang")).expect(201);
        api.post(assembly(), "/ballots/" + ballot + "/candidates", Map.of("country", "RU", "personName", "Alexander Prokopchuk")).expect(201);
        int[][] rounds = {{100, 54}, {105, 49}};
        for (int[] figures : rounds) {
            int round = api.post(assembly(), "/ballots/" + ballot + "/rounds", null).expect(201).body().path("number").asInt();
            int i = 0;
            for (int k = 0; k < figures[0]; k++) {
                vote(ballot, round, members.get(i++), "KR");
            }
            for (int k = 0; k < figures[1]; k++) {
                vote(ballot, round, members.get(i++), "RU");
            }
            JsonNode closed = api.post(assembly(), "/ballots/" + ballot + "/rounds/" + round + "/close", null).expect(200).body();
            if ("DECIDED".equals(closed.path("status").asText())) {
                break;
            }
        }
        return ballot;
    }

    // ------------------------------------------------------------------ notices

    private static Map<String, Object> subject(String family, String forename, String familyOriginal, String forenameOriginal,
                                               String script, String sex, String dob, String nationality, String placeOfBirth) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("familyName", family);
        s.put("forename", forename);
        if (familyOriginal != null) {
            s.put("familyNameOriginal", familyOriginal);
            s.put("forenameOriginal", forenameOriginal);
            s.put("originalScript", script);
        }
        s.put("sex", sex);
        s.put("dateOfBirth", dob);
        s.put("nationalities", List.of(nationality));
        s.put("placeOfBirth", placeOfBirth);
        s.put("countryOfBirth", nationality);
        s.put("physical", Map.of("heightCm", 178, "eyeColours", List.of("BRO"), "hairColours", List.of("BLA")));
        s.put("languages", List.of("eng"));
        return s;
    }

    private static Map<String, Object> red(Map<String, Object> subject, String charge, String category, int maxMonths, String court,
                                           boolean publicExtract) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", "RED");
        b.put("subject", subject);
        b.put("caseSummary", charge + ": investigation concluded, suspect fled abroad.");
        b.put("red", Map.of("purpose", "PROSECUTION",
                "charges", List.of(Map.of("description", charge, "legalProvision", "Criminal Code", "category", category, "maxPenaltyMonths", maxMonths)),
                "warrant", Map.of("kind", "ARREST_WARRANT", "authority", court, "issuedOn", "2024-03-01", "reference", "AW-" + subject.get("familyName"))));
        b.put("publicExtract", publicExtract);
        return b;
    }

    private String fileAndPublish(String country, Map<String, Object> body) {
        String id = api.post(token("ncb", country), "/notice-requests", body).expect(201).text("id");
        api.post(gs(), "/notice-requests/" + id + "/reviews", Map.of("decision", "PUBLISH",
                "reason", "Conditions met; no Article 3 indicator")).expect(200);
        return id;
    }

    private List<String> notices() {
        List<String> ids = new ArrayList<>();
        ids.add(fileAndPublish("FR", red(subject("DUPONT", "Jean", null, null, null, "M", "1975-04-12", "FR", "Lyon"),
                "Armed robbery of a bank", "THEFT_OR_ROBBERY", 240, "Tribunal judiciaire de Lyon", true)));
        ids.add(fileAndPublish("UA", red(subject("SHEVCHENKO", "Oleksandr", "ШЕВЧЕНКО", "Олександр", "Cyrl", "M", "1981-07", "UA", "Kharkiv"),
                "Large-scale fraud", "FRAUD", 144, "Kharkiv District Court", true)));
        ids.add(fileAndPublish("EG", red(subject("AL-MASRI", "Mohamed", "المصري", "محمد", "Arab", "M", "1979", "EG", "Cairo"),
                "Drug trafficking", "DRUG_TRAFFICKING", 300, "Cairo Criminal Court", false)));
        Map<String, Object> yellow = new LinkedHashMap<>();
        Map<String, Object> missing = subject("PAPADOPOULOU", "Eleni", "ΠΑΠΑΔΟΠΟΥΛΟΥ", "Ελένη", "Grek", "F", "2009-02-14", "GR", "Athens");
        missing.put("photos", List.of(Map.of("contentType", "image/png", "data", Base64.getEncoder().encodeToString(
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}))));
        yellow.put("type", "YELLOW");
        yellow.put("subject", missing);
        yellow.put("caseSummary", "Missing since leaving school in Athens.");
        yellow.put("event", Map.of("date", "2024-09-30", "place", "Athens", "country", "GR"));
        yellow.put("publicExtract", true);
        ids.add(fileAndPublish("GR", yellow));
        progress.accept("published notices: Latin (FR), Cyrillic (UA), Arabic (EG, not public), Greek (GR, Yellow)");
        return ids;
    }

    private String supervisedRequest() {
        Map<String, Object> body = red(subject("PETROV", "Ivan", "ПЕТРОВ", "Иван", "Cyrl", "M", "1970-03-03", "RU", "Moscow"),
                "Embezzlement of public funds", "CORRUPTION", 120, "Moscow City Court", false);
        body.put("justification", Map.of("evidenceSummary", "Bank records and audit report of 2023",
                "judicialDocuments", List.of("Arrest warrant of 2024-03-01", "Indictment of 2024-02-20")));
        String id = api.post(token("ncb", "RU"), "/notice-requests", body).expect(201).text("id");
        api.post(gs(), "/notice-requests/" + id + "/reviews", Map.of("decision", "PUBLISH",
                "reason", "First review: judicial documents checked")).expect(200);
        progress.accept("RU's Red Notice request held: first review done, a second reviewer must approve (four-eyes)");
        return id;
    }

    private String ccfChallenge(String recordId) {
        String id = api.post(token("ccf", null), "/ccf-requests", Map.of("recordId", recordId, "kind", "DELETION",
                "applicant", "Counsel for the person concerned", "grounds", "The prosecution is time-barred",
                // received today: not before the notice it is about, filed a moment ago
                "receivedOn", LocalDate.now().toString())).expect(201).text("id");
        progress.accept("a CCF deletion request is pending on the French Red Notice");
        return id;
    }
}
