package org.communs.portal.mailing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.communs.portal.collective.CollectiveSpaceView;
import org.communs.portal.security.CurrentMember;

/** The mailings of a collective, in its space's tools for its leads. */
@Named("spaceMailings")
@RequestScoped
public class CollectiveMailingsView {

    @Inject
    CollectiveSpaceView space;

    @Inject
    Mailings mailings;

    @Inject
    CurrentMember currentMember;

    private List<MailingSummary> list;

    public List<MailingSummary> getMailings() {
        if (list == null) {
            list = space.isLead() ? mailings.ofCollective(currentMember.required(), space.collectiveId()) : List.of();
        }
        return list;
    }
}
