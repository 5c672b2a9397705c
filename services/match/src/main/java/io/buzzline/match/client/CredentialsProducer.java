package io.buzzline.match.client;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.buzzline.match.config.MatchConfig;
import io.buzzline.security.ServiceCredentials;
import io.buzzline.security.ServiceTokens;

/** Match's service credential towards content, as configured under {@code buzzline.service-token}. */
public class CredentialsProducer {

    @Produces
    @Singleton
    ServiceCredentials serviceCredentials(MatchConfig config, Clock clock) {
        MatchConfig.ServiceToken token = config.serviceToken();
        return new ServiceCredentials(
                Path.of(token.keyLocation()),
                token.keyId(),
                new ServiceTokens.Settings(token.issuer(), token.audience(), "buzzline-match", token.ttl()),
                clock);
    }
}
