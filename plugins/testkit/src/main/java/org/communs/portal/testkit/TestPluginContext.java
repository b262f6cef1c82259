package org.communs.portal.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.LongPredicate;
import javax.sql.DataSource;
import org.communs.portal.api.notify.Notice;
import org.communs.portal.api.notify.Notifications;
import org.communs.portal.api.people.People;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.AuditTrail;
import org.communs.portal.api.plugin.Blobs;
import org.communs.portal.api.plugin.InvalidDescriptorException;
import org.communs.portal.api.plugin.Mail;
import org.communs.portal.api.plugin.PluginAuthorization;
import org.communs.portal.api.plugin.PluginContext;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.communs.portal.api.plugin.PluginSearch;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.api.plugin.RichText;
import org.communs.portal.api.plugin.SearchEntry;
import org.communs.portal.api.plugin.Texts;

/**
 * A portal as far as a plugin's unit tests need one, in memory: a signed-in member (or nobody),
 * the permissions of the plugin's own descriptor, texts from its own bundles, and everything the
 * plugin asked of the portal kept for the test to check — audit entries, search entries, mails,
 * blobs, notifications. The database is the plugin's business: give a {@link DataSource} (an
 * embedded database of the test's) with {@link #withDataSource}, or none, and any use fails the test.
 *
 * <pre>{@code
 * TestPluginContext portal = TestPluginContext.forDescriptor("/META-INF/portal-plugin.properties")
 *         .signedIn(TestPluginContext.member(7, "Camille", "ADMIN"));
 * new Links(portal, repository).delete(3);
 * assertEquals(List.of("link.deleted"), portal.auditedActions());
 * }</pre>
 *
 * <p>What it does like the portal: admins hold every permission; a permission the descriptor does
 * not declare is an {@code IllegalArgumentException}; {@code require} without the permission is an
 * {@link AccessDeniedException}; a missing text is its key. People are those given to
 * {@link #withPeople} ({@link TestPeople}). The API 1.1 services it does not offer (jobs, records,
 * settings, webhooks, imports, and people when none were given) throw, as a 1.0 portal would.
 */
public class TestPluginContext implements PluginContext {

    /** An audit entry as the plugin wrote it (the portal stores the action prefixed with the plugin's id). */
    public record Audited(String action, String targetType, String targetId, Map<String, String> details) {
    }

    /** A mail as the plugin queued it. */
    public record SentMail(long memberId, String subject, String html, String plainText) {
    }

    /** A notification as the plugin sent it. */
    public record Notified(long memberId, Notice notice) {
    }

    private final PluginDescriptor descriptor;
    private PortalMember member;
    private Locale locale = Locale.FRENCH;
    private DataSource dataSource = failingDataSource();
    private People people;
    private LongPredicate enabledFor = collective -> true;

    private final List<Audited> audited = new ArrayList<>();
    private final Map<String, SearchEntry> indexed = new LinkedHashMap<>();
    private final List<SentMail> mails = new ArrayList<>();
    private final Map<String, byte[]> blobs = new LinkedHashMap<>();
    private final List<Notified> notified = new ArrayList<>();

