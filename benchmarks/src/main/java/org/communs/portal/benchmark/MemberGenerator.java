package org.communs.portal.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.communs.portal.index.GeoPoint;

/**
 * Makes a directory of members that looks like a real French one: frequent names and big towns
 * more often than rare ones, a few skills and languages each, a phone shared with one collective
 * by about a third of them. The same seed always gives the same members, so the index, the
 * database and the JMH forks (which regenerate them to pick query values) all see the same data.
 */
final class MemberGenerator {

    static final long SEED = 20_261_124L;
    static final int COLLECTIVES = 40;
    static final String DOMAIN = "exemple-coop.fr";

    private final FrenchVocabulary words;
    private final RankWeightedPicker<String> lastNames;
    private final RankWeightedPicker<String> womenFirstNames;
    private final RankWeightedPicker<String> menFirstNames;
    private final RankWeightedPicker<Town> towns;
    private final RankWeightedPicker<String> skills;
    private final RankWeightedPicker<FrenchVocabulary.JobTitle> jobs;
    private final RankWeightedPicker<String> languages;

    MemberGenerator(FrenchVocabulary words) {
        this.words = words;
        this.lastNames = new RankWeightedPicker<>(words.lastNames(), 0.6);
        this.womenFirstNames = new RankWeightedPicker<>(words.womenFirstNames(), 0.6);
        this.menFirstNames = new RankWeightedPicker<>(words.menFirstNames(), 0.6);
        this.towns = new RankWeightedPicker<>(words.towns(), 0.7);
        this.skills = new RankWeightedPicker<>(words.skills(), 0.5);
        this.jobs = new RankWeightedPicker<>(words.jobs(), 0.5);
        this.languages = new RankWeightedPicker<>(words.languages(), 1.0);
    }

    /** Members with ids 1 to {@code count}, always the same for the same count. */
    List<Member> generate(int count) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Member> members = new ArrayList<>(count);
        for (int id = 1; id <= count; id++) {
            members.add(member(id, random));
        }
        return members;
    }

    private Member member(int id, SplittableRandom random) {
        boolean woman = random.nextBoolean();
        String first = (woman ? womenFirstNames : menFirstNames).pick(random);
        String last = lastNames.pick(random);
        FrenchVocabulary.JobTitle title = jobs.pick(random);
        List<String> memberSkills = distinct(skills, 1 + random.nextInt(4), random);
        List<String> spoken = new ArrayList<>(List.of("français"));
        spoken.addAll(distinct(languages, random.nextInt(3), random));
        Town town = towns.pick(random);
        Integer collective = random.nextInt(3) == 0 ? 1 + random.nextInt(COLLECTIVES) : null;
        return new Member(id, first, last, woman ? title.feminine() : title.masculine(),
                bio(memberSkills.getFirst(), town, random), memberSkills, spoken, town, near(town.centre(), random),
                collective, collective == null ? null : phone(random), email(id, first, last));
    }

    private static <T> List<T> distinct(RankWeightedPicker<T> picker, int count, SplittableRandom random) {
        Set<T> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(picker.pick(random));
        }
        return List.copyOf(picked);
    }

    /** Somewhere in or around the town: members do not all live at the town hall. */
    private static GeoPoint near(GeoPoint centre, SplittableRandom random) {
        double kmNorth = clamp(random.nextGaussian() * 2.5, 8);
        double kmEast = clamp(random.nextGaussian() * 2.5, 8);
        return new GeoPoint(centre.latitude() + kmNorth / 111.2,
                centre.longitude() + kmEast / (111.2 * Math.cos(Math.toRadians(centre.latitude()))));
    }

    private static double clamp(double value, double limit) {
        return Math.max(-limit, Math.min(limit, value));
    }

    private String bio(String skill, Town town, SplittableRandom random) {
        Map<String, List<String>> parts = words.bioParts();
        String opening = oneOf(parts.get("opening"), random).formatted(random.nextBoolean() ? skill : oneOf(parts.get("interest"), random));
        String closing = oneOf(parts.get("closing"), random);
        return opening + " " + (closing.contains("%s") ? closing.formatted(town.name()) : closing);
    }

    private static String oneOf(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String phone(SplittableRandom random) {
        return String.format(Locale.ROOT, "0%d %02d %02d %02d %02d", 6 + random.nextInt(2), random.nextInt(100), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
    }

    private static String email(int id, String first, String last) {
        // The id keeps addresses unique: a hundred thousand members share a few hundred names.
        return local(first) + "." + local(last) + "." + id + "@" + DOMAIN;
    }

    private static String local(String name) {
        return Folding.fold(name).replaceAll("[^a-z0-9]+", "-");
    }
}
