package org.communs.portal.plugins.tasks.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;

/**
 * A JSON request body, read field by field: a missing field is null, a field of the wrong type is
 * a 400 naming it ({@code error.json.type}), so a client learns what to fix.
 */
final class Body {

    private final JsonObject json;

    Body(JsonObject json) {
        this.json = json == null ? JsonValue.EMPTY_JSON_OBJECT : json;
    }

    /** @return whether the field is there, even as null (a PATCH clears a field so) */
    boolean has(String name) {
        return json.containsKey(name);
    }

    /** @return the text, or null when missing or null */
    String text(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw wrongType(name);
    }

    /** @return the whole number, or null when missing or null */
    Long number(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return whole(number, name);
        }
        throw wrongType(name);
    }

    /** @return the version a client sent, a whole number that fits an int, or null when missing */
    Integer version(String name) {
        Long number = number(name);
        if (number != null && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
            throw wrongType(name);
        }
        return number == null ? null : number.intValue();
    }

    /** @return the flag, refusing a missing or null one: the caller must say which way */
    boolean requiredFlag(String name) {
        Boolean flag = flag(name);
        if (flag == null) {
            throw wrongType(name);
        }
        return flag;
    }

    // A number too large for a long is the client's mistake (400), not the server's (500).
    private static long whole(JsonNumber number, String name) {
        try {
            return number.longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw wrongType(name);
        }
    }

    /** @return the flag, or null when missing or null */
    Boolean flag(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE || value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw wrongType(name);
    }

    /** @return the ids of an array of whole numbers, or null when missing */
    List<Long> ids(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(name);
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonNumber number) || !number.isIntegral()) {
                throw wrongType(name);
            }
            ids.add(whole(number, name));
        }
        return ids;
    }

    private static InvalidInputException wrongType(String name) {
        return new InvalidInputException(name, "error.json.type", name);
    }
}
