package io.buzzline.testing.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresTestResourceTest {

    @Test
    void eachRunGetsItsOwnSchemaWhichIsDroppedAfterwards() throws SQLException {
        PostgresTestResource first = new PostgresTestResource();
        PostgresTestResource second = new PostgresTestResource();
        Map<String, String> a = first.start();
        Map<String, String> b = second.start();
        try {
            assertThat(a.get("quarkus.flyway.schemas")).isNotEqualTo(b.get("quarkus.flyway.schemas"));
            assertThat(schemaExists(a)).isTrue();
        } finally {
            first.stop();
            second.stop();
        }
        assertThat(schemaExists(a)).isFalse();
        assertThat(schemaExists(b)).isFalse();
    }

    private static boolean schemaExists(Map<String, String> config) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        config.get("quarkus.datasource.jdbc.url"),
                        config.get("quarkus.datasource.username"),
                        config.get("quarkus.datasource.password"));
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT 1 FROM information_schema.schemata WHERE schema_name = '"
                                + config.get("quarkus.flyway.schemas") + "'")) {
            return rows.next();
        }
    }
}
