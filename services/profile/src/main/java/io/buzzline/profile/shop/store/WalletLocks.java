package io.buzzline.profile.shop.store;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Purchases of one wallet run one at a time within an instance. Firestore's transactions keep them correct
 * across instances, but transactions on one document that overtake each other are retried, then aborted: a
 * burst of 64 concurrent purchases on one wallet (ConcurrentPurchasesTest) made each wait for the others'
 * locks until requests timed out after two minutes. Queued here, each runs its transaction once; contention is
 * left to the rare case of two instances serving one player at the same moment. Striped: a fixed number of
 * locks, a player's chosen by its id's hash, so memory does not grow with players.
 */
@ApplicationScoped
public class WalletLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public WalletLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    public <T> T withWallet(String playerId, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(playerId.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
