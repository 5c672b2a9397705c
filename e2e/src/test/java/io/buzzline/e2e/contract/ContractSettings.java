package io.buzzline.e2e.contract;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import io.buzzline.e2e.support.RunningPlatform;

/**
 * The run's size and seed from system properties, which an annotation cannot read:
 * {@code -Dbuzzline.contract.cases} (tries, 5,000 by default) and {@code -Dbuzzline.contract.seed} (18 by
 * default, so the test command is the same run every time; {@code random} lets jqwik choose). Reports the
 * seed jqwik used and the time, so any run replays. Outermost, so the time includes the after-hook's checks.
 */
public final class ContractSettings implements AroundPropertyHook {

    static final int CASES = Integer.getInteger("buzzline.contract.cases", 5_000);
    static final String SEED = System.getProperty("buzzline.contract.seed", "18");

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(CASES);
        if (!SEED.equals("random")) {
            context.attributes().setSeed(SEED);
        }
        long started = System.nanoTime();
        PropertyExecutionResult result = property.execute();
        String seed = result.seed().orElse(SEED);
        RunningPlatform.report("contract: " + result.status() + " after " + (System.nanoTime() - started) / 1_000_000
                + " ms, " + CASES + " tries asked, seed " + seed + " (replay: -Dbuzzline.contract.seed=" + seed
                + " -Dbuzzline.contract.cases=" + CASES + ")");
        return result;
    }

    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
