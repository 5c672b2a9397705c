package io.buzzline.profile.wallet.store;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.google.api.core.ApiFuture;
import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.firestore.FirestoreException;
import io.grpc.Status;

import io.buzzline.firestore.Futures;
import io.buzzline.profile.Refused;

/**
 * Waits for a wallet transaction and turns "overtaken too often" into a refusal a client can act on: every
 * attempt was rolled back, so nothing is written and the same request (same Idempotency-Key) may be sent again.
 */
public final class Transactions {

    private Transactions() {}

    public static <T> T await(ApiFuture<T> transaction, String playerId) {
        try {
            return Futures.await(transaction);
        } catch (RuntimeException e) {
            if (contended(e)) {
                throw new Refused(
                        Refused.Kind.BUSY,
                        "wallet-busy",
                        "Too many changes to wallet " + playerId + " at once; nothing was written. Send the same"
                                + " request again.",
                        Map.of(),
                        Optional.of(Duration.ofSeconds(1)));
            }
            throw e;
        }
    }

    /** Whether {@code failure} (or a cause) is Firestore giving up on a transaction that kept conflicting. */
    static boolean contended(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiException api && api.getStatusCode().getCode() == StatusCode.Code.ABORTED) {
                return true;
            }
            if (t instanceof FirestoreException firestore
                    && firestore.getStatus() != null
                    && firestore.getStatus().getCode() == Status.Code.ABORTED) {
                return true;
            }
        }
        return false;
    }
}
