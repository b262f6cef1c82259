package org.communs.portal.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
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
     * Every page of the portal needs a signed-in member; Arquillian's own servlet, through which it
     * runs the tests inside the server, must stay reachable. A web fragment in the test archive
     * opens that one path through the sign-in filter's context parameter for extra public paths.
     */
    private static JavaArchive protocolOpening() {
        return ShrinkWrap.create(JavaArchive.class, "arquillian-protocol-opening.jar")
                .addAsManifestResource(new StringAsset("""
                        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                          <name>arquillianProtocolOpening</name>
                          <context-param>
                            <param-name>org.communs.portal.extraPublicPaths</param-name>
                            <param-value>/ArquillianServletRunnerEE9</param-value>
                          </context-param>
                        </web-fragment>
                        """), "web-fragment.xml");
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
        return archive.addClasses(testClasses).addClass(PortalDeployment.class).addAsLibrary(protocolOpening());
    }
}
