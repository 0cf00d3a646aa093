package org.icpo.notices.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.problem.ApiException;
import org.icpo.membership.client.MembershipDirectory;
import org.icpo.membership.client.MembershipDtos;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a member may do given its standing in membership-service (read through the short-lived cache;
 * fails closed with a 503 when membership is unreachable). A member whose access rights are suspended
 * is refused with a 403 problem naming the measure, and the attempt is audited.
 */
@ApplicationScoped
public class MemberAccess {

    public static final String CORRECTIVE = "CORRECTIVE_MEASURES";
    public static final String SUPERVISION = "HEIGHTENED_SUPERVISION";
    public static final String SUSPENSION = "ACCESS_SUSPENSION";

    /** The access rights a suspension can withdraw. */
    public enum Right {
        RECORD("record data (file, answer, renew, cancel)"), CONSULT("consult data (read, search)"), DOWNLOAD("download data (photographs)");

        final String description;

        Right(String description) {
            this.description = description;
        }
    }

    @Inject
    MembershipDirectory directory;

    @Inject
    AuditLog audit;

    /**
     * The member's standing, after checking that it holds the right needed.
     *
     * @param attempt what was attempted, for the audit record (e.g. "notice.file")
     */
    public MembershipDtos.Standing require(String country, Right right, String attempt, String targetType, String targetId) {
        MembershipDtos.Standing standing;
        try {
            standing = directory.standing(country);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw ApiException.forbidden(country + " is not a member of the Organization");
            }
            throw e;
        }
        boolean granted = switch (right) {
            case RECORD -> standing.accessRights() == null || standing.accessRights().record();
            case CONSULT -> standing.accessRights() == null || standing.accessRights().consult();
            case DOWNLOAD -> standing.accessRights() == null || standing.accessRights().download();
        };
        if (!granted) {
            MembershipDtos.ActiveMeasure m = standing.activeMeasures() == null ? null : standing.activeMeasures().stream()
                    .filter(a -> SUSPENSION.equals(a.kind())).findFirst().orElse(null);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("attempt", attempt);
            details.put("measure", SUSPENSION);
            details.put("right", right.name());
            if (m != null && m.id() != null) {
                details.put("measureId", m.id().toString());
            }
            audit.recordRefusal("access.refused", targetType, targetId, details);
            String detail = country + " is under " + SUSPENSION + (m == null ? "" : " since " + m.effectiveFrom()
                    + (m.reason() == null ? "" : " (" + m.reason() + ")")) + ": its right to " + right.description + " is suspended";
            ApiException e = ApiException.forbidden(detail).with("measure", SUSPENSION).with("suspendedRight", right.name());
            if (m != null && m.id() != null) {
                e.with("measureId", m.id().toString());
            }
            throw e;
        }
        return standing;
    }

    /** The supervision measures in force (corrective measures, heightened supervision). */
    public static List<String> supervision(MembershipDtos.Standing s) {
        List<String> kinds = s.activeMeasures() == null ? List.of() : s.activeMeasures().stream().map(MembershipDtos.ActiveMeasure::kind)
                .filter(k -> CORRECTIVE.equals(k) || SUPERVISION.equals(k)).distinct().sorted().toList();
        if (kinds.isEmpty() && (s.reviewBeforeDistribution() || !s.directDiffusionsAllowed())) {
            return List.of(SUPERVISION);
        }
        return kinds;
    }

    /**
     * The countries named that are not members of the Organization, in the order given: those without a fresh cached
     * standing are asked of membership-service in one call ({@link MembershipDirectory#notMembers}); when it cannot be
     * answered, the whole call fails closed (503), unless every code asked has a standing read within max-stale. Whether a member is under a measure does not matter here: a
     * diffusion may be addressed to any member.
     */
    public List<String> notMembers(Collection<String> countries) {
        return directory.notMembers(countries);
    }

    /** Standing of a member for the four-eyes decision at review time (no access-right check). */
    public MembershipDtos.Standing standing(String country) {
        return directory.standing(country);
    }
}
