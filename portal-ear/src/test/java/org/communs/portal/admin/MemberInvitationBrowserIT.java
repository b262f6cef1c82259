package org.communs.portal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.Json;
import org.communs.portal.testing.RunningPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An admin invites a person from the members page; the person signs in with the temporary
 * password, chooses their own, and uses the portal; disabled later, they are refused at once.
 */
@ExtendWith(BrowserExtension.class)
class MemberInvitationBrowserIT {

    private static final By TITLE = By.id("page-title");

    private static void invite(Browser admin, String email, String firstName, String lastName) {
        admin.typeInto(By.id("invite:email"), email)
                .typeInto(By.id("invite:firstName"), firstName)
                .typeInto(By.id("invite:lastName"), lastName)
                .click(By.id("invite:send"));
    }

    @Test
    void anInvitedPersonSignsInAndIsRefusedOnceDisabled(Browser admin) {
        String email = "zoe." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        admin.signIn(DemoUser.ADMIN, "/admin/members.xhtml");
        assertEquals("Membres", admin.text(TITLE));

        invite(admin, email, "Zoé", "Lambert");
        String temporaryPassword = admin.text(By.id("temporary-password"));
        assertTrue(temporaryPassword.length() >= 12, temporaryPassword);

        try (Browser person = Browser.open()) {
            person.visit("/");
            person.typeInto(By.id("username"), email).typeInto(By.id("password"), temporaryPassword)
                    .click(By.id("kc-login"));
            person.typeInto(By.id("password-new"), "Nouveau-mot-de-passe-1")
                    .typeInto(By.id("password-confirm"), "Nouveau-mot-de-passe-1")
                    .click(By.cssSelector("#kc-passwd-update-form [type=submit]"));
            person.waitUntil(d -> !d.findElements(By.id("user-name")).isEmpty());
            assertEquals("Zoé Lambert", person.text(By.id("user-name")));

            // The invited person is in the member list; only act once it shows that one person,
            // never on a row of the previous page.
            admin.typeInto(By.id("filters:text"), email).click(By.id("filters:search"));
            admin.waitUntil(d -> d.findElements(By.cssSelector("#list\\:members tbody tr")).size() == 1
                    && d.findElement(By.id("list:members")).getText().contains(email));
            admin.click(By.cssSelector("#list\\:members .disable"));
            assertTrue(admin.text(By.cssSelector("#list\\:members .member-status")).contains("Désactivé"));

            person.visit("/");
            assertEquals("Compte désactivé", person.text(TITLE));
            HttpResponse<String> api = RunningPortal.get("/api/v1/me", "Cookie", person.portalCookies());
            assertEquals(403, api.statusCode());
            assertEquals("forbidden", Json.object(api).getString("error"), "the API keeps its error shape");
        }
    }

    @Test
    void invitingAnExistingAddressSaysSoAndChangesNothing(Browser admin) {
        admin.signIn(DemoUser.ADMIN, "/admin/members.xhtml");

        invite(admin, "amina.benali@example.org", "Amina", "Bis");

        assertTrue(admin.text(By.id("messages")).contains("Un compte existe déjà avec l'adresse amina.benali@example.org"),
                admin.text(By.id("messages")));
        assertTrue(admin.findAll(By.id("temporary-password")).isEmpty());
    }

    @Test
    void aBadAddressIsRefusedWithAClearMessage(Browser admin) {
        admin.signIn(DemoUser.ADMIN, "/admin/members.xhtml");

        invite(admin, "pas-une-adresse", "X", "Y");

        assertTrue(admin.text(By.id("messages")).contains("« pas-une-adresse » n'est pas une adresse e-mail valide."),
                admin.text(By.id("messages")));
    }
}
