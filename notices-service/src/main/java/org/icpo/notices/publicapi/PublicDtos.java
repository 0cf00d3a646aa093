package org.icpo.notices.publicapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Bodies of the public notices API, in the shape of the organization's public notices web API: snake_case field
 * names, HAL {@code _links} and {@code _embedded}, dates {@code YYYY/MM/DD}, {@code YYYY/MM} or {@code YYYY}, ids
 * {@code YEAR/NUMBER}. Fields without a value are sent as {@code null}, as the original API does.
 */
public final class PublicDtos {

    private PublicDtos() {
    }

    @Schema(name = "PublicLink")
    public record Link(@Schema(examples = "https://icpo.example/notices/v1/red/2025-10001") String href) {
    }

    @Schema(name = "PublicNotFound", description = "The body of every 404 of the public notices API")
    @JsonPropertyOrder({"status", "name", "message"})
    public record NotFound(@Schema(examples = "404") int status, @Schema(examples = "NotFoundError") String name,
                           @Schema(examples = "Not Found") String message) {
        public static final NotFound INSTANCE = new NotFound(404, "NotFoundError", "Not Found");
    }

    @Schema(name = "PublicNoticeSummary", description = "One notice of a list")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"forename", "date_of_birth", "entity_id", "nationalities", "name", "_links"})
    public record Summary(
            String forename,
            @JsonProperty("date_of_birth") @Schema(examples = "1975/04/12") String dateOfBirth,
            @JsonProperty("entity_id") @Schema(examples = "2025/10001") String entityId,
            List<String> nationalities,
            String name,
            @JsonProperty("_links") @Schema(description = "self, images and (when there is a photograph) thumbnail") Map<String, Link> links) {
    }

    @Schema(name = "PublicNoticeEmbedded")
    public record EmbeddedNotices(List<Summary> notices) {
    }

    @Schema(name = "PublicNoticeList", description = "A page of public notices (HAL)")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"total", "query", "_embedded", "_links"})
    public record NoticeList(
            @Schema(description = "Number of notices matching the filters, across all pages", examples = "7012") long total,
            @Schema(description = "Echo of page, resultPerPage (after the cap) and the filters given") Map<String, Object> query,
            @JsonProperty("_embedded") EmbeddedNotices embedded,
            @JsonProperty("_links") @Schema(description = "self, first, last, and next when there is a next page") Map<String, Link> links) {
    }

    @Schema(name = "PublicArrestWarrant")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"issuing_country_id", "charge", "charge_translation"})
    public record ArrestWarrant(@JsonProperty("issuing_country_id") @Schema(examples = "FR") String issuingCountryId,
                                String charge,
                                @JsonProperty("charge_translation") String chargeTranslation) {
    }

    @Schema(name = "PublicEmbeddedLinks")
    public record EmbeddedLinks(@Schema(description = "Related links; none are recorded by this service, so always empty") List<Link> links) {
    }

    @Schema(name = "PublicRedNotice", description = "Detail of a public Red Notice")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"arrest_warrants", "weight", "forename", "date_of_birth", "entity_id", "languages_spoken_ids", "nationalities",
            "height", "sex_id", "country_of_birth_id", "name", "distinguishing_marks", "eyes_colors_id", "hairs_id", "place_of_birth",
            "_embedded", "_links"})
    public record RedNotice(
            @JsonProperty("arrest_warrants") List<ArrestWarrant> arrestWarrants,
            @Schema(description = "Kilograms", examples = "80") Integer weight,
            String forename,
            @JsonProperty("date_of_birth") String dateOfBirth,
            @JsonProperty("entity_id") String entityId,
            @JsonProperty("languages_spoken_ids") @Schema(description = "ISO 639 three-letter codes in capitals", examples = "[\"FRA\"]")
            List<String> languagesSpokenIds,
            List<String> nationalities,
            @Schema(description = "Metres", examples = "1.82") Double height,
            @JsonProperty("sex_id") @Schema(examples = "M") String sexId,
            @JsonProperty("country_of_birth_id") String countryOfBirthId,
            String name,
            @JsonProperty("distinguishing_marks") String distinguishingMarks,
            @JsonProperty("eyes_colors_id") List<String> eyesColorsId,
            @JsonProperty("hairs_id") List<String> hairsId,
            @JsonProperty("place_of_birth") String placeOfBirth,
            @JsonProperty("_embedded") EmbeddedLinks embedded,
            @JsonProperty("_links") Map<String, Link> links) {
    }

    @Schema(name = "PublicYellowNotice", description = "Detail of a public Yellow Notice")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"country_of_birth_id", "place", "date_of_event", "distinguishing_marks", "weight", "nationalities", "entity_id",
            "eyes_colors_id", "sex_id", "place_of_birth", "forename", "birth_name", "father_forename", "mother_forename", "mother_name",
            "languages_spoken_ids", "height", "hairs_id", "name", "date_of_birth", "country", "_embedded", "_links"})
    public record YellowNotice(
            @JsonProperty("country_of_birth_id") String countryOfBirthId,
            @Schema(description = "Place of disappearance") String place,
            @JsonProperty("date_of_event") @Schema(description = "Date of disappearance", examples = "2024/05/01") String dateOfEvent,
            @JsonProperty("distinguishing_marks") String distinguishingMarks,
            Integer weight,
            List<String> nationalities,
            @JsonProperty("entity_id") String entityId,
            @JsonProperty("eyes_colors_id") List<String> eyesColorsId,
            @JsonProperty("sex_id") String sexId,
            @JsonProperty("place_of_birth") String placeOfBirth,
            String forename,
            @JsonProperty("birth_name") @Schema(description = "Family name at birth, when given") String birthName,
            @JsonProperty("father_forename") String fatherForename,
            @JsonProperty("mother_forename") String motherForename,
            @JsonProperty("mother_name") String motherName,
            @JsonProperty("languages_spoken_ids") List<String> languagesSpokenIds,
            Double height,
            @JsonProperty("hairs_id") List<String> hairsId,
            String name,
            @JsonProperty("date_of_birth") String dateOfBirth,
            @Schema(description = "Country of disappearance", examples = "FR") String country,
            @JsonProperty("_embedded") EmbeddedLinks embedded,
            @JsonProperty("_links") Map<String, Link> links) {
    }

    @Schema(name = "PublicUnNotice", description = "Detail of a UN Security Council Special Notice (person or entity)")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"forename", "name", "date_of_birth", "entity_id", "nationalities", "sex_id", "country_of_birth_id", "place_of_birth",
            "un_reference", "_embedded", "_links"})
    public record UnNotice(
            @Schema(description = "Persons only") String forename,
            @Schema(description = "Family name of a person, name of an entity") String name,
            @JsonProperty("date_of_birth") String dateOfBirth,
            @JsonProperty("entity_id") String entityId,
            List<String> nationalities,
            @JsonProperty("sex_id") String sexId,
            @JsonProperty("country_of_birth_id") String countryOfBirthId,
            @JsonProperty("place_of_birth") String placeOfBirth,
            @JsonProperty("un_reference") @Schema(description = "The sanctions committee's reference", examples = "QDi.430") String unReference,
            @JsonProperty("_embedded") EmbeddedLinks embedded,
            @JsonProperty("_links") Map<String, Link> links) {
    }

    @Schema(name = "PublicImage")
    @JsonPropertyOrder({"picture_id", "_links"})
    public record Image(@JsonProperty("picture_id") String pictureId, @JsonProperty("_links") Map<String, Link> links) {
    }

    @Schema(name = "PublicImagesEmbedded")
    public record EmbeddedImages(List<Image> images) {
    }

    @Schema(name = "PublicImages", description = "The photographs of a public notice (HAL)")
    @JsonPropertyOrder({"_embedded", "_links"})
    public record Images(@JsonProperty("_embedded") EmbeddedImages embedded,
                         @JsonProperty("_links") @Schema(description = "self, notice, and thumbnail when there is a photograph") Map<String, Link> links) {
    }
}
