package org.communs.portal.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.PluginJars;
import org.communs.portal.testing.RunningPortal;
import org.example.fixtures.TeamPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Agenda of a member with a plugin that has a calendar: its entries on the month, a kind
 * hidden and shown again, and the member's private feed read by a calendar program — here
 * ical4j, another implementation than the portal's writer — until it is revoked.
 */
@ExtendWith(BrowserExtension.class)
class AgendaBrowserIT {

    private static final Map<String, String> FILES = Map.of("portal-plugin/migrations/V1__tick.sql",
            "create table team_tick (id bigint not null auto_increment primary key, at datetime(6) not null);\n",
            "org/example/fixtures/team.properties", "calendar.due=\u00c9ch\u00e9ances\n"
                    + "kind.assigned=Une t\u00e2che m'est confi\u00e9e\nkind.mentioned=On me mentionne\n",
            "org/example/fixtures/team_en.properties", "calendar.due=Deadlines\n"
                    + "kind.assigned=A task is assigned to me\nkind.mentioned=Someone mentions me\n");

    @Test
    void anAdminSeesPluginEntriesOnTheAgendaAndSubscribesToTheirFeed(Browser camille) throws Exception {
        camille.signIn(DemoUser.ADMIN, "/index.xhtml");
        String cookies = camille.portalCookies();
        byte[] jar = PluginJars.fixture(TeamPlugin.class, "id=team\nname=\u00c9quipe\nversion=1.0.0\napi=1.1\n"
                + "class=org.example.fixtures.TeamPlugin\n", FILES);
        RunningPortal.send("DELETE", "/api/v1/admin/plugins/team?purge=true", "Cookie", cookies);
        assertEquals(201, send("POST", "api/v1/admin/plugins", cookies, jar).statusCode());
        try {
            camille.visit("/agenda.xhtml");
            camille.waitUntil(d -> d.findElement(By.id("agenda:schedule")).getText().contains("Échéance de l'équipe"));
            assertTrue(camille.text(By.id("agenda:kinds")).contains("Échéances"), "its kind in the filter, labelled by the plugin");
            camille.keepScreenshot("agenda-month");

            camille.click(By.cssSelector("#agenda\\:kinds input[value='team/due']"));
            camille.waitUntil(d -> !d.findElement(By.id("agenda:schedule")).getText().contains("Échéance de l'équipe"));
            camille.click(By.cssSelector("#agenda\\:kinds input[value='team/due']"));
            camille.waitUntil(d -> d.findElement(By.id("agenda:schedule")).getText().contains("Échéance de l'équipe"));

            camille.click(By.id("feed:renew"));
            String feedUrl = camille.find(By.id("feed:url")).getAttribute("value");
            assertTrue(feedUrl.contains("/calendar/feed.ics?token="), feedUrl);
            String feedPath = feedUrl.substring(feedUrl.indexOf("/calendar/"));

            HttpResponse<String> feed = RunningPortal.get(feedPath);
            assertEquals(200, feed.statusCode(), "no sign-in: the token is the credential");
            assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
            List<VEvent> events = calendar.getComponents("VEVENT");
            VEvent deadline = events.stream().filter(e -> e.getSummary().getValue().equals("Échéance de l'équipe")).findFirst().orElseThrow();
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
            assertEquals(today.toString().replace("-", ""), deadline.getProperty(Property.DTSTART).orElseThrow().getValue(),
                    "an all-day entry is a date");
            assertEquals(today.plusDays(1).toString().replace("-", ""), deadline.getProperty(Property.DTEND).orElseThrow().getValue());
            assertEquals("deadline.team@portal", deadline.getProperty(Property.UID).orElseThrow().getValue());
            assertTrue(deadline.getProperty(Property.URL).orElseThrow().getValue().endsWith("/plugins/team/deadline.xhtml"));
            VEvent meeting = events.stream().filter(e -> e.getSummary().getValue().equals("Réunion d'équipe")).findFirst().orElseThrow();
            String start = meeting.getProperty(Property.DTSTART).orElseThrow().getValue();
            assertTrue(start.startsWith(today.plusDays(1).toString().replace("-", "")) && start.endsWith("Z"), "a timed entry in UTC: " + start);
            assertFalse(feed.body().contains("Fantôme"), "an entry of an undeclared kind is left out");

            // As people will see them: at phone width, in the dark theme, in English; and the notification preferences.
            camille.resize(Browser.PHONE).visit("/agenda.xhtml");
            camille.waitUntil(d -> d.findElement(By.id("agenda:schedule")).getText().contains("Échéance"));
            camille.keepScreenshot("agenda-phone");
            camille.resize(Browser.DESKTOP);
            camille.useTheme("dark").useLanguage("en");
            camille.visit("/agenda.xhtml");
            camille.waitUntil(d -> d.findElement(By.id("page-title")).getText().equals("Agenda")
                    && d.findElement(By.id("agenda:kinds")).getText().contains("Deadlines"));
            camille.keepScreenshot("agenda-dark-en");
            camille.visit("/account/notifications.xhtml");
            assertTrue(camille.text(By.id("page-title")).contains("My notifications"));
            assertTrue(camille.text(By.tagName("main")).contains("Someone mentions me"), "kinds labelled by the plugin, in English");
            camille.keepScreenshot("notification-choices-dark-en");
            camille.useTheme("light").useLanguage("fr");
            camille.visit("/agenda.xhtml");

            camille.click(By.id("feed:revoke"));
            camille.waitUntil(d -> d.findElement(By.id("feed-state")).getText().contains("pas d'adresse"));
            assertEquals(404, RunningPortal.get(feedPath).statusCode(), "a revoked address reads nothing");
            assertEquals(404, RunningPortal.get("/calendar/feed.ics?token=" + "x".repeat(43)).statusCode());
        } finally {
            RunningPortal.send("DELETE", "/api/v1/admin/plugins/team?purge=true", "Cookie", cookies);
        }
    }

    private static HttpResponse<String> send(String method, String path, String cookies, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningPortal.url()).resolve(path))
                .header("Cookie", cookies).header("Content-Type", "application/octet-stream")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
