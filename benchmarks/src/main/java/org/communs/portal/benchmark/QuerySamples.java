package org.communs.portal.benchmark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * For each kind of query, a long list of values taken from random members (so frequent names,
 * skills and towns are asked more often, as in real use), cycled through by the benchmarks: the
 * query changes at every call, so neither engine is timed answering the same thing again and again.
 */
final class QuerySamples {

    static final int PER_KIND = 2_000;
    static final double RADIUS_KM = 30;
    private static final long SEED = 7_919L;
    private static final String TYPING_LETTERS = "abcdefghijlmnoprstuv";

    private final Map<QueryKind, List<QuerySample>> samples = new EnumMap<>(QueryKind.class);

    QuerySamples(List<Member> members) {
        SplittableRandom random = new SplittableRandom(SEED);
        Set<String> existingNames = new HashSet<>();
        members.forEach(member -> existingNames.add(Folding.fold(member.lastName())));
        for (QueryKind kind : QueryKind.values()) {
            List<QuerySample> values = new ArrayList<>(PER_KIND);
            while (values.size() < PER_KIND) {
                Member member = members.get(random.nextInt(members.size()));
                sample(kind, member, existingNames, random).ifPresent(values::add);
            }
            samples.put(kind, List.copyOf(values));
        }
    }

    List<QuerySample> of(QueryKind kind) {
        return samples.get(kind);
    }

    private static Optional<QuerySample> sample(QueryKind kind, Member member, Set<String> existingNames,
                                                          SplittableRandom random) {
        String last = member.lastName();
        // Two-word names ("Le Gall") are left out of name queries: InnoDB's full-text index drops
        // words under three letters, which would compare different searches.
        boolean oneWord = last.chars().allMatch(Character::isLetter);
        return Optional.ofNullable(switch (kind) {
            case NAME -> oneWord ? new QuerySample(kind, last, last, null) : null;
            case TYPO -> oneWord && last.length() >= 5 ? new QuerySample(kind, typo(last, existingNames, random), last, null) : null;
            case PREFIX -> oneWord ? new QuerySample(kind, last.substring(0, 3).toLowerCase(Locale.ROOT), last, null) : null;
            case FACET -> new QuerySample(kind, member.skills().get(random.nextInt(member.skills().size())), null, null);
            case GEO -> new QuerySample(kind, member.town().name(), null, member.town());
        });
    }

    /**
     * One slip of the fingers, never on the first letter: a letter left out, doubled up, swapped
     * with the next or replaced. The result is never another member's real name, or the "typo"
     * would be an exact search.
     */
    static String typo(String name, Set<String> existingNames, SplittableRandom random) {
        while (true) {
            StringBuilder typed = new StringBuilder(name);
            int at = 1 + random.nextInt(name.length() - 1);
            char letter = TYPING_LETTERS.charAt(random.nextInt(TYPING_LETTERS.length()));
            switch (random.nextInt(4)) {
                case 0 -> typed.deleteCharAt(at);
                case 1 -> typed.insert(at, letter);
                case 2 -> {
                    if (at == name.length() - 1) {
                        continue;
                    }
                    typed.setCharAt(at, name.charAt(at + 1));
                    typed.setCharAt(at + 1, name.charAt(at));
                }
                default -> typed.setCharAt(at, letter);
            }
            String folded = Folding.fold(typed.toString());
            if (!existingNames.contains(folded)) {
                return typed.toString();
            }
        }
    }
}