    public TestPluginContext(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /**
     * @param resource the plugin's descriptor on the test class path, usually
     *                 {@code /META-INF/portal-plugin.properties}
     */
    public static TestPluginContext forDescriptor(String resource) {
        try (InputStream in = TestPluginContext.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No descriptor at " + resource + " on the class path");
            }
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return new TestPluginContext(PluginDescriptor.read(properties));
        } catch (IOException | InvalidDescriptorException e) {
            throw new IllegalArgumentException("The descriptor at " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A member with portal-wide roles ({@code ADMIN}, {@code MEMBER}, {@code GUEST}), speaking French. */
    public static PortalMember member(long id, String name, String... roles) {
        return new PortalMember(id, name, Locale.FRENCH, Set.of(roles));
    }

    /** @param someone the member of the current request, or null for nobody signed in */
    public TestPluginContext signedIn(PortalMember someone) {
        this.member = someone;
        return this;
    }

    /** The language of {@link #texts()} (French unless told). */
    public TestPluginContext speaking(Locale language) {
        this.locale = language;
        return this;
    }

    /** The members and collectives {@link #people()} answers with (without them, it throws as a 1.0 portal would). */
    public TestPluginContext withPeople(People people) {
        this.people = people;
        return this;
    }

    /** The database the plugin's statements go to (without one, every statement fails). */
    public TestPluginContext withDataSource(DataSource source) {
        this.dataSource = source;
        return this;
    }

    /** Which collectives a per-collective plugin is enabled for (all unless told; any plugin that is not per-collective is on everywhere). */
    public TestPluginContext enabledOnlyFor(LongPredicate collectives) {
        this.enabledFor = collectives;
        return this;
    }

    public List<Audited> audited() {
        return List.copyOf(audited);
    }

    public List<String> auditedActions() {
        return audited.stream().map(Audited::action).toList();
    }

    /** The search entries the plugin keeps in the index now, by type and id. */
    public List<SearchEntry> indexed() {
        return List.copyOf(indexed.values());
    }

    public List<SentMail> mails() {
        return List.copyOf(mails);
    }

    public List<Notified> notified() {
        return List.copyOf(notified);
    }

    /** The SHA-256 names of the blobs the plugin keeps now. */
    public Set<String> blobNames() {
        return Set.copyOf(blobs.keySet());
    }

    @Override
    public PluginDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Optional<PortalMember> currentMember() {
        return Optional.ofNullable(member);
    }

    @Override
    public PluginAuthorization authorization() {
        return new PluginAuthorization() {
            @Override
            public boolean has(PortalMember someone, String permission) {
                Set<String> roles = descriptor.permissions().get(permission);
                if (roles == null) {
                    throw new IllegalArgumentException("The descriptor declares no permission " + permission);
                }
                return someone != null && (someone.isAdmin() || someone.roles().stream().anyMatch(roles::contains));
            }

            @Override
            public PortalMember require(String permission) {
                if (member == null || !has(member, permission)) {
                    throw new AccessDeniedException(permission);
                }
                return member;
            }
        };
    }

    @Override
    public AuditTrail audit() {
        return (action, targetType, targetId, details) -> audited.add(new Audited(action, targetType, targetId,
                details == null ? Map.of() : Map.copyOf(details)));
    }

    @Override
    public PluginSearch search() {
        return new PluginSearch() {
            @Override
            public void index(SearchEntry entry) {
                indexed.put(entry.type() + "/" + entry.id(), entry);
            }

            @Override
            public void delete(String type, String id) {
                indexed.remove(type + "/" + id);
            }
        };
    }

    @Override
    public Mail mail() {
        return (memberId, subject, html, plainText) -> {
            if (subject == null || subject.isBlank() || subject.length() > 200 || subject.contains("\n") || subject.contains("\r")) {
                throw new IllegalArgumentException("A subject is one line of at most 200 characters");
            }
            if (html == null || html.isBlank() || html.length() > 200_000 || (plainText != null && plainText.length() > 200_000)) {
                throw new IllegalArgumentException("A mail needs a body of at most 200,000 characters");
            }
            mails.add(new SentMail(memberId, subject, html, plainText));
        };
    }

    @Override
    public Blobs blobs() {
        return new Blobs() {
            @Override
            public String put(InputStream content, long maxBytes) throws IOException {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    bytes.write(buffer, 0, read);
                    if (bytes.size() > maxBytes) {
                        throw new IOException("Longer than " + maxBytes + " bytes");
                    }
                }
                String name = sha256(bytes.toByteArray());
                blobs.put(name, bytes.toByteArray());
                return name;
            }

            @Override
            public InputStream open(String sha256) throws IOException {
                byte[] content = blobs.get(sha256);
                if (content == null) {
                    throw new IOException("No blob " + sha256);
                }
                return new ByteArrayInputStream(content);
            }

            @Override
            public boolean delete(String sha256) {
                return blobs.remove(sha256) != null;
            }
        };
    }

    @Override
    public Texts texts() {
        return new Texts() {
            @Override
            public Locale locale() {
                return member != null ? member.locale() : locale;
            }

            @Override
            public String text(String bundle, String key, Object... arguments) {
                try {
                    String pattern = ResourceBundle.getBundle(bundle, locale(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
                    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
                } catch (MissingResourceException missing) {
                    return key;
                }
            }
        };
    }

    @Override
    public boolean enabledFor(long collectiveId) {
        return !descriptor.perCollective() || enabledFor.test(collectiveId);
    }

    /**
     * A stricter stand-in for the portal's rules, without their HTML parser: every tag is dropped
     * and the text kept, escaped, one paragraph per line. A plugin's unit tests see that what they
     * store went through {@code sanitise}; the portal's own rules are tested with the portal.
     */
    @Override
    public RichText richText() {
        return new RichText() {
            @Override
            public String sanitise(String html) {
                String text = plainText(html);
                if (text.isEmpty()) {
                    return "";
                }
                StringBuilder out = new StringBuilder();
                for (String line : text.split("\n")) {
                    out.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>");
                }
                return out.toString();
            }

            @Override
            public String plainText(String html) {
                if (html == null || html.isBlank()) {
                    return "";
                }
                String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                        .replaceAll("(?i)</p>|<br\\s*/?>", "\n")
                        .replaceAll("<[^>]*>", "")
                        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                        .replace("&nbsp;", " ").replace("&amp;", "&");
                return text.strip();
            }
        };
    }

    @Override
    public People people() {
        return people == null ? PluginContext.super.people() : people;
    }

    @Override
    public Notifications notifications() {
        return (memberId, notice) -> notified.add(new Notified(memberId, notice));
    }

    /** A data source that fails the test when it is used: for tests that expect no database access. */
    public static DataSource failingDataSource() {
        return (DataSource) Proxy.newProxyInstance(TestPluginContext.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    throw new AssertionError("The test expected no database access, got " + method.getName());
                });
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
