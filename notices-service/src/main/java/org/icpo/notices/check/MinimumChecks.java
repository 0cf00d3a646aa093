package org.icpo.notices.check;

import org.icpo.notices.request.NoticeDtos.Charge;
import org.icpo.notices.request.NoticeDtos.Purpose;
import org.icpo.notices.request.NoticeDtos.RedData;
import org.icpo.notices.request.NoticeDtos.SubjectData;
import org.icpo.notices.request.NoticeDtos.Submission;
import org.icpo.notices.request.NoticeDtos.WarrantKind;
import org.icpo.notices.request.NoticeType;
import org.icpo.notices.request.Sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The automatic checks run on every notice request and diffusion: the Red Notice minimum conditions
 * (Rules on the Processing of Data, art. 82-87), the minimum data of every other type, and the
 * conditions that come from the requester's situation (supervision, CCF deletion). Plain Java.
 */
public final class MinimumChecks {

    /** What the checks need to know besides the submission itself. */
    public record Context(LocalDate today, boolean underMeasures, boolean blockedByCcfDeletion, String blockingDecision) {
    }

    /**
     * Which months of a sentence count against the sentence threshold of a Red Notice (policy
     * {@code icpo.notices.red.sentence-rule}).
     */
    public enum SentenceRule {
        /**
         * DOMAIN section 4 (Rules on the Processing of Data, art. 83): at least the threshold <em>imposed or remaining</em>;
         * a sentence of 36 months imposed with 5 remaining meets a threshold of 6 months. The default.
         */
        IMPOSED_OR_REMAINING,
        /** Stricter: at least the threshold must remain to be served, whatever was imposed (36 imposed, 5 remaining fails). */
        REMAINING
    }

    private final int prosecutionMinPenaltyMonths;
    private final int sentenceMinMonths;
    private final SentenceRule sentenceRule;

    /** With the DOMAIN's sentence rule, {@link SentenceRule#IMPOSED_OR_REMAINING}. */
    public MinimumChecks(int prosecutionMinPenaltyMonths, int sentenceMinMonths) {
        this(prosecutionMinPenaltyMonths, sentenceMinMonths, SentenceRule.IMPOSED_OR_REMAINING);
    }

    public MinimumChecks(int prosecutionMinPenaltyMonths, int sentenceMinMonths, SentenceRule sentenceRule) {
        this.prosecutionMinPenaltyMonths = prosecutionMinPenaltyMonths;
        this.sentenceMinMonths = sentenceMinMonths;
        this.sentenceRule = java.util.Objects.requireNonNull(sentenceRule, "sentenceRule");
    }

    /**
     * Fields sent for a type they do not belong to: malformed input (400), not a failed check.
     * Returns field -> message.
     */
    public static Map<String, String> misplacedFields(Submission s, boolean diffusion) {
        Map<String, String> out = new LinkedHashMap<>();
        NoticeType t = s.type();
        if (s.red() != null && t != NoticeType.RED) {
            out.put("red", "applies only to RED");
        }
        if (s.event() != null && t != NoticeType.YELLOW && t != NoticeType.BLACK) {
            out.put("event", "applies only to YELLOW and BLACK");
        }
        if (s.threatDescription() != null && t != NoticeType.ORANGE) {
            out.put("threatDescription", "applies only to ORANGE");
        }
        if (s.modusOperandi() != null && t != NoticeType.PURPLE) {
            out.put("modusOperandi", "applies only to PURPLE");
        }
        if (s.unReference() != null && t != NoticeType.UN_SPECIAL) {
            out.put("unReference", "applies only to UN_SPECIAL");
        }
        if (s.unListedAs() != null && t != NoticeType.UN_SPECIAL) {
            out.put("unListedAs", "applies only to UN_SPECIAL");
        }
        if (s.assetsDescription() != null && t != NoticeType.SILVER) {
            out.put("assetsDescription", "applies only to SILVER");
        }
        if (s.recipients() != null && !diffusion) {
            out.put("recipients", "applies only to diffusions");
        }
        if (Boolean.TRUE.equals(s.publicExtract()) && t == NoticeType.SILVER) {
            out.put("publicExtract", "Silver Notices are never public");
        }
        if (diffusion && Boolean.TRUE.equals(s.publicExtract())) {
            out.put("publicExtract", "diffusions have no public extract");
        }
        return out;
    }

