package io.buzzline.testing.redis;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.vertx.redis.client.Command;

import io.buzzline.testing.TestEnvironment;

/**
 * A Redis Cluster of this test's own on loopback: {@code masters} masters, each with one replica
 * (3 + 3 by default, the smallest cluster that survives losing a master), every node a {@link
 * RedisServer} with AOF, joined by {@code redis-cli --cluster create}. The services reach it as
 * {@code quarkus.redis.client-type=cluster} with every node's URL; a test may kill the master of a key's
 * slot to see its replica take over. Closed, every node is killed and its data removed.
 */
public final class RedisCluster implements AutoCloseable {

    private static final Duration FORM_TIMEOUT = Duration.ofSeconds(30);

    private final List<RedisServer> nodes;

    private RedisCluster(List<RedisServer> nodes) {
        this.nodes = nodes;
    }

    /** Starts {@code masters} masters and as many replicas, and waits until every slot is served. */
    public static RedisCluster start(int masters) {
        List<RedisServer> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < masters * 2; i++) {
                nodes.add(RedisServer.startClusterNode());
            }
            RedisCluster cluster = new RedisCluster(nodes);
            cluster.create(masters);
            return cluster;
        } catch (RuntimeException e) {
            nodes.forEach(RedisServer::close);
            throw e;
        }
    }

    /** Every node's URL, masters and replicas: what {@code quarkus.redis.hosts} lists. */
    public List<String> urls() {
        return nodes.stream().map(RedisServer::url).toList();
    }

    /** {@link #urls()} joined with commas, as one configuration value. */
    public String hosts() {
        return String.join(",", urls());
    }

    /** A blocking client that follows the cluster's redirections; close it after use. */
    public RedisCommands commands() {
        return RedisCommands.cluster(urls());
    }

    /** How many keys each running master holds, by its port: how the data spread over the shards. */
    public java.util.Map<Integer, Long> keysPerMaster() {
        java.util.Map<Integer, Long> keys = new java.util.TreeMap<>();
        for (RedisServer node : nodes) {
            if (!node.isRunning()) {
                continue;
            }
            try (RedisCommands direct = new RedisCommands(node.url())) {
                if ("master".equals(direct.send(Command.ROLE).get(0).toString())) {
                    keys.put(node.port(), direct.send(Command.DBSIZE).toLong());
                }
            }
        }
        return keys;
    }

    /**
     * How often the running nodes executed {@code command} (lower case, e.g. {@code "spublish"}), from
     * {@code INFO commandstats}: calls from scripts count too. A node killed meanwhile took its count along.
     */
    public long commandCalls(String command) {
        long calls = 0;
        for (RedisServer node : nodes) {
            if (!node.isRunning()) {
                continue;
            }
            try (RedisCommands direct = new RedisCommands(node.url())) {
                String stats = direct.send(Command.INFO, "commandstats").toString();
                for (String line : stats.split("\\r?\\n")) {
                    if (line.startsWith("cmdstat_" + command + ":calls=")) {
                        String count = line.substring(("cmdstat_" + command + ":calls=").length());
                        calls += Long.parseLong(count.substring(0, count.indexOf(',')));
                    }
                }
            }
        }
        return calls;
    }

    /**
     * How many cluster-bus messages of {@code type} the running nodes sent ({@code CLUSTER INFO}'s
     * {@code cluster_stats_messages_<type>_sent}, absent while 0): {@code publish} is a classic PUBLISH relayed
     * to every other node, {@code publishshard} an SPUBLISH relayed to its shard's replicas only.
     */
    public long busMessagesSent(String type) {
        String field = "cluster_stats_messages_" + type + "_sent:";
        long sent = 0;
        for (RedisServer node : nodes) {
            if (!node.isRunning()) {
                continue;
            }
            try (RedisCommands direct = new RedisCommands(node.url())) {
                for (String line :
                        direct.send(Command.CLUSTER, "INFO").toString().split("\\r?\\n")) {
                    if (line.startsWith(field)) {
                        sent += Long.parseLong(line.substring(field.length()).trim());
                    }
                }
            }
        }
        return sent;
    }

    /** The node currently serving {@code key}'s slot as master. */
    public RedisServer masterOf(String key) {
        RedisServer running = nodes.stream()
                .filter(RedisServer::isRunning)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no node of the cluster runs"));
        try (RedisCommands any = new RedisCommands(running.url())) {
            long slot = any.send(Command.CLUSTER, "KEYSLOT", key).toLong();
            for (RedisServer node : nodes) {
                if (!node.isRunning()) {
                    continue;
                }
                try (RedisCommands direct = new RedisCommands(node.url())) {
                    String role = direct.send(Command.ROLE).get(0).toString();
                    if ("master".equals(role) && serves(direct, slot)) {
                        return node;
                    }
                }
            }
        }
        throw new IllegalStateException("no running master serves the slot of " + key);
    }

    /**
     * A manual failover of {@code key}'s slot ({@code CLUSTER FAILOVER} on its master's replica): the replica
     * takes the slot over once it has every write, the old master stays up as its replica, nothing is lost.
     * Returns the new master, once it serves the slot.
     */
    public RedisServer failOver(String key) {
        RedisServer master = masterOf(key);
        RedisServer replica = replicaOf(master);
        try (RedisCommands direct = new RedisCommands(replica.url())) {
            direct.send(Command.CLUSTER, "FAILOVER");
        }
        Instant deadline = Instant.now().plus(FORM_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (masterOf(key).port() == replica.port() && nodes.stream().allMatch(RedisCluster::ok)) {
                return replica;
            }
            sleep(100);
        }
        throw new IllegalStateException("the replica :" + replica.port() + " did not take over the slot of " + key);
    }

    /**
     * Starts again every node that was killed (each rejoins the cluster from its nodes.conf; a master that
     * was failed over comes back as its successor's replica) and waits until the cluster is whole again.
     */
    public void restartStopped() {
        boolean any = false;
        for (RedisServer node : nodes) {
            if (!node.isRunning()) {
                node.restart();
                any = true;
            }
        }
        if (any) {
            awaitFormed();
        }
    }

    /** The running replica of {@code master} ({@code ROLE}: slave, master host, master port, ...). */
    public RedisServer replicaOf(RedisServer master) {
        for (RedisServer node : nodes) {
            if (!node.isRunning()) {
                continue;
            }
            try (RedisCommands direct = new RedisCommands(node.url())) {
                var role = direct.send(Command.ROLE);
                if ("slave".equals(role.get(0).toString()) && role.get(2).toInteger() == master.port()) {
                    return node;
                }
            }
        }
        throw new IllegalStateException("no running replica of :" + master.port());
    }

    private static boolean serves(RedisCommands node, long slot) {
        String myId = node.send(Command.CLUSTER, "MYID").toString();
        for (var range : node.send(Command.CLUSTER, "SLOTS")) {
            if (range.get(0).toLong() <= slot
                    && slot <= range.get(1).toLong()
                    && myId.equals(range.get(2).get(2).toString())) {
                return true;
            }
        }
        return false;
    }

    private void create(int masters) {
        List<String> command = new ArrayList<>(
                List.of(TestEnvironment.setting("BUZZLINE_REDIS_CLI", "redis-cli"), "--cluster", "create"));
        nodes.forEach(node -> command.add("127.0.0.1:" + node.port()));
        command.addAll(List.of("--cluster-replicas", String.valueOf(nodes.size() / masters - 1), "--cluster-yes"));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(FORM_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("redis-cli --cluster create failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot run redis-cli (install Debian package redis-tools, or set BUZZLINE_REDIS_CLI)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        awaitFormed();
    }

    /**
     * Until every node says the cluster is ok (each learns the others' slots by gossip) and every replica's
     * link to its master is up: a master killed before its replica synced would take its data along.
     */
    private void awaitFormed() {
        Instant deadline = Instant.now().plus(FORM_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (nodes.stream().allMatch(RedisCluster::ok) && nodes.stream().allMatch(RedisCluster::linked)) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("the Redis Cluster did not reach cluster_state:ok within " + FORM_TIMEOUT);
    }

    private static boolean ok(RedisServer node) {
        try (RedisCommands direct = new RedisCommands(node.url())) {
            return direct.send(Command.CLUSTER, "INFO").toString().contains("cluster_state:ok");
        }
    }

    /** A master, or a replica whose replication link is up ({@code ROLE}: slave, host, port, state, offset). */
    private static boolean linked(RedisServer node) {
        try (RedisCommands direct = new RedisCommands(node.url())) {
            var role = direct.send(Command.ROLE);
            return "master".equals(role.get(0).toString())
                    || "connected".equals(role.get(3).toString());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        nodes.forEach(RedisServer::close);
    }
}
