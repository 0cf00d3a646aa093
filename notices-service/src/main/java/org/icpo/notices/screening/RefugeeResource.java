package org.icpo.notices.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.idempotency.Idempotency;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.security.Caller;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.CountryCodes;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;
import org.icpo.notices.access.Auditor;
import org.icpo.notices.access.MemberAccess;
import org.icpo.notices.request.RecordService;
import org.icpo.notices.subject.Names;
import org.icpo.notices.subject.PartialDate;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/refugee-statuses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Refugee statuses", description = "Refugee status recognized for a person, recorded by any member or the CCF; "
        + "requests from the country fled are flagged by the screening")
public class RefugeeResource {

    @Inject
    Caller caller;

    @Inject
    MemberAccess access;

    @Inject
    Auditor audit;

    @Inject
    Clock clock;

    @Inject
    Idempotency idempotency;

    @Inject
    RecordService records;

    @Schema(name = "NewRefugeeStatus")
    public record NewRefugeeStatus(@NotBlank @Size(max = 200) @Pattern(regexp = Names.LATIN_SCRIPT, message = Names.LATIN_SCRIPT_MESSAGE)
                                   @Schema(description = "Latin script") String familyName,
                                   @Size(max = 200) @Pattern(regexp = Names.LATIN_SCRIPT, message = Names.LATIN_SCRIPT_MESSAGE)
                                   @Schema(description = "Latin script") String forename,
                                   @Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE) String dateOfBirth,
                                   @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) String nationality,
                                   @NotNull @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) @Schema(examples = "RU") String countryFled,
                                   @NotNull LocalDate recognizedOn,
                                   @NotBlank @Size(max = 200) @Schema(description = "The recognizing authority's reference") String reference) {
    }

    @Schema(name = "RefugeeStatus")
    public record RefugeeView(UUID id, String familyName, String forename, String dateOfBirth, String nationality, String countryFled,
                              @Schema(description = "ISO code of the recognizing member, or CCF") String recognizedBy, LocalDate recognizedOn,
                              String reference, String recordedBy, Instant recordedAt, Instant withdrawnAt, String withdrawnBy,
                              String withdrawalReason, long version) {
        static RefugeeView of(RefugeeStatus r) {
            return new RefugeeView(r.id, r.familyName, r.forename, r.dateOfBirth, r.nationality, r.countryFled, r.recognizedBy, r.recognizedOn,
                    r.reference, r.recordedBy, r.recordedAt, r.withdrawnAt, r.withdrawnBy, r.withdrawalReason, r.version);
        }
    }

    @Schema(name = "RefugeeStatusWithdrawal")
    public record Withdrawal(@NotBlank @Size(max = 4000) @Schema(examples = "Status ceased: the person returned voluntarily") String reason) {
    }

    @POST
    @RolesAllowed({Roles.NCB, Roles.CCF})
    @Transactional
    @Operation(summary = "Record a refugee status", description = "By an NCB (recognized by its country) or by the CCF. "
            + "Open requests and diffusions about the person are screened again at once.")
    @APIResponse(responseCode = "201", description = "Recorded; screenings from now on take it into account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefugeeView.class)),
            headers = @Header(name = "Location", description = "The refugee status: /refugee-statuses/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "403", description = "The NCB's right to record is suspended (the problem names the measure)")
    @APIResponse(responseCode = "503", description = "membership-service unreachable: the standing of the caller's country is unknown")
    public Response record(@NotNull @Valid NewRefugeeStatus body, @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) String key) {
        String recognizedBy;
        if (caller.hasRole(Roles.CCF)) {
            recognizedBy = "CCF";
        } else {
            recognizedBy = caller.ncbCountry();
            access.require(recognizedBy, MemberAccess.Right.RECORD, "refugee-status.record", "refugee-status", "new");
        }
        if (body.recognizedOn().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("recognizedOn", "must not be in the future");
        }
        if (body.dateOfBirth() != null) {
            try {
                if (PartialDate.parse(body.dateOfBirth()).earliest().isAfter(LocalDate.now(clock))) {
                    throw ApiException.invalid("dateOfBirth", "must not be in the future");
                }
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("dateOfBirth", e.getMessage());
            }
        }
        String unidentified = Screening.refugeeIdentificationProblem(body.forename(), body.dateOfBirth());
        if (unidentified != null) {
            throw ApiException.invalid("forename", unidentified);
        }
        if (body.countryFled().equals(recognizedBy)) {
            throw ApiException.invalid("countryFled", "a member cannot recognize a refugee from itself");
        }
        return idempotency.execute(key, "POST /refugee-statuses", body, () -> {
            RefugeeStatus r = new RefugeeStatus();
            r.id = UUID.randomUUID();
            r.familyName = body.familyName().trim();
            r.forename = body.forename() == null ? null : body.forename().trim();
            r.familyFolded = Names.fold(body.familyName());
            r.forenameFolded = Names.fold(body.forename());
            r.dateOfBirth = body.dateOfBirth();
            r.nationality = body.nationality();
            r.countryFled = body.countryFled();
            r.recognizedBy = recognizedBy;
            r.recognizedOn = body.recognizedOn();
            r.reference = body.reference();
            r.recordedBy = caller.subject();
            r.recordedAt = Instant.now(clock);
            r.persist();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("countryFled", r.countryFled);
            details.put("recognizedBy", r.recognizedBy);
            audit.record("refugee-status.recorded", "refugee-status", r.id.toString(), details);
            // open requests about the person are screened again at once
            records.rescreenOpenAbout(r.familyFolded, r.forenameFolded, r.dateOfBirth);
            return Response.created(URI.create("/refugee-statuses/" + r.id)).entity(RefugeeView.of(r)).build();
        });
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Roles.SECRETARIAT, Roles.CCF})
    @Transactional
    @Operation(summary = "Withdraw a refugee status", description = "Recorded by mistake or ended: kept for the record, no longer used by the screening. "
            + "Open requests about the person are screened again.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such refugee status")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public RefugeeView withdraw(@PathParam("id") UUID id, @NotNull @Valid Withdrawal body) {
        RefugeeStatus r = RefugeeStatus.findById(id);
        if (r == null) {
            throw ApiException.notFound("No refugee status " + id);
        }
        if (r.withdrawnAt != null) {
            throw ApiException.conflict("The refugee status was already withdrawn on " + r.withdrawnAt);
        }
        r.withdrawnAt = Instant.now(clock);
        r.withdrawnBy = caller.subject();
        r.withdrawalReason = body.reason();
        RefugeeStatus.getEntityManager().flush();
        audit.record("refugee-status.withdrawn", "refugee-status", r.id.toString(), Map.of("reason", body.reason()));
        records.rescreenOpenAbout(r.familyFolded, r.forenameFolded, r.dateOfBirth);
        return RefugeeView.of(r);
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.CCF})
    @Transactional
    @Operation(summary = "List refugee statuses (personal data; audited)")
    public PageView<RefugeeView> list(@Valid @BeanParam PageParams page) {
        var q = RefugeeStatus.<RefugeeStatus>findAll(io.quarkus.panache.common.Sort.by("recordedAt").and("id"));
        long total = q.count();
        List<RefugeeView> items = q.page(page.page - 1, page.size).list().stream().map(RefugeeView::of).toList();
        audit.record("refugee-status.listed", "refugee-status", "list", Map.of("page", page.page, "count", items.size()));
        return PageView.of(items, page, total);
    }
}
