package org.icpo.notices.ccf;

/** Binding decisions of the CCF, per kind of request. */
public enum CcfOutcome {
    ACCESS_GRANTED(CcfKind.ACCESS), ACCESS_RESTRICTED(CcfKind.ACCESS),
    CORRECTION_ORDERED(CcfKind.CORRECTION), CORRECTION_REJECTED(CcfKind.CORRECTION),
    DELETION_ORDERED(CcfKind.DELETION), DELETION_REJECTED(CcfKind.DELETION);

    public final CcfKind kind;

    CcfOutcome(CcfKind kind) {
        this.kind = kind;
    }
}
