package io.buzzline.engine.fairness;

import java.util.List;

import io.buzzline.engine.fairness.Network.PathClass;

/** The models issue 24 asks the buzzer to be judged against, each a {@link Scenario}. */
public final class Scenarios {

    /** People in every model but the README's: choice reactions, median 450 ms, p5 ≈ 250, p95 ≈ 800 ms. */
    public static final Reactions PEOPLE = new Reactions.Lognormal(450, 0.36);

    /** Mobile per-packet jitter: median 5 ms, p99 80 ms. */
    public static final Jitter MOBILE_JITTER = new Jitter.Lognormal(5, 80);

    /** Wi-Fi, 4G and congested paths, equally likely. */
    public static final List<PathClass> MOBILE_MIX =
            List.of(new PathClass("wifi", 20, 60), new PathClass("4g", 40, 120), new PathClass("congested", 150, 400));

    /** Every player on a slow link (satellite, far region, bad tethering). */
    public static final List<PathClass> SLOW = List.of(new PathClass("slow", 400, 800));

    /** 10,000 players: the last socket is written about 200 ms after the first (measured fan-out). */
    public static final long FAN_OUT_10K_MILLIS = 200;

    public static final Scenario README =
            new Scenario("README model", 2, 6, new Network.Readme(), new Reactions.Uniform(180, 700), 0, Cheat.NONE);

    public static final Scenario EXACT =
            new Scenario("zero jitter, exact RTT", 2, 6, new Network.Exact(), PEOPLE, 0, Cheat.NONE);

    public static final Scenario MOBILE =
            mobile("mobile mix, lognormal jitter", new Network.Paths(MOBILE_MIX, MOBILE_JITTER, false), 0, Cheat.NONE);

    private Scenarios() {}

    /** Every model, in the order of the README's table. */
    public static List<Scenario> all() {
        var pareto = new Jitter.Pareto(5, 80);
        return List.of(
                README,
                EXACT,
                MOBILE,
                mobile("mobile mix, Pareto jitter", new Network.Paths(MOBILE_MIX, pareto, false), 0, Cheat.NONE),
                mobile(
                        "mobile mix, asymmetric paths",
                        new Network.Paths(MOBILE_MIX, MOBILE_JITTER, true),
                        0,
                        Cheat.NONE),
                mobile("slow links 400-800 ms", new Network.Paths(SLOW, MOBILE_JITTER, false), 0, Cheat.NONE),
                mobile("mobile + cheater delays pongs 100 ms", MOBILE.network(), 0, Cheat.delayingPongs(100)),
                mobile("mobile + cheater delays pongs 200 ms", MOBILE.network(), 0, Cheat.delayingPongs(200)),
                mobile("mobile + cheater forges pongs", MOBILE.network(), 0, Cheat.forgingPongs()),
                mobile("mobile + fan-out of 10,000 (0-200 ms)", MOBILE.network(), FAN_OUT_10K_MILLIS, Cheat.NONE));
    }

    private static Scenario mobile(String name, Network network, long fanOut, Cheat cheat) {
        return new Scenario(name, 2, 6, network, PEOPLE, fanOut, cheat);
    }
}
