package org.communs.portal.collective;

import org.communs.portal.member.MemberSummary;

/** A demonstration collective now exists with its lead and subscribers: other features may add their demo content. */
public record DemoCollectiveReady(CollectiveSummary collective, MemberSummary lead) {
}
