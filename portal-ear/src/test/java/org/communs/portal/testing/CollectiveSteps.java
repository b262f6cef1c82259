package org.communs.portal.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Steps several browser journeys share: an admin creates a collective and names its lead, a lead publishes. */
public final class CollectiveSteps {

    private CollectiveSteps() {
    }

    /**
     * @param admin a browser signed in as an admin
     * @param lead  a browser signed in as the member to name lead (the demo lead, Lucas)
     * @return the new collective's id
     */
    public static String createLedBy(Browser admin, String name, Browser lead) {
        String leadId = String.valueOf(Json.object(RunningPortal.get("/api/v1/me", "Cookie", lead.portalCookies()))
                .getJsonNumber("id").longValue());
        String collectiveId = create(admin, name);
        admin.visit("/collectives/edit.xhtml?id=" + collectiveId);
        admin.find(By.id("leads:new-lead:input_input")).sendKeys("Lucas Ber");
        // The member picker's suggestions carry the member's id: two people of one name are told apart.
        admin.click(By.cssSelector(".ui-autocomplete-item[data-item-value='" + leadId + "']"));
        admin.click(By.id("leads:name-lead"));
        admin.waitUntil(d -> d.findElement(By.id("lead-list")).getText().contains(DemoUser.LEAD.displayName()));
        return collectiveId;
    }

    /** An admin (signed in, in French) creates a collective of the first type; @return its id */
    public static String create(Browser admin, String name) {
        admin.visit("/collectives/edit.xhtml");
        admin.typeInto(By.id("collective:name"), name);
        new Select(admin.find(By.id("collective:type"))).selectByIndex(1);
        admin.click(By.id("collective:save"));
        admin.waitUntil(d -> d.getCurrentUrl().contains("/collectives/space.xhtml"));
        return admin.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    /** A lead (signed in, in French) publishes a news item in their collective's space, on its editor page. */
    public static void publishNews(Browser lead, String collectiveId, String title, String body) {
        lead.visit("/collectives/space.xhtml?id=" + collectiveId);
        lead.click(By.id("new-item"));
        lead.typeInto(By.id("news:title"), title);
        lead.find(By.cssSelector("#news\\:body .ql-editor")).sendKeys(body);
        lead.click(By.id("news:publish"));
        lead.waitUntil(d -> d.findElement(By.id("status-value")).getText().equals("Publiée"));
    }

    /**
     * A lead (or an admin, signed in, in French) turns a per-collective plugin on for their
     * collective, under "Modules du collectif" on its edit page.
     */
    public static void turnOnPlugin(Browser lead, String collectiveId, String pluginId) {
        toggle(lead, collectiveId, pluginId, "activé");
    }

    /** The same lead turns it off again. */
    public static void turnOffPlugin(Browser lead, String collectiveId, String pluginId) {
        toggle(lead, collectiveId, pluginId, "désactivé");
    }

    private static void toggle(Browser lead, String collectiveId, String pluginId, String state) {
        lead.visit("/collectives/edit.xhtml?id=" + collectiveId);
        By tag = By.cssSelector("#plugins li[data-plugin='" + pluginId + "'] .tag");
        if (!lead.text(tag).equals(state)) {
            lead.click(By.cssSelector("#plugins li[data-plugin='" + pluginId + "'] [id$='toggle']"));
            lead.waitUntil(d -> d.findElement(tag).getText().equals(state));
        }
    }
}
