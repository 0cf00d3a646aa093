package org.icpo.membership.client;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

/**
 * The parts of membership-service's answers that its consumers read: types and shapes are
 * matched, values are examples. Fields a consumer does not read are deliberately absent.
 */
final class ContractBodies {

    static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private ContractBodies() {
    }

    /** Standing fields without the measures; {@code measure} null means none in force. */
    static void standing(LambdaDslObject o, String country, boolean vote, String measure, boolean consult) {
        o.stringType("country", country)
                .stringType("name", "Example")
                .stringMatcher("region", "AFRICA|AMERICAS|ASIA_SOUTH_PACIFIC|EUROPE", "EUROPE")
                .stringMatcher("asOf", ISO_DATE, "2026-11-24")
                .booleanType("inGoodStanding", vote)
                .object("votingRights", v -> {
                    v.booleanType("granted", vote);
                    if (vote) {
                        v.array("reasons", a -> { });
                    } else {
                        v.minArrayLike("reasons", 1, r -> r.stringType("code", "ARREARS").stringType("message", "Statutory contributions unpaid"));
                    }
                })
                .object("eligibleForOffice", v -> v.booleanType("granted", vote))
                .object("accessRights", a -> a.booleanType("record", consult).booleanType("consult", consult).booleanType("download", consult))
                .booleanType("reviewBeforeDistribution", measure != null && !measure.equals("ACCESS_SUSPENSION"))
                .booleanType("directDiffusionsAllowed", measure == null || measure.equals("ACCESS_SUSPENSION"));
        if (measure == null) {
            o.array("activeMeasures", a -> { });
        } else {
            o.minArrayLike("activeMeasures", 1, m -> m.stringMatcher("id", UUID, "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b")
                    .stringValue("kind", measure)
                    .stringMatcher("effectiveFrom", ISO_DATE, "2022-03-10")
                    .stringType("reason", "Risk of misuse of the Organization's channels")
                    .stringType("legalBasis", "Rules on the Processing of Data, art. 131"));
        }
    }

    static DslPart standingBody(String country, boolean vote, String measure, boolean consult) {
        return newJsonBody(o -> standing(o, country, vote, measure, consult)).build();
    }

    static DslPart standingsBody() {
        return newJsonArrayMinLike(2, a -> a.object(o -> standing(o, "FR", true, null, true))).build();
    }

    static DslPart applicationBody(String status) {
        return newJsonBody(o -> o.stringMatcher("id", UUID, "5f0e8c2a-8d2b-4c6e-9b1a-2f3e4d5c6b7a")
                .stringValue("isoCode", "XK")
                .stringType("stateName", "Kosovo")
                .stringValue("region", "EUROPE")
                .integerType("assemblyYear", 2018)
                .stringValue("status", status)
                .integerType("scheduledSession", 87)
                .integerType("version", 1)).build();
    }

    /** membership's 404 for a list of countries, naming those that are not members. */
    static DslPart notMembersBody(String... codes) {
        return newJsonBody(o -> o.stringMatcher("type", "https://icpo\\.example/problems/.+", "https://icpo.example/problems/not-found")
                .integerType("status", 404)
                .stringType("detail", "explanation")
                .array("unknownCountries", a -> {
                    for (String c : codes) {
                        a.stringValue(c);
                    }
                })).build();
    }

    static DslPart problemBody(int status) {
        return newJsonBody(o -> o.stringMatcher("type", "https://icpo\\.example/problems/.+", "https://icpo.example/problems/not-found")
                .integerType("status", status)
                .stringType("detail", "explanation")).build();
    }
}
