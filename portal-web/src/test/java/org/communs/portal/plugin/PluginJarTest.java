package org.communs.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.communs.portal.error.PortalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarTest {

    private static final String DESCRIPTOR = "META-INF/portal-plugin.properties";
    private static final String GOOD = "id=polls\nname=Sondages\nversion=1.0.0\napi=1.0\nclass=org.example.polls.PollsPlugin\n";
    private static final String CLASS = "org/example/polls/PollsPlugin.class";

    @TempDir
    Path dir;

    @Test
    void aGoodJarGivesItsDescriptorAndMigrationsInOrder() throws IOException {
        Map<String, String> entries = good();
        entries.put("portal-plugin/migrations/V2__votes.sql", "alter table polls_poll add column closed boolean not null default false;\n");
        entries.put("portal-plugin/migrations/V1__polls.sql", """
                -- the polls
                create table polls_poll (id bigint not null auto_increment primary key, question varchar(200) not null,
                  updated_at datetime(6) not null on update current_timestamp(6), note varchar(20) not null default 'from member;');
                create table polls_vote (poll_id bigint not null, member_id bigint not null,
                  constraint polls_vote_poll foreign key (poll_id) references polls_poll (id) on delete cascade);
                create index polls_vote_member on polls_vote (member_id);
                """);
        entries.put("META-INF/resources/plugins/polls/index.xhtml", "<ui:composition/>");

        PluginJar jar = PluginJar.inspect(jar(entries));

        assertEquals("polls", jar.descriptor().id());
        assertEquals(List.of(1, 2), jar.migrations().stream().map(MigrationScript::version).toList());
        assertEquals(3, jar.migrations().getFirst().statements().size(), "split at each ; ending a line, not inside a string");
    }

    @Test
    void eachBadJarIsRefusedWithItsReason() throws IOException {
        assertRefused("plugins.error.notJar", Files.writeString(dir.resolve("notes.jar"), "not a zip at all"));
        Map<String, String> noDescriptor = good();
        noDescriptor.remove(DESCRIPTOR);
        assertRefused("plugins.error.noDescriptor", jar(noDescriptor));
        assertRefused("plugins.error.descriptor.BAD_ID", jar(with(DESCRIPTOR, GOOD.replace("id=polls", "id=Polls!"))));
        assertRefused("plugins.error.apiVersion", jar(with(DESCRIPTOR, GOOD.replace("api=1.0", "api=2.0"))));
        assertRefused("plugins.error.apiVersion", jar(with(DESCRIPTOR, GOOD.replace("api=1.0", "api=1.9"))));
        assertRefused("plugins.error.badEntry", jar(with("../../outside.txt", "x")));
        assertRefused("plugins.error.badEntry", jar(with("/etc/cron.d/evil", "x")));
        Map<String, String> noClass = good();
        noClass.remove(CLASS);
        assertRefused("plugins.error.noClass", jar(noClass));
        assertRefused("plugins.error.foreignTable", jar(with("portal-plugin/migrations/V1__evil.sql", "drop table member;")));
        assertRefused("plugins.error.foreignTable", jar(with("portal-plugin/migrations/V1__evil.sql",
                "create table polls_x (id bigint);\ninsert into audit_log select * from polls_x;")));
        assertRefused("plugins.error.foreignTable", jar(with("portal-plugin/migrations/V1__fk.sql",
                "create table polls_x (member_id bigint references member (id));")));
        assertRefused("plugins.error.migrationName", jar(with("portal-plugin/migrations/setup.sql", "create table polls_x (id int);")));
        assertRefused("plugins.error.migrationEmpty", jar(with("portal-plugin/migrations/V1__nothing.sql", "-- nothing\n")));
        assertRefused("plugins.error.foreignPages", jar(with("META-INF/resources/plugins/links/index.xhtml", "<x/>")));
    }

    @Test
    void migrationsMayOnlyTouchTheirOwnTables() {
        String[] refused = {
            "drop table polls_tmp, member;",
            "truncate member;",
            "truncate table member;",
            "drop database portal;",
            "update polls_a, member set x = 1;",
            "rename table polls_a to polls_b, member to polls_c;",
            "insert into polls_a select * from audit_log;",
            "create table polls_a (m bigint, foreign key (m) references member (id));",
            "grant all on *.* to 'x';",
            "create procedure polls_p() begin end;",
            "create index polls_i on member (id);",
            "delete from doc_file;"};
        for (String sql : refused) {
            PortalException refusal = assertThrows(PortalException.class, () -> MigrationScript.of("polls", 1, "x", sql), sql);
            assertTrue(refusal.messageKey().equals("plugins.error.foreignTable")
                    || refusal.messageKey().equals("plugins.error.migrationStatement"), sql + " → " + refusal.messageKey());
        }
        String allowed = """
                create table polls_poll (id bigint not null auto_increment primary key, from_date date, updated_on date,
                  url varchar(200) not null default 'http://a--b;', note varchar(20) default "it's; fine");
                create index polls_poll_date on polls_poll (from_date);
                alter table polls_poll rename column note to remark;
                alter table polls_poll rename index polls_poll_date to polls_poll_from;
                alter table polls_poll add constraint polls_fk foreign key (id) references polls_poll (id) on delete cascade;
                insert into polls_poll (url) values ('x') on duplicate key update url = 'y'; -- a comment after
                insert into polls_poll (url) select url from polls_poll where id = 1;
                update polls_poll set url = 'z' where id in (select id from polls_poll);
                drop table if exists polls_old, polls_older;
                """;
        MigrationScript script = MigrationScript.of("polls", 1, "all", allowed);
        assertEquals(9, script.statements().size());
        assertTrue(script.statements().getFirst().contains("'http://a--b;'"), "strings are kept whole");
    }

    @Test
    void pluginsSeeTheContractButNotThePortalsInternals() throws Exception {
        try (PluginClassLoader loader = new PluginClassLoader("polls", jar(good()), getClass().getClassLoader())) {
            assertEquals(org.communs.portal.api.ApiVersion.class, loader.loadClass("org.communs.portal.api.ApiVersion"));
            assertEquals(String.class, loader.loadClass("java.lang.String"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass(PluginHost.class.getName()));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.communs.portal.error.PortalException"));
            assertEquals(null, loader.getResource("org/communs/portal/plugin/PluginHost.class"));
            assertTrue(loader.getResource(CLASS) != null, "its own entries");
        }
    }

    private Map<String, String> good() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(DESCRIPTOR, GOOD);
        entries.put(CLASS, "not really bytecode: inspection only checks it is there");
        return entries;
    }

    private Map<String, String> with(String name, String content) {
        Map<String, String> entries = good();
        entries.put(name, content);
        return entries;
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = Files.createTempFile(dir, "plugin", ".jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static void assertRefused(String key, Path jar) {
        PortalException refused = assertThrows(PortalException.class, () -> PluginJar.inspect(jar));
        assertEquals(key, refused.messageKey());
    }
}
