package org.communs.portal.collective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.directory.DemoPeopleReady;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.settings.PortalSettings;

/**
 * Gives a demonstration portal ({@code ./portal run}) a few collectives with leads and subscribers,
 * so that the collectives page and the spaces have something to show (each one announced by a
 * {@link DemoCollectiveReady}, for the news feature to fill its feed). Off
 * unless {@code portal.demo.data} is true; done once (a collective of the same name stops it). The
 * made-up leads cannot sign in: an admin names a real person lead to try the lead's tools.
 */
@ApplicationScoped
public class DemoCollectives {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(DemoCollectives.class.getName());

    /** Name, type position in the default list, summary, join policy. */
    private record Demo(String name, int type, String summary, JoinPolicy policy) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("Pôle Agriculture paysanne", 0, "Maraîchage, circuits courts et installation agricole", JoinPolicy.OPEN),
            new Demo("Pôle Numérique libre", 0, "Logiciels libres, sobriété numérique et entraide informatique", JoinPolicy.OPEN),
            new Demo("Groupe Vélo-école", 1, "Apprendre à rouler en ville, en confiance", JoinPolicy.APPROVAL),
            new Demo("Territoire Hérault", 2, "Les membres du département : rencontres et projets locaux", JoinPolicy.OPEN));

    @Inject
    Members members;

    @Inject
    Collectives collectives;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Event<DemoCollectiveReady> ready;

    /** Runs on the demo directory's thread once its people exist (they become subscribers). */
    void start(@Observes DemoPeopleReady ready) {
        if (settings.demoData()) {
            fill();
        }
    }

    private void fill() {
        try {
            MemberSummary admin = members.invited(new Identity("demo-admin", "demo-admin", "Administration (démo)",
                    "demo-admin@example.org", "fr", Set.of(GlobalRole.ADMIN)));
            if (collectives.list(admin, new CollectiveQuery(DEMOS.getFirst().name(), null, true)).stream()
                    .anyMatch(c -> c.name().equals(DEMOS.getFirst().name()))) {
                return;
            }
            List<CollectiveType> types = collectives.types(false);
            List<MemberSummary> people = members.search(new org.communs.portal.member.MemberQuery("demo", GlobalRole.MEMBER,
                    null, 0, 60)).stream().filter(m -> m.subject().matches("demo-\\d+")).toList();
            for (int i = 0; i < DEMOS.size(); i++) {
                Demo demo = DEMOS.get(i);
                MemberSummary lead = members.invited(new Identity("demo-lead-" + i, "demo-lead-" + i, "Animation " + demo.name(),
                        "demo-lead-" + i + "@example.org", "fr", Set.of(GlobalRole.MEMBER, GlobalRole.COLLECTIVE_LEAD)));
                CollectiveSummary collective = collectives.create(admin, new CollectiveDraft(demo.name(),
                        types.get(Math.min(demo.type(), types.size() - 1)).getId(), demo.summary(),
                        "<p>" + demo.summary() + ".</p><p>Bienvenue ! Abonnez-vous pour suivre nos <strong>actualités</strong>.</p>",
                        demo.policy(), List.of(new CollectiveLink("Dossier partagé", "https://cloud.example.org/s/demo-" + i))));
                collectives.nameLead(admin, collective.id(), lead.id());
                for (int p = i; p < people.size(); p += 3) {
                    subscriptions.subscribe(people.get(p), collective.id());
                }
                ready.fire(new DemoCollectiveReady(collective, lead));
            }
            LOG.info(() -> "Demo collectives: " + DEMOS.size() + " collectives are in place");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not create the demo collectives", e);
        }
    }
}
