package org.communs.portal.plugin.imports;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.communs.portal.api.imports.FieldType;
import org.communs.portal.api.imports.ImportField;
import org.communs.portal.api.imports.ImportRow;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;

/**
 * Checks a row against a target's fields and writes each value in the one form its type hands
 * on: what passes is a normalised row, what does not is the first field at fault and why, in
 * the reader's language. Unknown fields are left out; a value is never cut.
 */
public final class ImportChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()\\-]{3,30}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}");
    /** A text field without a limit of its own still stops here (a column's size). */
    static final int TEXT_LIMIT = 255;
    static final int LONG_TEXT_LIMIT = 65_535;

    private final List<ImportField> fields;
    private final Language language;
    private final Function<String, Optional<Long>> members;

    /** @param members finds a member by id or e-mail, as typed in a row */
    public ImportChecks(List<ImportField> fields, Language language, Function<String, Optional<Long>> members) {
        this.fields = List.copyOf(fields);
        this.language = language;
        this.members = members;
    }

    /** The outcome of checking one row: the row to hand on, or the field at fault and why. */
    public record Checked(ImportRow row, String field, String reason) {

        public boolean passed() {
            return row != null;
        }
    }

    public Checked check(ImportRow row) {
        Map<String, String> clean = new HashMap<>();
        for (ImportField field : fields) {
            String value = row.value(field.name());
            if (value == null) {
                if (field.required()) {
                    return refused(field, "import.error.required");
                }
                continue;
            }
            String trimmed = field.type() == FieldType.LONG_TEXT ? value : value.strip();
            int limit = field.maxLength() > 0 ? field.maxLength() : field.type() == FieldType.LONG_TEXT ? LONG_TEXT_LIMIT : TEXT_LIMIT;
            if (trimmed.codePointCount(0, trimmed.length()) > limit) {
                return refused(field, "import.error.tooLong", limit);
            }
            Optional<String> normalised = normalised(field, trimmed);
            if (normalised.isEmpty()) {
                boolean choice = field.type() == FieldType.CHOICE || field.type() == FieldType.MULTI_CHOICE;
                return choice ? refused(field, "import.error." + field.type().name(), String.join(", ", field.allowedValues()))
                        : refused(field, "import.error." + field.type().name());
            }
            clean.put(field.name(), normalised.get());
        }
        return new Checked(new ImportRow(row.line(), clean), null, null);
    }

    private Optional<String> normalised(ImportField field, String value) {
        return switch (field.type()) {
            case TEXT -> value.contains("\n") || value.contains("\r") ? Optional.empty() : Optional.of(value);
            case LONG_TEXT -> Optional.of(value);
            case NUMBER -> NUMBER.matcher(value).matches() ? Optional.of(value.replaceFirst("^(-?)0+(?=\\d)", "$1")) : Optional.empty();
            case DECIMAL -> decimal(value);
            case DATE -> parsed(() -> LocalDate.parse(value).toString());
            case DATE_TIME -> parsed(() -> OffsetDateTime.parse(value).toInstant().toString());
            case YES_NO -> yesNo(value);
            case EMAIL -> EMAIL.matcher(value).matches() ? Optional.of(value.toLowerCase(Locale.ROOT)) : Optional.empty();
            case PHONE -> PHONE.matcher(value).matches() ? Optional.of(value) : Optional.empty();
            case URL -> url(value);
            case CHOICE -> field.allowedValues().stream().filter(allowed -> allowed.equalsIgnoreCase(value)).findFirst();
            case MULTI_CHOICE -> choices(field, value);
            case MEMBER -> members.apply(value).map(String::valueOf);
        };
    }

    private static Optional<String> decimal(String value) {
        try {
            return Optional.of(new BigDecimal(value.replace(" ", "").replace(',', '.')).toPlainString());
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<String> parsed(java.util.function.Supplier<String> parse) {
        try {
            return Optional.of(parse.get());
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<String> yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "oui", "yes", "1", "vrai" -> Optional.of("true");
            case "false", "non", "no", "0", "faux" -> Optional.of("false");
            default -> Optional.empty();
        };
    }

    private static Optional<String> url(String value) {
        try {
            URI uri = URI.create(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? Optional.of(value) : Optional.empty();
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
    }

    private static Optional<String> choices(ImportField field, String value) {
        List<String> chosen = new ArrayList<>();
        for (String part : value.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> allowed = field.allowedValues().stream().filter(a -> a.equalsIgnoreCase(part.strip())).findFirst();
            if (allowed.isEmpty()) {
                return Optional.empty();
            }
            if (!chosen.contains(allowed.get())) {
                chosen.add(allowed.get());
            }
        }
        return Optional.of(String.join(";", chosen));
    }

    private Checked refused(ImportField field, String key, Object... arguments) {
        return new Checked(null, field.name(), Messages.text(language, key, arguments));
    }
}
