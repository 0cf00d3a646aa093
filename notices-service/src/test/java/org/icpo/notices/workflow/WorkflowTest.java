package org.icpo.notices.workflow;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Transition by transition: every combination of kind, status, action, actor and context is tried
 * against the table below (written independently of {@link Workflow}); what is in the table moves to the
 * status it names, everything else is refused, as forbidden when the actor may never do the action.
 */
class WorkflowTest {

    /** kind|from|action|actor|context -> to. Context: P plain, M requester under measures, S same reviewer as the first (under measures). */
    private static final String[] ALLOWED = {
            "NOTICE|NEW|FILE|REQUESTER|P -> PROCESSING",
            "NOTICE|NEW|FILE|REQUESTER|M -> PROCESSING",
            "NOTICE|NEW|FILE|REQUESTER|S -> PROCESSING",
            "DIFFUSION|NEW|FILE|REQUESTER|P -> CIRCULATING",
            "DIFFUSION|NEW|FILE|REQUESTER|M -> PROCESSING",
            "DIFFUSION|NEW|FILE|REQUESTER|S -> PROCESSING",
            "*|PROCESSING|REQUEST_INFO|SECRETARIAT|* -> INFO_REQUESTED",
            "*|PENDING_SECOND_REVIEW|REQUEST_INFO|SECRETARIAT|* -> INFO_REQUESTED",
            "*|INFO_REQUESTED|ANSWER|REQUESTER|* -> PROCESSING",
            "*|PROCESSING|PUBLISH|SECRETARIAT|P -> PUBLISHED",
            "*|PROCESSING|PUBLISH|SECRETARIAT|M -> PENDING_SECOND_REVIEW",
            "*|PROCESSING|PUBLISH|SECRETARIAT|S -> PENDING_SECOND_REVIEW",
            "*|PENDING_SECOND_REVIEW|PUBLISH|SECRETARIAT|P -> PUBLISHED",
            "*|PENDING_SECOND_REVIEW|PUBLISH|SECRETARIAT|M -> PUBLISHED",
            "DIFFUSION|CIRCULATING|PUBLISH|SECRETARIAT|* -> PUBLISHED",
            "*|PROCESSING|REFUSE|SECRETARIAT|* -> REFUSED",
            "*|INFO_REQUESTED|REFUSE|SECRETARIAT|* -> REFUSED",
            "*|PENDING_SECOND_REVIEW|REFUSE|SECRETARIAT|* -> REFUSED",
            "DIFFUSION|CIRCULATING|REFUSE|SECRETARIAT|* -> WITHDRAWN",
            "NOTICE|PUBLISHED|MARK_FOR_RENEWAL|SYSTEM|* -> RENEWAL_DUE",
            "NOTICE|RENEWAL_DUE|RENEW|REQUESTER|* -> PUBLISHED",
            "NOTICE|PUBLISHED|EXPIRE|SYSTEM|* -> EXPIRED",
            "NOTICE|RENEWAL_DUE|EXPIRE|SYSTEM|* -> EXPIRED",
            "*|PROCESSING|CANCEL|REQUESTER|* -> CANCELLED",
            "*|INFO_REQUESTED|CANCEL|REQUESTER|* -> CANCELLED",
            "*|PENDING_SECOND_REVIEW|CANCEL|REQUESTER|* -> CANCELLED",
            "DIFFUSION|CIRCULATING|CANCEL|REQUESTER|* -> CANCELLED",
            "*|PUBLISHED|CANCEL|REQUESTER|* -> CANCELLED",
            "NOTICE|RENEWAL_DUE|CANCEL|REQUESTER|* -> CANCELLED",
            "*|PROCESSING|CCF_DELETE|CCF|* -> CANCELLED",
            "*|INFO_REQUESTED|CCF_DELETE|CCF|* -> CANCELLED",
            "*|PENDING_SECOND_REVIEW|CCF_DELETE|CCF|* -> CANCELLED",
            "DIFFUSION|CIRCULATING|CCF_DELETE|CCF|* -> CANCELLED",
            "*|PUBLISHED|CCF_DELETE|CCF|* -> CANCELLED",
            "NOTICE|RENEWAL_DUE|CCF_DELETE|CCF|* -> CANCELLED",
    };

    /** Who may ever perform each action. */
    private static final Map<Action, Actor> PERFORMER = Map.of(
            Action.FILE, Actor.REQUESTER, Action.REQUEST_INFO, Actor.SECRETARIAT, Action.ANSWER, Actor.REQUESTER,
            Action.PUBLISH, Actor.SECRETARIAT, Action.REFUSE, Actor.SECRETARIAT, Action.MARK_FOR_RENEWAL, Actor.SYSTEM,
            Action.RENEW, Actor.REQUESTER, Action.EXPIRE, Actor.SYSTEM, Action.CANCEL, Actor.REQUESTER, Action.CCF_DELETE, Actor.CCF);

