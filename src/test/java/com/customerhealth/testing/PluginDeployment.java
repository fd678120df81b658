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

    /** The packaged WAR (system property {@code chm.it.war}) with the test users and fixtures added. */
    public static WebArchive withTestSupport() {
        String war = System.getProperty("chm.it.war", "target/chm.war");
        if (!new File(war).isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after 'mvn package'");
        }
        return ShrinkWrap.create(ZipImporter.class, "chm.war").importFrom(new File(war)).as(WebArchive.class)
                .addPackage(PluginDeployment.class.getPackage());
    }
}