    public List<CheckResult> run(Submission s, int photoCount, Context ctx) {
        List<CheckResult> out = new ArrayList<>();
        SubjectData p = s.subject();
        out.addAll(latinNames(p));
        switch (s.type()) {
            case RED -> out.addAll(red(s, photoCount, ctx));
            case YELLOW -> {
                out.add(require("YELLOW_IDENTITY", notBlank(p.familyName()) && (p.dateOfBirth() != null || p.hasPhysicalDescription()),
                        "the missing person's family name and a date of birth or physical description are given",
                        "a Yellow Notice needs the missing person's family name (Latin script) and a date of birth or a physical description"));
                out.add(require("YELLOW_DISAPPEARANCE", s.event() != null && s.event().date() != null && notBlank(s.event().place()),
                        "date and place of disappearance are given", "a Yellow Notice needs the date and place of the disappearance (event.date, event.place)"));
                out.add(photoCount > 0 ? CheckResult.passed("YELLOW_PHOTO", "a photograph is attached")
                        : CheckResult.warning("YELLOW_PHOTO", "no photograph: a missing person is hard to recognize without one"));
            }
            case BLUE -> out.add(require("BLUE_IDENTIFIERS",
                    notBlank(p.familyName()) || photoCount > 0 || notBlank(p.distinguishingMarks()) || p.hasPhysicalDescription(),
                    "the person can be identified or located from the data given",
                    "a Blue Notice needs at least a name, a photograph, a physical description or distinguishing marks"));
            case BLACK -> {
                out.add(require("BLACK_DISCOVERY", s.event() != null && s.event().date() != null && notBlank(s.event().place()),
                        "date and place of discovery are given", "a Black Notice needs the date and place where the body was found (event.date, event.place)"));
                out.add(require("BLACK_DESCRIPTION", photoCount > 0 || p.hasPhysicalDescription() || notBlank(p.distinguishingMarks()),
                        "the body is described", "a Black Notice needs a photograph, a physical description or distinguishing marks"));
            }
            case GREEN -> out.add(require("GREEN_IDENTITY",
                    notBlank(p.familyName()) && notBlank(p.forename()) && p.dateOfBirth() != null
                            && (!p.nationalitiesOrEmpty().isEmpty() || photoCount > 0 || hasDocuments(p)),
                    "the person is identified",
                    "a Green Notice needs family name, forename, date of birth and a nationality, photograph or identity document"));
            case ORANGE -> out.add(require("ORANGE_THREAT", notBlank(s.threatDescription()),
                    "the threat is described", "an Orange Notice needs a description of the imminent threat (threatDescription)"));
            case PURPLE -> out.add(require("PURPLE_MODUS_OPERANDI", notBlank(s.modusOperandi()),
                    "the modus operandi is described", "a Purple Notice needs the modus operandi, objects, devices or hiding places (modusOperandi)"));
            case UN_SPECIAL -> {
                out.add(require("UN_REFERENCE", notBlank(s.unReference()),
                        "the sanctions committee's reference is given", "a UN Security Council Special Notice needs the sanctions list reference (unReference)"));
                out.add(require("UN_IDENTITY", notBlank(p.familyName()),
                        "the listed person or entity is named", "a UN Special Notice needs the name of the listed person or entity (familyName)"));
            }
            case SILVER -> {
                out.add(require("SILVER_ASSETS", notBlank(s.assetsDescription()),
                        "the assets are described", "a Silver Notice needs a description of the criminal assets sought (assetsDescription)"));
                out.add(require("SILVER_IDENTITY", notBlank(p.familyName()) && (p.dateOfBirth() != null || !p.nationalitiesOrEmpty().isEmpty()),
                        "the person linked to the assets is identified", "a Silver Notice needs the family name and a date of birth or nationality of the person linked to the assets"));
            }
        }
        if (ctx.underMeasures()) {
            boolean justified = s.justification() != null && notBlank(s.justification().evidenceSummary())
                    && s.justification().judicialDocuments() != null && !s.justification().judicialDocuments().isEmpty();
            out.add(require("SUPERVISION_JUSTIFICATION", justified,
                    "the extra justification required under measures is given (evidence summary and judicial documents)",
                    "the requesting member is under measures: every request must carry justification.evidenceSummary and at least one justification.judicialDocuments entry"));
        }
        if (ctx.blockedByCcfDeletion()) {
            out.add(notBlank(s.newFacts())
                    ? CheckResult.passed("CCF_DELETION_BLOCK", "a request for this person was deleted by the CCF (" + ctx.blockingDecision()
                    + "); new facts are given")
                    : CheckResult.failed("CCF_DELETION_BLOCK", "the CCF ordered the deletion of this member's request for the same person ("
                    + ctx.blockingDecision() + "); an identical request can only be filed again with new facts (newFacts)"));
        }
        return out;
    }

