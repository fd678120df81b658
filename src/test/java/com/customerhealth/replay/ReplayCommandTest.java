package com.customerhealth.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    @TempDir
    Path folder;

    @Test
    void theLogsLastEventEndsTheReplayUnlessTheLastReplayedIsAskedFor() throws IOException {
        Path log = Files.writeString(folder.resolve("log.csv"), "number\n");

        ReplayCommand.Options plain = ReplayCommand.Options.parse(new String[] {log.toString(), "--secret", "s"});
        ReplayCommand.Options recent = ReplayCommand.Options.parse(new String[] {log.toString(), "--secret", "s",
                "--url", "http://127.0.0.1:8087/chm/", "--batch", "1", "--clients", "4", "--limit", "500",
                "--end", "replayed"});

        assertFalse(plain.endReplayed());
        assertEquals(Integer.MAX_VALUE, plain.limit());
        assertTrue(recent.endReplayed());
        assertEquals(URI.create("http://127.0.0.1:8087/chm/api/v1/events"), recent.endpoint());
        assertEquals(1, recent.batch());
        assertEquals(4, recent.clients());
        assertEquals(500, recent.limit());
        assertEquals("--end is log or replayed, not now", assertThrows(IllegalArgumentException.class,
                () -> ReplayCommand.Options.parse(new String[] {log.toString(), "--secret", "s", "--end", "now"}))
                .getMessage());
    }
}
