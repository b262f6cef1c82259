package org.communs.portal.rest;

/**
 * The one shape of every API error.
 *
 * @param error   a stable code for programs, such as {@code not-found}
 * @param message a text for people, in the caller's language
 */
public record ErrorBody(String error, String message) {
}
