package org.communs.portal.news;

/**
 * A file attached to a news item, as lists show it.
 *
 * @param fileName the name as the author's file had it, without any folder
 */
public record Attachment(long id, long newsId, String fileName, String contentType, long sizeBytes)
        implements java.io.Serializable {

    /** The size for people: "850 Ko", "2,4 Mo". */
    public String size(java.util.Locale locale) {
        return org.communs.portal.ui.Sizes.format(sizeBytes, locale);
    }
}
