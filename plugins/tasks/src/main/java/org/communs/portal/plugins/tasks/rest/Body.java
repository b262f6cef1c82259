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
            return number.longValueExact();
        }
        throw wrongType(name);
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
            ids.add(number.longValueExact());
        }
        return ids;
    }

    private static InvalidInputException wrongType(String name) {
        return new InvalidInputException(name, "error.json.type", name);
    }
}
