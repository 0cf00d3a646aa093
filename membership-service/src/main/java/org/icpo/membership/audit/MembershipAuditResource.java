package org.icpo.membership.audit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.audit.AuditResourceBase;

/** The audit log of membership-service. */
@Path("/audit/membership")
@Tag(name = "Audit", description = "Append-only record of every change: who, what, when, request id")
public class MembershipAuditResource extends AuditResourceBase {
}
