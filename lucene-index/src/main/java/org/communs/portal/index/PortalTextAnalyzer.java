package org.communs.portal.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Turns the portal's free text (names, titles, descriptions) into search terms that match the way
 * French-speaking members type: without accents, without elided articles, in any case.
 *
 * <p>"L'Économie sociale" yields {@code economie}, {@code sociale}: a member typing
 * {@code economie} or {@code Économie} finds it. Stemming and typo tolerance are added on top of
 * these terms by the query side, so that exact names stay exact in the index.
 */
public final class PortalTextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream terms = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        terms = new LowerCaseFilter(terms);
        terms = new ASCIIFoldingFilter(terms);
        return new TokenStreamComponents(tokenizer, terms);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // Prefix and fuzzy queries are normalised like indexed text, or "Éco*" would miss "economie".
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
