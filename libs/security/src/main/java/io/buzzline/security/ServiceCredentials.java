package io.buzzline.security;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A service's credential towards another (docs/security.md): service tokens signed with the service key,
 * read on first use. Without a readable key the caller goes on without a credential, and the callee
 * refuses what needs one (content leaves the answer keys out, a pack order is a 401): the callee is where
 * access is decided, and the log says once why calls lack a credential.
 */
public final class ServiceCredentials {

    private static final System.Logger LOG = System.getLogger(ServiceCredentials.class.getName());

    private final Path keyLocation;
    private final String keyId;
    private final ServiceTokens.Settings settings;
    private final Clock clock;
    private ServiceTokens tokens;
    private boolean keyMissing;

    public ServiceCredentials(Path keyLocation, String keyId, ServiceTokens.Settings settings, Clock clock) {
        this.keyLocation = keyLocation;
        this.keyId = keyId;
        this.settings = settings;
        this.clock = clock;
    }

    /** The Authorization header value to send, or empty when the service key cannot be read. */
    public synchronized Optional<String> authorization() {
        if (tokens == null && !keyMissing) {
            try {
                tokens = new ServiceTokens(new JwtSigner(RsaKeys.privateKey(keyLocation), keyId), settings, clock);
            } catch (RuntimeException e) {
                keyMissing = true;
                LOG.log(
                        Level.ERROR,
                        "no service key ({0}): calls to other services carry no credential and are refused where"
                                + " one is needed; set BUZZLINE_SERVICE_PRIVATE_KEY (docs/security.md)",
                        e.getMessage());
            }
        }
        return tokens == null ? Optional.empty() : Optional.of(tokens.authorization());
    }
}
