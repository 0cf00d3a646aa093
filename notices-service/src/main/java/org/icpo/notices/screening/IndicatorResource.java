package org.icpo.notices.screening;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.idempotency.Idempotency;
import org.icpo.kit.persistence.Conditions;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.problem.ProblemType;
import org.icpo.kit.security.Caller;
import org.icpo.kit.security.Roles;
import org.icpo.notices.screening.IndicatorDtos.IndicatorView;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/screening-indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screening indicators", description = "The maintained, multilingual list of Article 3 indicators used by the screening")
public class IndicatorResource {

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Idempotency idempotency;

    @GET
    @Authenticated
    @Operation(summary = "List the indicators", description = "Filter by category, language, active.")
    public List<IndicatorView> list(@QueryParam("category") Article3Category category,
                                    @QueryParam("language") @jakarta.validation.constraints.Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code in lower case") String language,
                                    @QueryParam("active") Boolean active) {
        Conditions c = new Conditions()
                .equal("category", "category", category)
                .equal("language", "language", language)
                .equal("active", "active", active);
        return ScreeningIndicator.<ScreeningIndicator>list(c.where() + " order by category, language, term", c.parameters()).stream()
                .map(IndicatorView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Add an indicator")
    @APIResponse(responseCode = "201", description = "Added; used by every screening from now on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)),
            headers = @Header(name = "Location", description = "The indicator: /screening-indicators/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "409", description = "The term already exists in that language")
    public Response add(@NotNull @Valid IndicatorDtos.NewIndicator body, @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) String key) {
        return idempotency.execute(key, "POST /screening-indicators", body, () -> {
            String term = body.term().trim();
            if (ScreeningIndicator.count("lower(term) = ?1 and language = ?2", term.toLowerCase(), body.language()) > 0) {
                throw ApiException.conflict("The indicator '" + term + "' (" + body.language() + ") already exists");
            }
            ScreeningIndicator i = new ScreeningIndicator();
            i.term = term;
            i.language = body.language();
            i.category = body.category();
            i.note = body.note();
            i.updatedBy = caller.subject();
            i.updatedAt = Instant.now(clock);
            i.persistAndFlush();
            audit.record("indicator.added", "screening-indicator", i.id.toString(),
                    Map.of("term", i.term, "language", i.language, "category", i.category.name()));
            return Response.created(URI.create("/screening-indicators/" + i.id)).entity(IndicatorView.of(i)).build();
        });
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Change or deactivate an indicator")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "409", description = "Changed meanwhile: a stale version (problem type concurrent-modification; read it again and retry), "
            + "or the term already exists (conflict)")
    public IndicatorView update(@PathParam("id") Long id, @NotNull @Valid IndicatorDtos.IndicatorUpdate body) {
        ScreeningIndicator i = ScreeningIndicator.findById(id);
        if (i == null) {
            throw ApiException.notFound("No screening indicator " + id);
        }
        if (i.version != body.version()) {
            // the same problem type as a lost optimistic-lock race (ProblemMappers): a client reads again and retries on it
            throw new ApiException(ProblemType.CONCURRENT_MODIFICATION, "The indicator was changed meanwhile (version " + i.version + ", not " + body.version() + "); read it again");
        }
        String term = body.term().trim();
        if (ScreeningIndicator.count("lower(term) = ?1 and language = ?2 and id <> ?3", term.toLowerCase(), body.language(), id) > 0) {
            throw ApiException.conflict("The indicator '" + term + "' (" + body.language() + ") already exists");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", i.term + " (" + i.language + ", " + i.category + ", active=" + i.active + ")");
        i.term = term;
        i.language = body.language();
        i.category = body.category();
        i.active = body.active();
        i.note = body.note();
        i.updatedBy = caller.subject();
        i.updatedAt = Instant.now(clock);
        details.put("after", i.term + " (" + i.language + ", " + i.category + ", active=" + i.active + ")");
        ScreeningIndicator.getEntityManager().flush();
        audit.record("indicator.changed", "screening-indicator", Long.toString(id), details);
        return IndicatorView.of(i);
    }
}
