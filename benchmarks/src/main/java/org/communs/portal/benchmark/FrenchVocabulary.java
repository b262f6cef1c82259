package org.communs.portal.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communs.portal.index.GeoPoint;

/**
 * The word lists members are made of, read from this package's resource files: common French
 * names, real towns with their coordinates, skills, job titles, languages and pieces of bios.
 * Each list is ordered most frequent first.
 */
record FrenchVocabulary(List<String> lastNames, List<String> womenFirstNames, List<String> menFirstNames,
                        List<Town> towns, List<String> skills, List<JobTitle> jobs, List<String> languages,
                        Map<String, List<String>> bioParts) {

    /** A job title in its masculine and feminine forms. */
    record JobTitle(String masculine, String feminine) {
    }

    static FrenchVocabulary load() {
        return new FrenchVocabulary(
                lines("last-names.txt"),
                lines("first-names-female.txt"),
                lines("first-names-male.txt"),
                lines("towns.tsv").stream().map(FrenchVocabulary::town).toList(),
                lines("skills.txt"),
                lines("jobs.tsv").stream().map(line -> line.split("\t")).map(forms -> new JobTitle(forms[0], forms[1])).toList(),
                lines("languages.txt"),
                sections(lines("bio-parts.txt")));
    }

    private static Town town(String line) {
        String[] columns = line.split("\t");
        return new Town(columns[0], columns[1], new GeoPoint(Double.parseDouble(columns[2]), Double.parseDouble(columns[3])));
    }

    /** "[name]" lines start a section; the lines after it are its entries. */
    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), name -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }

    /** The file's lines, without blank lines and "#" comments. */
    private static List<String> lines(String resource) {
        InputStream in = FrenchVocabulary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