    private static final List<Action> NOTICE_ONLY = List.of(Action.MARK_FOR_RENEWAL, Action.RENEW, Action.EXPIRE);

    private static final Map<String, Workflow.Context> CONTEXTS = Map.of(
            "P", new Workflow.Context(false, false),
            "M", new Workflow.Context(true, false),
            "S", new Workflow.Context(true, true));

    private static Map<String, Status> expected() {
        Map<String, Status> out = new HashMap<>();
        for (String line : ALLOWED) {
            String[] parts = line.split(" -> ");
            String[] k = parts[0].split("\\|");
            for (RecordKind kind : RecordKind.values()) {
                if (!k[0].equals("*") && !k[0].equals(kind.name())) {
                    continue;
                }
                for (String ctx : CONTEXTS.keySet()) {
                    if (!k[4].equals("*") && !k[4].equals(ctx)) {
                        continue;
                    }
                    out.put(kind + "|" + k[1] + "|" + k[2] + "|" + k[3] + "|" + ctx, Status.valueOf(parts[1]));
                }
            }
        }
        return out;
    }

    @Test
    void everyCombinationIsAllowedOrRefusedAsSpecified() {
        Map<String, Status> expected = expected();
        List<Status> froms = new ArrayList<>();
        froms.add(null);
        froms.addAll(List.of(Status.values()));
        int allowed = 0;
        int refused = 0;
        for (RecordKind kind : RecordKind.values()) {
            for (Status from : froms) {
                for (Action action : Action.values()) {
                    for (Actor actor : Actor.values()) {
                        for (Map.Entry<String, Workflow.Context> ctx : CONTEXTS.entrySet()) {
                            String key = kind + "|" + (from == null ? "NEW" : from.name()) + "|" + action + "|" + actor + "|" + ctx.getKey();
                            Status want = expected.get(key);
                            if (want != null) {
                                try {
                                    assertEquals(want, Workflow.next(kind, from, action, actor, ctx.getValue()), key);
                                } catch (Workflow.Violation v) {
                                    fail(key + " should be allowed: " + v.getMessage());
                                }
                                allowed++;
                            } else {
                                Workflow.Violation v = assertThrows(Workflow.Violation.class,
                                        () -> Workflow.next(kind, from, action, actor, ctx.getValue()), key + " should be refused");
                                // an action that never applies to the kind (renewal, expiry of a diffusion) is not a question of role
                                boolean appliesToKind = kind == RecordKind.NOTICE || !NOTICE_ONLY.contains(action);
                                boolean actorNeverAllowed = appliesToKind && PERFORMER.get(action) != actor;
                                assertEquals(actorNeverAllowed, v.forbidden(), key + ": " + v.getMessage());
                                refused++;
                            }
                        }
                    }
                }
            }
        }
        assertEquals(expected.size(), allowed);
        assertTrue(refused > 1000);
    }

    @Test
    void finalStatusesHaveNoWayOut() {
        for (Workflow.Transition t : Workflow.TRANSITIONS) {
            assertTrue(t.from() == null || !t.from().isFinal(), "a transition leaves final status " + t.from());
        }
    }

    @Test
    void refusalsExplainThemselves() {
        Workflow.Violation sameReviewer = assertThrows(Workflow.Violation.class, () -> Workflow.next(RecordKind.NOTICE,
                Status.PENDING_SECOND_REVIEW, Action.PUBLISH, Actor.SECRETARIAT, new Workflow.Context(true, true)));
        assertTrue(sameReviewer.getMessage().contains("different reviewer"), sameReviewer.getMessage());
        Workflow.Violation wrongActor = assertThrows(Workflow.Violation.class, () -> Workflow.next(RecordKind.NOTICE,
                Status.PROCESSING, Action.PUBLISH, Actor.REQUESTER, Workflow.Context.PLAIN));
        assertTrue(wrongActor.forbidden());
        assertTrue(wrongActor.getMessage().contains("SECRETARIAT"), wrongActor.getMessage());
        Workflow.Violation wrongStatus = assertThrows(Workflow.Violation.class, () -> Workflow.next(RecordKind.NOTICE,
                Status.PUBLISHED, Action.RENEW, Actor.REQUESTER, Workflow.Context.PLAIN));
        assertTrue(wrongStatus.getMessage().contains("RENEWAL_DUE"), wrongStatus.getMessage());
        Workflow.Violation diffusionRenewal = assertThrows(Workflow.Violation.class, () -> Workflow.next(RecordKind.DIFFUSION,
                Status.PUBLISHED, Action.RENEW, Actor.REQUESTER, Workflow.Context.PLAIN));
        assertTrue(diffusionRenewal.getMessage().contains("does not apply"), diffusionRenewal.getMessage());
    }
}
