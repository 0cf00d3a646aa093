package org.icpo.notices.audit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.audit.AuditResourceBase;

@Path("/audit/notices")
@Tag(name = "Audit", description = "Every state change, every read of personal data and every refused attempt of notices-service")
public class NoticesAuditResource extends AuditResourceBase {
}
