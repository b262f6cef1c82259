package org.communs.portal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks in a stored field the words that a search matched, by the same rules the search used
 * (exact, same stem, one typo, prefix of the last word), and cuts long text to an excerpt around
 * the first match.
 */
final class Highlighter {

    static final int EXCERPT_LENGTH = 160;
    private static final int BEFORE_MATCH = 40;

    private record Token(String term, String stem, int start, int end) {
    }

    private final Analyzer analyzer;
    private final Analyzer stemmer;
    private final List<String> words;
    private final List<String> stems;

    Highlighter(Analyzer analyzer, Analyzer stemmer, List<String> words, List<String> stems) {
        this.analyzer = analyzer;
        this.stemmer = stemmer;
        this.words = words;
        this.stems = stems;
    }

    /** The field with its matching words marked, or empty when no word matched. */
    Optional<Highlight> highlight(String field, String text) {
        List<Token> matches = tokens(text).stream().filter(this::matches).toList();
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        int from = 0;
        int to = text.length();
        if (text.length() > EXCERPT_LENGTH) {
            from = wordStartAtOrBefore(text, Math.max(0, matches.getFirst().start() - BEFORE_MATCH));
            to = wordEndAtOrAfter(text, Math.min(text.length(), from + EXCERPT_LENGTH));
        }
        List<Highlight.Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Highlight.Part("…", false));
        }
        int at = from;
        for (Token match : matches) {
            if (match.start() < at || match.end() > to) {
                continue;
            }
            if (match.start() > at) {
                parts.add(new Highlight.Part(text.substring(at, match.start()), false));
            }
            parts.add(new Highlight.Part(text.substring(match.start(), match.end()), true));
            at = match.end();
        }
        if (at < to) {
            parts.add(new Highlight.Part(text.substring(at, to), false));
        }
        if (to < text.length()) {
            parts.add(new Highlight.Part("…", false));
        }
        return Optional.of(new Highlight(field, parts));
    }

    private boolean matches(Token token) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (token.term().equals(word)
                    || token.stem().equals(stems.get(i))
                    || (word.length() >= SearchIndex.MIN_FUZZY_LENGTH && withinOneEdit(token.term(), word))
                    || (i == words.size() - 1 && token.term().startsWith(word))) {
                return true;
            }
        }
        return false;
    }

    /** Damerau-Levenshtein distance of at most one, as the search's fuzzy query allows. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (start == a.length() && start == b.length()) {
            return true;
        }
        if (a.length() == b.length()) {
            String restA = a.substring(start + 1);
            String restB = b.substring(start + 1);
            boolean transposed = start + 1 < a.length()
                    && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                    && a.substring(start + 2).equals(b.substring(start + 2));
            return restA.equals(restB) || transposed;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(start + 1).equals(shorter.substring(start));
    }

    private List<Token> tokens(String text) {
        List<Token> plain = new ArrayList<>();
        List<String> stemmed = new ArrayList<>();
        read(analyzer, text, (term, offsets) -> plain.add(new Token(term, "", offsets.startOffset(), offsets.endOffset())));
        read(stemmer, text, (term, offsets) -> stemmed.add(term));
        if (stemmed.size() != plain.size()) {
            return plain;
        }
        List<Token> tokens = new ArrayList<>(plain.size());
        for (int i = 0; i < plain.size(); i++) {
            Token token = plain.get(i);
            tokens.add(new Token(token.term(), stemmed.get(i), token.start(), token.end()));
        }
        return tokens;
    }

    private interface TokenSink {
        void accept(String term, OffsetAttribute offsets);
    }

    private static void read(Analyzer analyzer, String text, TokenSink sink) {
        try (TokenStream stream = analyzer.tokenStream(SearchIndex.ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), offsets);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
    }

    private static int wordStartAtOrBefore(String text, int index) {
        int at = index;
        while (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int wordEndAtOrAfter(String text, int index) {
        int at = index;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
