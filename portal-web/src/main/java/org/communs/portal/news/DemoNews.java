package org.communs.portal.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communs.portal.collective.DemoCollectiveReady;

/** The news items of the demonstration collectives, published by their leads as each collective is made. */
@ApplicationScoped
public class DemoNews {

    private static final Map<String, List<String>> ITEMS = Map.of(
            "Pôle Agriculture paysanne", List.of("Visite de la ferme des Trois Chênes samedi",
                    "Bourse aux semences : les inscriptions sont ouvertes"),
            "Pôle Numérique libre", List.of("Install party le 12 au local", "Notre nouveau serveur de fichiers est en service"),
            "Groupe Vélo-école", List.of("Reprise des séances le mercredi"),
            "Territoire Hérault", List.of("Apéro des membres à Sète le 28", "Compte rendu de la réunion de Lodève"));

    @Inject
    NewsItems news;

    void publish(@Observes DemoCollectiveReady ready) {
        for (String title : ITEMS.getOrDefault(ready.collective().name(), List.of())) {
            NewsCard item = news.save(ready.lead(), null, new NewsDraft(title,
                    "<p>" + title + ".</p><p>Plus de détails auprès de l'équipe d'animation.</p>", true,
                    Set.of(ready.collective().id())));
            news.publish(ready.lead(), item.id());
        }
    }
}
