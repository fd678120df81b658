package com.customerhealth.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the served OpenAPI document to what {@code META-INF/openapi.yaml} says. Payara adds a top-level
 * {@code endpoints} map (context root to paths) to every document it builds, which is no OpenAPI field, so a
 * validator or a client generator stumbles on it. The map sits on Payara's own model class, out of the
 * MicroProfile model's reach, so it is emptied through that class's public setter where there is one; on
 * another runtime there is nothing to empty.
 */
public class StandardOpenApi implements OASFilter {

    private static final Logger LOG = Logger.getLogger(StandardOpenApi.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Method setEndpoints;
        try {
            setEndpoints = document.getClass().getMethod("setEndpoints", Map.class);
        } catch (NoSuchMethodException e) {
            return;
        }
        try {
            // Empty rather than null: the runtime copies the map for every request, and the writer leaves out an empty one.
            setEndpoints.invoke(document, new LinkedHashMap<>());
        } catch (IllegalAccessException | InvocationTargetException e) {
            LOG.log(Level.WARNING, "The runtime's endpoints map stays in the OpenAPI document", e);
        }
    }
}
