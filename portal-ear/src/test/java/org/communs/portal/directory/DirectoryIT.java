package org.communs.portal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.index.SearchOrder;
import org.communs.portal.member.CollectiveRole;
import org.communs.portal.member.CollectiveRoles;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.search.PortalSearch;
import org.communs.portal.search.RebuildStatus;
import org.communs.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory against the real database and the real index: each test makes its own people,
 * with a run-unique word in their skills, and only looks at them.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("directory-it.war", DirectoryIT.class);
    }

    @Inject
    Members members;

    @Inject
    Profiles profiles;

    @Inject
    DirectorySearch directory;

    @Inject
    CollectiveRoles collectiveRoles;

    @Inject
    PortalSearch search;

    private String run;
    private MemberSummary julie;
    private MemberSummary paul;
    private MemberSummary colleague;
    private MemberSummary admin;

    @BeforeEach
    void people() {
        run = UUID.randomUUID().toString().substring(0, 8);
        julie = person("Julie", Set.of(GlobalRole.MEMBER));
        paul = person("Paul", Set.of(GlobalRole.MEMBER));
        colleague = person("Inès", Set.of(GlobalRole.MEMBER));
        admin = person("Admin", Set.of(GlobalRole.MEMBER, GlobalRole.ADMIN));

        ProfileDraft julieProfile = draft("Julie", "Frémeaux" + run, "graphisme, illustration, marker" + run, "Montpellier");
        julieProfile.setPhones("06 12 34 " + run.replaceAll("[^0-9]", "1").substring(0, 2) + " 78");
        julieProfile.setLatitude(43.6108);
        julieProfile.setLongitude(3.8767);
        julieProfile.getVisibilityChoices().put("LOCATION", "MEMBERS");
        julieProfile.getVisibilityChoices().put("TOWN", "MEMBERS");
        julieProfile.getVisibilityChoices().put("PHONES", "ADMINS");
        profiles.save(julie, julie.id(), julieProfile);

        ProfileDraft paulProfile = draft("Paul", "Dupont" + run, "comptabilité, marker" + run, "Paris");
        paulProfile.getVisibilityChoices().put("TOWN", "MEMBERS");
        paulProfile.setLatitude(48.8566);
        paulProfile.setLongitude(2.3522);
        paulProfile.getVisibilityChoices().put("LOCATION", "MEMBERS");
        profiles.save(paul, paul.id(), paulProfile);
    }

    private MemberSummary person(String name, Set<GlobalRole> roles) {
        String subject = name.toLowerCase() + "-" + UUID.randomUUID();
        return members.signedIn(new Identity(subject, subject, name + " " + run, subject + "@example.org", "fr", roles));
    }

    private static ProfileDraft draft(String first, String last, String skills, String town) {
        ProfileDraft draft = new ProfileDraft();
        draft.setFirstName(first);
        draft.setLastName(last);
        draft.setJobTitle("Graphiste");
        draft.setSkills(skills);
        draft.setTown(town);
        return draft;
    }

    private List<Long> ids(MemberSummary reader, String text) {
        return ids(directory.search(reader, new DirectoryQuery(text, Map.of(), null, 25, SearchOrder.RELEVANCE, 0, 50)));
    }

    private List<Long> ids(DirectoryPage page) {
        return page.cards().stream().map(card -> card.profile().memberId())
                .filter(id -> id == julie.id() || id == paul.id()).toList();
    }

    @Test
    void aNameWithATypoASkillAndATownFindThePerson() {
        assertEquals(List.of(julie.id()), ids(paul, "Frémaux" + run));
        assertEquals(List.of(paul.id()), ids(julie, "dupond" + run));
        assertEquals(List.of(julie.id()), ids(paul, "illustration marker" + run));
        assertEquals(List.of(paul.id()), ids(julie, "paris marker" + run));
    }

    @Test
    void facetsCountAndNarrow() {
        DirectoryQuery both = new DirectoryQuery("marker" + run, Map.of(), null, 25, SearchOrder.NAME, 0, 50);
        DirectoryPage all = directory.search(colleague, both);
        assertEquals(List.of(paul.id(), julie.id()), ids(all), "by name: Dupont, Frémeaux");
        assertTrue(all.facets().get("skill").stream().anyMatch(f -> f.value().equals("marker" + run) && f.count() == 2));

        DirectoryPage graphists = directory.search(colleague, new DirectoryQuery("marker" + run,
                Map.of("skill", Set.of("graphisme")), null, 25, SearchOrder.RELEVANCE, 0, 50));
        assertEquals(List.of(julie.id()), ids(graphists));
        assertEquals(1, graphists.total());
    }

    @Test
    void nearATownKeepsThoseWhoShareTheirPlace() {
        DirectoryPage nearSete = directory.search(colleague, new DirectoryQuery("marker" + run, Map.of(), "Sète", 50,
                SearchOrder.DISTANCE, 0, 50));
        assertEquals(List.of(julie.id()), ids(nearSete));
        double km = nearSete.cards().stream().filter(c -> c.profile().memberId() == julie.id()).findFirst()
                .orElseThrow().distanceKm();
        assertTrue(km > 20 && km < 35, "Sète–Montpellier, got " + km);

        PortalException unknown = assertThrows(PortalException.class, () -> directory.search(colleague,
                new DirectoryQuery("", Map.of(), "Atlantis", 50, SearchOrder.DISTANCE, 0, 10)));
        assertEquals("directory.error.unknownTown", unknown.messageKey());
    }

    @Test
    void aHiddenPhoneIsNeitherFoundNorShownNorExported() {
        String phone = profiles.view(julie, julie.id()).phones().getFirst();
        String digits = phone.replaceAll("[^0-9]", "");

        assertTrue(ids(paul, digits).isEmpty(), "a member cannot find Julie by her hidden phone");
        assertTrue(ids(paul, phone).isEmpty());
        assertEquals(List.of(julie.id()), ids(admin, digits), "an admin can");

        VisibleProfile seenByPaul = profiles.view(paul, julie.id());
        assertTrue(seenByPaul.phones().isEmpty());
        assertNull(seenByPaul.email(), "the e-mail is for admins by default");
        String card = VCard.of(seenByPaul);
        assertFalse(card.contains("TEL") || card.contains(digits) || card.contains("EMAIL"), card);
        assertTrue(VCard.of(profiles.view(admin, julie.id())).contains("TEL;VALUE=uri:tel:" + digits));

        DirectoryPage byName = directory.search(paul, new DirectoryQuery("Frémeaux" + run, Map.of(), null, 25,
                SearchOrder.RELEVANCE, 0, 10));
        byName.cards().forEach(c -> c.highlights().forEach(h -> assertFalse(h.text().contains(digits), h.toString())));
    }

    @Test
    void fieldsSharedWithCollectivesReachOnlyTheirMembers() {
        long collective = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        collectiveRoles.grant(julie.id(), collective, CollectiveRole.MEMBER);
        collectiveRoles.grant(colleague.id(), collective, CollectiveRole.MEMBER);
        ProfileDraft edited = profiles.draft(julie, julie.id());
        edited.getVisibilityChoices().put("PHONES", "COLLECTIVES");
        profiles.save(julie, julie.id(), edited);
        String digits = profiles.view(julie, julie.id()).phones().getFirst().replaceAll("[^0-9]", "");

        assertEquals(List.of(julie.id()), ids(colleague, digits));
        assertFalse(profiles.view(colleague, julie.id()).phones().isEmpty());
        assertTrue(ids(paul, digits).isEmpty());
        assertTrue(profiles.view(paul, julie.id()).phones().isEmpty());
    }

    @Test
    void anEditIsSearchableAtOnce() {
        ProfileDraft edited = profiles.draft(julie, julie.id());
        edited.setSkills("ébénisterie" + run);
        profiles.save(julie, julie.id(), edited);

        assertEquals(List.of(julie.id()), ids(paul, "ebenisterie" + run), "no wait: the save returns once it is searchable");
    }

    @Test
    void badInputGetsAClearRefusalAndChangesNothing() {
        ProfileDraft longName = profiles.draft(julie, julie.id());
        longName.setFirstName("J".repeat(2_000));
        PortalException tooLong = assertThrows(PortalException.class, () -> profiles.save(julie, julie.id(), longName));
        assertEquals(Reason.INVALID_INPUT, tooLong.reason());
        assertEquals("profile.error.tooLong", tooLong.messageKey());
        assertEquals("Julie", profiles.view(julie, julie.id()).firstName());

        ProfileDraft script = profiles.draft(julie, julie.id());
        script.setBio("<script>alert('x')</script> Bonjour");
        script.setLinks("javascript:alert(1)");
        PortalException badLink = assertThrows(PortalException.class, () -> profiles.save(julie, julie.id(), script));
        assertEquals("profile.error.link", badLink.messageKey());

        script.setLinks("https://example.org/julie");
        profiles.save(julie, julie.id(), script);
        assertEquals("<script>alert('x')</script> Bonjour", profiles.view(julie, julie.id()).bio(),
                "kept as the text it is; pages escape it");

        for (String odd : List.of("\"", "*", "AND(", "title:" + run, "((", "\\")) {
            directory.search(paul, new DirectoryQuery(odd, Map.of(), null, 25, SearchOrder.RELEVANCE, 0, 10));
        }
        PortalException deepPage = assertThrows(PortalException.class, () -> directory.search(paul,
                new DirectoryQuery("", Map.of(), null, 25, SearchOrder.RELEVANCE, 1_000_000_000, 10)));
        assertEquals("directory.error.page", deepPage.messageKey(), "a crafted offset is refused, not collected");

        ProfileDraft longPhone = profiles.draft(julie, julie.id());
        longPhone.setPhones("+" + "1".repeat(40));
        assertEquals("profile.error.phone", assertThrows(PortalException.class,
                () -> profiles.save(julie, julie.id(), longPhone)).messageKey(), "41 characters do not fit the column");

        ProfileDraft twoSpellings = profiles.draft(julie, julie.id());
        twoSpellings.setSkills("Électricité, electricite, ÉLECTRICITÉ");
        profiles.save(julie, julie.id(), twoSpellings);
        assertEquals(List.of("électricité"), profiles.view(julie, julie.id()).skills());

        PortalException badFacet = assertThrows(PortalException.class, () -> directory.search(paul,
                new DirectoryQuery("", Map.of("salary", Set.of("1")), null, 25, SearchOrder.RELEVANCE, 0, 10)));
        assertEquals("directory.error.facet", badFacet.messageKey());
    }

    @Test
    void photosAreCheckedAndCroppedToASquare() throws Exception {
        PortalException notImage = assertThrows(PortalException.class,
                () -> profiles.savePhoto(julie, julie.id(), "<svg onload=alert(1)>".getBytes()));
        assertEquals("image.notImage", notImage.messageKey());
        PortalException tooLarge = assertThrows(PortalException.class,
                () -> profiles.savePhoto(julie, julie.id(), new byte[PhotoThumbnail.MAX_UPLOAD_BYTES + 1]));
        assertEquals("image.tooLarge", tooLarge.messageKey());

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(800, 400, BufferedImage.TYPE_INT_ARGB), "png", png);
        profiles.savePhoto(julie, julie.id(), png.toByteArray());
        BufferedImage thumbnail = ImageIO.read(new java.io.ByteArrayInputStream(
                profiles.photo(julie, julie.id()).orElseThrow().image()));
        assertEquals(PhotoThumbnail.SIDE, thumbnail.getWidth());
        assertEquals(PhotoThumbnail.SIDE, thumbnail.getHeight());
        assertTrue(profiles.photo(paul, julie.id()).isEmpty(), "the photo is for her collectives by default");
    }

    @Test
    void onlyTheOwnerAndAdminsEditAProfile() {
        PortalException refused = assertThrows(PortalException.class,
                () -> profiles.save(paul, julie.id(), new ProfileDraft()));
        assertEquals(Reason.FORBIDDEN, refused.reason());
        ProfileDraft byAdmin = profiles.draft(admin, julie.id());
        byAdmin.setJobTitle("Directrice artistique");
        profiles.save(admin, julie.id(), byAdmin);
        assertEquals("Directrice artistique", profiles.view(paul, julie.id()).jobTitle());
    }

    @Test
    void aRebuildFindsEveryoneAgain() throws Exception {
        assertTrue(search.startRebuild() || search.status().running());
        RebuildStatus done = search.whenRebuilt().get(60, TimeUnit.SECONDS);
        assertFalse(done.running());
        assertNull(done.error());
        assertTrue(done.total() > 0, "something to rebuild");
        assertEquals(done.total(), done.done(), "every document counted was rebuilt");
        assertEquals(List.of(julie.id()), ids(paul, "Frémeaux" + run));
    }

    @Test
    void skillSuggestionsNeverPointAtOnePersonOrAHiddenSkill() {
        String shared = "sérigraphie" + run;
        String alone = "taxidermie" + run;
        String hidden = "astrologie" + run;
        saveSkills(julie, shared + ", " + alone + ", " + hidden, "MEMBERS");
        saveSkills(paul, shared + ", " + hidden, "MEMBERS");
        saveSkills(colleague, hidden, "ADMINS");
        ProfileDraft paulHides = profiles.draft(paul, paul.id());
        paulHides.getVisibilityChoices().put("SKILLS", "COLLECTIVES");
        profiles.save(paul, paul.id(), paulHides);
        saveSkills(admin, shared, "MEMBERS");

        List<String> suggested = profiles.skillSuggestions(colleague, "", 10_000);
        assertTrue(suggested.contains(shared), "two members show it to the portal");
        assertFalse(suggested.contains(alone), "one person's skill would name them");
        assertFalse(suggested.contains(hidden), "only Julie shows it to the portal");
        MemberSummary guest = person("Guest", Set.of(GlobalRole.GUEST));
        assertTrue(profiles.skillSuggestions(guest, "", 10).isEmpty(), "guests do not browse the directory");
    }

    private void saveSkills(MemberSummary member, String skills, String visibility) {
        ProfileDraft draft = profiles.draft(member, member.id());
        draft.setSkills(skills);
        draft.getVisibilityChoices().put("SKILLS", visibility);
        profiles.save(member, member.id(), draft);
    }
}
