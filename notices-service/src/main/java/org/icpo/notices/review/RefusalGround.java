package org.icpo.notices.review;

/** Why the General Secretariat refuses a request (the grounds of the transparency statistics). */
public enum RefusalGround {
    /** Not in the spirit of the Universal Declaration of Human Rights (Constitution art. 2). */
    ARTICLE_2,
    /** Political, military, religious or racial character (Constitution art. 3). */
    ARTICLE_3,
    /** The minimum conditions of the notice type are not met. */
    CONDITIONS_NOT_MET,
    /** The data given is insufficient. */
    INSUFFICIENT_DATA,
    /** The subject is a recognized refugee and the request comes from the country fled. */
    REFUGEE
}
