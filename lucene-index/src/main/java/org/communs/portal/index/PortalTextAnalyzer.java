package org.communs.portal.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Turns the portal's free text (names, titles, descriptions) into search terms that match the way
 * French-speaking members type: without accents, without elided articles, in any case.
 *
 * <p>"L'Économie sociale" yields {@code economie}, {@code sociale}: a member typing
 * {@code economie} or {@code Économie} finds it. The {@link #stemming() stemming} variant also
 * reduces French and English words to a light stem ("graphistes" and "graphiste" meet); the index
 * keeps both, so that exact names stay exact and ranked above mere relatives.
 */
public final class PortalTextAnalyzer extends Analyzer {

    private final boolean stemming;

    public PortalTextAnalyzer() {
        this(false);
    }

    private PortalTextAnalyzer(boolean stemming) {
        this.stemming = stemming;
    }

    /** The same terms, reduced to light French then English stems. */
    public static PortalTextAnalyzer stemming() {
        return new PortalTextAnalyzer(true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream terms = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        terms = new LowerCaseFilter(terms);
        terms = new ASCIIFoldingFilter(terms);
        if (stemming) {
            terms = new EnglishMinimalStemFilter(new FrenchLightStemFilter(terms));
        }
        return new TokenStreamComponents(tokenizer, terms);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // Prefix and fuzzy queries are normalised like indexed text, or "Éco*" would miss "economie".
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
