package com.customerhealth.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The plugin's WAR as {@code mvn package} built it, plus this package's test support. Every {@code *IT}
 * class deploys this, so what is tested is what ships.
 *
 * <pre>
 * &#64;Deployment
 * static WebArchive deployment() {
 *     return PluginDeployment.withTestSupport();
 * }
 * </pre>
 */
public final class PluginDeployment {

    private PluginDeployment() {
    }

    /**
     * The packaged WAR (system property {@code chm.it.war}) with the test users and fixtures added, and
     * {@code agent/plain-host.html}: a helpdesk page that is not Faces, marking the customers and companies
     * its query string names ({@code ?customers=a,b&companies=c}) for the badge script, and
     * {@code testing/failing.xhtml}, a page that fails as it renders.
     */
    public static WebArchive withTestSupport() {
        String war = System.getProperty("chm.it.war", "target/chm.war");
        if (!new File(war).isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after 'mvn package'");
        }
        return ShrinkWrap.create(ZipImporter.class, "chm.war").importFrom(new File(war)).as(WebArchive.class)
                .addPackage(PluginDeployment.class.getPackage())
                .addAsWebResource("pages/plain-host.html", "agent/plain-host.html")
                .addAsWebResource("pages/plain-host.js", "agent/plain-host.js")
                .addAsWebResource("pages/failing.xhtml", "testing/failing.xhtml");
    }
}
