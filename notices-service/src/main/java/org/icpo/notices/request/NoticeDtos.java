package org.icpo.notices.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.kit.web.CountryCodes;
import org.icpo.notices.subject.Names;
import org.icpo.notices.subject.PartialDate;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of notice requests and diffusions (views are in {@link RecordView}). */
public final class NoticeDtos {

    private NoticeDtos() {
    }

    public enum Purpose { PROSECUTION, SENTENCE }

    public enum WarrantKind { ARREST_WARRANT, JUDGMENT }

    /** What a UN Security Council Special Notice lists: a person or an entity (organization, group, undertaking). */
    public enum UnListing { PERSON, ENTITY }

    static final String LATIN_NAME = Names.LATIN_SCRIPT_MESSAGE + "; a name in another script goes in familyNameOriginal or forenameOriginal";

    @Schema(name = "Subject", description = "The person concerned. Names in Latin script are required where names are known; "
            + "names in the original script are kept alongside.")
    public record SubjectData(
            @Size(max = 200) @Pattern(regexp = Names.LATIN_SCRIPT, message = LATIN_NAME)
            @Schema(description = "Family name in Latin script", examples = "PROKOPCHUK") String familyName,
            @Size(max = 200) @Pattern(regexp = Names.LATIN_SCRIPT, message = LATIN_NAME)
            @Schema(description = "Forename(s) in Latin script", examples = "Ivan") String forename,
            @Size(max = 200) @Schema(description = "Family name in the original script", examples = "ПРОКОПЧУК") String familyNameOriginal,
            @Size(max = 200) @Schema(description = "Forename(s) in the original script", examples = "Иван") String forenameOriginal,
            @Pattern(regexp = "[A-Z][a-z]{3}", message = "must be an ISO 15924 script code such as Cyrl, Arab, Grek")
            @Schema(description = "ISO 15924 code of the original script", examples = "Cyrl") String originalScript,
            Sex sex,
            @Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE)
            @Schema(description = "Full or partial date of birth", examples = "1975-04") String dateOfBirth,
            @Size(max = 10) List<@NotNull @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) String> nationalities,
            @Size(max = 200) String placeOfBirth,
            @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) String countryOfBirth,
            @Valid Physical physical,
            @Size(max = 20) @Schema(description = "ISO 639-2/3 three-letter codes", examples = "[\"rus\", \"eng\"]")
            List<@NotNull @Pattern(regexp = "[a-z]{3}", message = "must be an ISO 639 three-letter code in lower case") String> languages,
            @Size(max = 2000) String distinguishingMarks,
            @Size(max = 10) List<@NotNull @Valid IdentityDocument> identityDocuments,
            @Size(max = 20) @Schema(description = "Photographs, base64-encoded; JPEG or PNG within the configured size limit")
            List<@NotNull @Valid PhotoUpload> photos,
            @Size(max = 200) @Schema(description = "Family name at birth, if different (Yellow Notices)") String birthName,
            @Size(max = 200) @Schema(description = "Father's forename (Yellow Notices)") String fatherForename,
            @Size(max = 200) @Schema(description = "Mother's forename (Yellow Notices)") String motherForename,
            @Size(max = 200) @Schema(description = "Mother's family name (Yellow Notices)") String motherName) {

        public List<String> nationalitiesOrEmpty() {
            return nationalities == null ? List.of() : nationalities;
        }

        public boolean hasPhysicalDescription() {
            return physical != null && physical.described();
        }
    }

    @Schema(name = "PhysicalDescription")
    public record Physical(
            @Min(30) @Max(260) @Schema(examples = "182") Integer heightCm,
            @Min(1) @Max(400) @Schema(examples = "80") Integer weightKg,
            @Size(max = 5) List<@NotNull @Pattern(regexp = "[A-Z]{3,6}", message = "must be a colour code such as BRO, BLU, GRE") String> eyeColours,
            @Size(max = 5) List<@NotNull @Pattern(regexp = "[A-Z]{3,6}", message = "must be a colour code such as BLA, BRO, GRY") String> hairColours,
            @Size(max = 1000) String other) {

        public boolean described() {
            return heightCm != null || weightKg != null || (eyeColours != null && !eyeColours.isEmpty())
                    || (hairColours != null && !hairColours.isEmpty()) || (other != null && !other.isBlank());
        }
    }

    @Schema(name = "IdentityDocument")
    public record IdentityDocument(@NotBlank @Size(max = 50) @Schema(examples = "PASSPORT") String kind,
                                   @NotBlank @Size(max = 100) String number,
                                   @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) String issuingCountry) {
    }

    @Schema(name = "PhotoUpload")
    public record PhotoUpload(@NotBlank @Size(max = 50) @Schema(examples = "image/jpeg") String contentType,
                              @NotBlank @Schema(description = "The image bytes, base64-encoded") String data) {
    }

    @Schema(name = "Charge")
    public record Charge(
            @NotBlank @Size(max = 1000) @Schema(examples = "Armed robbery of a bank") String description,
            @NotBlank @Size(max = 500) @Schema(description = "The legal provision", examples = "Criminal Code, art. 162(4)") String legalProvision,
            @NotNull OffenceCategory category,
            @Min(0) @Max(1200) @Schema(description = "Maximum penalty in months of deprivation of liberty (1200 for life)", examples = "120")
            Integer maxPenaltyMonths,
            @Schema(description = "Linked to serious or organized crime (lifts the exclusion of some categories)")
            Boolean linkedToSeriousOrOrganizedCrime) {

        public boolean linked() {
            return Boolean.TRUE.equals(linkedToSeriousOrOrganizedCrime);
        }
    }

    @Schema(name = "Warrant", description = "The arrest warrant (prosecution) or judgment (sentence) the Red Notice rests on")
    public record Warrant(@NotNull WarrantKind kind,
                          @NotBlank @Size(max = 300) @Schema(examples = "Moscow City Court") String authority,
                          @NotNull @Schema(examples = "2024-03-01") LocalDate issuedOn,
                          @NotBlank @Size(max = 200) @Schema(examples = "1-234/2024") String reference) {
    }

    @Schema(name = "RedNoticeData", description = "Judicial data of a Red Notice")
    public record RedData(@NotNull Purpose purpose,
                          @Size(max = 30) List<@NotNull @Valid Charge> charges,
                          @Min(0) @Max(1200) @Schema(description = "Sentence imposed, in months") Integer sentenceImposedMonths,
                          @Min(0) @Max(1200) @Schema(description = "Sentence remaining to be served, in months") Integer remainingSentenceMonths,
                          @Valid Warrant warrant) {

        public List<Charge> chargesOrEmpty() {
            return charges == null ? List.of() : charges;
        }
    }

    @Schema(name = "Event", description = "Disappearance (Yellow) or discovery of the body (Black)")
    public record Event(@Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE) String date,
                        @Size(max = 300) String place,
                        @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) String country) {
    }

    @Schema(name = "Justification", description = "Required from members under corrective measures or heightened supervision")
    public record Justification(@Size(max = 8000) String evidenceSummary,
                                @Size(max = 50) List<@NotBlank @Size(max = 500) String> judicialDocuments) {
    }

    @Schema(name = "NewNoticeRequest", description = "A notice request (POST /notice-requests) or diffusion (POST /diffusions)")
    public record Submission(
            @NotNull NoticeType type,
            @NotNull @Valid SubjectData subject,
            @NotBlank @Size(max = 8000) @Schema(description = "Summary of the facts of the case") String caseSummary,
            @Valid @Schema(description = "RED only: judicial data") RedData red,
            @Valid @Schema(description = "YELLOW and BLACK only") Event event,
            @Size(max = 4000) @Schema(description = "ORANGE only") String threatDescription,
            @Size(max = 4000) @Schema(description = "PURPLE only") String modusOperandi,
            @Size(max = 200) @Schema(description = "UN_SPECIAL only: the sanctions committee's reference", examples = "QDi.430") String unReference,
            @Size(max = 4000) @Schema(description = "SILVER only: the assets sought") String assetsDescription,
            @Valid Justification justification,
            @Schema(description = "The requester agrees to a public extract (UN Special Notices are always public, Silver never)")
            Boolean publicExtract,
            @Size(max = 8000) @Schema(description = "New facts, required to file again for a person after a CCF deletion of this member's request")
            String newFacts,
            @Size(max = 200) @Schema(description = "Diffusions only: the recipient members, each a member of the Organization (otherwise 422, "
                    + "unknownRecipients); omitted = all members")
            List<@NotNull @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) String> recipients,
            @Schema(description = "UN_SPECIAL only: whether the sanctions list names a person (default) or an entity")
            UnListing unListedAs) {
    }
}