    private List<CheckResult> latinNames(SubjectData p) {
        List<CheckResult> out = new ArrayList<>();
        boolean original = notBlank(p.familyNameOriginal()) || notBlank(p.forenameOriginal());
        if (original) {
            boolean latin = (!notBlank(p.familyNameOriginal()) || notBlank(p.familyName()))
                    && (!notBlank(p.forenameOriginal()) || notBlank(p.forename()));
            out.add(require("NAMES_LATIN_SCRIPT", latin, "names in the original script come with their Latin-script form",
                    "every name given in the original script must also be given in Latin script (familyName, forename)"));
        }
        return out;
    }

    List<CheckResult> red(Submission s, int photoCount, Context ctx) {
        List<CheckResult> out = new ArrayList<>();
        RedData red = s.red();
        SubjectData p = s.subject();
        if (red == null) {
            out.add(CheckResult.failed("RED_JUDICIAL_DATA", "a Red Notice needs its judicial data (red: purpose, charges, warrant)"));
            out.add(identifiers(p, photoCount));
            return out;
        }
        // judicial data
        List<String> missing = new ArrayList<>();
        List<Charge> charges = red.chargesOrEmpty();
        if (charges.isEmpty()) {
            missing.add("at least one charge with its legal provision");
        }
        if (red.purpose() == Purpose.PROSECUTION) {
            List<Integer> withoutPenalty = new ArrayList<>();
            for (int i = 0; i < charges.size(); i++) {
                if (charges.get(i).maxPenaltyMonths() == null) {
                    withoutPenalty.add(i + 1);
                }
            }
            if (!withoutPenalty.isEmpty()) {
                missing.add("the maximum penalty of charge(s) " + withoutPenalty);
            }
        } else if (red.sentenceImposedMonths() == null) {
            missing.add("the sentence imposed (sentenceImposedMonths)");
        }
        WarrantKind expected = red.purpose() == Purpose.PROSECUTION ? WarrantKind.ARREST_WARRANT : WarrantKind.JUDGMENT;
        if (red.warrant() == null) {
            missing.add("the " + (expected == WarrantKind.ARREST_WARRANT ? "arrest warrant" : "judgment") + " (authority, date, reference)");
        } else {
            if (red.warrant().kind() != expected) {
                missing.add("a " + expected + " (a " + red.purpose() + " rests on a " + expected + ", not a " + red.warrant().kind() + ")");
            }
            if (red.warrant().issuedOn().isAfter(ctx.today())) {
                missing.add("a warrant date that is not in the future (" + red.warrant().issuedOn() + ")");
            }
        }
        out.add(missing.isEmpty() ? CheckResult.passed("RED_JUDICIAL_DATA", "charges, legal provisions, penalties and the "
                + expected.name().toLowerCase().replace('_', ' ') + " are given")
                : CheckResult.failed("RED_JUDICIAL_DATA", "judicial data incomplete: missing " + String.join("; ", missing)));

        // penalty thresholds
        if (red.purpose() == Purpose.PROSECUTION) {
            int max = charges.stream().filter(c -> c.maxPenaltyMonths() != null).mapToInt(Charge::maxPenaltyMonths).max().orElse(-1);
            if (max >= prosecutionMinPenaltyMonths) {
                out.add(CheckResult.passed("RED_PENALTY_THRESHOLD", "the most serious charge is punishable by " + months(max)
                        + " (at least " + months(prosecutionMinPenaltyMonths) + " required for prosecution)"));
            } else {
                out.add(CheckResult.failed("RED_PENALTY_THRESHOLD", "for prosecution, an offence must be punishable by at least "
                        + months(prosecutionMinPenaltyMonths) + " of deprivation of liberty; the highest maximum penalty given is "
                        + (max < 0 ? "none" : months(max))));
            }
        } else {
            Integer imposed = red.sentenceImposedMonths();
            Integer remaining = red.remainingSentenceMonths() != null ? red.remainingSentenceMonths() : imposed;
            if (remaining == null) {
                out.add(CheckResult.failed("RED_PENALTY_THRESHOLD", "for a sentence, the sentence imposed or remaining must be given"));
            } else if (imposed != null && remaining > imposed) {
                out.add(CheckResult.failed("RED_PENALTY_THRESHOLD", "the remaining sentence (" + months(remaining)
                        + ") cannot exceed the sentence imposed (" + months(imposed) + ")"));
            } else if (remaining >= sentenceMinMonths) {
                out.add(CheckResult.passed("RED_PENALTY_THRESHOLD", months(remaining) + " of the sentence remain to be served (at least "
                        + months(sentenceMinMonths) + (sentenceRule == SentenceRule.REMAINING ? " remaining" : " imposed or remaining")
                        + " required)"));
            } else if (sentenceRule == SentenceRule.IMPOSED_OR_REMAINING && imposed != null && imposed >= sentenceMinMonths) {
                out.add(CheckResult.passed("RED_PENALTY_THRESHOLD", "a sentence of " + months(imposed) + " was imposed (at least "
                        + months(sentenceMinMonths) + " imposed or remaining required; " + months(remaining) + " remain)"));
            } else if (sentenceRule == SentenceRule.REMAINING) {
                out.add(CheckResult.failed("RED_PENALTY_THRESHOLD", "to serve a sentence, at least " + months(sentenceMinMonths)
                        + " must remain; " + months(remaining) + " remain"));
            } else {
                out.add(CheckResult.failed("RED_PENALTY_THRESHOLD", "to serve a sentence, at least " + months(sentenceMinMonths)
                        + " must have been imposed or remain; " + (imposed == null ? "no sentence imposed is given" : months(imposed) + " imposed")
                        + ", " + months(remaining) + " remain"));
            }
        }

        // excluded offence categories
        List<String> excluded = new ArrayList<>();
        for (int i = 0; i < charges.size(); i++) {
            Charge c = charges.get(i);
            if (c.category().excludedFromRedNotices() && !c.linked()) {
                excluded.add("charge " + (i + 1) + " (" + c.category() + ": " + c.description() + ")");
            }
        }
        out.add(excluded.isEmpty()
                ? CheckResult.passed("RED_EXCLUDED_OFFENCE", "no charge falls in a category excluded from Red Notices")
                : CheckResult.failed("RED_EXCLUDED_OFFENCE", "Red Notices cannot be issued for offences about behavioural or cultural norms, "
                + "family or private matters, private disputes or breaches of administrative law unless linked to serious or organized crime: "
                + String.join("; ", excluded)));

        out.add(identifiers(p, photoCount));
        return out;
    }

