package org.icpo.notices.workflow;

/** What can happen to a notice request or a diffusion. */
public enum Action {
    FILE, REQUEST_INFO, ANSWER, PUBLISH, REFUSE, MARK_FOR_RENEWAL, RENEW, EXPIRE, CANCEL, CCF_DELETE
}
