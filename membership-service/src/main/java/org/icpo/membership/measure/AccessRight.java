package org.icpo.membership.measure;

/** The access rights of an NCB to the Organization's data, which a suspension can withdraw. */
public enum AccessRight {
    RECORD, CONSULT, DOWNLOAD
}
