package com.customerhealth.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every REST operation the plugin ships says, in its code, whom it is open to. */
class RoleDeclarationsTest {

    /**
     * Operations open to every caller: they admit a request by its signature, not by its caller (the contract's
     * Standard Webhooks signature, and each helpdesk's own signature at its adapter).
     */
    private static final Set<String> OPEN_TO_EVERYONE = Set.of("com.customerhealth.events.EventsResource.receive",
            "com.customerhealth.adapters.AdaptersResource.receive");

    @Test
    void everyOperationDeclaresItsRolesAndOnlySignedOnesAreOpenToEveryone() {
        List<String> undeclared = new ArrayList<>();
        Set<String> open = new TreeSet<>();
        Set<String> roles = new TreeSet<>();
        for (Method operation : operations()) {
            String name = operation.getDeclaringClass().getName() + "." + operation.getName();
            AnnotatedElement declaring = declaration(operation) != null ? operation : operation.getDeclaringClass();
            Annotation declared = declaration(declaring);
            if (declared == null) {
                undeclared.add(name);
            } else if (declared instanceof PermitAll) {
                open.add(name);
            } else if (declared instanceof RolesAllowed allowed) {
                assertTrue(allowed.value().length > 0, name + " allows an empty list of roles");
                roles.addAll(Arrays.asList(allowed.value()));
            }
        }
        assertEquals(List.of(), undeclared, "operations without @RolesAllowed, @PermitAll or @DenyAll");
        assertEquals(OPEN_TO_EVERYONE, open, "operations open to everyone");
        assertTrue(Roles.ALL.containsAll(roles), "roles used but not in Roles.ALL: " + roles);
    }

    @Test
    void theDeploymentDescriptorDeclaresEveryRole() throws IOException {
        String webXml = Files.readString(Paths.get("descriptors/web.xml"));
        String payaraWebXml = Files.readString(Paths.get("descriptors/payara-web.xml"));
        for (String role : Roles.ALL) {
            assertTrue(webXml.contains("<role-name>" + role + "</role-name>"), "web.xml declares " + role);
            assertTrue(payaraWebXml.contains("<role-name>" + role + "</role-name>"), "payara-web.xml maps " + role);
        }
    }

    @Test
    void theScanFindsTheOperations() {
        assertFalse(operations().isEmpty());
        assertTrue(operations().stream().anyMatch(method -> method.getName().equals("receive")));
    }

    private static Annotation declaration(AnnotatedElement element) {
        for (Class<? extends Annotation> kind : List.of(DenyAll.class, PermitAll.class, RolesAllowed.class)) {
            Annotation found = element.getAnnotation(kind);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Every resource method of every class of the plugin (not of its tests) that carries {@code @Path}. */
    private static List<Method> operations() {
        java.nio.file.Path classes = Paths.get("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("com/customerhealth"))) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(file -> file.endsWith(".class") && !file.contains("$"))
                    .map(file -> load(file.substring(0, file.length() - ".class".length()).replace('/', '.')))
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                    .filter(RoleDeclarationsTest::isResourceMethod)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isResourceMethod(Method method) {
        return method.isAnnotationPresent(Path.class) || Arrays.stream(method.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RoleDeclarationsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
