package io.buzzline.testing.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.buzzline.testing.TestEnvironment;

/**
 * Creates a schema of this run's own in the shared PostgreSQL ({@code BUZZLINE_PG_HOST},
 * {@code BUZZLINE_PG_PORT}, {@code BUZZLINE_PG_DATABASE}, {@code BUZZLINE_PG_USER},
 * {@code BUZZLINE_PG_PASSWORD}; defaults: the local stack), points the datasource, Flyway and
 * Hibernate at it, and drops it afterwards. Inject the {@link PostgresTarget} with {@link InjectPostgres}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresTarget target;

    @Override
    public Map<String, String> start() {
        target = new PostgresTarget(
                TestEnvironment.setting("BUZZLINE_PG_HOST", "127.0.0.1"),
                Integer.parseInt(TestEnvironment.setting("BUZZLINE_PG_PORT", "5432")),
                TestEnvironment.setting("BUZZLINE_PG_DATABASE", "buzzline"),
                TestEnvironment.setting("BUZZLINE_PG_USER", "postgres"),
                TestEnvironment.setting("BUZZLINE_PG_PASSWORD", ""),
                "t_" + TestEnvironment.uniqueId());
        execute("CREATE SCHEMA " + target.schema());
        return Map.ofEntries(
                Map.entry("quarkus.datasource.username", target.user()),
                Map.entry("quarkus.datasource.password", target.password()),
                Map.entry("quarkus.datasource.reactive.url", target.reactiveUrl()),
                Map.entry("quarkus.datasource.jdbc.url", target.jdbcUrl()),
                Map.entry("quarkus.flyway.schemas", target.schema()),
                Map.entry("quarkus.flyway.default-schema", target.schema()),
                Map.entry("quarkus.hibernate-orm.database.default-schema", target.schema()));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                target, new TestInjector.AnnotatedAndMatchesType(InjectPostgres.class, PostgresTarget.class));
    }

    @Override
    public void stop() {
        if (target != null) {
            execute("DROP SCHEMA IF EXISTS " + target.schema() + " CASCADE");
        }
    }

    private void execute(String sql) {
        try (Connection connection =
                        DriverManager.getConnection(target.adminJdbcUrl(), target.user(), target.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + target.adminJdbcUrl() + " refused '" + sql + "': " + e.getMessage()
                            + " (run scripts/stack up, or set BUZZLINE_PG_* to a PostgreSQL >= 14)",
                    e);
        }
    }
}
