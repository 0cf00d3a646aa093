package org.icpo.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/** Returns the notices database to its seeded state between tests (the audit log stays: it is append-only). */
@ApplicationScoped
public class TestData {

    @Inject
    EntityManager em;

    @Transactional
    public void reset() {
        for (String table : new String[]{"ccf_deletion_block", "ccf_request", "notice_outcome", "diffusion_recipient", "subject_photo",
                "record_event", "person_name", "notice_record", "refugee_status", "idempotency_record"}) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        em.createNativeQuery("delete from screening_indicator where updated_by <> 'seed'").executeUpdate();
    }

    /** Row counts and versions of every mutable table plus the audit log, to prove that a refused request wrote nothing. */
    @Transactional
    public String fingerprint() {
        return em.createNativeQuery("select concat_ws(',', (select count(*) from notice_record), (select coalesce(sum(version), 0) from notice_record),"
                + " (select count(*) from record_event), (select count(*) from subject_photo), (select count(*) from diffusion_recipient),"
                + " (select count(*) from notice_outcome), (select count(*) from refugee_status), (select count(*) from ccf_request),"
                + " (select coalesce(sum(version), 0) from ccf_request), (select count(*) from ccf_deletion_block),"
                + " (select count(*) from screening_indicator), (select coalesce(sum(version), 0) from screening_indicator),"
                + " (select count(*) from idempotency_record), (select count(*) from audit_log))")
                .getSingleResult().toString();
    }

    @Transactional
    public long auditCount(String action, String targetId) {
        return ((Number) em.createNativeQuery("select count(*) from audit_log where action = ?1 and target_id = ?2")
                .setParameter(1, action).setParameter(2, targetId).getSingleResult()).longValue();
    }

    @Transactional
    public long auditCount(String action) {
        return ((Number) em.createNativeQuery("select count(*) from audit_log where action = ?1")
                .setParameter(1, action).getSingleResult()).longValue();
    }

    /** Writes folds over those computed (as an older folding left them), for {@code StoredFolds} to compute again. */
    @Transactional
    public void storeOldFolds(String table, String id, Map<String, String> columns) {
        for (Map.Entry<String, String> c : columns.entrySet()) {
            em.createNativeQuery("update " + table + " set " + c.getKey() + " = ?1 where id = cast(?2 as uuid)")
                    .setParameter(1, c.getValue()).setParameter(2, id).executeUpdate();
        }
    }

    /** One column of one row, as text. */
    @Transactional
    public String column(String table, String column, String id) {
        return (String) em.createNativeQuery("select cast(" + column + " as text) from " + table + " where id = cast(?1 as uuid)")
                .setParameter(1, id).getSingleResult();
    }

    @Transactional
    public void setFoldingVersion(int version) {
        em.createNativeQuery("update name_folding set version = ?1").setParameter(1, version).executeUpdate();
    }

    @Transactional
    public int foldingVersion() {
        return ((Number) em.createNativeQuery("select version from name_folding").getSingleResult()).intValue();
    }

    /** The stored match forms of a record's spellings ({@code family|forenames} ASCII), in order. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> matchForms(String recordId) {
        return em.createNativeQuery("select match_family || '|' || match_forenames from person_name where record_id = cast(?1 as uuid) order by position")
                .setParameter(1, recordId).getResultList();
    }

    /** Overwrites the stored match forms of a record's spellings (what the search rebuilds its forms from). */
    @Transactional
    public void overwriteMatchForms(String recordId, String family, String forenames) {
        em.createNativeQuery("update person_name set match_family = ?2, match_forenames = ?3 where record_id = cast(?1 as uuid)")
                .setParameter(1, recordId).setParameter(2, family).setParameter(3, forenames).executeUpdate();
    }

