package org.icpo.notices.workflow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.icpo.notices.workflow.Status.CANCELLED;
import static org.icpo.notices.workflow.Status.CIRCULATING;
import static org.icpo.notices.workflow.Status.EXPIRED;
import static org.icpo.notices.workflow.Status.INFO_REQUESTED;
import static org.icpo.notices.workflow.Status.PENDING_SECOND_REVIEW;
import static org.icpo.notices.workflow.Status.PROCESSING;
import static org.icpo.notices.workflow.Status.PUBLISHED;
import static org.icpo.notices.workflow.Status.REFUSED;
import static org.icpo.notices.workflow.Status.RENEWAL_DUE;
import static org.icpo.notices.workflow.Status.WITHDRAWN;

/**
 * The one state machine of notice requests and diffusions: every allowed move, its actor and its guard.
 * Anything not in {@link #TRANSITIONS} is refused, with the reason.
 */
public final class Workflow {

    /** Conditions some transitions depend on. */
    public enum Guard {
        /** Always applies. */
        NONE("always"),
        /** The requester is under corrective measures or heightened supervision: two different reviewers. */
        FOUR_EYES("the requester is under measures: a second, different reviewer must approve"),
        /** No supervision: one reviewer publishes. */
        SINGLE_REVIEW("the requester is not under measures: one reviewer publishes"),
        /** The second approval comes from a reviewer other than the first. */
        OTHER_REVIEWER("the second approval must come from a different reviewer"),
        /** A diffusion from a member under measures is held until reviewed. */
        HELD("the sender is under measures: the diffusion is held until reviewed"),
        /** A diffusion from a member not under measures goes out at once. */
        DIRECT("the sender is not under measures: the diffusion is visible at once");

        public final String description;

        Guard(String description) {
            this.description = description;
        }
    }

    /** One allowed move. {@code from} is null for the creation of a record. */
    public record Transition(Set<RecordKind> kinds, Status from, Action action, Guard guard, Status to, Actor actor) {
    }

    /** What a transition depends on besides the current status. */
    public record Context(boolean underMeasures, boolean sameReviewerAsFirst) {
        public static final Context PLAIN = new Context(false, false);
    }

    /** A refused move: {@code forbidden} when the actor may never do it, otherwise the status does not allow it. */
    public static final class Violation extends RuntimeException {
        private final boolean forbidden;

        Violation(boolean forbidden, String message) {
            super(message);
            this.forbidden = forbidden;
        }

        public boolean forbidden() {
            return forbidden;
        }
    }

    private static final Set<RecordKind> BOTH = EnumSet.allOf(RecordKind.class);
    private static final Set<RecordKind> NOTICE = EnumSet.of(RecordKind.NOTICE);
    private static final Set<RecordKind> DIFFUSION = EnumSet.of(RecordKind.DIFFUSION);
    private static final Set<Status> OPEN_OR_VALID = EnumSet.of(PROCESSING, INFO_REQUESTED, PENDING_SECOND_REVIEW, CIRCULATING, PUBLISHED, RENEWAL_DUE);

    public static final List<Transition> TRANSITIONS;

