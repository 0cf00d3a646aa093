package org.icpo.membership.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What consumers read from membership-service. Tolerant readers: unknown fields are ignored, so
 * membership can add fields without breaking its consumers (the contract tests guard the rest).
 */
public final class MembershipDtos {

    private MembershipDtos() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String code, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verdict(boolean granted, List<Reason> reasons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActiveMeasure(UUID id, String kind, LocalDate effectiveFrom, String reason, String legalBasis,
                                Set<String> suspendedRights) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AccessRights(boolean record, boolean consult, boolean download) {
    }

    /** Standing of a member (GET /members/{code}/standing). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Standing(String country, String name, String region, LocalDate asOf, boolean inGoodStanding,
                           Verdict votingRights, Verdict eligibleForOffice, List<ActiveMeasure> activeMeasures,
                           AccessRights accessRights, boolean reviewBeforeDistribution, boolean directDiffusionsAllowed) {

        public boolean underMeasure(String kind) {
            return activeMeasures != null && activeMeasures.stream().anyMatch(m -> kind.equals(m.kind()));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String code, String name, String region, Integer admissionYear) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoundFigures(int number, int yes, int no, int abstain) {
    }

    /** An admission application (GET /applications/{id}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Application(UUID id, String isoCode, String stateName, String region, int assemblyYear, String status,
                              Integer scheduledSession, long version) {
    }

    /** The outcome of an admission ballot (PUT /applications/{id}/outcome). */
    public record OutcomeReport(String decision, String ballotId, int session, LocalDate decidedOn, List<RoundFigures> rounds) {
    }
}
