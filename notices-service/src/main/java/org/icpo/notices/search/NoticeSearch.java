package org.icpo.notices.search;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.problem.Problem;
import org.icpo.kit.security.Caller;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.PageParams;
import org.icpo.names.DateMatch;
import org.icpo.names.NameForms;
import org.icpo.names.NameMatch;
import org.icpo.names.NameMatcher;
import org.icpo.names.PartialDate;
import org.icpo.notices.access.Auditor;
import org.icpo.notices.access.Json;
import org.icpo.notices.access.MemberAccess;
import org.icpo.notices.request.NoticeRecord;
import org.icpo.notices.request.Sex;
import org.icpo.notices.workflow.RecordKind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The member search: candidates found by the trigram (GIN) indexes on the normalized name forms stored on write
 * ({@link PersonNameRow}), limited by SQL to what the caller may see and to the filters, then scored in Java with
 * {@link NameMatcher} and {@link DateMatch}, ranked, explained and audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NoticeSearch {

    /** At most this many candidate name rows are scored per search. */
    public static final int MAX_CANDIDATES = 500;
    public static final int MAX_TEXT = 200;
    /** Factor applied when a searched date of birth or nationality is unknown on the record. */
    static final double UNKNOWN_DATE_FACTOR = 0.9;
    static final double UNKNOWN_NATIONALITY_FACTOR = 0.95;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MemberAccess access;

    @Inject
    Auditor audit;

    @Inject
    Json json;

    @Inject
    Clock clock;

    public record Criteria(String name, String forename, String dateOfBirth, Sex sex, String nationality, String freeText) {
    }

    public SearchDtos.Results search(Criteria c, PageParams page) {
        String country = null;
        boolean privileged = caller.hasRole(Roles.SECRETARIAT) || caller.hasRole(Roles.CCF);
        if (!privileged) {
            country = caller.ncbCountry();
            access.require(country, MemberAccess.Right.CONSULT, "notice.search", "notice", "search");
        }
        List<Problem.Violation> v = new ArrayList<>();
        String name = text("name", c.name(), v);
        String forename = text("forename", c.forename(), v);
        String freeText = text("freeText", c.freeText(), v);
        PartialDate dob = null;
        if (c.dateOfBirth() != null && !c.dateOfBirth().isBlank()) {
            dob = PartialDate.tryParse(c.dateOfBirth().trim()).orElse(null);
            if (dob == null) {
                v.add(new Problem.Violation("dateOfBirth", "must be YYYY, YYYY-MM or YYYY-MM-DD (or with slashes)"));
            }
        }
        String nationality = c.nationality() == null || c.nationality().isBlank() ? null : c.nationality().trim();
        if (nationality != null && !nationality.matches("[A-Z]{2}")) {
            v.add(new Problem.Violation("nationality", "must be an ISO 3166-1 alpha-2 code in capitals"));
        }
        if (v.isEmpty() && name == null && forename == null && freeText == null) {
            v.add(new Problem.Violation("name", "give a name, a forename or free text to search for"));
        }
        if (!v.isEmpty()) {
            throw ApiException.invalid(String.join("; ", v.stream().map(x -> x.field() + ": " + x.message()).toList()), v);
        }

        Map<String, Object> echo = new LinkedHashMap<>();
        put(echo, "name", name);
        put(echo, "forename", forename);
        put(echo, "dateOfBirth", dob == null ? null : dob.toString());
        put(echo, "sex", c.sex());
        put(echo, "nationality", nationality);
        put(echo, "freeText", freeText);

        NameForms query = name == null && forename == null ? null : NameForms.of(name, forename);
        if (query != null && query.tokens().isEmpty()) {
            throw ApiException.invalid("name", "has no letters to compare");
        }
        List<String> words = TextFold.words(freeText);
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        visibility(where, params, privileged, country);
        filters(where, params, c.sex(), nationality, dob, words);

        Map<UUID, List<NameForms>> candidates = new LinkedHashMap<>();
        if (query != null) {
            echo.put("normalized", query.asciiFull());
            candidateNames(query, where, params).forEach(row ->
                    candidates.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(NameForms.of((String) row[1], (String) row[2])));
        } else {
            Query q = em.createNativeQuery("select r.id from notice_record r where " + where + " order by r.published_at desc nulls last, r.id limit "
                    + MAX_CANDIDATES);
            params.forEach(q::setParameter);
            for (Object id : q.getResultList()) {
                candidates.put((UUID) id, List.of());
            }
        }

        List<SearchDtos.Hit> hits = new ArrayList<>();
        Map<UUID, NoticeRecord> records = new LinkedHashMap<>();
        if (!candidates.isEmpty()) {
            NoticeRecord.<NoticeRecord>list("id in ?1", candidates.keySet()).forEach(r -> records.put(r.id, r));
        }
        boolean singleWord = query != null && query.tokens().size() == 1;
        for (Map.Entry<UUID, List<NameForms>> e : candidates.entrySet()) {
            NoticeRecord r = records.get(e.getKey());
            if (r == null) {
                continue;
            }
            double nameScore = 1.0;
            String nameExplanation = "name not searched";
            String spelling = null;
            if (query != null) {
                NameMatch best = null;
                NameForms bestForms = null;
                for (NameForms stored : e.getValue()) {
                    NameMatch m = NameMatcher.score(query, stored);
                    if (best == null || m.score() > best.score()) {
                        best = m;
                        bestForms = stored;
                    }
                }
                if (best == null || !matches(best, singleWord)) {
                    continue;
                }
                nameScore = best.score();
                nameExplanation = best.explanation();
                spelling = bestForms.original() + " (" + bestForms.script().name() + ")";
            }
            double factor = 1.0;
            String dateExplanation = null;
            if (dob != null) {
                if (r.dobYear == null) {
                    factor *= UNKNOWN_DATE_FACTOR;
                    dateExplanation = "UNKNOWN: no date of birth on the record";
                } else {
                    DateMatch d = DateMatch.compare(dob, new PartialDate(r.dobYear, r.dobMonth, r.dobDay));
                    if (!d.compatible()) {
                        continue;
                    }
                    factor *= 0.8 + 0.2 * d.score();
                    dateExplanation = d.kind().name() + ": " + d.explanation();
                }
            }
            List<String> nationalities = json.read(r.nationalities, new TypeReference<List<String>>() { });
            String natExplanation = null;
            if (nationality != null) {
                if (nationalities.contains(nationality)) {
                    natExplanation = "MATCHED: " + nationality;
                } else {
                    factor *= UNKNOWN_NATIONALITY_FACTOR;
                    natExplanation = "UNKNOWN: no nationality on the record";
                }
            }
            String textExplanation = words.isEmpty() ? null : "found: " + String.join(", ", words);
            double score = Math.round(nameScore * factor * 1000.0) / 1000.0;
            hits.add(new SearchDtos.Hit(score, Math.round(nameScore * 1000.0) / 1000.0, r.id, r.kind, r.type, r.status, r.entityId(),
                    r.requesterCountry, r.familyName, r.forename, r.familyNameOriginal, r.forenameOriginal, r.sex, r.dateOfBirth(), nationalities,
                    (r.kind == RecordKind.NOTICE ? "/notice-requests/" : "/diffusions/") + r.id,
                    new SearchDtos.Explanation(nameExplanation, spelling, dateExplanation, natExplanation, textExplanation)));
        }
        hits.sort(Comparator.comparingDouble(SearchDtos.Hit::score).reversed().thenComparing(SearchDtos.Hit::entityId));
        int from = Math.min(hits.size(), page.offset());
        List<SearchDtos.Hit> items = List.copyOf(hits.subList(from, Math.min(hits.size(), from + page.size)));
        Map<String, Object> details = new LinkedHashMap<>(echo);
        details.put("results", hits.size());
        details.put("page", page.page);
        details.put("ids", items.stream().map(h -> h.id().toString()).toList());
        audit.record("notice.searched", "notice", "search", details);
        return new SearchDtos.Results(echo, items, page.page, page.size, hits.size(), (hits.size() + page.size - 1) / page.size);
    }

    static boolean matches(NameMatch m, boolean singleWordQuery) {
        if (m.isMatch()) {
            return true;
        }
        // a one-word query is capped by the matcher when the stored name has more words: its word must still agree
        return singleWordQuery && m.pairs().size() == 1 && m.pairs().get(0).score() >= NameMatcher.MATCH_THRESHOLD;
    }

    /** The name rows whose normalized forms are close to the query's, found through the trigram indexes. */
    @SuppressWarnings("unchecked")
    List<Object[]> candidateNames(NameForms query, StringBuilder where, Map<String, Object> params) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        String nameCondition;
        String order;
        if (query.tokens().size() == 1) {
            List<String> terms = query.searchTerms();
            List<String> conds = new ArrayList<>();
            List<String> sims = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                conds.add(":t" + i + " <% n.name_ascii or :t" + i + " <% n.name_skeleton");
                sims.add("word_similarity(:t" + i + ", n.name_ascii), word_similarity(:t" + i + ", n.name_skeleton)");
                p.put("t" + i, terms.get(i));
            }
            nameCondition = String.join(" or ", conds);
            order = sims.size() == 1 && sims.get(0).indexOf(',') < 0 ? sims.get(0) : "greatest(" + String.join(", ", sims) + ")";
        } else {
            nameCondition = "n.name_ascii % :ascii or n.name_skeleton % :skeleton or n.name_sorted = :sorted";
            order = "greatest(similarity(n.name_ascii, :ascii), similarity(n.name_skeleton, :skeleton))";
            p.put("ascii", query.asciiFull());
            p.put("skeleton", query.skeletonKey());
            p.put("sorted", query.sortedTokens());
        }
        Query q = em.createNativeQuery(candidateSql(nameCondition, where, order));
        p.forEach(q::setParameter);
        return q.getResultList();
    }

    public static String candidateSql(String nameCondition, CharSequence where, String order) {
        return "select n.record_id, n.family, n.forenames from person_name n join notice_record r on r.id = n.record_id"
                + " where (" + nameCondition + ") and " + where + " order by " + order + " desc limit " + MAX_CANDIDATES;
    }

    /** Published, valid notices and the diffusions addressed to the member (or to all); everything visible for the secretariat and the CCF. */
    void visibility(StringBuilder where, Map<String, Object> params, boolean privileged, String country) {
        where.append("r.status in ('PUBLISHED', 'RENEWAL_DUE', 'CIRCULATING')")
                .append(" and ((r.kind = 'NOTICE' and r.status <> 'CIRCULATING' and r.valid_until >= :today)")
                .append(" or (r.kind = 'DIFFUSION'");
        if (!privileged) {
            where.append(" and (r.to_all or exists (select 1 from diffusion_recipient d where d.record_id = r.id and d.country = :country))");
            params.put("country", country);
        }
        where.append("))");
        params.put("today", LocalDate.now(clock));
    }

    void filters(StringBuilder where, Map<String, Object> params, Sex sex, String nationality, PartialDate dob, List<String> words) {
        if (sex != null && sex != Sex.U) {
            where.append(" and (r.sex is null or r.sex = 'U' or r.sex = :sex)");
            params.put("sex", sex.name());
        }
        if (nationality != null) {
            where.append(" and (r.nationalities @> cast(:nationality as jsonb) or r.nationalities = cast('[]' as jsonb))");
            params.put("nationality", json.write(List.of(nationality)));
        }
        if (dob != null) {
            where.append(" and (r.dob_year is null or r.dob_year = :dobYear)");
            params.put("dobYear", dob.year());
        }
        for (int i = 0; i < words.size(); i++) {
            where.append(" and r.search_text like :w").append(i);
            params.put("w" + i, "%" + words.get(i) + "%");
        }
    }

    private static String text(String field, String value, List<Problem.Violation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.trim();
        if (t.length() > MAX_TEXT) {
            v.add(new Problem.Violation(field, "must be at most " + MAX_TEXT + " characters"));
            return null;
        }
        if (TextFold.fold(t).isEmpty()) {
            v.add(new Problem.Violation(field, "must contain letters or digits"));
            return null;
        }
        return t;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v instanceof Enum<?> e ? e.name() : v);
        }
    }
}
