package org.communs.portal.directory;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.database.SchemaReady;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.settings.PortalSettings;

/**
 * Fills the directory of a demonstration portal ({@code ./portal run}) with made-up people, so the
 * trombinoscope, facets and map have something to show. Off unless {@code portal.demo.data} is
 * true; the people are portal members without a Keycloak account (they cannot sign in).
 */
@ApplicationScoped
public class DemoDirectory {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(DemoDirectory.class.getName());
    static final int PEOPLE = 48;

    private static final List<String> FIRST = List.of("Léa", "Hugo", "Chloé", "Louis", "Manon", "Jules", "Inès", "Nathan",
            "Zoé", "Arthur", "Jade", "Gabriel", "Louise", "Raphaël", "Alice", "Théo", "Émilie", "Mathis", "Sarah", "Noé");
    private static final List<String> LAST = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
            "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
            "Fournier", "Girard", "Frémeaux", "Mercier", "Blanc", "Guérin");
    private static final List<String> TOWNS = List.of("Montpellier", "Toulouse", "Lyon", "Nantes", "Rennes", "Lille",
            "Marseille", "Bordeaux", "Strasbourg", "Grenoble", "Sète", "Nîmes", "Perpignan", "Paris");
    private static final List<String> SKILLS = List.of("graphisme", "comptabilité", "animation de réseau", "menuiserie",
            "développement web", "maraîchage", "communication", "gestion de projet", "facilitation", "juridique",
            "photographie", "traduction", "formation", "électricité", "paie", "levée de fonds");
    private static final List<String> JOBS = List.of("Graphiste", "Comptable", "Animatrice de réseau", "Menuisier",
            "Développeuse", "Maraîcher", "Chargée de communication", "Coordinateur", "Formatrice", "Juriste");
    private static final List<String> LANGUAGES = List.of("fr", "en", "es", "de", "it", "ar", "oc", "br");

    @Inject
    Members members;

    @Inject
    Profiles profiles;

    @Inject
    TownGazetteer towns;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Event<DemoPeopleReady> peopleReady;

    void start(@Observes SchemaReady schemaReady) {
        if (settings.demoData()) {
            executor.submit(this::fill);
        }
    }

    private void fill() {
        try {
            Random random = new Random(42);
            for (int i = 0; i < PEOPLE; i++) {
                String first = FIRST.get(random.nextInt(FIRST.size()));
                String last = LAST.get(random.nextInt(LAST.size()));
                MemberSummary person = members.invited(new Identity("demo-" + i, "demo" + i, first + " " + last,
                        "demo" + i + "@example.org", "fr", Set.of(GlobalRole.MEMBER)));
                if (profiles.draft(person, person.id()).getJobTitle() == null) {
                    profiles.save(person, person.id(), draft(random, first, last));
                }
            }
            LOG.info(() -> "Demo directory: " + PEOPLE + " made-up members are in place");
            peopleReady.fire(new DemoPeopleReady());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not fill the demo directory", e);
        }
    }

    private ProfileDraft draft(Random random, String first, String last) {
        ProfileDraft draft = new ProfileDraft();
        draft.setFirstName(first);
        draft.setLastName(last);
        draft.setJobTitle(JOBS.get(random.nextInt(JOBS.size())));
        draft.setSkills(String.join(", ", List.of(SKILLS.get(random.nextInt(SKILLS.size())),
                SKILLS.get(random.nextInt(SKILLS.size())))));
        draft.setLanguages(List.of("fr", LANGUAGES.get(random.nextInt(LANGUAGES.size()))));
        TownGazetteer.Town town = towns.find(TOWNS.get(random.nextInt(TOWNS.size()))).orElseThrow();
        draft.setTown(town.name());
        draft.setPostcode(town.postcode());
        // Somewhere in town, not on the town hall: markers of one town should not all stack up.
        draft.setLatitude(Math.round((town.centre().latitude() + (random.nextDouble() - .5) * .06) * 1e5) / 1e5);
        draft.setLongitude(Math.round((town.centre().longitude() + (random.nextDouble() - .5) * .08) * 1e5) / 1e5);
        draft.setPhones("06 " + (10 + random.nextInt(89)) + " " + (10 + random.nextInt(89)) + " " + (10 + random.nextInt(89))
                + " " + (10 + random.nextInt(89)));
        draft.setBio("Membre de démonstration : " + first + " aime " + draft.getSkills() + ".");
        for (String open : List.of("TOWN", "LOCATION", "BIO", "PHOTO", "LINKS")) {
            draft.getVisibilityChoices().put(open, "MEMBERS");
        }
        return draft;
    }
}
