package org.icpo.membership.measure;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.membership.measure.MeasureDtos.MeasureView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Measures across all members: one read for services that need every member under measures. */
@Path("/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures")
public class MeasureListResource {

    @Inject
    Clock clock;

    @GET
    @Authenticated
    @Operation(summary = "Measures across all members", description = "active=true lists the measures in force today.")
    public List<MeasureView> all(@QueryParam("active") @Parameter(description = "Only measures in force today") Boolean active,
                                 @QueryParam("kind") MeasureKind kind) {
        LocalDate today = LocalDate.now(clock);
        List<Measure> list = kind == null ? Measure.list("order by memberCode, effectiveFrom")
                : Measure.list("kind = ?1 order by memberCode, effectiveFrom", kind);
        return list.stream().map(m -> MeasureView.of(m, today)).filter(v -> active == null || v.active() == active).toList();
    }

}
