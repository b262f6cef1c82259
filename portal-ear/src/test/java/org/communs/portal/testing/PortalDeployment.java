package org.communs.portal.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds what Arquillian tests deploy: the real portal web application, as packaged in the EAR,
 * plus the test classes. It runs beside the portal in the same Liberty server, against the same
 * database, under the context root {@code /portal-it}.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    /**
     * @param name        the archive's file name, which is also its context root
     * @param testClasses the test classes to run inside the server
     */
    public static WebArchive named(String name, Class<?>... testClasses) {
        File war = new File(System.getProperty("portal.war", "target/portal/portal-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The portal WAR is missing at " + war.getAbsolutePath()
                    + ": run the tests through Maven (mvn verify), which packages it first.");
        }
        WebArchive archive = ShrinkWrap.create(WebArchive.class, name);
        archive.merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
        return archive.addClasses(testClasses).addClass(PortalDeployment.class);
    }
}
