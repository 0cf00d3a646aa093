package org.icpo.membership.measure;

/**
 * The measures the Secretary General can place on a member (endorsed by the Executive Committee).
 * There is no expulsion; these are the sanctions that exist.
 */
public enum MeasureKind {
    /** Every message from the NCB goes to the General Secretariat first; only compliant ones are forwarded (Syria, 2012). */
    CORRECTIVE_MEASURES,
    /** No direct diffusions; every notice request and diffusion is checked before anyone sees it (Russia, 2022). */
    HEIGHTENED_SUPERVISION,
    /** Suspension of the NCB's rights to record, consult or download data; membership is unaffected. */
    ACCESS_SUSPENSION
}
