package org.icpo.notices.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.icpo.names.NameForms;
import org.icpo.names.PersonName;
import org.icpo.notices.request.NoticeDtos;
import org.icpo.notices.request.NoticeRecord;
import org.icpo.notices.request.NoticeType;
import org.icpo.notices.workflow.RecordKind;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Computes, on every write of a subject, what the searches read: the normalized forms of each spelling of the
 * name (one {@link PersonNameRow} per spelling: the original script and the Latin spelling), the search keys of the
 * record ({@link NameKeyIndex}), the public list the notice belongs to, and the folded free text.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubjectIndex {

    @jakarta.inject.Inject
    NameKeyIndex keys;

    /** Sets the derived columns of the record (before it is persisted). */
    public void prepare(NoticeRecord r, NoticeDtos.Submission s) {
        r.publicCategory = publicCategory(r.kind, s.type(), s.unListedAs());
        NoticeDtos.SubjectData p = s.subject();
        StringJoiner pub = new StringJoiner(" ");
        for (NameForms f : forms(p)) {
            pub.add(f.asciiFull());
        }
        pub.add(TextFold.fold(p.placeOfBirth()));
        pub.add(TextFold.fold(p.distinguishingMarks()));
        if (s.red() != null) {
            s.red().chargesOrEmpty().forEach(c -> pub.add(TextFold.fold(c.description())));
        }
        if (s.event() != null) {
            pub.add(TextFold.fold(s.event().place()));
        }
        r.publicText = squeeze(pub.toString());
        r.searchText = squeeze(r.publicText + " " + TextFold.fold(s.caseSummary()));
    }

    /** Stores one row per spelling and the record's search keys (after the record is persisted). */
    public void storeNames(NoticeRecord r, NoticeDtos.SubjectData p) {
        storeForms(r.id, forms(p));
    }

    /** One {@link PersonNameRow} per spelling of a record's subject, and the record's search keys ({@link NameKeyIndex}). */
    public void storeForms(java.util.UUID recordId, List<NameForms> forms) {
        keys.store(recordId, forms);
        for (int i = 0; i < forms.size(); i++) {
            NameForms f = forms.get(i);
            PersonNameRow row = new PersonNameRow();
            row.recordId = recordId;
            row.position = i + 1;
            row.family = f.family();
            row.forenames = f.forenames();
            row.script = f.script().name();
            row.nameLatin = f.latin();
            row.nameAscii = f.asciiFull();
            row.nameSorted = f.sortedTokens();
            row.nameSkeleton = f.skeletonKey();
            row.familyAscii = NameForms.of(f.family(), null).asciiFull();
            row.forenameAscii = NameForms.of(null, f.forenames()).asciiFull();
            row.matchFamily = f.familyAscii();
            row.matchForenames = f.forenamesAscii();
            row.persist();
        }
    }

    /** Every distinct spelling: the original script first (when given), then the Latin spelling. */
    public static List<NameForms> forms(NoticeDtos.SubjectData p) {
        boolean hasOriginal = notBlank(p.familyNameOriginal()) || notBlank(p.forenameOriginal());
        boolean hasLatin = notBlank(p.familyName()) || notBlank(p.forename());
        if (!hasOriginal && !hasLatin) {
            return List.of();
        }
        PersonName name = hasOriginal
                ? new PersonName(p.familyNameOriginal(), p.forenameOriginal(),
                        hasLatin ? List.of(new PersonName.Spelling(p.familyName(), p.forename())) : List.of())
                : PersonName.of(p.familyName(), p.forename());
        return new ArrayList<>(name.forms());
    }

    static String publicCategory(RecordKind kind, NoticeType type, NoticeDtos.UnListing un) {
        if (kind != RecordKind.NOTICE) {
            return null;
        }
        return switch (type) {
            case RED -> "RED";
            case YELLOW -> "YELLOW";
            case UN_SPECIAL -> un == NoticeDtos.UnListing.ENTITY ? "UN_ENTITY" : "UN_PERSON";
            default -> null;
        };
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
