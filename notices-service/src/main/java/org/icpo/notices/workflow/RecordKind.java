package org.icpo.notices.workflow;

/** A notice is reviewed before anyone sees it; a diffusion goes out at once and is reviewed afterwards. */
public enum RecordKind {
    NOTICE, DIFFUSION
}
