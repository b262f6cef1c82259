package org.communs.portal.plugins.tasks.comment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communs.portal.api.people.MemberCard;

/**
 * Mentions in a comment: {@code @Display Name}, compared without case nor accents with the names of
 * the candidates — the members who may see the task, and only them. Where two names could match
 * ({@code @Jean} and {@code @Jean-Marc Dupont}), the longest wins. Two members bearing exactly the
 * same name are both mentioned: both see the task, and the text cannot tell them apart.
 */
public final class Mentions {

    private Mentions() {
    }

    /**
     * @param body       the comment as typed
     * @param candidates the members who may see the task
     * @return the members mentioned, in the order of their first mention, each once
     */
    public static List<MemberCard> resolve(String body, Collection<MemberCard> candidates) {
        if (body == null || body.indexOf('@') < 0) {
            return List.of();
        }
        String text = fold(body);
        List<Named> names = candidates.stream().map(card -> new Named(card, fold(card.displayName().strip())))
                .filter(named -> !named.folded().isEmpty()).toList();
        Map<Long, MemberCard> mentioned = new LinkedHashMap<>();
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at + 1;
            int longest = longestMatch(text, start, names);
            if (longest > 0 && startsAWord(text, at)) {
                for (Named named : names) {
                    if (named.folded().length() == longest && text.startsWith(named.folded(), start)) {
                        mentioned.putIfAbsent(named.card().id(), named.card());
                    }
                }
                at = text.indexOf('@', start + longest);
            } else {
                at = text.indexOf('@', start);
            }
        }
        return List.copyOf(mentioned.values());
    }

    /**
     * The first word after each {@code @}, to look the members up by (in the organisation's space,
     * whose members cannot all be listed).
     *
     * @return the words, each once, at least two letters long
     */
    public static List<String> firstWords(String body) {
        List<String> words = new ArrayList<>();
        if (body == null) {
            return words;
        }
        int at = body.indexOf('@');
        while (at >= 0) {
            int end = at + 1;
            while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != '@') {
                end++;
            }
            String word = body.substring(at + 1, end).replaceAll("[\\p{Punct}&&[^-']]+$", "");
            if (word.codePointCount(0, word.length()) >= 2 && !words.contains(word)) {
                words.add(word);
            }
            at = body.indexOf('@', end);
        }
        return words;
    }

    /**
     * @param typed what a member typed, such as {@code @cam}
     * @param name  a member's name
     * @return whether the name begins with what was typed (after the {@code @}), or one of its words does
     */
    public static boolean suggests(String typed, String name) {
        String wanted = fold(typed.startsWith("@") ? typed.substring(1) : typed).strip();
        if (wanted.isEmpty()) {
            return false;
        }
        String folded = fold(name);
        if (folded.startsWith(wanted)) {
            return true;
        }
        for (String word : folded.split("[\\s-]+")) {
            if (word.startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folds a text for comparison, one character for one so that positions stay the same: each
     * character loses its accents ({@link Normalizer} NFD, first character kept) and its case;
     * every kind of space becomes a plain space.
     *
     * @param text any text
     * @return the folded text, as long as the text
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                folded.append(' ');
            } else if (Character.isSurrogate(c) || c < 0x80) {
                folded.append(Character.toLowerCase(c));
            } else {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                folded.append(Character.toLowerCase(decomposed.charAt(0)));
            }
        }
        return folded.toString();
    }

    private static int longestMatch(String text, int start, List<Named> names) {
        int longest = 0;
        for (Named named : names) {
            String name = named.folded();
            int end = start + name.length();
            if (name.length() > longest && text.startsWith(name, start) && (end == text.length() || !isNamePart(text.charAt(end)))) {
                longest = name.length();
            }
        }
        return longest;
    }

    // "a@b.org" is an address, not a mention: the @ must start a word.
    private static boolean startsAWord(String text, int at) {
        return at == 0 || !isNamePart(text.charAt(at - 1));
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c);
    }

    private record Named(MemberCard card, String folded) {
    }
}
