package org.icpo.notices.publicapi;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.icpo.notices.access.Json;
import org.icpo.notices.request.NoticeDtos;
import org.icpo.notices.request.NoticeRecord;
import org.icpo.notices.request.RecordView;
import org.icpo.notices.subject.SubjectPhoto;
import org.icpo.notices.workflow.Status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the public extracts: notices of a public list ({@code public_category}) whose requester allowed a public
 * extract (UN notices always), published and valid (status PUBLISHED or RENEWAL_DUE and {@code valid_until} not
 * passed). Nothing else is ever read here: every query carries these conditions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicNotices {

    /** Diffusions never have a public category (constraint notice_record_public_category). */
    public static final String PUBLIC = "r.public_extract and r.status in ('PUBLISHED', 'RENEWAL_DUE')"
            + " and r.valid_until >= :today and r.public_category = :category";
    /**
     * The same notices as {@link #PUBLIC} in {@code public_filter f}, which has a row only for a notice of a public list
     * with its requester's consent, published or due for renewal (V1.15).
     */
    public static final String PUBLIC_FILTER = "f.valid_until >= :today and f.category = :category";
    private static final Pattern PATH_ID = Pattern.compile("(\\d{4})-(\\d{1,9})");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Json json;

    @Inject
    PublicReadLimit limit;

    /** A row of a list, before links are added. */
    public record Row(int year, int number, String familyName, String forename, Integer dobYear, Integer dobMonth, Integer dobDay,
                      String nationalities, UUID thumbnail) {
    }

    public record Page(long total, List<Row> rows) {
    }

    public Page list(PublicCategory category, PublicFilters f) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        params.put("today", today);
        params.put("category", category.name());
        if (f.nationality() != null) {
            where.append(" and r.nationalities @> cast(:nationality as jsonb)");
            params.put("nationality", json.write(List.of(f.nationality())));
        }
        if (f.sexId() != null) {
            where.append(" and r.sex = :sex");
            params.put("sex", f.sexId());
        }
        // age in whole years from the year of birth: ageMin a means born in or before (this year - a), ageMax b in or after (this year - b - 1)
        if (f.ageMin() != null) {
            where.append(" and r.dob_year <= :maxYear");
            params.put("maxYear", today.getYear() - f.ageMin());
        }
        if (f.ageMax() != null) {
            where.append(" and r.dob_year >= :minYear");
            params.put("minYear", today.getYear() - f.ageMax() - 1);
        }
        if (f.arrestWarrantCountryId() != null) {
            where.append(" and r.requester_country = :awc");
            params.put("awc", f.arrestWarrantCountryId());
        }
        String text = textFilters(f, params);
        long version = ((Number) em.createNativeQuery("select version from public_list_version").getSingleResult()).longValue();
        String key = category + "|" + today + "|" + f.countKey();
        String pageKey = key + "|" + f.page() + "|" + f.resultPerPage();
        Read<Page> read = pages.get(pageKey);
        if (read != null && read.version() == version) {
            return read.value();
        }
        long offset = (long) (f.page() - 1) * f.resultPerPage();
        try (PublicReadLimit.Turn turn = limit.enter()) {
            pageReads.incrementAndGet();
            Page page = text.isEmpty() ? listed(key, version, where, params, f.resultPerPage(), offset)
                    : textFiltered(key, version, text, where, params, f.resultPerPage(), offset);
            remember(pages, MAX_PAGES, pageKey, new Read<>(version, page));
            return page;
        }
    }

    /**
     * A list without text filters: its total counted in the list's index, then the page's identifiers from that index
     * alone (offset included), walking the list newest first, and those rows.
     */
    private Page listed(String key, long version, CharSequence where, Map<String, Object> params, int limit, long offset) {
        String listed = PUBLIC + where;
        long total = total(key, version, listed, params);
        if (total <= offset) {
            return new Page(total, List.of());
        }
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("limit", limit);
        all.put("offset", offset);
        return new Page(total, rows("select r.id from notice_record r where " + listed
                + " order by r.published_at desc, r.id limit :limit offset :offset", all));
    }

    /**
     * A text-filtered list, read from {@code public_filter} (V1.14, V1.15): a row for each listed notice, with the folded
     * texts of its spellings, its validity and its publication time. No index serves a filter of one or two letters, so
     * the table is scanned (15 to 30 ms for its 91,000 rows over a million notices), once for the total and the page's
     * identifiers together; then the page's rows are read from notice_record, under {@link #PUBLIC} again. The other
     * filters are tested on the matches' records.
     */
    private Page textFiltered(String key, long version, String text, CharSequence where, Map<String, Object> params, int limit, long offset) {
        Query q = em.createNativeQuery(textFilteredPage(text, where));
        params.forEach(q::setParameter);
        q.setParameter("limit", limit);
        q.setParameter("offset", offset);
        countQueries.incrementAndGet();
        List<String> ids = new ArrayList<>();
        long total = 0;
        for (Object o : q.getResultList()) {
            Object[] c = (Object[]) o;
            total = ((Number) c[0]).longValue();
            if (c[1] != null) {
                ids.add((String) c[1]);
            }
        }
        remember(counted, MAX_COUNTED, key, new Read<>(version, total));
        if (ids.isEmpty()) {
            return new Page(total, List.of());
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("today", params.get("today"));
        page.put("category", params.get("category"));
        page.put("ids", "{" + String.join(",", ids) + "}");
        return new Page(total, rows("select i.id from unnest(cast(cast(:ids as text) as uuid[])) i (id)", page));
    }

    /**
     * The statement of a text-filtered list's total and page: one row, with the page's identifiers (null when the page is
     * past the end) under {@code :limit} and {@code :offset}, newest first. {@code text} is from {@link #textFilters},
     * {@code where} the other filters, on the records ({@code r}).
     */
    public static String textFilteredPage(String text, CharSequence where) {
        return "with m as materialized (select f.record_id as id, f.published_at from public_filter f"
                + (where.isEmpty() ? "" : " join notice_record r on r.id = f.record_id")
                + " where " + PUBLIC_FILTER + text + where + "),"
                + " p as (select m.id, m.published_at from m order by m.published_at desc, m.id limit :limit offset :offset)"
                + " select (select count(*) from m), cast(p.id as text) from (select 1) one left join p on true order by p.published_at desc, p.id";
    }

    /** The rows of these identifiers (a select of {@code id}), newest first, each read under {@link #PUBLIC}. */
    private List<Row> rows(String ids, Map<String, Object> params) {
        Query q = em.createNativeQuery("select r.public_year, r.public_number, r.family_name, r.forename, r.dob_year, r.dob_month, r.dob_day,"
                + " cast(r.nationalities as text),"
                + " (select p.id from subject_photo p where p.record_id = r.id order by p.position limit 1)"
                + " from notice_record r join (" + ids + ") p on p.id = r.id where " + PUBLIC + " order by r.published_at desc, r.id");
        params.forEach(q::setParameter);
        List<Row> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] c = (Object[]) o;
            rows.add(new Row(((Number) c[0]).intValue(), ((Number) c[1]).intValue(), (String) c[2], (String) c[3], integer(c[4]),
                    integer(c[5]), integer(c[6]), (String) c[7], (UUID) c[8]));
        }
        return List.copyOf(rows);
    }

    /**
     * The text filters over {@code public_filter f}: each value is looked for as it is, anywhere in a spelling's family
     * name or forenames or in the public text ({@code strpos}: the value is a literal, and no index is involved). Returns
     * the conditions to add to {@link #PUBLIC_FILTER} ("" without text filters) and puts their values into {@code params}.
     */
    public static String textFilters(PublicFilters f, Map<String, Object> params) {
        StringBuilder conditions = new StringBuilder();
        if (f.name() != null) {
            contains(conditions, params, "family", "name", f.familyFolded());
        }
        if (f.forename() != null) {
            contains(conditions, params, "forename", "forename", f.forenameFolded());
        }
        List<String> words = f.freeTextWords();
        for (int i = 0; i < words.size(); i++) {
            contains(conditions, params, "free_text", "w" + i, words.get(i));
        }
        return conditions.toString();
    }

    private static void contains(StringBuilder conditions, Map<String, Object> params, String column, String parameter, String value) {
        conditions.append(" and strpos(f.").append(column).append(", :").append(parameter).append(") > 0");
        params.put(parameter, value);
    }

    /** Something read at a version of the public records (table public_list_version, moved on by every write to them). */
    private record Read<T>(long version, T value) {
    }

    /** Most totals kept; the map is emptied when it grows past this (a crawler varying its filters). */
    static final int MAX_COUNTED = 10_000;
    /** Most pages kept (20 rows each by default), emptied likewise. */
    static final int MAX_PAGES = 5_000;
    private final Map<String, Read<Long>> counted = new ConcurrentHashMap<>();
    private final Map<String, Read<Page>> pages = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong countQueries = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong pageReads = new java.util.concurrent.atomic.AtomicLong();

    /** How many pages were read from the database since start (the others were kept from a read at the same version). */
    public long pageReads() {
        return pageReads.get();
    }

    /** How many totals were counted in the database since start (the others came from the counted totals). */
    public long countQueries() {
        return countQueries.get();
    }

    /**
     * The list's total: counted again only when the public records were written since it was last counted for the
     * same filters and day; so it is exact, and the pages of a list cost one read of the version. Pages are kept the
     * same way: a page read again at the same version is the same page.
     */
    private long total(String key, long version, CharSequence where, Map<String, Object> params) {
        Read<Long> c = counted.get(key);
        if (c != null && c.version() == version) {
            return c.value();
        }
        Query count = em.createNativeQuery("select count(*) from notice_record r where " + where);
        params.forEach(count::setParameter);
        countQueries.incrementAndGet();
        long total = ((Number) count.getSingleResult()).longValue();
        remember(counted, MAX_COUNTED, key, new Read<>(version, total));
        return total;
    }

    private static <T> void remember(Map<String, Read<T>> map, int max, String key, Read<T> value) {
        if (map.size() >= max) {
            map.clear();
        }
        map.put(key, value);
    }

    /** The public notice with this path id ({@code YEAR-NUMBER}) in this list, if there is one. */
    public Optional<NoticeRecord> find(PublicCategory category, String pathId) {
        Matcher m = PATH_ID.matcher(pathId == null ? "" : pathId);
        if (!m.matches()) {
            return Optional.empty();
        }
        long number = Long.parseLong(m.group(2));
        if (number > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<NoticeRecord> found = em.createNativeQuery("select r.* from notice_record r where r.public_year = :year and r.public_number = :number and "
                        + PUBLIC, NoticeRecord.class)
                .setParameter("year", Integer.parseInt(m.group(1))).setParameter("number", (int) number)
                .setParameter("today", LocalDate.now(clock)).setParameter("category", category.name()).getResultList();
        return found.stream().findFirst();
    }

    public List<SubjectPhoto> photos(NoticeRecord r) {
        return SubjectPhoto.of(r.id);
    }

    public Optional<SubjectPhoto> photo(NoticeRecord r, String pictureId) {
        UUID id;
        try {
            id = UUID.fromString(pictureId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        SubjectPhoto p = SubjectPhoto.findById(id);
        return p == null || !p.recordId.equals(r.id) ? Optional.empty() : Optional.of(p);
    }

    // ------------------------------------------------------------------ bodies

    public PublicDtos.RedNotice red(NoticeRecord r, Map<String, PublicDtos.Link> links) {
        NoticeDtos.SubjectData s = subject(r);
        NoticeDtos.RedData red = json.read(r.red, NoticeDtos.RedData.class);
        List<PublicDtos.ArrestWarrant> warrants = red == null ? List.of() : red.chargesOrEmpty().stream()
                .map(c -> new PublicDtos.ArrestWarrant(r.requesterCountry, c.description(), null)).toList();
        NoticeDtos.Physical ph = s.physical();
        return new PublicDtos.RedNotice(warrants, ph == null ? null : ph.weightKg(), s.forename(), slashDate(r), r.entityId(), languages(s),
                s.nationalitiesOrEmpty(), height(ph), sex(r), s.countryOfBirth(), s.familyName(), s.distinguishingMarks(),
                ph == null || ph.eyeColours() == null ? List.of() : ph.eyeColours(), ph == null || ph.hairColours() == null ? List.of() : ph.hairColours(),
                s.placeOfBirth(), new PublicDtos.EmbeddedLinks(List.of()), links);
    }

    public PublicDtos.YellowNotice yellow(NoticeRecord r, Map<String, PublicDtos.Link> links) {
        NoticeDtos.SubjectData s = subject(r);
        RecordView.TypeData td = json.read(r.typeData, RecordView.TypeData.class);
        NoticeDtos.Event ev = td == null ? null : td.event();
        NoticeDtos.Physical ph = s.physical();
        return new PublicDtos.YellowNotice(s.countryOfBirth(), ev == null ? null : ev.place(),
                ev == null || ev.date() == null ? null : ev.date().replace('-', '/'), s.distinguishingMarks(), ph == null ? null : ph.weightKg(),
                s.nationalitiesOrEmpty(), r.entityId(), ph == null || ph.eyeColours() == null ? List.of() : ph.eyeColours(), sex(r),
                s.placeOfBirth(), s.forename(), s.birthName(), s.fatherForename(), s.motherForename(), s.motherName(), languages(s), height(ph),
                ph == null || ph.hairColours() == null ? List.of() : ph.hairColours(), s.familyName(), slashDate(r),
                ev == null ? null : ev.country(), new PublicDtos.EmbeddedLinks(List.of()), links);
    }

    public PublicDtos.UnNotice un(NoticeRecord r, Map<String, PublicDtos.Link> links) {
        NoticeDtos.SubjectData s = subject(r);
        RecordView.TypeData td = json.read(r.typeData, RecordView.TypeData.class);
        return new PublicDtos.UnNotice(s.forename(), s.familyName(), slashDate(r), r.entityId(), s.nationalitiesOrEmpty(), sex(r),
                s.countryOfBirth(), s.placeOfBirth(), td == null ? null : td.unReference(), new PublicDtos.EmbeddedLinks(List.of()), links);
    }

    public List<String> nationalities(String jsonArray) {
        List<String> n = json.read(jsonArray, new TypeReference<List<String>>() { });
        return n == null ? List.of() : n;
    }

    private NoticeDtos.SubjectData subject(NoticeRecord r) {
        return json.read(r.subject, NoticeDtos.SubjectData.class);
    }

    static String slashDate(Integer year, Integer month, Integer day) {
        if (year == null) {
            return null;
        }
        return org.icpo.notices.subject.PartialDate.format(year, month, day, '/');
    }

    private static String slashDate(NoticeRecord r) {
        return slashDate(r.dobYear, r.dobMonth, r.dobDay);
    }

    private static String sex(NoticeRecord r) {
        return r.sex == null ? null : r.sex.name();
    }

    private static List<String> languages(NoticeDtos.SubjectData s) {
        return s.languages() == null ? List.of() : s.languages().stream().map(l -> l.toUpperCase(Locale.ROOT)).toList();
    }

    private static Double height(NoticeDtos.Physical ph) {
        return ph == null || ph.heightCm() == null ? null : ph.heightCm() / 100.0;
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    static boolean valid(Status s) {
        return s == Status.PUBLISHED || s == Status.RENEWAL_DUE;
    }
}
