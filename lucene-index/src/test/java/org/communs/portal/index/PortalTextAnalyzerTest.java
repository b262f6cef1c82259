package org.communs.portal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PortalTextAnalyzerTest {

    private final Analyzer analyzer = new PortalTextAnalyzer();

    @AfterEach
    void close() {
        analyzer.close();
    }

    private List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void accentsAndCaseAreFoldedSoMembersCanTypeWithout() throws IOException {
        assertEquals(List.of("frederique", "fremeaux"), terms("Frédérique FRÉMEAUX"));
    }

    @Test
    void frenchElidedArticlesAreRemoved() throws IOException {
        assertEquals(List.of("economie", "sociale", "association"), terms("L'Économie sociale d'association"));
    }

    @Test
    void queryTextIsNormalisedLikeIndexedText() {
        assertEquals("economie", analyzer.normalize("text", "Économie").utf8ToString());
    }
}
