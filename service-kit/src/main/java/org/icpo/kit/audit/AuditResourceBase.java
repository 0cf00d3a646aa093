package org.icpo.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Read access to a service's audit log, for the General Secretariat and the CCF. Each service
 * subclasses it under its own path ({@code /audit/<service>}) so the gateway can route it. Its entries
 * hold personal data (the names a member searched for, a CCF applicant's name), so every read is
 * audited in turn: {@code audit-log.read}, with its filters and page, written after the page is read.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditResourceBase {

    @Inject
    AuditLog auditLog;

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.CCF})
    @Transactional
    @APIResponse(responseCode = "200", description = "Entries, newest first")
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    @APIResponse(responseCode = "401", description = "Authentication required: no valid bearer token")
    @APIResponse(responseCode = "403", description = "Not the General Secretariat nor the CCF")
    @Operation(summary = "Read the audit log", description = "Newest first; filter by target and actor. Each read is itself "
            + "audited (action audit-log.read, target type audit-log: who, the filters, the page).")
    public PageView<AuditEntry> list(@QueryParam("targetType") @Size(max = 60) String targetType,
                                     @QueryParam("targetId") @Size(max = 120) String targetId,
                                     @QueryParam("actor") @Size(max = 255) String actor,
                                     @Valid @BeanParam PageParams page) {
        PageView<AuditEntry> view = auditLog.find(targetType, targetId, actor, page);
        Map<String, Object> details = new LinkedHashMap<>();
        if (targetType != null) {
            details.put("targetType", targetType);
        }
        if (targetId != null) {
            details.put("targetId", targetId);
        }
        if (actor != null) {
            details.put("actor", actor);
        }
        details.put("page", page.page);
        details.put("size", page.size);
        details.put("entries", view.items().size());
        auditLog.record("audit-log.read", "audit-log", "read", details);
        return view;
    }
}
