package org.icpo.notices.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Set;

/** Statuses of notice requests and diffusions; the moves between them are in {@link Workflow}. */
@Schema(name = "RecordStatus")
public enum Status {
    /** "Request being processed": in the review queue, seen by no other member. */
    PROCESSING,
    /** The General Secretariat asked the requester for more information. */
    INFO_REQUESTED,
    /** Approved by one reviewer; a request from a member under measures needs a second, different reviewer. */
    PENDING_SECOND_REVIEW,
    /** A diffusion visible to its recipients, awaiting review afterwards. */
    CIRCULATING,
    /** Published to all members (notice) or confirmed after review (diffusion). */
    PUBLISHED,
    /** A published notice within the renewal period: still valid, its requester is asked whether it is still needed. */
    RENEWAL_DUE,
    REFUSED,
    /** A diffusion refused after review: no longer visible. */
    WITHDRAWN,
    /** Cancelled by its requester, or deleted by a binding decision of the CCF. */
    CANCELLED,
    EXPIRED;

    public static final Set<Status> FINAL = EnumSet.of(REFUSED, WITHDRAWN, CANCELLED, EXPIRED);
    /** In the General Secretariat's review queue. */
    public static final Set<Status> IN_QUEUE = EnumSet.of(PROCESSING, PENDING_SECOND_REVIEW, CIRCULATING);
    /** Visible to the members it is addressed to. */
    public static final Set<Status> VISIBLE = EnumSet.of(CIRCULATING, PUBLISHED, RENEWAL_DUE);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public boolean visible() {
        return VISIBLE.contains(this);
    }
}
