package io.buzzline.match.bench;

import java.util.concurrent.CountDownLatch;

import io.buzzline.match.support.ContentServer;

/** Serves the test content packs on a given port for scripts/bench-match, until killed. */
public final class ContentStandIn {

    public static void main(String[] args) throws Exception {
        try (ContentServer server = new ContentServer(Integer.parseInt(args[0]))) {
            System.out.println("content stand-in at " + server.url());
            new CountDownLatch(1).await();
        }
    }
}
