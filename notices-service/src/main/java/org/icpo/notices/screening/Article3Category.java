package org.icpo.notices.screening;

/** The characters Article 3 of the Constitution forbids the Organization to intervene in. */
public enum Article3Category {
    POLITICAL, MILITARY, RELIGIOUS, RACIAL
}
