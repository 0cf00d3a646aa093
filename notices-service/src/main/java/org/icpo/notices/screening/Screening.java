package org.icpo.notices.screening;

import org.icpo.notices.subject.Names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Article 3 and refugee screening: an explainable risk assessment. Each flag carries its code, its
 * weight and a human reason; the score is the sum of the weights (capped at 100). Plain Java: the
 * indicators, refugee records and CCF deletions are handed in by the caller.
 */
public final class Screening {

    /** A term whose presence in a charge or summary suggests a political, military, religious or racial character. */
    public record Indicator(String term, String language, Article3Category category) {
    }

    /** A refugee status recorded for a person matching the subject. */
    public record RefugeeRecord(String countryFled, String recognizedBy, String reference) {
    }

    /** A CCF decision that deleted a request for a person matching the subject. */
    public record CcfDeletion(String requesterCountry, String decision) {
    }

    /** What is screened. {@code texts}: field name -> text (charges, legal provisions, case summary...). */
    public record Input(String requesterCountry, Map<String, String> texts, List<String> measuresInForce,
                        List<RefugeeRecord> refugeeRecords, List<CcfDeletion> ccfDeletions) {
    }

    public record Weights(int article3, int refugeeFromRequester, int refugeeKnown, int requesterUnderSupervision,
                          int repeatAfterCcfDeletion, int mediumFrom, int highFrom) {
    }

    public enum Level { LOW, MEDIUM, HIGH }

    public record Flag(String code, int weight, String reason) {
    }

    public record Assessment(int score, Level level, List<Flag> flags) {
    }

    private final Weights weights;

    public Screening(Weights weights) {
        this.weights = weights;
    }

    public Assessment assess(Input in, List<Indicator> indicators) {
        List<Flag> flags = new ArrayList<>();
        flags.addAll(article3(in.texts(), indicators));
        for (RefugeeRecord r : in.refugeeRecords()) {
            if (r.countryFled().equals(in.requesterCountry())) {
                flags.add(new Flag("REFUGEE_FROM_REQUESTER", weights.refugeeFromRequester(),
                        "the subject is recorded as a refugee (recognized by " + r.recognizedBy() + ", ref. " + r.reference()
                                + ") who fled " + r.countryFled() + ", the requesting country: such requests are refused"));
            } else {
                flags.add(new Flag("REFUGEE_STATUS_KNOWN", weights.refugeeKnown(),
                        "the subject is recorded as a refugee (recognized by " + r.recognizedBy() + ", ref. " + r.reference()
                                + ") who fled " + r.countryFled() + "; the request comes from another country"));
            }
        }
        if (!in.measuresInForce().isEmpty()) {
            flags.add(new Flag("REQUESTER_UNDER_SUPERVISION", weights.requesterUnderSupervision(),
                    "the requesting member " + in.requesterCountry() + " is under " + String.join(" and ", in.measuresInForce())
                            + ": held for review, two reviewers must approve publication"));
        }
        for (CcfDeletion d : in.ccfDeletions()) {
            boolean same = d.requesterCountry().equals(in.requesterCountry());
            flags.add(new Flag("REPEAT_AFTER_CCF_DELETION", weights.repeatAfterCcfDeletion(),
                    "the CCF ordered the deletion of a request for this person filed by " + (same ? "the same member" : d.requesterCountry())
                            + " (" + d.decision() + ")"));
        }
        flags.sort(Comparator.comparingInt(Flag::weight).reversed().thenComparing(Flag::code));
        int score = Math.min(100, flags.stream().mapToInt(Flag::weight).sum());
        Level level = score >= weights.highFrom() ? Level.HIGH : score >= weights.mediumFrom() ? Level.MEDIUM : Level.LOW;
        return new Assessment(score, level, List.copyOf(flags));
    }

