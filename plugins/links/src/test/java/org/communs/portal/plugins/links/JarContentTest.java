package org.communs.portal.plugins.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.communs.portal.api.ApiVersion;
import org.communs.portal.api.plugin.InvalidDescriptorException;
import org.communs.portal.api.plugin.Plugin;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.junit.jupiter.api.Test;

/** What the portal checks when the jar is uploaded: the descriptor, the class, the resources. */
class JarContentTest {

    @Test
    void descriptorIsValidAndNamesThisPlugin() throws IOException, InvalidDescriptorException, ReflectiveOperationException {
        PluginDescriptor descriptor = PluginDescriptor.read(descriptorProperties());

        assertEquals("links", descriptor.id());
        assertEquals("Liens utiles", descriptor.name());
        assertEquals("1.0.0", descriptor.version().toString());
        assertTrue(ApiVersion.CURRENT.satisfies(descriptor.api()));
        assertEquals(Set.of("ADMIN"), descriptor.permissions().get(Links.MANAGE));
        Object plugin = Class.forName(descriptor.className()).getConstructor().newInstance();
        assertTrue(plugin instanceof Plugin);
    }

    @Test
    void holdsItsPagesAndMigrations() {
        for (String resource : new String[] {
            "/META-INF/resources/plugins/links/index.xhtml",
            "/META-INF/resources/plugins/links/widget.xhtml",
            "/portal-plugin/migrations/V1__links.sql"}) {
            assertNotNull(JarContentTest.class.getResource(resource), resource);
        }
    }

    @Test
    void contributionsPointAtItsOwnPages() {
        LinksPlugin plugin = new LinksPlugin();

        assertEquals("/plugins/links/index.xhtml", plugin.navigationEntries().get(0).path());
        assertNotNull(JarContentTest.class.getResource("/META-INF/resources" + plugin.widgets().get(0).fragment()));
        assertEquals(Set.of("links"), plugin.pageModels().keySet());
    }

    private static Properties descriptorProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = JarContentTest.class.getResourceAsStream("/" + PluginDescriptor.LOCATION)) {
            assertNotNull(in, "descriptor");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
