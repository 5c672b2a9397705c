package io.buzzline.testing.postgres;

/** A PostgreSQL database a test talks to and the schema that isolates this test run inside it. */
public record PostgresTarget(String host, int port, String database, String user, String password, String schema) {

    /** JDBC URL with the run's schema as the current one (Flyway, plain JDBC checks). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?currentSchema=" + schema;
    }

    /** Vert.x reactive client URL; {@code search_path} is sent as a startup parameter. */
    public String reactiveUrl() {
        return "postgresql://" + host + ":" + port + "/" + database + "?search_path=" + schema;
    }

    String adminJdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
