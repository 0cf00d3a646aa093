package org.icpo.notices.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.notices.ccf.CcfKind;
import org.icpo.notices.ccf.CcfOutcome;
import org.icpo.notices.request.NoticeType;
import org.icpo.notices.review.RefusalGround;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Transparency statistics, computed with SQL aggregates over the records and their history (events of the year
 * in UTC). Only counts and a median leave this class.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NoticeStatistics {

    @Inject
    EntityManager em;

    @Schema(name = "NoticeStatistics", description = "Aggregates of one year, organization-wide or for one member (its own requests)")
    public record Figures(
            @Schema(examples = "2025") int year,
            @Schema(description = "The requesting member's ISO code; absent organization-wide", examples = "FR") String country,
            @Schema(deprecated = true, description = "Former name of country, the same code; to be removed") String member,
            @Schema(description = "Notice requests filed in the year, by type (every type listed)") Map<String, Long> noticeRequestsByType,
            @Schema(description = "Diffusions sent in the year, by type (every type listed)") Map<String, Long> diffusionsByType,
            @Schema(description = "Notices published in the year (first publication; renewals not counted)") long noticesPublished,
            @Schema(description = "Diffusions confirmed after review in the year") long diffusionsConfirmed,
            @Schema(description = "Notice requests refused and diffusions withdrawn in the year, by ground (every ground listed)") Map<String, Long> refusedByGround,
            @Schema(description = "Notice requests and diffusions cancelled in the year by their requester") long cancelledByRequester,
            @Schema(description = "Notice requests and diffusions deleted by a binding decision of the CCF taken in the year (its decidedOn, "
                    + "as ccfDecisionsByOutcome counts DELETION_ORDERED)") long deletedByCcf,
            @Schema(description = "Notices expired in the year") long expired,
            @Schema(description = "CCF requests received in the year, by kind (every kind listed)") Map<String, Long> ccfRequestsByKind,
            @Schema(description = "CCF requests declared inadmissible in the year") long ccfInadmissible,
            @Schema(description = "CCF decisions taken in the year, by outcome (every outcome listed)") Map<String, Long> ccfDecisionsByOutcome,
            @Schema(description = "Median time from filing to the first decision (publication, or first approval of a request under "
                    + "measures, or refusal) of the notice requests decided in the year, in hours; null when none")
            @JsonInclude(JsonInclude.Include.ALWAYS) Double medianReviewHours) {
    }

    public Figures compute(int year, String member) {
        String memberCond = member == null ? "" : " and r.requester_country = :member";
        Map<String, Long> notices = zeros(NoticeType.values());
        Map<String, Long> diffusions = zeros(NoticeType.values());
        for (Object[] row : rows("select r.kind, r.type, count(*) from notice_record r where extract(year from r.filed_at at time zone 'UTC') = :year"
                + memberCond + " group by r.kind, r.type", year, member)) {
            (row[0].equals("NOTICE") ? notices : diffusions).put((String) row[1], ((Number) row[2]).longValue());
        }
        String events = "from record_event e join notice_record r on r.id = e.record_id where extract(year from e.occurred_at at time zone 'UTC') = :year"
                + memberCond;
        long published = 0;
        long confirmed = 0;
        long cancelled = 0;
        long expired = 0;
        Map<String, Long> refused = zeros(RefusalGround.values());
        for (Object[] row : rows("select e.action, e.to_status, r.kind, coalesce(e.ground, ''), count(*) " + events
                + " and e.action in ('PUBLISH', 'REFUSE', 'CANCEL', 'EXPIRE') group by 1, 2, 3, 4", year, member)) {
            String action = (String) row[0];
            String to = (String) row[1];
            long n = ((Number) row[4]).longValue();
            switch (action) {
                case "PUBLISH" -> {
                    if ("PUBLISHED".equals(to)) {
                        if ("NOTICE".equals(row[2])) {
                            published += n;
                        } else {
                            confirmed += n;
                        }
                    }
                }
                case "REFUSE" -> refused.merge((String) row[3], n, Long::sum);
                case "CANCEL" -> cancelled += n;
                case "EXPIRE" -> expired += n;
                default -> {
                }
            }
        }
        refused.remove("");
        String ccfMember = member == null ? "" : " and r.requester_country = :member";
        Map<String, Long> ccfKinds = zeros(CcfKind.values());
        for (Object[] row : rows("select c.kind, count(*) from ccf_request c join notice_record r on r.id = c.record_id"
                + " where extract(year from c.received_on) = :year" + ccfMember + " group by c.kind", year, member)) {
            ccfKinds.put((String) row[0], ((Number) row[1]).longValue());
        }
        long inadmissible = count("select count(*) from ccf_request c join notice_record r on r.id = c.record_id where c.status = 'INADMISSIBLE'"
                + " and extract(year from c.admissibility_on) = :year" + ccfMember, year, member);
        Map<String, Long> outcomes = zeros(CcfOutcome.values());
        for (Object[] row : rows("select c.outcome, count(*) from ccf_request c join notice_record r on r.id = c.record_id"
                + " where c.status = 'DECIDED' and extract(year from c.decided_on) = :year" + ccfMember + " group by c.outcome", year, member)) {
            outcomes.put((String) row[0], ((Number) row[1]).longValue());
        }
        // a deletion counts in the year of the CCF's decision (its decidedOn, as ccfDecisionsByOutcome counts it), which may
        // be before the day it was recorded and applied: the earliest DELETION_ORDERED of a record the CCF did cancel
        long ccfDeleted = count("select count(*) from (select c.record_id, min(c.decided_on) as decided_on from ccf_request c"
                + " where c.status = 'DECIDED' and c.outcome = 'DELETION_ORDERED' group by c.record_id) d join notice_record r on r.id = d.record_id"
                + " where extract(year from d.decided_on) = :year" + ccfMember
                + " and exists (select 1 from record_event e where e.record_id = d.record_id and e.action = 'CCF_DELETE')", year, member);
        Query median = em.createNativeQuery("select percentile_cont(0.5) within group (order by extract(epoch from d.decided - r.filed_at) / 3600.0)"
                + " from notice_record r join (select e.record_id, min(e.occurred_at) as decided from record_event e"
                + " where e.action in ('PUBLISH', 'REFUSE') group by e.record_id) d on d.record_id = r.id"
                + " where r.kind = 'NOTICE' and extract(year from d.decided at time zone 'UTC') = :year" + memberCond);
        median.setParameter("year", year);
        if (member != null) {
            median.setParameter("member", member);
        }
        Object m = median.getSingleResult();
        Double medianHours = m == null ? null : Math.round(((Number) m).doubleValue() * 100.0) / 100.0;
        return new Figures(year, member, member, notices, diffusions, published, confirmed, refused, cancelled, ccfDeleted, expired, ccfKinds,
                inadmissible, outcomes, medianHours);
    }

    /** Whether any notice request or diffusion was filed under this code (a former code included). */
    public boolean anyFiledBy(String country) {
        return (Boolean) em.createNativeQuery("select exists (select 1 from notice_record where requester_country = :country)")
                .setParameter("country", country).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, int year, String member) {
        Query q = em.createNativeQuery(sql).setParameter("year", year);
        if (member != null) {
            q.setParameter("member", member);
        }
        return q.getResultList();
    }

    private long count(String sql, int year, String member) {
        Query q = em.createNativeQuery(sql).setParameter("year", year);
        if (member != null) {
            q.setParameter("member", member);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            m.put(v.name(), 0L);
        }
        return m;
    }
}
