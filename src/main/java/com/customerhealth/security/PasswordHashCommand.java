package com.customerhealth.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Prints the hash to configure for a user's password ({@code chm.security.user.NAME.password-hash}). The
 * password is asked for without echo, or read from the first line of standard input when there is no
 * terminal, so it never appears in a command line or a shell's history.
 *
 * <pre>
 * mvn -q exec:java@password-hash
 * </pre>
 */
public final class PasswordHashCommand {

    private static final Logger LOG = Logger.getLogger(PasswordHashCommand.class.getName());

    private PasswordHashCommand() {
    }

    public static void main(String[] args) throws IOException {
        char[] password = read();
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("No password given");
        }
        try {
            String hash = PasswordHash.of(password);
            LOG.info(() -> "Configure it as chm.security.user.NAME.password-hash=" + hash);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] read() throws IOException {
        Console console = System.console();
        if (console != null) {
            return console.readPassword("Password: ");
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.toCharArray();
    }
}
