package org.icpo.notices.request;

/** The colour-coded notices of the Organization and its special notices. */
public enum NoticeType {
    /** Locate and provisionally arrest a person wanted for prosecution or to serve a sentence, pending extradition. */
    RED,
    /** Locate a missing person or identify a person unable to identify themselves. */
    YELLOW,
    /** Locate, identify or obtain information about a person in relation to a crime. */
    BLUE,
    /** Identify an unidentified body. */
    BLACK,
    /** Warn about a person's criminal activities. */
    GREEN,
    /** Warn about an event, person, object or process representing an imminent threat. */
    ORANGE,
    /** Seek or provide information on modus operandi, objects, devices or hiding places used by criminals. */
    PURPLE,
    /** Persons and entities subject to UN Security Council sanctions; always public. */
    UN_SPECIAL,
    /** Locate, identify or obtain information on criminal assets (pilot since 2025; never public). */
    SILVER
}
