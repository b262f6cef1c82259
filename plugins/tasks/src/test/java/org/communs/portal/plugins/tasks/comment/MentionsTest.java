package org.communs.portal.plugins.tasks.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.communs.portal.api.people.MemberCard;
import org.junit.jupiter.api.Test;

/** Mentions are resolved only against the members who may see the task. */
class MentionsTest {

    private static final MemberCard HELENE = card(1, "Hélène Dupré");
    private static final MemberCard JEAN = card(2, "Jean");
    private static final MemberCard JEAN_MARC = card(3, "Jean-Marc Dupont");
    private static final MemberCard ZOE = card(4, "Zoé Lefèvre");
    private static final List<MemberCard> CANDIDATES = List.of(HELENE, JEAN, JEAN_MARC, ZOE);

    @Test
    void aMentionIgnoresAccentsAndCase() {
        assertEquals(List.of(HELENE), Mentions.resolve("Merci @helene dupre pour le relevé", CANDIDATES));
        assertEquals(List.of(ZOE), Mentions.resolve("@ZOE LEFEVRE, tu peux regarder ?", CANDIDATES));
    }

    @Test
    void twoMentionsNameTwoPeopleEachOnce() {
        assertEquals(List.of(ZOE, HELENE), Mentions.resolve("@Zoé Lefèvre et @Hélène Dupré, puis encore @Zoé Lefèvre", CANDIDATES));
    }

    @Test
    void theLongestNameWins() {
        assertEquals(List.of(JEAN_MARC), Mentions.resolve("Voir avec @Jean-Marc Dupont demain", CANDIDATES));
        assertEquals(List.of(JEAN), Mentions.resolve("Voir avec @Jean-Marc demain", CANDIDATES));
        assertEquals(List.of(JEAN, JEAN_MARC), Mentions.resolve("@Jean et @Jean-Marc Dupont", CANDIDATES));
    }

    @Test
    void someoneWhoIsNotACandidateIsNeitherMentionedNorGuessed() {
        assertEquals(List.of(), Mentions.resolve("@Paul Martin regarde ça", CANDIDATES));
        // Without Zoé among those who see the task, her name mentions nobody.
        assertEquals(List.of(HELENE), Mentions.resolve("@Zoé Lefèvre @Hélène Dupré", List.of(HELENE, JEAN)));
    }

    @Test
    void aNameMustEndWhereTheWordEnds() {
        assertEquals(List.of(), Mentions.resolve("@Jeanne viendra", CANDIDATES));
        assertEquals(List.of(JEAN), Mentions.resolve("(@Jean)", CANDIDATES));
    }

    @Test
    void anEmailAddressIsNotAMention() {
        assertEquals(List.of(), Mentions.resolve("Écrire à contact@Jean.org", CANDIDATES));
    }

    @Test
    void textWithoutMentionNamesNobody() {
        assertEquals(List.of(), Mentions.resolve("Rien à signaler", CANDIDATES));
        assertEquals(List.of(), Mentions.resolve(null, CANDIDATES));
        assertEquals(List.of(), Mentions.resolve("@", CANDIDATES));
    }

    @Test
    void theFirstWordsAfterEachAtAreLookedUp() {
        assertEquals(List.of("Zoé", "Jean-Marc"), Mentions.firstWords("@Zoé Lefèvre et @Jean-Marc, @Zoé encore ; @x"));
    }

    @Test
    void suggestionsMatchTheStartOfAnyWordOfTheName() {
        assertTrue(Mentions.suggests("@hel", "Hélène Dupré"));
        assertTrue(Mentions.suggests("@dup", "Hélène Dupré"));
        assertTrue(Mentions.suggests("@marc", "Jean-Marc Dupont"));
        assertFalse(Mentions.suggests("@zo", "Hélène Dupré"));
        assertFalse(Mentions.suggests("@", "Hélène Dupré"));
    }

    @Test
    void foldingKeepsPositions() {
        String text = "Émile Ôtez ÇA";
        assertEquals(text.length(), Mentions.fold(text).length());
        assertEquals("emile otez ca", Mentions.fold(text));
    }

    private static MemberCard card(long id, String name) {
        return new MemberCard(id, name, null, Locale.FRENCH, true);
    }
}
