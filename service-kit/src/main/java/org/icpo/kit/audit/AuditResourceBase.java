package org.icpo.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;

/**
 * Read access to a service's audit log, for the General Secretariat and the CCF. Each service
 * subclasses it under its own path ({@code /audit/<service>}) so the gateway can route it.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditResourceBase {

    @Inject
    AuditLog auditLog;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.CCF})
    @Operation(summary = "Read the audit log", description = "Newest first; filter by target and actor.")
    public PageView<AuditEntry> list(@QueryParam("targetType") @Size(max = 60) String targetType,
                                     @QueryParam("targetId") @Size(max = 120) String targetId,
                                     @QueryParam("actor") @Size(max = 255) String actor,
                                     @Valid @BeanParam PageParams page) {
        return auditLog.find(targetType, targetId, actor, page);
    }
}
