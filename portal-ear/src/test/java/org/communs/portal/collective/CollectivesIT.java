package org.communs.portal.collective;

import static org.communs.portal.testing.Refusals.assertForbidden;
import static org.communs.portal.testing.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.index.Reader;
import org.communs.portal.index.SearchQuery;
import org.communs.portal.member.CollectiveRole;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.news.FeedPage;
import org.communs.portal.news.NewsCard;
import org.communs.portal.news.NewsDraft;
import org.communs.portal.news.NewsItems;
import org.communs.portal.news.NewsSearchSource;
import org.communs.portal.notification.Notification;
import org.communs.portal.notification.NotificationKind;
import org.communs.portal.notification.Notifications;
import org.communs.portal.search.PortalSearch;
import org.communs.portal.search.SearchReaders;
import org.communs.portal.testing.PortalDeployment;
import org.communs.portal.testing.Refusals;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Collectives, subscriptions, news items, the feed and the bell against the real database: who may
 * do what, what is sanitised, what subscribers see. Each test makes its own people and collectives.
 */
@ExtendWith(ArquillianExtension.class)
class CollectivesIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("collectives-it.war", CollectivesIT.class, Refusals.class);
    }

    @Inject
    Members members;

    @Inject
    Collectives collectives;

    @Inject
    Subscriptions subscriptions;

    @Inject
    NewsItems news;

    @Inject
    Notifications notifications;

    @Inject
    CollectiveRoles collectiveRoles;

    @Inject
    PortalSearch search;

    @Inject
    SearchReaders readers;

    private String run;
    private MemberSummary admin;
    private MemberSummary leadA;
    private MemberSummary leadB;
    private MemberSummary member;
    private MemberSummary guest;
    private CollectiveSummary a;
    private CollectiveSummary b;

    @BeforeEach
    void people() {
        run = UUID.randomUUID().toString().substring(0, 8);
        admin = person("Admin", Set.of(GlobalRole.ADMIN));
        leadA = person("LeadA", Set.of(GlobalRole.MEMBER, GlobalRole.COLLECTIVE_LEAD));
        leadB = person("LeadB", Set.of(GlobalRole.MEMBER, GlobalRole.COLLECTIVE_LEAD));
        member = person("Member", Set.of(GlobalRole.MEMBER));
        guest = person("Guest", Set.of(GlobalRole.GUEST));
        a = collectives.create(admin, draft("Jardins " + run, JoinPolicy.OPEN));
        b = collectives.create(admin, draft("Vélo " + run, JoinPolicy.APPROVAL));
        collectives.nameLead(admin, a.id(), leadA.id());
        collectives.nameLead(admin, b.id(), leadB.id());
    }

    @Test
    void onlyAdminsCreateCollectivesAndNameLeads() {
        assertForbidden(() -> collectives.create(leadA, draft("Autre " + run, JoinPolicy.OPEN)));
        assertForbidden(() -> collectives.nameLead(leadA, a.id(), member.id()));
        assertForbidden(() -> collectives.archive(leadA, a.id(), true));
        assertEquals(List.of(leadA.id()), collectives.leads(a.id()).stream().map(MemberSummary::id).toList());
        PortalException duplicate = assertThrows(PortalException.class,
                () -> collectives.create(admin, draft("Jardins " + run, JoinPolicy.OPEN)));
        assertEquals("collective.error.nameTaken", duplicate.messageKey());
    }

    @Test
    void aLeadOfOneCollectiveCannotPublishInAnother() {
        assertForbidden(() -> news.save(leadA, null, item("Chez B", b.id())));
        assertForbidden(() -> news.save(member, null, item("Membre", a.id())));
        assertForbidden(() -> news.save(leadA, null, new NewsDraft("A et B", "<p>x</p>", false, Set.of(a.id(), b.id()))));
        NewsCard mine = news.save(leadA, null, item("Chez A", a.id()));
        assertForbidden(() -> news.publish(leadB, mine.id()));
        assertForbidden(() -> news.save(leadB, mine.id(), item("Détourné", b.id())));
        assertForbidden(() -> collectives.update(leadA, b.id(), draft("Vélo " + run, JoinPolicy.OPEN)));
    }

    @Test
    void aGuestCannotSubscribeNorSeeCollectivesThatDidNotInviteThem() {
        assertForbidden(() -> subscriptions.subscribe(guest, a.id()));
        assertForbidden(() -> collectives.view(guest, a.id()));
        assertTrue(collectives.list(guest, CollectiveQuery.ALL).stream().noneMatch(c -> c.id() == a.id()));
        assertTrue(collectives.logo(guest, a.id()).isEmpty());
        collectiveRoles.grant(guest.id(), b.id(), CollectiveRole.GUEST);
        assertEquals(b.id(), collectives.view(guest, b.id()).id(), "a guest sees the collective that invited them");
        assertTrue(subscriptions.state(guest.id(), a.id()).isEmpty());
    }

    @Test
    void subscribingToAnOpenCollectiveMakesAMemberOfIt() {
        assertEquals(SubscriptionState.ACTIVE, subscriptions.subscribe(member, a.id()));
        assertEquals(SubscriptionState.ACTIVE, subscriptions.subscribe(member, a.id()), "subscribing twice changes nothing");
        assertTrue(collectiveRoles.of(member.id(), a.id()).contains(CollectiveRole.MEMBER));
        assertEquals(1, collectives.view(member, a.id()).subscribers());
        subscriptions.unsubscribe(member, a.id());
        assertFalse(collectiveRoles.of(member.id(), a.id()).contains(CollectiveRole.MEMBER));
        assertNull(collectives.view(member, a.id()).subscription());
    }

    @Test
    void aClosedCollectiveWaitsForItsLeadAndTellsBothSides() {
        assertEquals(SubscriptionState.PENDING, subscriptions.subscribe(member, b.id()));
        assertFalse(collectiveRoles.of(member.id(), b.id()).contains(CollectiveRole.MEMBER), "nothing shared while pending");
        Notification request = notifications.latest(leadB).getFirst();
        assertEquals(NotificationKind.JOIN_REQUEST, request.kind());
        assertEquals(member.displayName(), request.subject());
        assertForbidden(() -> subscriptions.decide(leadA, b.id(), member.id(), true));
        subscriptions.decide(leadB, b.id(), member.id(), true);
        assertEquals(SubscriptionState.ACTIVE, subscriptions.state(member.id(), b.id()).orElseThrow());
        assertEquals(0, notifications.unreadCount(leadB), "the answered request leaves the lead's bell");
        assertEquals(NotificationKind.JOIN_ACCEPTED, notifications.latest(member).getFirst().kind());
    }

    @Test
    void publishedItemsReachSubscribersFeedAndBellOnce() {
        subscriptions.subscribe(member, a.id());
        NewsCard draft = news.save(leadA, null, item("Semis de printemps " + run, a.id()));
        assertEquals(0, news.feed(member, 0, 10).total(), "a draft is nobody's news");
        assertThrows(PortalException.class, () -> news.read(member, draft.id()));
        news.publish(leadA, draft.id());
        news.unpublish(leadA, draft.id());
        news.publish(leadA, draft.id());
        FeedPage feed = news.feed(member, 0, 10);
        assertEquals(1, feed.total());
        assertTrue(feed.items().getFirst().unread());
        assertEquals(1, notifications.unreadCount(member), "published twice, notified once");
        news.read(member, draft.id());
        assertFalse(news.feed(member, 0, 10).items().getFirst().unread());
        assertEquals(0, notifications.unreadCount(member), "reading the item clears its notification");
        assertEquals(0, news.feed(leadB, 0, 10).total(), "not subscribed, not in the feed");
        assertEquals(0, notifications.unreadCount(leadA), "the author is not notified of their own item");
    }

    @Test
    void scheduledItemsGoOutWhenTheirTimeComes() {
        subscriptions.subscribe(member, a.id());
        NewsCard item = news.save(leadA, null, item("Plus tard " + run, a.id()));
        PortalException past = assertThrows(PortalException.class,
                () -> news.schedule(leadA, item.id(), java.time.Instant.now().minusSeconds(60)));
        assertEquals(Reason.INVALID_INPUT, past.reason());
        news.schedule(leadA, item.id(), java.time.Instant.now().plusSeconds(2));
        assertEquals(0, news.feed(member, 0, 10).total());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (news.feed(member, 0, 10).total() == 0 && System.nanoTime() < deadline) {
            news.publishDue();
            sleep(500);
        }
        assertEquals(1, news.feed(member, 0, 10).total());
    }

    @Test
    void bodiesAndDescriptionsAreSanitisedOnTheServer() {
        String[] payloads = {
            "<script>alert(1)</script><p>ok</p>",
            "<img src=x onerror=alert(1)><p>ok</p>",
            "<p onclick=\"alert(1)\">ok</p>",
            "<a href=\"javascript:alert(1)\">ok</a>",
            "<iframe src=\"https://evil.example/\"></iframe><p>ok</p>",
            "<svg onload=alert(1)><p>ok</p></svg>",
            "<p style=\"background:url(javascript:alert(1))\">ok</p>",
            "<a href=\"&#106;avascript:alert(1)\">ok</a>",
        };
        for (String payload : payloads) {
            NewsCard saved = news.save(leadA, null, new NewsDraft("XSS " + run, payload, false, Set.of(a.id())));
            String body = saved.bodyHtml().toLowerCase();
            assertFalse(body.contains("<script") || body.contains("onerror") || body.contains("onclick")
                    || body.contains("javascript:") || body.contains("<iframe") || body.contains("onload")
                    || body.contains("style="), payload + " → " + saved.bodyHtml());
            assertTrue(body.contains("ok"), "the harmless text stays: " + saved.bodyHtml());
        }
        CollectiveSummary described = collectives.update(admin, a.id(), new CollectiveDraft("Jardins " + run, typeId(),
                "Résumé", "<p>Bienvenue</p><script>alert(1)</script>", JoinPolicy.OPEN, List.of()));
        assertEquals("<p>Bienvenue</p>", described.descriptionHtml());
    }

    @Test
    void badInputIsRefusedWithAReasonAndChangesNothing() {
        assertInvalid("news.error.titleMissing", () -> news.save(leadA, null, new NewsDraft(" ", "<p>x</p>", false, Set.of(a.id()))));
        assertInvalid("news.error.bodyMissing", () -> news.save(leadA, null, new NewsDraft("T", "<p><br></p>", false, Set.of(a.id()))));
        assertInvalid("richtext.error.tooLong", () -> news.save(leadA, null,
                new NewsDraft("T", "<p>" + "x".repeat(5 * 1024 * 1024) + "</p>", false, Set.of(a.id()))));
        assertInvalid("image.notImage", () -> {
            NewsCard item = news.save(leadA, null, item("Image " + run, a.id()));
            news.saveImage(leadA, item.id(), "GIF89a<script>alert(1)</script>".getBytes());
        });
        assertInvalid("collective.error.linkUrl", () -> collectives.update(leadA, a.id(), new CollectiveDraft("Jardins " + run,
                typeId(), "", "", JoinPolicy.OPEN, List.of(new CollectiveLink("Chat", "javascript:alert(1)")))));
        assertEquals("Jardins " + run, collectives.view(admin, a.id()).name());
    }

    @Test
    void attachmentsAreJudgedByTheirContentAndReadOnlyByTheItemsReaders() {
        NewsCard item = news.save(leadA, null, item("Compte rendu " + run, a.id()));
        byte[] pdf = "%PDF-1.4\n% un petit compte rendu\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        org.communs.portal.news.Attachment attached = news.attach(leadA, item.id(), "../../etc/compte rendu.pdf", pdf);
        assertEquals("compte rendu.pdf", attached.fileName(), "no folder part survives");
        assertEquals("application/pdf", attached.contentType());
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertInvalid("news.attachment.type", () -> news.attach(leadA, item.id(), "facture.pdf", exe));
        assertInvalid("news.attachment.type", () -> news.attach(leadA, item.id(), "outil.exe", exe));
        assertInvalid("news.attachment.empty", () -> news.attach(leadA, item.id(), "vide.txt", new byte[0]));
        assertInvalid("news.attachment.tooLarge", () -> news.attach(leadA, item.id(), "gros.txt", new byte[11 * 1024 * 1024]));
        assertForbidden(() -> news.attach(leadB, item.id(), "autre.pdf", pdf));
        assertEquals(1, news.attachments(leadA, item.id()).size(), "refused files leave nothing behind");

        assertThrows(PortalException.class, () -> news.download(member, attached.id()), "a draft's files stay with its leads");
        news.publish(leadA, item.id());
        assertArrayEquals(pdf, news.download(member, attached.id()).getValue(), "a reader of the item gets the file");
        assertThrows(PortalException.class, () -> news.download(guest, attached.id()), "a guest of no collective does not");
        assertThrows(PortalException.class, () -> news.download(null, attached.id()), "nor does anyone signed out");
        news.detach(leadA, attached.id());
        assertTrue(news.attachments(leadA, item.id()).isEmpty());
    }

    @Test
    void archivedCollectivesLeaveTheListsAndStopChanging() {
        collectives.archive(admin, a.id(), true);
        assertTrue(collectives.list(member, CollectiveQuery.ALL).stream().noneMatch(c -> c.id() == a.id()));
        assertEquals(Reason.NOT_FOUND, assertThrows(PortalException.class, () -> collectives.view(member, a.id())).reason());
        assertEquals(Reason.CONFLICT, assertThrows(PortalException.class, () -> subscriptions.subscribe(member, a.id())).reason());
        assertEquals(Reason.CONFLICT, assertThrows(PortalException.class, () -> news.save(leadA, null, item("Non", a.id()))).reason());
        collectives.archive(admin, a.id(), false);
        assertTrue(collectives.list(member, new CollectiveQuery("jardins " + run, null, false)).stream().anyMatch(c -> c.id() == a.id()));
    }

    @Test
    void collectivesAndPublicItemsAreFoundByThePortalSearch() {
        collectives.update(admin, a.id(), new CollectiveDraft("Jardins " + run, typeId(), "Potagers partagés " + run,
                "<p>Compost et semences</p>", JoinPolicy.OPEN, List.of()));
        NewsCard open = news.save(leadA, null, new NewsDraft("Grainothèque " + run, "<p>Échange de graines</p>", true, Set.of(a.id())));
        news.publish(leadA, open.id());
        NewsCard internal = news.save(leadA, null, new NewsDraft("Interne " + run, "<p>Réunion graines</p>", false, Set.of(a.id())));
        news.publish(leadA, internal.id());
        Reader reader = readers.of(member);
        assertTrue(hits(SearchQuery.of("potagers " + run, reader)).contains(CollectiveSearchSource.TYPE + ":" + a.id()));
        List<String> found = hits(SearchQuery.of(run + " graines", reader));
        assertTrue(found.contains(NewsSearchSource.TYPE + ":" + open.id()), found.toString());
        assertFalse(found.contains(NewsSearchSource.TYPE + ":" + internal.id()), "members-only items stay out of the index");
        collectives.archive(admin, a.id(), true);
        assertFalse(hits(SearchQuery.of("potagers " + run, reader)).contains(CollectiveSearchSource.TYPE + ":" + a.id()));
    }

    @Test
    void theAtomFeedAndPublicPagesShowOnlyPublicItems() throws Exception {
        NewsCard open = news.save(leadA, null, new NewsDraft("Portes ouvertes " + run,
                "<p>Venez <em>nombreux</em></p><script>alert(1)</script>", true, Set.of(a.id())));
        news.publish(leadA, open.id());
        NewsCard internal = news.save(leadA, null, new NewsDraft("Entre nous " + run, "<p>Interne</p>", false, Set.of(a.id())));
        news.publish(leadA, internal.id());
        NewsCard draft = news.save(leadA, null, new NewsDraft("Brouillon public " + run, "<p>Pas encore</p>", true, Set.of(a.id())));

        java.net.http.HttpResponse<String> feed = anonymous("/feeds/collective?id=" + a.id());
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("Portes ouvertes " + run), feed.body());
        assertFalse(feed.body().contains("Entre nous " + run), "members-only items stay out of the feed");
        assertFalse(feed.body().contains("Brouillon public " + run), "drafts stay out of the feed");
        assertFalse(feed.body().contains("<script"), "the body is escaped inside the feed");

        java.net.http.HttpResponse<String> page = anonymous("/news/public?id=" + open.id());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<em>nombreux</em>") && !page.body().contains("<script"), page.body());
        assertEquals(404, anonymous("/news/public?id=" + internal.id()).statusCode());
        assertEquals(404, anonymous("/news/public?id=" + draft.id()).statusCode());
        assertEquals(404, anonymous("/news/public?id=abc").statusCode());
        collectives.archive(admin, a.id(), true);
        assertEquals(404, anonymous("/feeds/collective?id=" + a.id()).statusCode());
    }

    private static java.net.http.HttpResponse<String> anonymous(String path) throws Exception {
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:9181/collectives-it" + path))
                        .header("Accept-Language", "fr").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private List<String> hits(SearchQuery query) {
        return search.search(query).hits().stream().map(hit -> hit.type() + ":" + hit.id()).toList();
    }

    private long typeId() {
        return collectives.types(false).getFirst().getId();
    }

    private CollectiveDraft draft(String name, JoinPolicy policy) {
        return new CollectiveDraft(name, collectives.types(false).getFirst().getId(), "Un collectif de test",
                "<p>Description</p>", policy, List.of(new CollectiveLink("Dossier", "https://cloud.example.org/s/" + run)));
    }

    private static NewsDraft item(String title, long collectiveId) {
        return new NewsDraft(title, "<p>Texte de la brève</p>", false, Set.of(collectiveId));
    }

    private MemberSummary person(String name, Set<GlobalRole> roles) {
        String subject = name.toLowerCase() + "-" + UUID.randomUUID();
        return members.signedIn(new Identity(subject, subject, name + " " + run, subject + "@example.org", "fr", roles));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
