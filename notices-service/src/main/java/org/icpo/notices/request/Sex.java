package org.icpo.notices.request;

/** Sex of the subject: F, M, or U (unknown). */
public enum Sex {
    F, M, U
}
