package org.communs.portal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communs.portal.index.GeoPoint;

/**
 * French towns with their centre, shipped with the portal so that "near Montpellier" works without
 * calling an outside geocoding service (members' addresses never leave the server).
 */
@Named("towns")
@ApplicationScoped
public class TownGazetteer {

    /** A town of the list. */
    public record Town(String name, String postcode, GeoPoint centre) {
    }

    private final Map<String, Town> byKey = new HashMap<>();
    private List<Town> towns = List.of();

    TownGazetteer() {
        try (InputStream csv = TownGazetteer.class.getResourceAsStream("towns-fr.csv")) {
            if (csv == null) {
                return;
            }
            List<Town> read = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8)).lines()
                    .skip(1)
                    .map(line -> line.split(";"))
                    .filter(columns -> columns.length == 4)
                    .map(columns -> new Town(columns[0], columns[1],
                            new GeoPoint(Double.parseDouble(columns[2]), Double.parseDouble(columns[3]))))
                    .toList();
            read.forEach(town -> byKey.putIfAbsent(key(town.name()), town));
            towns = read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The town of that name, written with or without accents, hyphens or capitals. */
    public Optional<Town> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(name)));
    }

    public List<Town> all() {
        return towns;
    }

    /** The official spelling when the town is known ("st etienne" → "Saint-Étienne" is not guessed, "saint etienne" is). */
    public String canonical(String name) {
        return find(name).map(Town::name).orElse(name);
    }

    static String key(String name) {
        return TextKeys.folded(name);
    }
}
