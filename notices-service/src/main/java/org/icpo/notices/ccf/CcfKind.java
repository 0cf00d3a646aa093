package org.icpo.notices.ccf;

/** What a person asks the Commission for the Control of Files. */
public enum CcfKind {
    ACCESS, CORRECTION, DELETION
}
