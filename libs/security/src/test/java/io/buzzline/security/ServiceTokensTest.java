package io.buzzline.security;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTokensTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KeyPair key = generate();
    private final ServiceTokens.Settings settings =
            new ServiceTokens.Settings("buzzline", "buzzline", "buzzline-match", Duration.ofMinutes(5));

    @Test
    void aServiceTokenIsAnRs256JwsWithKidAndTheServiceRole() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
        String[] parts = new ServiceTokens(new JwtSigner(key.getPrivate(), "service-1"), settings, clock)
                .authorization()
                .substring("Bearer ".length())
                .split("\\.");

        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(header.path("kid").asText()).isEqualTo("service-1");
        assertThat(claims.path("iss").asText()).isEqualTo("buzzline");
        assertThat(claims.path("aud").asText()).isEqualTo("buzzline");
        assertThat(claims.path("sub").asText()).isEqualTo("buzzline-match");
        assertThat(claims.path("groups").get(0).asText()).isEqualTo(Roles.SERVICE);
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key.getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void oneTokenServesUntilAFifthOfItsLifeIsLeft() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
        ServiceTokens tokens = new ServiceTokens(new JwtSigner(key.getPrivate(), "service-1"), settings, clock);
        String first = tokens.authorization();

        clock.now = clock.now.plus(Duration.ofMinutes(3).plusSeconds(59));
        assertThat(tokens.authorization()).isEqualTo(first);
        clock.now = clock.now.plusSeconds(1);
        assertThat(tokens.authorization()).isNotEqualTo(first);
    }

    @Test
    void withoutAReadableKeyCallsGoWithoutACredential() {
        ServiceCredentials credentials = new ServiceCredentials(
                java.nio.file.Path.of("no/such/service-private.pem"), "service-1", settings, Clock.systemUTC());
        assertThat(credentials.authorization()).isEmpty();
        assertThat(credentials.authorization()).isEmpty();
    }

    private static JsonNode decode(String part) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(part));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
