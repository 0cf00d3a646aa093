package org.icpo.notices.workflow;

/** Who performs a transition. */
public enum Actor {
    /** The NCB that filed the request (token role ncb, country = requester). */
    REQUESTER,
    /** The General Secretariat's Notices and Diffusions Task Force (role secretariat). */
    SECRETARIAT,
    /** The Commission for the Control of Files (role ccf). */
    CCF,
    /** The lifecycle job (scheduled, or triggered on demand by the secretariat). */
    SYSTEM
}
