package io.buzzline.e2e.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.buzzline.events.wire.LivePubSub;
import io.buzzline.testing.TestEnvironment;
import io.buzzline.testing.firestore.FirestoreEmulator;
import io.buzzline.testing.redis.RedisCluster;
import io.buzzline.testing.redis.RedisCommands;
import io.buzzline.testing.redis.RedisServer;
import io.buzzline.testing.tokens.TokenKeysTestResource;

/**
 * What one platform run owns outside the services: a redis-server of its own with AOF (so a test may
 * kill and restart it) or a Redis Cluster of its own (3 masters, 3 replicas; {@link #onRedisCluster()}), a key prefix, two PostgreSQL schemas (scoring's and content's, each with its
 * own Flyway history), a Firestore project id and a fresh token key pair. All removed by {@link #close()}.
 */
public final class Infrastructure implements AutoCloseable {

    private final String runId = TestEnvironment.uniqueId();
    private final String pgHost = TestEnvironment.setting("BUZZLINE_PG_HOST", "127.0.0.1");
    private final String pgPort = TestEnvironment.setting("BUZZLINE_PG_PORT", "5432");
    private final String pgDatabase = TestEnvironment.setting("BUZZLINE_PG_DATABASE", "buzzline");
    private final String pgUser = TestEnvironment.setting("BUZZLINE_PG_USER", "postgres");
    private final String pgPassword = TestEnvironment.setting("BUZZLINE_PG_PASSWORD", "");
    private final TokenKeysTestResource tokenKeys = new TokenKeysTestResource();
    private final Map<String, String> keys;
    private final RedisServer redis;
    private final RedisCluster cluster;
    private final FirestoreEmulator firestore;

    /** With a redis-server of its own. */
    public Infrastructure() {
        this(false);
    }

    private Infrastructure(boolean redisCluster) {
        // PostgreSQL first: it is the one most likely to be misconfigured, and nothing is running yet.
        execute("CREATE SCHEMA " + schema("scoring"));
        execute("CREATE SCHEMA " + schema("content"));
        keys = tokenKeys.start();
        redis = redisCluster ? null : RedisServer.start(true);
        cluster = redisCluster ? RedisCluster.start(3) : null;
        try {
            firestore = FirestoreEmulator.reuseOrStart();
        } catch (RuntimeException e) {
            closeRedis();
            throw e;
        }
    }

    /** The property (or environment variable) that puts a run's shared platform on a Redis Cluster. */
    public static final String REDIS_SETTING = "BUZZLINE_E2E_REDIS";

    /**
     * The shared platform's infrastructure: a redis-server of its own, or a Redis Cluster of its own when
     * {@value #REDIS_SETTING} is {@code cluster} ({@code ./mvnw verify -pl e2e -DBUZZLINE_E2E_REDIS=cluster}:
     * the whole suite on a cluster, issue 20).
     */
    public static Infrastructure forRun() {
        String redis = TestEnvironment.setting(REDIS_SETTING, "single");
        return switch (redis) {
            case "single" -> new Infrastructure();
            case "cluster" -> onRedisCluster();
            default ->
                throw new IllegalArgumentException(
                        REDIS_SETTING + " must be 'single' (default) or 'cluster', was '" + redis + "'");
        };
    }

    /** Starts again whatever part of Redis a test killed, and waits until it serves again. */
    public void restoreRedis() {
        if (redis != null && !redis.isRunning()) {
            redis.restart();
        }
        if (cluster != null) {
            cluster.restartStopped();
        }
    }

    /** With a Redis Cluster of its own: the services run with {@code quarkus.redis.client-type=cluster}. */
    public static Infrastructure onRedisCluster() {
        return new Infrastructure(true);
    }

    /** The run's redis-server; a run on a Redis Cluster has none (see {@link #redisCluster()}). */
    public RedisServer redis() {
        if (redis == null) {
            throw new IllegalStateException("this run's Redis is a cluster: use redisCluster()");
        }
        return redis;
    }

    /** The run's Redis Cluster, or null when it has a redis-server of its own. */
    public RedisCluster redisCluster() {
        return cluster;
    }

    /**
     * What points a service at this run's Redis: the URL; or every node of the cluster, the client type, and
     * sharded pub/sub (a game's live messages stay on its shard, as a region on a cluster is deployed).
     */
    public Map<String, String> redisEnvironment() {
        return redis != null
                ? Map.of("BUZZLINE_REDIS_URL", redis.url())
                : Map.of(
                        "BUZZLINE_REDIS_URL",
                        cluster.hosts(),
                        "QUARKUS_REDIS_CLIENT_TYPE",
                        "cluster",
                        "WIRE_PUBSUB",
                        LivePubSub.SHARDED.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A blocking client of this run's Redis, for checks; close it after use. */
    public RedisCommands redisCommands() {
        return redis != null ? new RedisCommands(redis.url()) : cluster.commands();
    }

    /** This run's Redis in a few words, for reports. */
    public String redisDescription() {
        return redis != null
                ? redis.url() + " (own, AOF everysec)"
                : "a Redis Cluster of 3 masters and 3 replicas (own, AOF everysec): " + cluster.hosts();
    }

    private void closeRedis() {
        if (redis != null) {
            redis.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    public String keyPrefix() {
        return "e2e" + runId + ":";
    }

    public String firestoreHost() {
        return firestore.host();
    }

    public String firestoreProject() {
        return "e2e-" + runId;
    }

    /** This run's schema for {@code service} (scoring or content). */
    public String schema(String service) {
        return "e2e_" + runId + "_" + service;
    }

    public String privateKey() {
        return keys.get("smallrye.jwt.sign.key.location");
    }

    /** The JWKS of the token and service keys every service verifies with. */
    public String publicKey() {
        return keys.get("mp.jwt.verify.publickey.location");
    }

    /** The service key: match and the lobby sign their calls to content with it, the tests their editor token. */
    public String servicePrivateKey() {
        return keys.get(TokenKeysTestResource.SERVICE_KEY_PROPERTY);
    }

    /** The JVM options that point a service's datasource, Flyway and Hibernate at its schema of this run. */
    public String[] schemaOptions(String service) {
        String schema = schema(service);
        String server = pgHost + ":" + pgPort + "/" + pgDatabase;
        return new String[] {
            "-Dquarkus.datasource.reactive.url=postgresql://" + server + "?search_path=" + schema,
            "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://" + server + "?currentSchema=" + schema,
            "-Dquarkus.flyway.schemas=" + schema,
            "-Dquarkus.flyway.default-schema=" + schema,
            "-Dquarkus.hibernate-orm.database.default-schema=" + schema
        };
    }

    /** A JDBC connection with {@code service}'s schema current, for checks. */
    public Connection jdbc(String service) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + pgDatabase + "?currentSchema=" + schema(service),
                pgUser,
                pgPassword);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + pgDatabase, pgUser, pgPassword);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused '" + sql + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeRedis();
        firestore.clear(firestoreProject());
        firestore.close();
        tokenKeys.stop();
        execute("DROP SCHEMA IF EXISTS " + schema("scoring") + " CASCADE");
        execute("DROP SCHEMA IF EXISTS " + schema("content") + " CASCADE");
    }
}
