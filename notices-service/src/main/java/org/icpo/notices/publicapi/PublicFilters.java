package org.icpo.notices.publicapi;

import org.icpo.kit.problem.ApiException;
import org.icpo.kit.problem.Problem;
import org.icpo.kit.web.CountryCodes;
import org.icpo.names.NameForms;
import org.icpo.notices.search.TextFold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query parameters of a public list, validated: every violation is listed in one 400 problem. {@code resultPerPage}
 * above {@link #MAX_RESULT_PER_PAGE} is lowered to it (the query echo shows the value used). Only the filters the list
 * takes ({@link PublicCategory#filters}) are read: any other parameter, a filter of another list included, is ignored
 * (neither validated, nor applied, nor echoed), as by the organization's API.
 */
public record PublicFilters(int page, int resultPerPage, String forename, String name, String nationality, Integer ageMin, Integer ageMax,
                            String freeText, String sexId, String arrestWarrantCountryId) {

    /** The cap of {@code resultPerPage}: what crawlers of the original API ask for at most. */
    public static final int MAX_RESULT_PER_PAGE = 160;
    public static final int DEFAULT_RESULT_PER_PAGE = 20;
    public static final int MAX_PAGE = 100_000;
    public static final int MAX_AGE = 150;
    public static final int MAX_TEXT = 200;

    public static PublicFilters parse(PublicCategory category, Map<String, String> given) {
        Map<String, String> raw = new LinkedHashMap<>();
        given.forEach((k, value) -> {
            if (k.equals("page") || k.equals("resultPerPage") || category.filters.contains(k)) {
                raw.put(k, value);
            }
        });
        List<Problem.Violation> v = new ArrayList<>();
        int page = integer(raw, "page", 1, 1, MAX_PAGE, v);
        int rpp = integer(raw, "resultPerPage", DEFAULT_RESULT_PER_PAGE, 1, Integer.MAX_VALUE, v);
        Integer ageMin = optionalInteger(raw, "ageMin", 0, MAX_AGE, v);
        Integer ageMax = optionalInteger(raw, "ageMax", 0, MAX_AGE, v);
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            v.add(new Problem.Violation("ageMin", "must not be greater than ageMax"));
        }
        String sex = blankToNull(raw.get("sexId"));
        if (sex != null) {
            sex = sex.toUpperCase(Locale.ROOT);
            if (!sex.matches("[FMU]")) {
                v.add(new Problem.Violation("sexId", "must be F, M or U"));
            }
        }
        String nationality = country(raw, "nationality", v);
        String awc = country(raw, "arrestWarrantCountryId", v);
        String forename = text(raw, "forename", v);
        String name = text(raw, "name", v);
        String freeText = text(raw, "freeText", v);
        if (!v.isEmpty()) {
            throw ApiException.invalid(String.join("; ", v.stream().map(x -> x.field() + ": " + x.message()).toList()), v);
        }
        return new PublicFilters(page, Math.min(rpp, MAX_RESULT_PER_PAGE), forename, name, nationality, ageMin, ageMax, freeText, sex, awc);
    }

    /** The filters given, normalized, in a fixed order (the query echo and the links' query strings). */
    public Map<String, Object> filters() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "forename", forename);
        put(m, "name", name);
        put(m, "nationality", nationality);
        put(m, "ageMin", ageMin);
        put(m, "ageMax", ageMax);
        put(m, "freeText", freeText);
        put(m, "sexId", sexId);
        put(m, "arrestWarrantCountryId", arrestWarrantCountryId);
        return m;
    }

    /** What a list's total depends on: every filter, not the page (the SQL condition is built from the same values). */
    public String countKey() {
        return filters().toString();
    }

    public Map<String, Object> echo() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", page);
        m.put("resultPerPage", resultPerPage);
        m.putAll(filters());
        return m;
    }

    public String familyFolded() {
        return name == null ? null : NameForms.of(name, null).asciiFull();
    }

    public String forenameFolded() {
        return forename == null ? null : NameForms.of(null, forename).asciiFull();
    }

    public List<String> freeTextWords() {
        return TextFold.words(freeText);
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static int integer(Map<String, String> raw, String name, int dflt, int min, int max, List<Problem.Violation> v) {
        Integer i = optionalInteger(raw, name, min, max, v);
        return i == null ? dflt : i;
    }

    private static Integer optionalInteger(Map<String, String> raw, String name, int min, int max, List<Problem.Violation> v) {
        String s = blankToNull(raw.get(name));
        if (s == null) {
            return null;
        }
        String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
        if (!s.matches("\\d{1,100}")) {
            v.add(new Problem.Violation(name, "must be a whole number " + range + ", not '" + (s.length() > 20 ? s.substring(0, 20) + "..." : s) + "'"));
            return null;
        }
        // more than nine digits: beyond any maximum (resultPerPage is then lowered to the cap, the others refused)
        int i = s.replaceFirst("^0+(?=\\d)", "").length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(s);
        if (i < min || i > max) {
            v.add(new Problem.Violation(name, "must be " + range));
            return null;
        }
        return i;
    }

    private static String country(Map<String, String> raw, String name, List<Problem.Violation> v) {
        String s = blankToNull(raw.get(name));
        if (s == null) {
            return null;
        }
        if (!CountryCodes.eitherCase(s)) {
            v.add(new Problem.Violation(name, CountryCodes.EITHER_CASE_MESSAGE));
            return null;
        }
        return CountryCodes.upper(s);
    }

    private static String text(Map<String, String> raw, String name, List<Problem.Violation> v) {
        String s = blankToNull(raw.get(name));
        if (s != null && s.length() > MAX_TEXT) {
            v.add(new Problem.Violation(name, "must be at most " + MAX_TEXT + " characters"));
            return null;
        }
        if (s != null && TextFold.fold(s).isEmpty()) {
            v.add(new Problem.Violation(name, "must contain letters or digits"));
            return null;
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
