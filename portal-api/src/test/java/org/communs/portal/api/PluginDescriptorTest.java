package org.communs.portal.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.communs.portal.api.plugin.InvalidDescriptorException;
import org.communs.portal.api.plugin.InvalidDescriptorException.Problem;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.communs.portal.api.plugin.PluginVersion;
import org.junit.jupiter.api.Test;

class PluginDescriptorTest {

    private static final String GOOD = """
            id=links
            name=Liens utiles
            version=1.1
            api=1.0
            class=org.example.links.LinksPlugin
            permission.links.manage=ADMIN, MEMBER
            """;

    @Test
    void readsAGoodDescriptor() throws Exception {
        PluginDescriptor descriptor = PluginDescriptor.read(properties(GOOD));

        assertEquals("links", descriptor.id());
        assertEquals(new PluginVersion(1, 1, 0), descriptor.version());
        assertEquals(new ApiVersion(1, 0), descriptor.api());
        assertEquals(Map.of("links.manage", Set.of("ADMIN", "MEMBER")), descriptor.permissions());
        assertEquals(false, descriptor.perCollective());
    }

    @Test
    void namesWhatIsWrong() {
        assertProblem(Problem.MISSING, "id", GOOD.replace("id=links\n", ""));
        assertProblem(Problem.BAD_ID, "Links", GOOD.replace("id=links", "id=Links"));
        assertProblem(Problem.BAD_ID, "my-links", GOOD.replace("id=links", "id=my-links"));
        assertProblem(Problem.BAD_VERSION, "one", GOOD.replace("version=1.1", "version=one"));
        assertProblem(Problem.BAD_API_VERSION, "1", GOOD.replace("api=1.0", "api=1"));
        assertProblem(Problem.MISSING, "class", GOOD.replace("class=org.example.links.LinksPlugin", "class= "));
        assertProblem(Problem.BAD_CLASS, "../Evil", GOOD.replace("class=org.example.links.LinksPlugin", "class=../Evil"));
        assertProblem(Problem.BAD_PERMISSION, "other.manage", GOOD.replace("permission.links.manage", "permission.other.manage"));
        assertProblem(Problem.BAD_PERMISSION, "links.manage=ROOT", GOOD.replace("ADMIN, MEMBER", "ROOT"));
        assertProblem(Problem.TOO_LONG, "name", GOOD.replace("name=Liens utiles", "name=" + "L".repeat(81)));
        assertEquals("L".repeat(80), assertDoesNotThrow(() -> PluginDescriptor.read(properties(
                GOOD.replace("name=Liens utiles", "name=" + "L".repeat(80))))).name(), "80 characters are allowed");
    }

    @Test
    void readsTheRequiredPluginsOfAnApi11Descriptor() throws Exception {
        PluginDescriptor crm = PluginDescriptor.read(properties(GOOD.replace("id=links", "id=crm").replace("permission.links", "permission.crm")
                + "requires=tasks>=1.2, agenda >= 2\n"));

        assertEquals(Map.of("tasks", new PluginVersion(1, 2, 0), "agenda", new PluginVersion(2, 0, 0)), crm.requires());
        assertEquals(Map.of(), PluginDescriptor.read(properties(GOOD)).requires(), "a 1.0 descriptor requires nothing");
        assertProblem(Problem.BAD_REQUIRES, "tasks", GOOD + "requires=tasks\n");
        assertProblem(Problem.BAD_REQUIRES, "tasks>=one", GOOD + "requires=tasks>=one\n");
        assertProblem(Problem.BAD_REQUIRES, "links>=1.0", GOOD + "requires=links>=1.0\n");
    }

    @Test
    void aPortalOfApi10RefusesAPluginBuiltFor11() {
        assertEquals(new ApiVersion(1, 1), ApiVersion.CURRENT);
        assertTrue(ApiVersion.CURRENT.satisfies(new ApiVersion(1, 0)), "1.0 plugins keep working");
        assertEquals(false, new ApiVersion(1, 0).satisfies(ApiVersion.CURRENT));
    }

    @Test
    void versionsCompareAsNumbers() {
        assertTrue(PluginVersion.parse("1.10.0").compareTo(PluginVersion.parse("1.9.3")) > 0);
        assertEquals(0, PluginVersion.parse("2.0").compareTo(PluginVersion.parse("2.0.0")));
        assertThrows(IllegalArgumentException.class, () -> PluginVersion.parse("1.0-beta"));
    }

    private static void assertProblem(Problem problem, String detail, String descriptor) {
        InvalidDescriptorException invalid = assertThrows(InvalidDescriptorException.class,
                () -> PluginDescriptor.read(properties(descriptor)));
        assertEquals(problem, invalid.problem());
        assertEquals(detail, invalid.detail());
    }

    private static Properties properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
