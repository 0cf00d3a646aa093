package org.icpo.notices.search;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.problem.Problem;
import org.icpo.kit.security.Caller;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.CountryCodes;
import org.icpo.kit.web.PageParams;
import org.icpo.names.DateMatch;
import org.icpo.names.NameForms;
import org.icpo.names.NameMatch;
import org.icpo.names.NameMatcher;
import org.icpo.names.PartialDate;
import org.icpo.names.SearchKeys;
import org.icpo.notices.access.Auditor;
import org.icpo.notices.access.Json;
import org.icpo.notices.access.MemberAccess;
import org.icpo.notices.request.NoticeType;
import org.icpo.notices.request.Sex;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The member search: candidates found by the inverted (GIN) index of the records' name keys ({@link SearchKeys}, stored
 * on write by {@link NameKeyIndex}), limited by SQL to what the caller may see and to the filters, then scored in Java
 * with {@link NameMatcher} and {@link DateMatch} against every stored spelling (read with the candidate), ranked,
 * explained and audited. At most {@value #MAX_CANDIDATES} candidates are scored; when more records meet the
 * condition, the closest come first (the same spellings, then transliteration variants, then one-letter variants)
 * and the results say {@code capped}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NoticeSearch {

    /** At most this many candidate name rows are scored per search. */
    public static final int MAX_CANDIDATES = 500;
    /**
     * A query asks for the widest condition first when its records are estimated at no more than this
     * ({@link KeyStatistics}); above it, the closest first. The same candidates either way: the closest come first only
     * when there are more than can be scored, and then the widest condition's records would be read for nothing. Over
     * the benchmark's 6,000 queries and 1,000,000 notices (2.9 % of the queries of several words have more candidates
     * than can be scored), the candidate queries' time per search went from 1.73 to 1.60 ms on average, its p99 from
     * 13.3 to 9.9 ms and its p99.5 from 19.5 to 12.4 ms when queries of several words were so asked; a query of one
     * word, until then always asked closest first (up to three statements), from 1.79 to 1.61 ms on average over the
     * 1,334 of 8,000 replayed queries (750 of them estimated at no more than this, one statement where they had three).
     */
    static final int WIDEST_FIRST_UP_TO = 3 * MAX_CANDIDATES;
    public static final int MAX_TEXT = 200;
    /**
     * The shortest free-text word the trigram index finds records by ({@code pg_trgm} takes its trigrams from a LIKE
     * pattern's three characters and more); a shorter one is tested on the records the other conditions found.
     */
    static final int INDEXED_WORD = 3;
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

    @Inject
    KeyStatistics statistics;

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
        String dobWrittenSwapped = null;
        if (c.dateOfBirth() != null && !c.dateOfBirth().isBlank()) {
            String written = c.dateOfBirth().trim();
            dob = PartialDate.tryParse(written).orElse(null);
            if (dob == null) {
                // "1975-24-06" can only be 24 June: searched as that date, and the query says how it was read
                dob = PartialDate.tryParseDayMonthSwapped(written).orElse(null);
                dobWrittenSwapped = dob == null ? null : written;
            }
            if (dob == null) {
                v.add(new Problem.Violation("dateOfBirth", "must be YYYY, YYYY-MM or YYYY-MM-DD (or with slashes)"));
            }
        }
        String nationality = c.nationality() == null || c.nationality().isBlank() ? null : c.nationality().trim();
        if (nationality != null && !CountryCodes.eitherCase(nationality)) {
            v.add(new Problem.Violation("nationality", CountryCodes.EITHER_CASE_MESSAGE));
        }
        nationality = nationality == null ? null : CountryCodes.upper(nationality);
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
        put(echo, "dateOfBirthAsWritten", dobWrittenSwapped);
        put(echo, "sex", c.sex());
        put(echo, "nationality", nationality);
        put(echo, "freeText", freeText);

        NameForms query = name == null && forename == null ? null : NameForms.of(name, forename);
        if (query != null && query.tokens().isEmpty()) {
            throw ApiException.invalid("name", "has no letters to compare");
        }
        if (query != null && query.tokens().size() > SearchKeys.MAX_QUERY_WORDS) {
            throw ApiException.invalid("name", "at most " + SearchKeys.MAX_QUERY_WORDS + " words of the name and forenames can be compared");
        }
        List<String> words = TextFold.words(freeText);
        if (query == null && !words.isEmpty() && words.stream().allMatch(w -> w.length() < INDEXED_WORD)) {
            throw ApiException.invalid("freeText", "needs a word of at least " + INDEXED_WORD + " letters or digits when no name or forename"
                    + " is given: shorter words only narrow down the records found by the others");
        }
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        visibility(where, params, privileged, country);
        filters(where, params, c.sex(), nationality, dob, words);

        List<Candidate> candidates;
        boolean capped = false;
        if (query != null) {
            echo.put("normalized", query.asciiFull());
            SearchKeys.Query keys = SearchKeys.query(query);
            genericPlans();
            String condition = where.toString();
            List<Candidate> widest = null;
            if (widestFirst(keys)) {
                // most queries have fewer candidates than can be scored: the widest condition first, one statement, unless
                // the keys' statistics say it has far more (its records would be read for nothing)
                widest = candidates(condition, params, keys);
            }
            if (widest != null && widest.size() <= MAX_CANDIDATES) {
                candidates = widest;
            } else {
                // more records than can be scored ("Pavlov", whose skeleton is also Paul's), or estimated to have far
                // more: one condition after the other, the closest first, until one has more records than can be scored;
                // those of the closer conditions come first. From the closest to the widest: the same spellings, then
                // their transliteration variants (skeletons), then every one-letter variant; each condition finds the
                // records of the one before it and more (built when asked)
                List<java.util.function.Supplier<SearchKeys.Query>> closeness = List.of(keys::sameSpelling, keys::exactOnly, () -> keys);
                Map<UUID, Candidate> closest = new LinkedHashMap<>();
                for (int k = 0; k < closeness.size() && !capped; k++) {
                    List<Candidate> found = k == closeness.size() - 1 && widest != null ? widest
                            : candidates(condition, params, closeness.get(k).get());
                    found.forEach(x -> closest.putIfAbsent(x.id(), x));
                    capped = found.size() > MAX_CANDIDATES;
                }
                candidates = List.copyOf(closest.values());
            }
            if (candidates.size() > MAX_CANDIDATES) {
                candidates = candidates.subList(0, MAX_CANDIDATES);
            }
            spellings(candidates);
        } else {
            candidates = candidates(where + " order by r.published_at desc nulls last, r.id", params, null);
            capped = candidates.size() > MAX_CANDIDATES;
            if (capped) {
                candidates = candidates.subList(0, MAX_CANDIDATES);
            }
        }

        List<Scored> hits = new ArrayList<>();
        boolean singleWord = query != null && query.tokens().size() == 1;
        NameMatcher.Comparisons comparisons = new NameMatcher.Comparisons();
        for (Candidate r : candidates) {
            double nameScore = 1.0;
            NameMatch best = null;
            NameForms bestForms = null;
            if (query != null) {
                for (NameForms stored : r.spellings()) {
                    NameMatch m = comparisons.score(query, stored);
                    if (best == null || better(m, best)) {
                        best = m;
                        bestForms = stored;
                    }
                }
                if (best == null || !matches(best, singleWord)) {
                    continue;
                }
                nameScore = best.score();
            }
            double factor = 1.0;
            DateMatch date = null;
            if (dob != null) {
                if (r.dobYear() == null) {
                    factor *= UNKNOWN_DATE_FACTOR;
                } else {
                    date = DateMatch.compare(dob, new PartialDate(r.dobYear(), r.dobMonth(), r.dobDay()));
                    if (!date.compatible()) {
                        continue;
                    }
                    factor *= 0.8 + 0.2 * date.score();
                }
            }
            // nationality codes are validated [A-Z]{2}: found quoted in the JSON array or not at all
            boolean nationalityMatched = nationality != null && r.nationalities().contains('"' + nationality + '"');
            if (nationality != null && !nationalityMatched) {
                factor *= UNKNOWN_NATIONALITY_FACTOR;
            }
            hits.add(new Scored(Math.round(nameScore * factor * 1000.0) / 1000.0, nameScore, r.entityId(), r, best, bestForms, date, nationalityMatched));
        }
        hits.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::entityId));
        // only the page's hits are written out in full
        int from = Math.min(hits.size(), page.offset());
        List<SearchDtos.Hit> items = new ArrayList<>();
        List<Scored> pageHits = hits.subList(from, Math.min(hits.size(), from + page.size));
        Map<UUID, Shown> shown = shown(pageHits.stream().map(h -> h.candidate().id()).toList());
        for (Scored h : pageHits) {
            Candidate r = h.candidate();
            Shown d = shown.get(r.id());
            String nameExplanation = h.name() == null ? "name not searched" : h.name().explanation();
            String spelling = h.spelling() == null ? null : h.spelling().original() + " (" + h.spelling().script().name() + ")";
            String dateExplanation = dob == null ? null : h.date() == null ? "UNKNOWN: no date of birth on the record"
                    : h.date().kind().name() + ": " + h.date().explanation();
            String natExplanation = nationality == null ? null : h.nationalityMatched() ? "MATCHED: " + nationality : "UNKNOWN: no nationality on the record";
            String textExplanation = words.isEmpty() ? null : "found: " + String.join(", ", words);
            items.add(new SearchDtos.Hit(h.score(), Math.round(h.nameScore() * 1000.0) / 1000.0, r.id(), d.kind(), d.type(), d.status(), h.entityId(),
                    d.requesterCountry(), d.familyName(), d.forename(), d.familyNameOriginal(), d.forenameOriginal(), d.sex(), r.dateOfBirth(),
                    json.read(r.nationalities(), new TypeReference<List<String>>() { }),
                    (d.kind() == RecordKind.NOTICE ? "/notice-requests/" : "/diffusions/") + r.id(),
                    new SearchDtos.Explanation(nameExplanation, spelling, dateExplanation, natExplanation, textExplanation)));
        }
        Map<String, Object> details = new LinkedHashMap<>(echo);
        details.put("results", hits.size());
        if (capped) {
            details.put("capped", true);
        }
        details.put("page", page.page);
        details.put("ids", items.stream().map(h -> h.id().toString()).toList());
        audit.record("notice.searched", "notice", "search", details);
        return new SearchDtos.Results(echo, items, page.page, page.size, hits.size(), (hits.size() + page.size - 1) / page.size, capped);
    }

    /**
     * Whether a search asks for the widest condition first: a query whose records are not estimated at more than
     * {@value #WIDEST_FIRST_UP_TO} ({@link KeyStatistics}); otherwise the closest conditions come first.
     */
    public boolean widestFirst(SearchKeys.Query keys) {
        return statistics.estimatedRecords(keys) <= WIDEST_FIRST_UP_TO;
    }

    /**
     * Whether one spelling's score beats the best so far; at the same score, the one that agrees as a match: two
     * spellings of the forenames alone are capped alike, and only one of them may be the person's.
     */
    public static boolean better(NameMatch m, NameMatch best) {
        return m.score() != best.score() ? m.score() > best.score() : m.forenamesMatch() && !best.forenamesMatch();
    }

    static boolean matches(NameMatch m, boolean singleWordQuery) {
        // forenames only, the family name left out: a hit, ranked at the matcher's cap below every name whose family name agrees
        if (m.isMatch() || m.forenamesMatch()) {
            return true;
        }
        // a one-word query is capped by the matcher when the stored name has more words: its word must still agree
        return singleWordQuery && m.pairs().size() == 1 && m.pairs().get(0).score() >= NameMatcher.MATCH_THRESHOLD;
    }

    /** A candidate that matched, with what its explanation needs (written out only for the hits of the page). */
    private record Scored(double score, double nameScore, String entityId, Candidate candidate, NameMatch name, NameForms spelling,
                          DateMatch date, boolean nationalityMatched) {
    }

    /** What scoring and ranking need, read in the candidate query (no entity is loaded), with the stored spellings. */
    record Candidate(UUID id, int publicYear, int publicNumber, Integer dobYear, Integer dobMonth, Integer dobDay, String nationalities,
                     List<NameForms> spellings) {

        String entityId() {
            return publicYear + "/" + publicNumber;
        }

        String dateOfBirth() {
            return dobYear == null ? null : new org.icpo.notices.subject.PartialDate(dobYear, dobMonth, dobDay).toString();
        }
    }

    /** What a hit of the page shows besides what scoring read (the other candidates are never written out). */
    private record Shown(RecordKind kind, NoticeType type, Status status, String requesterCountry, String familyName, String forename,
                         String familyNameOriginal, String forenameOriginal, Sex sex) {
    }

    private Map<UUID, Shown> shown(List<UUID> ids) {
        Map<UUID, Shown> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] c : select("select r.id, r.kind, r.type, r.status, r.requester_country, r.family_name, r.forename,"
                + " r.family_name_original, r.forename_original, r.sex from notice_record r where r.id = any(:ids)", Map.of("ids", ids.toArray(new UUID[0])))) {
            out.put((UUID) c[0], new Shown(RecordKind.valueOf((String) c[1]), NoticeType.valueOf((String) c[2]), Status.valueOf((String) c[3]),
                    (String) c[4], (String) c[5], (String) c[6], (String) c[7], (String) c[8], c[9] == null ? null : Sex.valueOf(c[9].toString())));
        }
        return out;
    }

    /** What scoring and ranking need: the rest is read for the page's hits only. */
    static final String CANDIDATE_COLUMNS = "r.id, r.public_year, r.public_number, r.dob_year, r.dob_month, r.dob_day, cast(r.nationalities as text),"
            + " r.name_forms";

    /**
     * The records whose name keys meet a {@link SearchKeys.Query} as {@link SearchKeys.Query#searched()} gives it, its
     * values put in {@code params}: every {@code tsquery} of one of its conjunctions ({@code :g0}, {@code :g1}...,
     * numbered on through the conjunctions: one condition each, a scan key of one GIN scan per conjunction), or one of
     * the other alternatives ({@code :keys}: one bitmap scan per alternative, or'ed). One statement per shape (the
     * number of groups of each conjunction, which a query's number of words sets): PostgreSQL plans each once per
     * connection ({@link #genericPlans}).
     */
    public static String nameKeysCondition(SearchKeys.Query.Searched searched, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("(");
        int g = 0;
        for (List<String> conjunction : searched.conjunctions()) {
            sql.append('(');
            for (int i = 0; i < conjunction.size(); i++, g++) {
                sql.append(i == 0 ? "" : " and ").append("r.name_keys @@ cast(:g").append(g).append(" as tsquery)");
                params.put("g" + g, conjunction.get(i));
            }
            sql.append(") or ");
        }
        params.put("keys", searched.alternatives());
        return sql.append("r.name_keys @@ any(cast(string_to_array(:keys, '").append(SearchKeys.Query.ALTERNATIVE_SEPARATOR)
                .append("') as tsquery[])))").toString();
    }

    /** The candidate query: the visible records whose name keys meet the condition, one more than can be scored. */
    public static String candidateSql(CharSequence condition) {
        return "select " + CANDIDATE_COLUMNS + " from notice_record r where " + condition + " limit " + (MAX_CANDIDATES + 1);
    }

    /** The candidates meeting {@code condition}; with their spellings when searched by name (the name keys of {@code keys}). */
    private List<Candidate> candidates(String condition, Map<String, Object> params, SearchKeys.Query keys) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        String sql = keys == null ? condition : nameKeysCondition(keys.searched(), all) + " and " + condition;
        List<Candidate> out = new ArrayList<>();
        for (Object[] c : select(candidateSql(sql), all)) {
            out.add(new Candidate((UUID) c[0], ((Number) c[1]).intValue(), ((Number) c[2]).intValue(), integer(c[3]), integer(c[4]), integer(c[5]),
                    (String) c[6], keys == null ? new ArrayList<>() : spellings((String[]) c[7])));
        }
        return out;
    }

    /**
     * Lets PostgreSQL plan the candidate query once per connection instead of on every search: planned for its
     * actual keys, it estimated every key against the column's statistics (about 0.25 ms, an eighth of the query)
     * and always chose the same plan, a bitmap scan of the GIN index, as the generic plan does. For this transaction
     * only ({@code set_config(..., true)}); the statements are server-prepared from their sixth use on a connection.
     */
    private void genericPlans() {
        select("select set_config('plan_cache_mode', 'force_generic_plan', true)", Map.of());
    }

    /** A quoted literal (kept as it is), or a named parameter (not the second colon of a {@code ::} cast). */
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile("'[^']*'|(?<!:):([A-Za-z][A-Za-z0-9]*)");

    /**
     * A native select with {@code :named} parameters, straight over JDBC on the transaction's connection: the candidate
     * queries return hundreds of rows a search, which Hibernate's result mapping made a tenth of a search's CPU. A
     * {@code UUID[]} binds as a {@code uuid[]} ({@code = any(:ids)}).
     */
    private List<Object[]> select(String sql, Map<String, Object> params) {
        Jdbc parsed = Jdbc.of(sql);
        List<Object> values = new ArrayList<>(parsed.names().size());
        for (String name : parsed.names()) {
            if (!params.containsKey(name)) {
                throw new IllegalStateException("no value for :" + name);
            }
            values.add(params.get(name));
        }
        String jdbc = parsed.sql();
        return em.unwrap(org.hibernate.Session.class).doReturningWork(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(jdbc)) {
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    ps.setObject(i + 1, v instanceof UUID[] ids ? c.createArrayOf("uuid", ids) : v);
                }
                List<Object[]> rows = new ArrayList<>();
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[n];
                        for (int i = 0; i < n; i++) {
                            Object v = rs.getObject(i + 1);
                            row[i] = v instanceof java.sql.Array a ? a.getArray() : v;
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        });
    }

    /**
     * A select with {@code :named} parameters as JDBC takes it ({@code ?} in their place), and the names in order.
     * Remembered: a search's statements come in a few shapes (one per combination of filters), and the regular
     * expression over every statement showed in the search's profile.
     */
    record Jdbc(String sql, List<String> names) {

        private static final int MAX_REMEMBERED = 256;
        private static final Map<String, Jdbc> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

        static Jdbc of(String sql) {
            Jdbc j = PARSED.get(sql);
            if (j == null) {
                if (PARSED.size() >= MAX_REMEMBERED) {
                    PARSED.clear();
                }
                j = parse(sql);
                PARSED.put(sql, j);
            }
            return j;
        }

        static Jdbc parse(String sql) {
            List<String> names = new ArrayList<>();
            java.util.regex.Matcher m = NAMED.matcher(sql);
            StringBuilder jdbc = new StringBuilder();
            while (m.find()) {
                if (m.group(1) == null) {
                    m.appendReplacement(jdbc, java.util.regex.Matcher.quoteReplacement(m.group()));
                    continue;
                }
                names.add(m.group(1));
                m.appendReplacement(jdbc, "?");
            }
            m.appendTail(jdbc);
            return new Jdbc(jdbc.toString(), List.copyOf(names));
        }
    }

    /**
     * The spellings of a candidate from its {@code name_forms} ({@link NameForms#restorable}), read with it; none when
     * they are not computed yet, then {@link #spellings(List)} reads them from {@code person_name}.
     */
    static List<NameForms> spellings(String[] stored) {
        List<NameForms> out = new ArrayList<>(stored == null ? 0 : stored.length / NameForms.RESTORABLE_FIELDS);
        if (stored != null) {
            for (int i = 0; i + NameForms.RESTORABLE_FIELDS <= stored.length; i += NameForms.RESTORABLE_FIELDS) {
                out.add(forms(stored[i], stored[i + 1], stored[i + 2], stored[i + 3], stored[i + 4]));
            }
        }
        return out;
    }

    /**
     * Reads from {@code person_name} the spellings of the candidates whose forms did not come with them (records whose
     * {@code name_forms} {@link NameKeyIndex} has not computed yet; every record has at least one spelling).
     */
    private void spellings(List<Candidate> candidates) {
        Map<UUID, Candidate> byId = new LinkedHashMap<>();
        candidates.stream().filter(c -> c.spellings().isEmpty()).forEach(c -> byId.put(c.id(), c));
        if (byId.isEmpty()) {
            return;
        }
        List<Object[]> rows = select("select record_id, family, forenames, name_latin, match_family, match_forenames from person_name"
                + " where record_id = any(:ids) order by record_id, position", Map.of("ids", byId.keySet().toArray(new UUID[0])));
        for (Object[] row : rows) {
            byId.get((UUID) row[0]).spellings().add(forms((String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5]));
        }
    }

    /**
     * A stored spelling's forms: rebuilt from the forms written on filing ({@link NameForms#restore}: about 2 µs, its
     * words' phonetic forms come from the library's memo of words), or for rows written before those were stored,
     * normalized again ({@link NameForms#of}: ICU transliteration, 10-60 µs a spelling). Not remembered: a memo of
     * whole spellings filled the old generation when the searches were not the same ones over and over, and its full
     * collections (half a second) made the tail of the searches.
     */
    static NameForms forms(String family, String forenames, String latin, String matchFamily, String matchForenames) {
        return matchFamily == null ? NameForms.of(family, forenames) : NameForms.restore(family, forenames, latin, matchFamily, matchForenames);
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
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
        freeText(where, params, words);
    }

    /**
     * The free-text words' conditions ({@code :w0}, {@code :w1}...): a word the trigram index can find records by as a
     * LIKE, a shorter one as a test of the records found otherwise.
     */
    public static void freeText(StringBuilder where, Map<String, Object> params, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() >= INDEXED_WORD) {
                where.append(" and r.search_text like :w").append(i);
                params.put("w" + i, TextFold.contains(w));
            } else {
                // a LIKE of fewer than three characters gives pg_trgm no trigram: the planner took the index for it and
                // walked all of it ("qx" alone: 13 s over a million notices). Tested on the records found otherwise
                where.append(" and strpos(r.search_text, :w").append(i).append(") > 0");
                params.put("w" + i, w);
            }
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