    /** One flag per Article 3 category found, naming the terms, their languages and the fields they were found in. */
    List<Flag> article3(Map<String, String> texts, List<Indicator> indicators) {
        Map<String, String> folded = new LinkedHashMap<>();
        texts.forEach((field, text) -> {
            if (text != null && !text.isBlank()) {
                folded.put(field, Names.fold(text));
            }
        });
        Map<Article3Category, Set<String>> hits = new EnumMap<>(Article3Category.class);
        for (Indicator ind : indicators) {
            String term = Names.fold(ind.term());
            if (term.isEmpty()) {
                continue;
            }
            Pattern p = Pattern.compile((boundaryFree(term) ? "" : "(^|[^\\p{L}\\p{N}])") + Pattern.quote(term));
            for (Map.Entry<String, String> e : folded.entrySet()) {
                if (p.matcher(e.getValue()).find()) {
                    hits.computeIfAbsent(ind.category(), k -> new LinkedHashSet<>())
                            .add("\"" + ind.term() + "\" (" + ind.language() + ") in " + e.getKey());
                }
            }
        }
        List<Flag> out = new ArrayList<>();
        hits.forEach((cat, found) -> out.add(new Flag("ARTICLE3_" + cat.name(), weights.article3(),
                "possible " + cat.name().toLowerCase() + " character (Article 3): " + String.join(", ", found))));
        return out;
    }

    /**
     * Terms in scripts written without spaces between words (Chinese, Japanese, Thai) or with prefixed
     * clitics (Arabic: "بالتطرف" contains "التطرف") are matched anywhere; others at the start of a word.
     */
    static boolean boundaryFree(String term) {
        Character.UnicodeScript script = Character.UnicodeScript.of(term.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.ARABIC;
    }

    /**
     * True when two folded forenames can be the same person's: equal, or one is unknown (empty), as an unknown date
     * of birth is compatible with any ({@link #compatibleDates}). A refugee recorded by family name and date of birth
     * only matches a request whatever its forename, and a request without forename matches any refugee record.
     */
    public static boolean compatibleForenames(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return a.equals(b);
    }

    /**
     * True when a request and a CCF deletion of the same folded family name concern the same person: forenames and dates
     * of birth compatible ({@link #compatibleForenames}, {@link #compatibleDates}), and at least one of the two known on
     * both sides. A deleted Red Notice for DEMIR Ali born 1975-04-12 thus matches a Blue Notice for DEMIR born 1975-04-12
     * without forename; two records that share nothing but the family name do not match, since a member refused by the
     * block could not tell which person it meant.
     */
    public static boolean samePersonAsDeleted(String forenameA, String dateOfBirthA, String forenameB, String dateOfBirthB) {
        boolean forenamesKnown = known(forenameA) && known(forenameB);
        boolean datesKnown = known(dateOfBirthA) && known(dateOfBirthB);
        return (forenamesKnown || datesKnown) && compatibleForenames(forenameA, forenameB) && compatibleDates(dateOfBirthA, dateOfBirthB);
    }

    private static boolean known(String value) {
        return value != null && !value.isEmpty();
    }

    /**
     * Why a refugee status cannot be recorded with these identifiers, or null when it can: besides the family name it
     * names the person by a forename or a date of birth. An unknown forename or date matches any
     * ({@link #compatibleForenames}, {@link #compatibleDates}), so a family name alone would hold every request about
     * anyone of that name from the country fled.
     */
    public static String refugeeIdentificationProblem(String forename, String dateOfBirth) {
        if ((forename == null || forename.isBlank()) && (dateOfBirth == null || dateOfBirth.isBlank())) {
            return "a refugee status names the person by a forename or a date of birth as well as the family name: a family name "
                    + "alone would hold every request about anyone of that name from the country fled";
        }
        return null;
    }

    /** True when two partial dates of birth can denote the same day (one is a prefix of the other, or one is unknown). */
    public static boolean compatibleDates(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return a.startsWith(b) || b.startsWith(a);
    }
}
