package io.buzzline.profile.config;

import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.buzzline.accounts.Argon2idParameters;
import io.buzzline.accounts.PasswordHashes;
import io.buzzline.accounts.SignInGuard;
import io.buzzline.wallet.EarningRules;

/**
 * The rules of libs/accounts and libs/wallet this service applies, made beans in one place ({@code @Singleton}:
 * records and final classes cannot be proxied).
 */
@ApplicationScoped
public class DomainProducers {

    @Produces
    @Singleton
    PasswordHashes passwordHashes() {
        return new PasswordHashes(Argon2idParameters.DEFAULT, new SecureRandom());
    }

    @Produces
    @Singleton
    SignInGuard signInGuard() {
        return SignInGuard.DEFAULT;
    }

    @Produces
    @Singleton
    EarningRules earningRules() {
        return EarningRules.V1;
    }
}
