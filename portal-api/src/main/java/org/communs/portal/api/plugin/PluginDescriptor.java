package org.communs.portal.api.plugin;

import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communs.portal.api.ApiVersion;
import org.communs.portal.api.plugin.InvalidDescriptorException.Problem;

/**
 * What a plugin says about itself, in {@code META-INF/portal-plugin.properties} (UTF-8):
 *
 * <pre>
 * id=links
 * name=Liens utiles
 * version=1.1.0
 * api=1.0
 * class=org.example.LinksPlugin
 * per-collective=false
 * permission.links.manage=ADMIN
 * requires=tasks>=1.0
 * </pre>
 *
 * <p>{@code id}: 2 to 20 lower-case letters and digits, the prefix of its tables; {@code name}:
 * shown to admins; {@code version}: the plugin's, an upgrade brings a higher one; {@code api}: the
 * portal-api version it was built against; {@code class}: its {@link Plugin}; {@code per-collective}:
 * true when it is turned on collective by collective; {@code permission.<id>.<word>}: a permission
 * it checks, with the roles holding it (ADMIN, MEMBER, GUEST); {@code requires} (since API 1.1):
 * the plugins it needs installed and in at least that version, comma-separated ({@code id>=version},
 * the version's missing parts read as zeros). The portal refuses to install a plugin whose required
 * plugins are missing or too old, and to uninstall a plugin that another installed one requires.
 *
 * @param id            the plugin's id
 * @param name          its name
 * @param version       its version
 * @param api           the API version it needs
 * @param className     its {@link Plugin} class
 * @param perCollective whether it is enabled collective by collective
 * @param permissions   its permissions and the roles that hold them
 * @param requires      the plugins it needs, by id, with the lowest version of each it runs with (since API 1.1)
 */
public record PluginDescriptor(String id, String name, PluginVersion version, ApiVersion api, String className,
                               boolean perCollective, Map<String, Set<String>> permissions,
                               Map<String, PluginVersion> requires) {

    /** Where a plugin jar holds its descriptor. */
    public static final String LOCATION = "META-INF/portal-plugin.properties";

    /** The longest name a descriptor may give: it is shown in menus and mail footers. */
    public static final int MAX_NAME = 80;

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,19}");
    private static final Pattern CLASS = Pattern.compile("([a-zA-Z_$][a-zA-Z0-9_$]*\\.)*[a-zA-Z_$][a-zA-Z0-9_$]*");
    private static final Pattern REQUIRED = Pattern.compile("([a-z][a-z0-9]{1,19})\\s*>=\\s*(\\d{1,5}(?:\\.\\d{1,5}){0,2})");
    private static final Set<String> ROLES = Set.of("ADMIN", "MEMBER", "GUEST");

    /** @throws NullPointerException when a part is missing */
    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(className, "className");
        permissions = Map.copyOf(permissions);
        requires = Map.copyOf(requires);
    }

    /**
     * A descriptor of API 1.0, which knew no required plugins.
     *
     * @param id            the plugin's id
     * @param name          its name
     * @param version       its version
     * @param api           the API version it needs
     * @param className     its {@link Plugin} class
     * @param perCollective whether it is enabled collective by collective
     * @param permissions   its permissions and the roles that hold them
     */
    public PluginDescriptor(String id, String name, PluginVersion version, ApiVersion api, String className,
                            boolean perCollective, Map<String, Set<String>> permissions) {
        this(id, name, version, api, className, perCollective, permissions, Map.of());
    }

    /**
     * Reads and checks a descriptor.
     *
     * @param properties the descriptor's content
     * @return the descriptor
     * @throws InvalidDescriptorException naming the first problem found
     */
    public static PluginDescriptor read(Properties properties) throws InvalidDescriptorException {
        String id = required(properties, "id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidDescriptorException(Problem.BAD_ID, id);
        }
        String name = required(properties, "name");
        if (name.length() > MAX_NAME) {
            throw new InvalidDescriptorException(Problem.TOO_LONG, "name");
        }
        PluginVersion version;
        try {
            version = PluginVersion.parse(required(properties, "version"));
        } catch (IllegalArgumentException bad) {
            throw new InvalidDescriptorException(Problem.BAD_VERSION, properties.getProperty("version"));
        }
        ApiVersion api;
        try {
            api = ApiVersion.parse(required(properties, "api"));
        } catch (IllegalArgumentException bad) {
            throw new InvalidDescriptorException(Problem.BAD_API_VERSION, properties.getProperty("api"));
        }
        String className = required(properties, "class");
        if (!CLASS.matcher(className).matches()) {
            throw new InvalidDescriptorException(Problem.BAD_CLASS, className);
        }
        Map<String, Set<String>> permissions = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith("permission.")) {
                continue;
            }
            String permission = key.substring("permission.".length());
            if (!permission.matches(Pattern.quote(id) + "\\.[a-z][a-zA-Z0-9]{0,39}")) {
                throw new InvalidDescriptorException(Problem.BAD_PERMISSION, permission);
            }
            Set<String> roles = new java.util.TreeSet<>();
            for (String role : properties.getProperty(key).split(",")) {
                String clean = role.strip();
                if (!ROLES.contains(clean)) {
                    throw new InvalidDescriptorException(Problem.BAD_PERMISSION, permission + "=" + properties.getProperty(key));
                }
                roles.add(clean);
            }
            permissions.put(permission, Set.copyOf(roles));
        }
        return new PluginDescriptor(id, name, version, api, className,
                Boolean.parseBoolean(properties.getProperty("per-collective", "false").strip()), permissions,
                requires(id, properties.getProperty("requires", "")));
    }

    private static Map<String, PluginVersion> requires(String ownId, String declared) throws InvalidDescriptorException {
        Map<String, PluginVersion> requires = new TreeMap<>();
        for (String part : declared.split(",")) {
            String clean = part.strip();
            if (clean.isEmpty()) {
                continue;
            }
            Matcher required = REQUIRED.matcher(clean);
            if (!required.matches() || required.group(1).equals(ownId)) {
                throw new InvalidDescriptorException(Problem.BAD_REQUIRES, clean);
            }
            String version = required.group(2);
            long dots = version.chars().filter(c -> c == '.').count();
            requires.put(required.group(1), PluginVersion.parse(version + ".0".repeat((int) (2 - dots))));
        }
        return requires;
    }

    private static String required(Properties properties, String field) throws InvalidDescriptorException {
        String value = properties.getProperty(field);
        if (value == null || value.isBlank()) {
            throw new InvalidDescriptorException(Problem.MISSING, field);
        }
        return value.strip();
    }
}