    private static CheckResult identifiers(SubjectData p, int photoCount) {
        List<String> missing = new ArrayList<>();
        if (!notBlank(p.familyName())) {
            missing.add("family name (Latin script)");
        }
        if (!notBlank(p.forename())) {
            missing.add("forename (Latin script)");
        }
        if (p.sex() == null || p.sex() == Sex.U) {
            missing.add("sex");
        }
        if (p.dateOfBirth() == null) {
            missing.add("date of birth (at least the year)");
        }
        if (photoCount == 0 && !hasDocuments(p) && !p.hasPhysicalDescription() && !notBlank(p.distinguishingMarks())) {
            missing.add("one of: photograph, identity document, physical description, distinguishing marks");
        }
        return missing.isEmpty()
                ? CheckResult.passed("RED_SUFFICIENT_IDENTIFIERS", "name, sex, date of birth and a further identifier are given")
                : CheckResult.failed("RED_SUFFICIENT_IDENTIFIERS", "the person is not sufficiently identified: missing "
                + String.join(", ", missing));
    }

    private static CheckResult require(String code, boolean ok, String passReason, String failReason) {
        return ok ? CheckResult.passed(code, passReason) : CheckResult.failed(code, failReason);
    }

    private static boolean hasDocuments(SubjectData p) {
        return p.identityDocuments() != null && !p.identityDocuments().isEmpty();
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String months(int m) {
        if (m % 12 == 0 && m > 0) {
            return (m / 12) + (m == 12 ? " year" : " years");
        }
        return m + (m == 1 ? " month" : " months");
    }

    public static List<CheckResult> failures(List<CheckResult> results) {
        return results.stream().filter(CheckResult::failed).collect(Collectors.toList());
    }
}