    static {
        List<Transition> t = new ArrayList<>();
        t.add(new Transition(NOTICE, null, Action.FILE, Guard.NONE, PROCESSING, Actor.REQUESTER));
        t.add(new Transition(DIFFUSION, null, Action.FILE, Guard.HELD, PROCESSING, Actor.REQUESTER));
        t.add(new Transition(DIFFUSION, null, Action.FILE, Guard.DIRECT, CIRCULATING, Actor.REQUESTER));
        t.add(new Transition(BOTH, PROCESSING, Action.REQUEST_INFO, Guard.NONE, INFO_REQUESTED, Actor.SECRETARIAT));
        t.add(new Transition(BOTH, PENDING_SECOND_REVIEW, Action.REQUEST_INFO, Guard.NONE, INFO_REQUESTED, Actor.SECRETARIAT));
        t.add(new Transition(BOTH, INFO_REQUESTED, Action.ANSWER, Guard.NONE, PROCESSING, Actor.REQUESTER));
        t.add(new Transition(BOTH, PROCESSING, Action.PUBLISH, Guard.SINGLE_REVIEW, PUBLISHED, Actor.SECRETARIAT));
        t.add(new Transition(BOTH, PROCESSING, Action.PUBLISH, Guard.FOUR_EYES, PENDING_SECOND_REVIEW, Actor.SECRETARIAT));
        t.add(new Transition(BOTH, PENDING_SECOND_REVIEW, Action.PUBLISH, Guard.OTHER_REVIEWER, PUBLISHED, Actor.SECRETARIAT));
        t.add(new Transition(DIFFUSION, CIRCULATING, Action.PUBLISH, Guard.NONE, PUBLISHED, Actor.SECRETARIAT));
        for (Status from : List.of(PROCESSING, INFO_REQUESTED, PENDING_SECOND_REVIEW)) {
            t.add(new Transition(BOTH, from, Action.REFUSE, Guard.NONE, REFUSED, Actor.SECRETARIAT));
        }
        t.add(new Transition(DIFFUSION, CIRCULATING, Action.REFUSE, Guard.NONE, WITHDRAWN, Actor.SECRETARIAT));
        t.add(new Transition(NOTICE, PUBLISHED, Action.MARK_FOR_RENEWAL, Guard.NONE, RENEWAL_DUE, Actor.SYSTEM));
        t.add(new Transition(NOTICE, RENEWAL_DUE, Action.RENEW, Guard.NONE, PUBLISHED, Actor.REQUESTER));
        t.add(new Transition(NOTICE, PUBLISHED, Action.EXPIRE, Guard.NONE, EXPIRED, Actor.SYSTEM));
        t.add(new Transition(NOTICE, RENEWAL_DUE, Action.EXPIRE, Guard.NONE, EXPIRED, Actor.SYSTEM));
        for (Status from : OPEN_OR_VALID) {
            // CIRCULATING exists only for diffusions, RENEWAL_DUE only for notices
            Set<RecordKind> kinds = from == CIRCULATING ? DIFFUSION : from == RENEWAL_DUE ? NOTICE : BOTH;
            t.add(new Transition(kinds, from, Action.CANCEL, Guard.NONE, CANCELLED, Actor.REQUESTER));
            t.add(new Transition(kinds, from, Action.CCF_DELETE, Guard.NONE, CANCELLED, Actor.CCF));
        }
        TRANSITIONS = List.copyOf(t);
    }

    private Workflow() {
    }

    /**
     * The status a record moves to, or a {@link Violation} saying why the move is refused.
     *
     * @param from null when the record is being created
     */
    public static Status next(RecordKind kind, Status from, Action action, Actor actor, Context ctx) {
        List<Transition> candidates = TRANSITIONS.stream()
                .filter(t -> t.kinds().contains(kind) && t.action() == action).toList();
        if (candidates.isEmpty()) {
            throw new Violation(false, action + " does not apply to a " + kind.name().toLowerCase());
        }
        if (candidates.stream().noneMatch(t -> t.actor() == actor)) {
            throw new Violation(true, action + " of a " + kind.name().toLowerCase() + " may only be performed by "
                    + candidates.stream().map(t -> t.actor().name()).distinct().toList());
        }
        List<Transition> fromHere = candidates.stream().filter(t -> t.from() == from && t.actor() == actor).toList();
        if (fromHere.isEmpty()) {
            throw new Violation(false, action + " is not possible while the " + kind.name().toLowerCase() + " is "
                    + (from == null ? "not yet created" : from) + "; it applies when "
                    + candidates.stream().map(t -> t.from() == null ? "new" : t.from().name()).distinct().toList());
        }
        for (Transition t : fromHere) {
            if (holds(t.guard(), ctx)) {
                return t.to();
            }
        }
        throw new Violation(false, action + " refused: " + fromHere.get(0).guard().description);
    }

    static boolean holds(Guard guard, Context ctx) {
        return switch (guard) {
            case NONE -> true;
            case FOUR_EYES, HELD -> ctx.underMeasures();
            case SINGLE_REVIEW, DIRECT -> !ctx.underMeasures();
            case OTHER_REVIEWER -> !ctx.sameReviewerAsFirst();
        };
    }
}
