package io.buzzline.match.bench;

import java.util.concurrent.CountDownLatch;

/** Serves libs/testing's content stand-in on a given port for scripts/bench-match, until killed. */
public final class ContentStandIn {

    public static void main(String[] args) throws Exception {
        try (var server = new io.buzzline.testing.content.ContentStandIn(Integer.parseInt(args[0]))) {
            System.out.println("content stand-in at " + server.url());
            new CountDownLatch(1).await();
        }
    }
}
