package org.communs.portal.document;

import static org.communs.portal.testing.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communs.portal.collective.CollectiveDraft;
import org.communs.portal.collective.CollectiveLink;
import org.communs.portal.collective.CollectiveSummary;
import org.communs.portal.collective.Collectives;
import org.communs.portal.collective.JoinPolicy;
import org.communs.portal.collective.Subscriptions;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.Identity;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.testing.PortalDeployment;
import org.communs.portal.testing.Refusals;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Document spaces against the real database and blob store: who reads and writes what, versions,
 * deduplication, and bad files. Each test makes its own people and collective.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("documents-it.war", DocumentsIT.class, Refusals.class);
    }

    @Inject
    Members members;

    @Inject
    Collectives collectives;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Documents documents;

    @Inject
    DocumentTrash trashBin;

    @Inject
    DocumentFolders folders;

    @Inject
    DocumentStorage storage;

    @Inject
    Thumbnails thumbnails;

    @Inject
    org.communs.portal.search.PortalSearch search;

    @Inject
    org.communs.portal.search.SearchReaders readers;

    private String run;
    private MemberSummary admin;
    private MemberSummary lead;
    private MemberSummary subscriber;
    private MemberSummary member;
    private MemberSummary guest;
    private Space collective;

    @BeforeEach
    void people() {
        run = UUID.randomUUID().toString().substring(0, 8);
        admin = person("Admin", GlobalRole.ADMIN);
        lead = person("Lead", GlobalRole.MEMBER);
        subscriber = person("Subscriber", GlobalRole.MEMBER);
        member = person("Member", GlobalRole.MEMBER);
        guest = person("Guest", GlobalRole.GUEST);
        CollectiveSummary created = collectives.create(admin, new CollectiveDraft("Documents " + run,
                collectives.types(false).getFirst().getId(), "", "<p>x</p>", JoinPolicy.OPEN, List.<CollectiveLink>of()));
        collectives.nameLead(admin, created.id(), lead.id());
        subscriptions.subscribe(subscriber, created.id());
        collective = Space.collective(created.id());
    }

    @Test
    void permissionMatrix() throws IOException {
        Space organisation = Space.organisation();
        Space personal = Space.member(member.id());
        long orgFile = documents.upload(admin, organisation, null, "statuts-" + run + ".pdf", pdf("statuts")).id();
        long collectiveFile = documents.upload(lead, collective, null, "compte-rendu.pdf", pdf("cr")).id();
        long personalFile = documents.upload(member, personal, null, "notes.txt", text("mes notes")).id();

        // Organisation: every member reads, admins write, guests see nothing.
        assertReads(member, orgFile);
        assertReads(lead, orgFile);
        assertHidden(guest, orgFile);
        assertRefused(Reason.FORBIDDEN, () -> documents.upload(member, organisation, null, "x.txt", text("x")));
        assertRefused(Reason.NOT_FOUND, () -> documents.upload(guest, organisation, null, "x.txt", text("x")));

        // Collective: its members and leads read, leads (and admins) write; others get "not found".
        assertReads(subscriber, collectiveFile);
        assertReads(lead, collectiveFile);
        assertReads(admin, collectiveFile);
        assertHidden(member, collectiveFile);
        assertHidden(guest, collectiveFile);
        assertRefused(Reason.FORBIDDEN, () -> documents.upload(subscriber, collective, null, "x.txt", text("x")));
        assertRefused(Reason.NOT_FOUND, () -> documents.listing(member, collective, null));

        // Personal: only the owner; not even admins.
        assertReads(member, personalFile);
        assertHidden(admin, personalFile);
        assertHidden(subscriber, personalFile);
        assertRefused(Reason.NOT_FOUND, () -> documents.upload(admin, personal, null, "x.txt", text("x")));
    }

    @Test
    void sharedFoldersOpenToTheNamedMemberOnly() throws IOException {
        DocumentViews.Folder minutes = folders.createFolder(lead, collective, null, "Pour les partenaires");
        long file = documents.upload(lead, collective, minutes.id(), "programme.pdf", pdf("programme")).id();
        long other = documents.upload(lead, collective, null, "interne.pdf", pdf("interne")).id();
        assertHidden(guest, file);
        folders.share(lead, minutes.id(), guest.id());
        assertReads(guest, file);
        assertHidden(guest, other);
        assertEquals(1, documents.listing(guest, collective, minutes.id()).files().size());
        assertRefused(Reason.NOT_FOUND, () -> documents.listing(guest, collective, null));
        assertRefused(Reason.FORBIDDEN, () -> folders.share(subscriber, minutes.id(), member.id()));
    }

    @Test
    void reuploadMakesVersionsAndAnOldOneCanBeRestored() throws IOException {
        documents.upload(lead, collective, null, "budget.txt", text("budget v1"));
        DocumentViews.File second = documents.upload(lead, collective, null, "budget.txt", text("budget v2"));
        assertEquals(2, second.version());
        assertEquals(1, documents.listing(lead, collective, null).files().size(), "one file, two versions");
        assertEquals("budget v2", read(subscriber, second.id(), null));
        assertEquals("budget v1", read(subscriber, second.id(), 1));
        DocumentViews.File restored = documents.restore(lead, second.id(), 1);
        assertEquals(3, restored.version());
        assertEquals("budget v1", read(subscriber, second.id(), null));
        assertEquals(List.of(3, 2, 1), documents.versions(lead, second.id()).stream().map(DocumentViews.Version::number).toList());
        assertRefused(Reason.FORBIDDEN, () -> documents.restore(subscriber, second.id(), 2));

        documents.upload(lead, collective, null, "autre.txt", text("autre"));
        assertRefused(Reason.CONFLICT, () -> folders.rename(lead, Documents.Item.FILE, second.id(), "autre.txt"));
        assertRefused(Reason.FORBIDDEN, () -> folders.rename(subscriber, Documents.Item.FILE, second.id(), "x.txt"));
        folders.rename(lead, Documents.Item.FILE, second.id(), "../budget 2027.txt");
        assertTrue(documents.listing(subscriber, collective, null).files().stream().anyMatch(f -> f.name().equals("budget 2027.txt")));
    }

    @Test
    void identicalContentIsStoredOnce() throws IOException {
        byte[] content = ("même contenu " + run).getBytes(StandardCharsets.UTF_8);
        long first = documents.upload(lead, collective, null, "a.txt", new ByteArrayInputStream(content)).id();
        long second = documents.upload(member, Space.member(member.id()), null, "b.txt", new ByteArrayInputStream(content)).id();
        String sha = documents.download(lead, first, null).sha256();
        assertEquals(sha, documents.download(member, second, null).sha256());
        assertTrue(storage.blobs().exists(sha));
        try (var all = storage.blobs().digests()) {
            assertEquals(1, all.filter(sha::equals).count());
        }
    }

    @Test
    void badFilesAreRefusedWithAReasonAndLeaveNothing() throws Exception {
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        byte[] script = ("#!/bin/sh\nrm -rf / " + run + "\n").getBytes(StandardCharsets.US_ASCII);
        assertInvalid("files.error.empty", () -> upload("vide.pdf", new byte[0]));
        assertInvalid("files.error.executable", () -> upload("facture.pdf", program));
        assertInvalid("files.error.executable", () -> upload("script.txt", script));
        byte[] accepted = ("root:x:0:0 " + run + "\n").getBytes(StandardCharsets.US_ASCII);
        DocumentViews.File passwd = upload("../../etc/passwd", accepted);
        assertEquals("passwd", passwd.name(), "no folder part survives");
        assertEquals(List.of("passwd"), documents.listing(lead, collective, null).files().stream()
                .map(DocumentViews.File::name).toList(), "the refused files left nothing");
        // Blobs are named by their content's SHA-256: the refused contents are not in the store.
        assertFalse(storage.blobs().exists(sha256(script)), "no blob of the refused script");
        assertFalse(storage.blobs().exists(sha256(program)), "no blob of the refused program");
        assertTrue(storage.blobs().exists(sha256(accepted)), "the accepted file's blob");
    }

    private static String sha256(byte[] content) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }


    @Test
    void theTrashHidesRestoresAndFinallyPurges() throws IOException {
        DocumentViews.Folder folder = folders.createFolder(lead, collective, null, "Archives " + run);
        byte[] unique = ("contenu unique " + run).getBytes(StandardCharsets.UTF_8);
        long file = documents.upload(lead, collective, folder.id(), "vieux.txt", new ByteArrayInputStream(unique)).id();
        String sha = documents.download(lead, file, null).sha256();
        assertRefused(Reason.FORBIDDEN, () -> trashBin.trash(subscriber, Documents.Item.FOLDER, folder.id()));

        trashBin.trash(lead, Documents.Item.FOLDER, folder.id());
        assertHidden(subscriber, file);
        assertTrue(documents.listing(lead, collective, null).folders().stream().noneMatch(f -> f.id() == folder.id()));
        assertEquals(List.of(folder.id()), trashBin.trashOf(lead, collective).stream().map(DocumentViews.Trashed::id).toList(),
                "the folder is in the trash, its file with it");

        trashBin.restoreFromTrash(lead, Documents.Item.FOLDER, folder.id());
        assertReads(subscriber, file);
        assertTrue(trashBin.trashOf(lead, collective).isEmpty());

        trashBin.trash(lead, Documents.Item.FILE, file);
        trashBin.forgetUnused(trashBin.purgeTrash(java.time.Duration.ofDays(30)));
        assertEquals(1, trashBin.trashOf(lead, collective).size(), "kept for 30 days");
        trashBin.forgetUnused(trashBin.purgeTrash(java.time.Duration.ZERO));
        assertTrue(trashBin.trashOf(lead, collective).isEmpty());
        assertRefused(Reason.NOT_FOUND, () -> trashBin.restoreFromTrash(lead, Documents.Item.FILE, file));
        assertFalse(storage.blobs().exists(sha), "a blob nothing refers to any more is deleted");
    }

    @Test
    void theConsistencyCheckFindsStrayAndMissingFilesForAdminsOnly() throws IOException {
        BlobStore.Stored stray = storage.blobs().put(text("orphelin " + run), 1000);
        long file = documents.upload(lead, collective, null, "perdu.txt", text("perdu " + run)).id();
        String lost = documents.download(lead, file, null).sha256();
        storage.blobs().delete(lost);
        assertRefused(Reason.FORBIDDEN, () -> trashBin.checkConsistency(lead));
        DocumentViews.Consistency report = trashBin.checkConsistency(admin);
        assertTrue(report.orphanBlobs().contains(stray.sha256()), report.toString());
        assertTrue(report.missingBlobs().contains(lost), report.toString());
        storage.blobs().delete(stray.sha256());
    }

    @Test
    void aFileIsFoundByASentenceInsideItOnlyByThoseWhoMayReadIt() throws Exception {
        String word = "grainotheque" + run.replaceAll("[0-9]", "x");
        long file = documents.upload(lead, collective, null, "compte-rendu-" + run + ".pdf",
                new ByteArrayInputStream(pdfWithText("Nous ouvrons une " + word + " au printemps"))).id();
        long corrupt = documents.upload(lead, collective, null, "abime-" + run + ".pdf",
                new ByteArrayInputStream(("%PDF-1.4\n%" + word + " sans structure").getBytes(StandardCharsets.US_ASCII))).id();
        assertEquals(file, awaitFound(subscriber, word), "the subscriber finds it by a word inside");
        assertTrue(found(member, word).isEmpty(), "a member of another collective does not");
        assertTrue(found(guest, word).isEmpty(), "nor does a guest");
        assertTrue(documents.download(lead, corrupt, null).sizeBytes() > 0, "a PDF that cannot be read is still stored");
        assertReads(subscriber, corrupt);
        assertTrue(found(subscriber, "abime " + run).contains(corrupt), "and found by its name");
        trashBin.trash(lead, Documents.Item.FILE, file);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!found(subscriber, word).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(found(subscriber, word).isEmpty(), "a file in the trash leaves the search");
    }

    private long awaitFound(MemberSummary reader, String text) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        List<Long> hits = found(reader, text);
        while (hits.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            hits = found(reader, text);
        }
        assertEquals(1, hits.size(), "hits for " + text);
        return hits.getFirst();
    }

    private List<Long> found(MemberSummary reader, String text) {
        return search.search(org.communs.portal.index.SearchQuery.of(text, readers.of(reader))
                        .withTypes(DocumentSearchSource.TYPE)).hits().stream()
                .map(hit -> Long.parseLong(hit.id())).toList();
    }

    /** A small, well-formed PDF with one line of text (Helvetica), its cross-reference table computed. */
    private static byte[] pdfWithText(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void filesAndFoldersMoveWithinTheirSpace() throws IOException {
        DocumentViews.Folder a = folders.createFolder(lead, collective, null, "A");
        DocumentViews.Folder b = folders.createFolder(lead, collective, a.id(), "B");
        long file = documents.upload(lead, collective, null, "plan.txt", text("plan")).id();

        folders.move(lead, Documents.Item.FILE, file, b.id());

        assertEquals(List.of(file), documents.listing(subscriber, collective, b.id()).files().stream().map(DocumentViews.File::id).toList());
        assertTrue(documents.listing(subscriber, collective, null).files().isEmpty());
        assertRefused(Reason.INVALID_INPUT, () -> folders.move(lead, Documents.Item.FOLDER, a.id(), b.id()));
        assertRefused(Reason.INVALID_INPUT, () -> folders.move(lead, Documents.Item.FOLDER, a.id(), a.id()));
        documents.upload(lead, collective, null, "plan.txt", text("un autre plan"));
        assertRefused(Reason.CONFLICT, () -> folders.move(lead, Documents.Item.FILE, file, null));
        assertRefused(Reason.FORBIDDEN, () -> folders.move(subscriber, Documents.Item.FILE, file, a.id()));
        DocumentViews.Folder elsewhere = folders.createFolder(member, Space.member(member.id()), null, "Perso");
        assertRefused(Reason.NOT_FOUND, () -> folders.move(lead, Documents.Item.FILE, file, elsewhere.id()));
        assertEquals(List.of(file), documents.listing(lead, collective, b.id()).files().stream().map(DocumentViews.File::id).toList(),
                "refused moves change nothing");

        // A folder moves with all it holds; into a shared folder, its files gain the share's readers.
        DocumentViews.Folder partners = folders.createFolder(lead, collective, null, "Partenaires");
        folders.share(lead, partners.id(), guest.id());
        assertHidden(guest, file);
        folders.move(lead, Documents.Item.FOLDER, a.id(), partners.id());
        assertReads(guest, file);
        assertTrue(folders.destinations(lead, collective).stream().map(DocumentViews.Destination::path).toList()
                .containsAll(List.of("/", "Partenaires", "Partenaires / A", "Partenaires / A / B")));
        assertRefused(Reason.FORBIDDEN, () -> folders.destinations(subscriber, collective));
    }

    @Test
    void descriptionsAndTagsAreCheckedKeptAndSearchable() throws Exception {
        long file = documents.upload(lead, collective, null, "budget-" + run + ".txt", text("chiffres")).id();

        DocumentViews.File described = documents.describe(lead, file, "  Budget prévisionnel  ",
                List.of("Budget", " budget ", "Été  2026", ""));

        assertEquals("Budget prévisionnel", described.description());
        assertEquals(List.of("Budget", "Été 2026"), described.tags(), "one tag whatever its case; spaces tidied");
        assertRefused(Reason.FORBIDDEN, () -> documents.describe(subscriber, file, "x", List.of()));
        assertRefused(Reason.NOT_FOUND, () -> documents.describe(member, file, "x", List.of()));
        assertRefused(Reason.INVALID_INPUT, () -> documents.describe(lead, file, "x".repeat(1001), List.of()));
        assertRefused(Reason.INVALID_INPUT, () -> documents.describe(lead, file, "", List.of("x".repeat(41))));
        assertRefused(Reason.INVALID_INPUT, () -> documents.describe(lead, file, "",
                java.util.stream.IntStream.range(0, 11).mapToObj(i -> "t" + i).toList()));
        DocumentViews.File listed = documents.listing(subscriber, collective, null).files().getFirst();
        assertEquals("Budget prévisionnel", listed.description(), "refused edits change nothing");
        assertEquals(List.of("Budget", "Été 2026"), listed.tags());

        String tag = "tresorerie" + run.replaceAll("[0-9]", "k");
        documents.describe(lead, file, "", List.of(tag));
        assertEquals(file, awaitFound(subscriber, tag), "a tag finds the file");
        assertTrue(found(member, tag).isEmpty(), "for its readers only");
    }

    /**
     * The previews drawn for the thumbnail servlet, behind the download's checks; the servlet itself
     * (its answers over HTTP to a reader and to an outsider) is exercised by {@code DocumentsBrowserIT}.
     */
    @Test
    void picturesAndPdfsArePreviewedAtThumbnailSizeForTheirReadersOnly() throws IOException {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(600, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        long image = documents.upload(lead, collective, null, "affiche.png", new ByteArrayInputStream(png.toByteArray())).id();
        long pdf = documents.upload(lead, collective, null, "tract.pdf", new ByteArrayInputStream(pdfWithText("Fete du compost"))).id();
        long notes = documents.upload(lead, collective, null, "notes.txt", text("notes")).id();

        java.awt.image.BufferedImage small = javax.imageio.ImageIO.read(thumbnail(subscriber, image).orElseThrow().toFile());
        assertEquals(240, small.getWidth());
        assertEquals(120, small.getHeight());
        java.awt.image.BufferedImage page = javax.imageio.ImageIO.read(thumbnail(subscriber, pdf).orElseThrow().toFile());
        assertEquals(240, page.getHeight(), "a letter page is taller than wide");
        assertTrue(thumbnail(subscriber, notes).isEmpty(), "text has no preview");
        assertRefused(Reason.NOT_FOUND, () -> thumbnail(member, image));
        assertRefused(Reason.NOT_FOUND, () -> thumbnail(guest, pdf));
    }

    @Test
    void aFailureMidUploadLeavesNoTrace() throws IOException {
        long blobsBefore;
        try (var all = storage.blobs().digests()) {
            blobsBefore = all.count();
        }
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 200_000) {
                    throw new IOException("connection reset by the client");
                }
                return 'x';
            }
        };
        assertThrows(RuntimeException.class, () -> documents.upload(lead, collective, null, "coupe.txt", breaking));
        assertTrue(documents.listing(lead, collective, null).files().isEmpty(), "no file row");
        try (var all = storage.blobs().digests()) {
            assertEquals(blobsBefore, all.count(), "no blob");
        }
        // blobs/00/00/<digest>: three levels up is "blobs", beside which "incoming" holds the temporary files.
        try (var incoming = java.nio.file.Files.list(storage.blobs().path("0".repeat(64)).getParent().getParent().getParent()
                .resolveSibling("incoming"))) {
            assertTrue(incoming.noneMatch(part -> part.toString().endsWith(".part")), "no half file");
        }
    }

    /** The test server sets a quota of 1 MB a space (portal-ear/pom.xml). */
    @Test
    void aSpaceOverItsQuotaRefusesMoreAndKeepsWhatItHas() {
        byte[] big = new byte[700 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        upload("premier.txt", big);
        big[0] = 'b';
        assertInvalid("files.error.quota", () -> upload("second.txt", big));
        assertEquals(List.of("premier.txt"), documents.listing(lead, collective, null).files().stream()
                .map(DocumentViews.File::name).toList());
    }

    private DocumentViews.File upload(String name, byte[] content) {
        return documents.upload(lead, collective, null, name, new ByteArrayInputStream(content));
    }

    /** The download's checks, then the preview of that content (the servlet's two steps). */
    private java.util.Optional<java.nio.file.Path> thumbnail(MemberSummary reader, long fileId) {
        DocumentViews.Download current = documents.download(reader, fileId, null);
        return thumbnails.of(current.sha256(), current.contentType());
    }

    private String read(MemberSummary reader, long fileId, Integer version) throws IOException {
        try (InputStream in = documents.open(documents.download(reader, fileId, version))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void assertReads(MemberSummary reader, long fileId) throws IOException {
        DocumentViews.Download download = documents.download(reader, fileId, null);
        try (InputStream in = documents.open(download)) {
            assertEquals(download.sizeBytes(), in.readAllBytes().length);
        }
    }

    private void assertHidden(MemberSummary reader, long fileId) {
        assertRefused(Reason.NOT_FOUND, () -> documents.download(reader, fileId, null));
        assertRefused(Reason.NOT_FOUND, () -> documents.versions(reader, fileId));
    }

    private static void assertRefused(Reason reason, Runnable action) {
        PortalException refused = assertThrows(PortalException.class, action::run);
        assertEquals(reason, refused.reason(), refused.messageKey());
    }

    private static InputStream pdf(String text) {
        return new ByteArrayInputStream(("%PDF-1.4\n% " + text + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private MemberSummary person(String name, GlobalRole role) {
        String subject = name.toLowerCase() + "-" + UUID.randomUUID();
        return members.signedIn(new Identity(subject, subject, name + " " + run, subject + "@example.org", "fr", Set.of(role)));
    }
}
