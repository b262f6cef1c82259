package org.communs.portal.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.communs.portal.error.PortalException;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;

/** One news item ({@code news/item.xhtml?id=N}); reading it marks it read. Hidden and missing items are both 404. */
@Named("newsItem")
@RequestScoped
public class NewsItemView {

    @Inject
    NewsItems news;

    @Inject
    CurrentMember currentMember;

    @Inject
    PageGuard guard;

    private Long id;
    private NewsCard item;

    public void open() {
        if (id == null || id < 0) {
            guard.notFound();
            return;
        }
        try {
            item = news.read(currentMember.required(), id);
        } catch (PortalException hidden) {
            guard.notFound();
        }
    }

    public java.util.List<Attachment> getAttachments() {
        return item == null ? java.util.List.of() : news.attachments(currentMember.required(), item.id());
    }

    public NewsCard getItem() {
        return item;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = PageGuard.id(id);
    }
}
