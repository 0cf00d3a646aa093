package org.icpo.elections.audit;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.audit.AuditResourceBase;

/** The audit log of elections-service. Votes are recorded as "who voted in which round", never with a choice or receipt. */
@Path("/audit/elections")
@Tag(name = "Audit", description = "Append-only record of every change: who, what, when, request id")
public class ElectionsAuditResource extends AuditResourceBase {
}
