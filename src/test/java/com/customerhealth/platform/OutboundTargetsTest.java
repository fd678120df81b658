package com.customerhealth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OutboundTargetsTest {

    private static final OutboundTargets.Policy STRICT = new OutboundTargets.Policy(false, false);

    /** Names a test resolves without asking any DNS server: what each would point at. */
    private static final Map<String, String> NAMES = Map.of(
            "hooks.example.com", "93.184.215.14",
            "inside.example.com", "10.1.2.3",
            "rebound.example.com", "169.254.169.254",
            "v6.example.com", "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
            "ula.example.com", "fd12:3456:789a::1",
            "localhost", "127.0.0.1");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = NAMES.get(host);
        if (address != null) {
            return new InetAddress[] {InetAddress.getByName(address)};
        }
        // Literal addresses only: InetAddress does not look these up.
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://hooks.example.com/in                 | SCHEME
            ftp://hooks.example.com/in                  | SCHEME
            hooks.example.com/in                        | NOT_URL
            /relative/path                              | NOT_URL
            https:opaque                                | NOT_URL
            https://exa mple.com/                       | NOT_URL
            https://user:secret@hooks.example.com/in    | CREDENTIALS
            https://nowhere.invalid/in                  | UNRESOLVABLE
            https://127.0.0.1/in                        | PRIVATE_ADDRESS
            https://127.8.9.10:8443/in                  | PRIVATE_ADDRESS
            https://localhost/in                        | PRIVATE_ADDRESS
            https://10.0.0.1/in                         | PRIVATE_ADDRESS
            https://172.16.0.1/in                       | PRIVATE_ADDRESS
            https://172.31.255.254/in                   | PRIVATE_ADDRESS
            https://192.168.1.1/in                      | PRIVATE_ADDRESS
            https://169.254.169.254/latest/meta-data    | PRIVATE_ADDRESS
            https://100.64.0.1/in                       | PRIVATE_ADDRESS
            https://100.127.255.255/in                  | PRIVATE_ADDRESS
            https://0.0.0.0/in                          | PRIVATE_ADDRESS
            https://255.255.255.255/in                  | PRIVATE_ADDRESS
            https://224.0.0.1/in                        | PRIVATE_ADDRESS
            https://[::1]/in                            | PRIVATE_ADDRESS
            https://[::]/in                             | PRIVATE_ADDRESS
            https://[fe80::1]/in                        | PRIVATE_ADDRESS
            https://[fd00::1]/in                        | PRIVATE_ADDRESS
            https://[::ffff:127.0.0.1]/in               | PRIVATE_ADDRESS
            https://[::ffff:10.0.0.1]/in                | PRIVATE_ADDRESS
            https://inside.example.com/in               | PRIVATE_ADDRESS
            https://rebound.example.com/in              | PRIVATE_ADDRESS
            https://ula.example.com/in                  | PRIVATE_ADDRESS
            """)
    void refused(String target, OutboundTargets.Problem problem) {
        assertEquals(Optional.of(problem), OutboundTargets.check(target, STRICT, OutboundTargetsTest::resolve)
                .map(OutboundTargets.Refusal::problem));
    }

    @ParameterizedTest(name = "{0} is taken")
    @CsvSource(textBlock = """
            https://hooks.example.com/in
            HTTPS://hooks.example.com:8443/in?x=1
            https://93.184.215.14/in
            https://100.63.255.255/in
            https://100.128.0.1/in
            https://172.15.255.255/in
            https://172.32.0.1/in
            https://v6.example.com/in
            https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/in
            """)
    void taken(String target) {
        assertEquals(Optional.empty(), OutboundTargets.check(target, STRICT, OutboundTargetsTest::resolve));
    }

    @Test
    void httpIsTakenOnlyWhenAllowed() {
        OutboundTargets.Policy http = new OutboundTargets.Policy(true, false);
        assertEquals(Optional.empty(), OutboundTargets.check("http://hooks.example.com/in", http, OutboundTargetsTest::resolve));
        assertEquals(OutboundTargets.Problem.SCHEME, OutboundTargets.check("ftp://hooks.example.com/in", http,
                OutboundTargetsTest::resolve).orElseThrow().problem());
    }

    @Test
    void privateTargetsAreTakenOnlyWhenAllowedAndThenAreNotResolved() {
        OutboundTargets.Policy open = new OutboundTargets.Policy(true, true);
        for (String target : List.of("http://127.0.0.1:8080/in", "https://10.0.0.1/in", "http://nowhere.invalid/in")) {
            assertEquals(Optional.empty(), OutboundTargets.check(target, open, host -> {
                throw new AssertionError("resolved " + host);
            }), target);
        }
        assertEquals(OutboundTargets.Problem.CREDENTIALS, OutboundTargets.check("http://a:b@127.0.0.1/in", open,
                OutboundTargetsTest::resolve).orElseThrow().problem(), "credentials are refused whatever is allowed");
    }

    @Test
    void oneInternalAddressAmongSeveralRefusesTheName() throws UnknownHostException {
        InetAddress[] both = {InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")};
        OutboundTargets.Refusal refusal = OutboundTargets.check("https://split.example.com/in", STRICT, host -> both)
                .orElseThrow();
        assertEquals(OutboundTargets.Problem.PRIVATE_ADDRESS, refusal.problem());
        assertEquals(List.of("split.example.com", "10.0.0.7"), refusal.arguments());
    }

    @Test
    void anAddressLongerThanTheLimitIsRefusedBeforeItIsRead() {
        String longest = "https://hooks.example.com/" + "a".repeat(OutboundTargets.MAX_LENGTH - 26);
        assertEquals(OutboundTargets.MAX_LENGTH, longest.length());
        assertEquals(Optional.empty(), OutboundTargets.check(longest, STRICT, OutboundTargetsTest::resolve));
        assertEquals(OutboundTargets.Problem.TOO_LONG, OutboundTargets.check(longest + "a", STRICT,
                OutboundTargetsTest::resolve).orElseThrow().problem());
    }

    @Test
    void everyProblemHasWordsInEveryLanguage() {
        for (OutboundTargets.Problem problem : OutboundTargets.Problem.values()) {
            for (var language : Texts.LANGUAGES) {
                assertTrue(Texts.in(language).has(problem.textKey()), problem + " in " + language);
            }
        }
    }
}
