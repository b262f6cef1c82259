package org.communs.portal.testing;

/** The people of the demo realm (keycloak/portal-realm.json), by what they may do. */
public enum DemoUser {
    ADMIN("camille", "Camille Durand"),
    LEAD("lucas", "Lucas Bernard"),
    MEMBER("amina", "Amina Benali"),
    GUEST("gaspard", "Gaspard Petit");

    private final String login;
    private final String displayName;

    DemoUser(String login, String displayName) {
        this.login = login;
        this.displayName = displayName;
    }

    public String login() {
        return login;
    }

    public String password() {
        return login + "-demo";
    }

    public String displayName() {
        return displayName;
    }
}
