package org.icpo.elections.attendance;

/**
 * The quorum for opening a ballot round (DOMAIN section 2, assumed): a majority of the members of the
 * Organization must be registered as present. The share and whether it is "more than" or "at least"
 * are a policy. Plain Java, unit-tested.
 */
public final class QuorumRules {

    public record Policy(boolean required, int numerator, int denominator, boolean strictlyMore) {
        public Policy {
            if (numerator < 0 || denominator < 1 || numerator > denominator) {
                throw new IllegalArgumentException("quorum share must be a fraction between 0 and 1");
            }
        }
    }

    public record Verdict(boolean reached, int present, int members, int required, String message) {
    }

    private final Policy policy;

    public QuorumRules(Policy policy) {
        this.policy = policy;
    }

    /** The least number of members present that makes the quorum. */
    public int required(int members) {
        if (!policy.required()) {
            return 0;
        }
        long share = (long) members * policy.numerator();
        return (int) (policy.strictlyMore() ? share / policy.denominator() + 1 : (share + policy.denominator() - 1) / policy.denominator());
    }

    public Verdict check(int present, int members) {
        if (present < 0 || members < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        int required = required(members);
        boolean reached = present >= required;
        String share = (policy.strictlyMore() ? "more than " : "at least ") + policy.numerator() + "/" + policy.denominator();
        String message = !policy.required() ? "No quorum is required"
                : reached ? "Quorum reached: " + present + " of " + members + " members present (" + required + " required)"
                : "Quorum not reached: " + present + " of " + members + " members present; at least " + required
                + " must be registered as present (" + share + " of the members)";
        return new Verdict(reached, present, members, required, message);
    }
}
