package org.communs.portal.plugin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communs.portal.api.imports.FieldType;
import org.communs.portal.api.imports.ImportField;
import org.communs.portal.api.imports.ImportRow;
import org.communs.portal.i18n.Language;
import org.junit.jupiter.api.Test;

class ImportChecksTest {

    private static final List<ImportField> FIELDS = List.of(
            field("name", FieldType.TEXT, true, 10),
            field("count", FieldType.NUMBER, false, 0),
            field("amount", FieldType.DECIMAL, false, 0),
            field("day", FieldType.DATE, false, 0),
            field("at", FieldType.DATE_TIME, false, 0),
            field("active", FieldType.YES_NO, false, 0),
            field("email", FieldType.EMAIL, false, 0),
            field("site", FieldType.URL, false, 0),
            new ImportField("status", FieldType.CHOICE, false, 0, List.of("Nouveau", "Suivi"), false, "b", "k"),
            new ImportField("tags", FieldType.MULTI_CHOICE, false, 0, List.of("rouge", "vert"), false, "b", "k"),
            field("owner", FieldType.MEMBER, false, 0));

    private final ImportChecks checks = new ImportChecks(FIELDS, Language.FRENCH,
            typed -> typed.equals("amina@example.org") ? Optional.of(7L) : Optional.empty());

    @Test
    void valuesAreHandedOnInOneFormPerType() {
        ImportChecks.Checked checked = checks.check(new ImportRow(2, Map.of("name", "  Léa ", "count", "007", "amount", "12,50",
                "day", "2025-03-04", "at", "2025-03-04T09:30:00+01:00", "active", "Oui", "email", "Lea@Example.org",
                "status", "suivi", "tags", "Vert; rouge ;vert", "owner", "amina@example.org")));

        assertTrue(checked.passed());
        assertEquals(Map.of("name", "Léa", "count", "7", "amount", "12.50", "day", "2025-03-04", "at", "2025-03-04T08:30:00Z",
                "active", "true", "email", "lea@example.org", "status", "Suivi", "tags", "vert;rouge", "owner", "7"),
                checked.row().values());
        assertEquals(2, checked.row().line());
    }

    @Test
    void theFirstFieldAtFaultIsNamedWithTheReasonAndNothingIsCut() {
        assertRefused("name", "Ce champ est obligatoire et il est vide.", Map.of("count", "1"));
        assertRefused("name", "Plus de 10 caractères : la valeur n'est pas coupée, elle est refusée.", Map.of("name", "x".repeat(11)));
        assertRefused("count", "Un nombre entier est attendu (par exemple 42).", Map.of("name", "a", "count", "1e3"));
        assertRefused("day", "Une date est attendue sous la forme 2025-03-04 (année-mois-jour).", Map.of("name", "a", "day", "03/04/2025"));
        assertRefused("at", null, Map.of("name", "a", "at", "2025-03-04T09:30:00"));
        assertRefused("site", null, Map.of("name", "a", "site", "javascript:alert(1)"));
        assertRefused("status", "Cette valeur n'est pas permise ; valeurs permises : Nouveau, Suivi.", Map.of("name", "a", "status", "Perdu"));
        assertRefused("tags", null, Map.of("name", "a", "tags", "rouge;bleu"));
        assertRefused("owner", null, Map.of("name", "a", "owner", "personne@example.org"));
        assertRefused("name", "Une seule ligne est attendue.", Map.of("name", "a\nb"));
    }

    private void assertRefused(String field, String reason, Map<String, String> values) {
        ImportChecks.Checked checked = checks.check(new ImportRow(3, values));
        assertFalse(checked.passed());
        assertEquals(field, checked.field());
        if (reason != null) {
            assertEquals(reason, checked.reason());
        }
    }

    private static ImportField field(String name, FieldType type, boolean required, int maxLength) {
        return new ImportField(name, type, required, maxLength, List.of(), false, "b", "k");
    }
}
