package org.communs.portal.collective;

/** How a subscriber hears about a collective's new items. */
public enum Delivery {
    /** In the portal only: the home feed and the bell. */
    PORTAL,
    /** One e-mail per item, as it is published. */
    EMAIL,
    /** One e-mail a week listing the week's items. */
    DIGEST
}
