package org.icpo.notices.lifecycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.security.Roles;

@Path("/notice-lifecycle/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lifecycle")
public class LifecycleResource {

    @Inject
    LifecycleService lifecycle;

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Run the lifecycle now", description = "Marks for renewal the published notices within 6 months of expiry and expires "
            + "those past their validity, as the scheduled job does (icpo.notices.lifecycle.every).")
    public LifecycleService.RunResult run() {
        return lifecycle.run();
    }
}
