package io.buzzline.engine.fairness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bigger run behind the engine README's table: every model at {@code -Dfairness.races} races (the
 * {@code fairness} profile sets 50,000), printed and written to {@code target/fairness-table.md}. Off in
 * the normal build (it runs for seconds, not the suite's fraction of one); at that size it checks again that
 * the engine never disagrees with the documented rule and that every model is in the table.
 */
@EnabledIfSystemProperty(named = "fairness.races", matches = "\\d+")
class FairnessReportTest {

    @Test
    void printsTheTable() throws IOException {
        int races = Integer.parseInt(System.getProperty("fairness.races"));
        long seed = Long.getLong("fairness.seed", FairnessSuiteTest.SEED);
        var simulation = new FairnessSimulation();
        List<FairnessTable.Row> rows = Scenarios.all().stream()
                .map(s -> new FairnessTable.Row(s, simulation.run(s, races, seed)))
                .toList();
        String report = String.format(
                "%,d races per model, seed %d%n%n%s%nRule variants, win %% at leads >= 30 ms / lead needed for 99 %%:%n%n%s",
                races, seed, FairnessTable.format(rows), VariantTable.format(VariantTable.scenarios(), races, seed));
        System.out.println(report);
        Files.writeString(Path.of("target", "fairness-table.md"), report);
        assertThat(rows).hasSameSizeAs(Scenarios.all());
        assertThat(rows).allSatisfy(row -> assertThat(row.tally().referenceDisagreements())
                .as("%s: races where the engine's winner is not the documented rule's", row.scenario())
                .isZero());
    }
}
