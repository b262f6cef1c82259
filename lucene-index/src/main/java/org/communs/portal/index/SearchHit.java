package org.communs.portal.index;

/**
 * One result.
 *
 * @param type  the document's type
 * @param id    its id within the type
 * @param title its title
 * @param score relevance, higher is better; only comparable within one search
 */
public record SearchHit(String type, String id, String title, float score) {
}
