package org.communs.portal.collective;

import java.util.List;

/**
 * A collective as lists and pages show it, with what the reader's relation to it is.
 *
 * @param subscription the reader's subscription state, or null when they have none
 */
public record CollectiveSummary(long id, String name, long typeId, String typeLabel, String summary,
                                String descriptionHtml, JoinPolicy joinPolicy, List<CollectiveLink> links,
                                int logoVersion, boolean archived, long subscribers,
                                SubscriptionState subscription, boolean lead) implements java.io.Serializable {

    public boolean isSubscribed() {
        return subscription == SubscriptionState.ACTIVE;
    }

    public boolean isPending() {
        return subscription == SubscriptionState.PENDING;
    }

    public boolean hasLogo() {
        return logoVersion > 0;
    }
}