    /**
     * The match forms of a record's spellings as the search reads them with the record ({@code notice_record.name_forms}:
     * {@code family|forenames} ASCII), in order; empty when they are not computed.
     */
    @Transactional
    public List<String> recordMatchForms(String recordId) {
        String[] forms = (String[]) em.createNativeQuery("select name_forms from notice_record where id = cast(?1 as uuid)", String[].class)
                .setParameter(1, recordId).getSingleResult();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; forms != null && i < forms.length; i += org.icpo.names.NameForms.RESTORABLE_FIELDS) {
            out.add(forms[i + 3] + "|" + forms[i + 4]);
        }
        return out;
    }

    /** Overwrites the match forms of a record's first spelling in {@code notice_record.name_forms}. */
    @Transactional
    public void overwriteRecordMatchForms(String recordId, String family, String forenames) {
        em.createNativeQuery("update notice_record set name_forms[4] = ?2, name_forms[5] = ?3 where id = cast(?1 as uuid)")
                .setParameter(1, recordId).setParameter(2, family).setParameter(3, forenames).executeUpdate();
    }

    /** Sets the spellings' forms stored with a record back to "not computed", as for a record filed before they were. */
    @Transactional
    public void forgetNameForms(String recordId) {
        em.createNativeQuery("update notice_record set name_forms = null where id = cast(?1 as uuid)").setParameter(1, recordId).executeUpdate();
    }

    /** The transaction that last wrote each record (PostgreSQL's xmin), in the order of the ids. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> lastWriters(List<String> ids) {
        List<String> out = new java.util.ArrayList<>();
        for (String id : ids) {
            out.add((String) em.createNativeQuery("select cast(xmin as text) from notice_record where id = cast(?1 as uuid)")
                    .setParameter(1, id).getSingleResult());
        }
        return out;
    }

    /** Tries to make the first reviewer also the publisher of a four-eyes record; returns the SQL state of the refusal. */
    public String violateFourEyes(java.util.UUID id) {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "update notice_record set reviewed_by = first_reviewer where id = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
            return "accepted";
        } catch (java.sql.SQLException e) {
            return e.getSQLState();
        }
    }

    @Inject
    javax.sql.DataSource dataSource;

    /** Locks a record's row in a transaction of its own, as a concurrent action does, until the handle is closed (rolled back). */
    public AutoCloseable lockRow(String recordId) throws java.sql.SQLException {
        java.sql.Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (java.sql.PreparedStatement ps = c.prepareStatement("select 1 from notice_record where id = cast(? as uuid) for update")) {
            ps.setString(1, recordId);
            ps.executeQuery();
        }
        return () -> {
            try (c) {
                c.rollback();
                c.setAutoCommit(true);
            }
        };
    }

    /**
     * Analyses the tables and returns their statistics as the planner reads them: {table: {pages, rows}}. Run on tables
     * just emptied, it leaves what autovacuum leaves once enough rows were deleted: no rows over pages that still exist.
     */
    @Transactional
    public Map<String, List<Number>> analyse(String... tables) {
        Map<String, List<Number>> statistics = new java.util.LinkedHashMap<>();
        for (String table : tables) {
            em.createNativeQuery("analyze " + table).executeUpdate();
            Object[] row = (Object[]) em.createNativeQuery("select relpages, reltuples from pg_class where oid = cast(?1 as regclass)")
                    .setParameter(1, table).getSingleResult();
            statistics.put(table, List.of((Number) row[0], (Number) row[1]));
        }
        return statistics;
    }

    /**
     * Inserts {@code n} published, valid, public Red Notices with pseudo-random Latin names (and their name rows),
     * then analyses the tables; returns the family name of the 42nd.
     */
    public String bulkSubjects(int n) {
        return bulkSubjects(n, null);
    }

    /** As {@link #bulkSubjects(int)}, every one with {@code forename} when it is not null. */
    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 300) // 100,000 records and their keys: 40 to 80 s, near or over the default 60
    public String bulkSubjects(int n, String forename) {
        em.createNativeQuery("insert into notice_record (id, kind, type, status, requester_country, filed_by, filed_at, family_name, forename, sex,"
                + " dob_year, nationalities, subject_key, subject, case_summary, checks, screened_at, queued_at, published_at, valid_until,"
                + " public_year, public_number, public_category, public_extract, public_text, search_text)"
                + " select ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'NOTICE', 'RED', 'PUBLISHED', 'FR', 'bulk', now(), "
                + " upper(translate(substr(md5(g::text), 1, 9), '0123456789', 'aeioubkrst')), coalesce(nullif(?2, ''), initcap(translate(substr(md5('f' || g), 1, 6), '0123456789', 'aeiounmlrs'))),"
                + " 'M', 1940 + g % 60, '[\"FR\"]'::jsonb, 'bulk|' || g, '{}'::jsonb, 'bulk', '[]'::jsonb, now(), now(), now(), current_date + 3650,"
                + " 2024, nextval('notice_number_seq'), 'RED', g % 10 = 0, 'bulk', 'bulk'"
                + " from generate_series(1, ?1) g").setParameter(1, n).setParameter(2, forename == null ? "" : forename).executeUpdate();
        em.createNativeQuery("insert into person_name (record_id, position, family, forenames, script, name_latin, name_ascii, name_sorted, name_skeleton,"
                + " family_ascii, forename_ascii)"
                + " select r.id, 1, r.family_name, r.forename, 'LATIN', r.family_name || ' ' || r.forename, lower(r.family_name || ' ' || r.forename),"
                + " lower(r.family_name || ' ' || r.forename), regexp_replace(lower(r.forename || ' ' || r.family_name), '[aeiou]', '', 'g'),"
                + " lower(r.family_name), lower(r.forename) from notice_record r where r.filed_by = 'bulk'").executeUpdate();
        while (nameKeys.computeMissing(org.icpo.notices.search.NameKeyIndex.BATCH) > 0) {
            // the search keys, computed by the service's own code as for records filed before the index existed
        }
        analyse("notice_record", "person_name");
        return (String) em.createNativeQuery("select family_name from notice_record where id = '00000000-0000-4000-8000-00000000002a'").getSingleResult();
    }

    /** The rows whose entries wait in a GIN index's pending list, which every scan of the index reads in full (pgstattuple). */
    @Transactional
    public long pendingRows(String index) {
        em.createNativeQuery("create extension if not exists pgstattuple").executeUpdate();
        return ((Number) em.createNativeQuery("select pending_tuples from pgstatginindex(cast(?1 as regclass))").setParameter(1, index)
                .getSingleResult()).longValue();
    }

    /** Sets the search keys of a record back to "not computed", as a migration that changes the keys does. */
    @Transactional
    public void forgetNameKeys(String recordId) {
        em.createNativeQuery("update notice_record set name_keys = null where id = cast(?1 as uuid)").setParameter(1, recordId).executeUpdate();
    }

    /** The plan of the member search's candidate query for a name, as NoticeSearch builds it (an NCB's visibility). */
    public String explainNameSearch(String family, String forenames) {
        String condition = nameKeysCondition(family, forenames, (i, value) -> literal(value));
        return explain(org.icpo.notices.search.NoticeSearch.candidateSql(condition + " and " + memberVisibility()));
    }

    /** The plan of the public red list's page query. */
    public String explainPublicList() {
        return explain("select r.public_year, r.public_number from notice_record r where "
                + org.icpo.notices.publicapi.PublicNotices.PUBLIC.replace(":today", "current_date").replace(":category", "'RED'")
                + " order by r.published_at desc, r.id limit 20 offset 0");
    }

    /**
     * The public filter's row of a record (V1.14, V1.15): {category, family, forename, free text, valid until, published at},
     * or null without its row.
     */
    @Transactional
    public List<String> publicFilter(String recordId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select category, family, forename, free_text, cast(valid_until as text), cast(published_at as text)"
                        + " from public_filter where record_id = cast(?1 as uuid)")
                .setParameter(1, recordId).getResultList();
        return rows.isEmpty() ? null : java.util.Arrays.stream(rows.get(0)).map(String::valueOf).toList();
    }

    /** Runs a write as another writer than the service would (a migration, an operator, an older replica). */
    @Transactional
    public int write(String sql, Object... params) {
        jakarta.persistence.Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.executeUpdate();
    }

    /**
     * The plan of the public red list's total and first page with these filters ({@code name}, {@code forename},
     * {@code freeText}) as the list reads them.
     */
    public String explainPublicTextFilter(Map<String, String> filters) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        org.icpo.notices.publicapi.PublicFilters f = org.icpo.notices.publicapi.PublicFilters.parse(org.icpo.notices.publicapi.PublicCategory.RED, filters);
        String sql = org.icpo.notices.publicapi.PublicNotices.textFilteredPage(org.icpo.notices.publicapi.PublicNotices.textFilters(f, params), "");
        for (Map.Entry<String, Object> p : params.entrySet()) {
            sql = sql.replace(":" + p.getKey() + ")", literal((String) p.getValue()) + ")");
        }
        return explain(sql.replace(":today", "current_date").replace(":category", "'RED'").replace(":limit", "20").replace(":offset", "0"));
    }

    /**
     * The generic plan of the candidate query (keys, date and country as parameters), as the service has PostgreSQL
     * plan it once per connection ({@code plan_cache_mode = force_generic_plan}).
     */
    @Transactional
    public String explainGenericNameSearch(String family, String forenames) {
        return explainGenericNameSearch(family, forenames, List.of());
    }

    /** The same, with free-text words as NoticeSearch adds them ({@link org.icpo.notices.search.NoticeSearch#freeText}). */
    @Transactional
    public String explainGenericNameSearch(String family, String forenames, List<String> freeTextWords) {
        List<String> values = new java.util.ArrayList<>();
        String condition = nameKeysCondition(family, forenames, (i, value) -> {
            values.add(literal(value));
            return "$" + i;
        });
        StringBuilder words = new StringBuilder();
        Map<String, Object> wordValues = new java.util.LinkedHashMap<>();
        org.icpo.notices.search.NoticeSearch.freeText(words, wordValues, freeTextWords);
        String freeText = words.toString();
        for (Map.Entry<String, Object> w : wordValues.entrySet()) {
            values.add(literal((String) w.getValue()));
            freeText = freeText.replaceAll(":" + w.getKey() + "\\b", "\\$" + values.size());
        }
        int n = values.size();
        String sql = org.icpo.notices.search.NoticeSearch.candidateSql(condition + freeText + " and "
                + memberVisibility().replace("current_date", "$" + (n + 1)).replace("'FR'", "$" + (n + 2)));
        String types = String.join(", ", java.util.Collections.nCopies(n, "text")) + ", date, text";
        String args = String.join(", ", values) + ", current_date, 'FR'";
        return em.unwrap(org.hibernate.Session.class).doReturningWork(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("set local plan_cache_mode = force_generic_plan");
                s.execute("prepare generic_search(" + types + ") as " + sql);
                List<String> lines = new java.util.ArrayList<>();
                try (java.sql.ResultSet rs = s.executeQuery("explain execute generic_search(" + args + ")")) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                } finally {
                    s.execute("deallocate generic_search");
                }
                return String.join("\n", lines);
            }
        });
    }

    /**
     * The member search's name keys condition for a name, as NoticeSearch builds it, each named parameter written as
     * {@code placeholder} gives it (its position from 1, its value).
     */
    private static String nameKeysCondition(String family, String forenames, java.util.function.BiFunction<Integer, String, String> placeholder) {
        org.icpo.names.SearchKeys.Query q = org.icpo.names.SearchKeys.query(org.icpo.names.NameForms.of(family, forenames));
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        String condition = org.icpo.notices.search.NoticeSearch.nameKeysCondition(q.searched(), params);
        int i = 0;
        for (Map.Entry<String, Object> p : params.entrySet()) {
            // a name is followed by a space (":g0 as tsquery") or a comma (":keys, ';'")
            condition = condition.replaceAll(":" + p.getKey() + "(?=[ ,])", java.util.regex.Matcher.quoteReplacement(placeholder.apply(++i, (String) p.getValue())));
        }
        return condition;
    }

    private static String memberVisibility() {
        return "r.status in ('PUBLISHED', 'RENEWAL_DUE', 'CIRCULATING') and ((r.kind = 'NOTICE' and r.status <> 'CIRCULATING' and r.valid_until >= current_date)"
                + " or (r.kind = 'DIFFUSION' and (r.to_all or exists (select 1 from diffusion_recipient d where d.record_id = r.id and d.country = 'FR'))))";
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @SuppressWarnings("unchecked")
    private String explain(String sql) {
        List<Object> lines = em.createNativeQuery("explain " + sql).getResultList();
        return String.join("\n", lines.stream().map(String::valueOf).toList());
    }

    @Inject
    org.icpo.notices.search.SubjectIndex subjectIndex;

    @Inject
    org.icpo.notices.search.NameKeyIndex nameKeys;

    /** A published, valid Red Notice about {@code family forenames} (any script), indexed like a filed one. */
    @Transactional
    public void indexedSubject(java.util.UUID id, String family, String forenames) {
        em.createNativeQuery("insert into notice_record (id, kind, type, status, requester_country, filed_by, filed_at, family_name, forename,"
                + " nationalities, subject_key, subject, case_summary, checks, screened_at, queued_at, published_at, valid_until,"
                + " public_year, public_number, public_category, public_extract)"
                + " values (?1, 'NOTICE', 'RED', 'PUBLISHED', 'FR', 'pairs', now(), ?2, ?3, '[]'::jsonb, 'pairs', '{}'::jsonb, 'pairs', '[]'::jsonb,"
                + " now(), now(), now(), current_date + 3650, 2025, nextval('notice_number_seq'), 'RED', false)")
                .setParameter(1, id).setParameter(2, family).setParameter(3, forenames).executeUpdate();
        subjectIndex.storeForms(id, org.icpo.names.PersonName.of(family, forenames).forms());
    }
}
