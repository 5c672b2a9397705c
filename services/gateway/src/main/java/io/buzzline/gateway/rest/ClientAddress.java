package io.buzzline.gateway.rest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;

/**
 * The client address a per-address limit keys on. Behind an ingress every connection comes from a proxy, and the
 * client is in {@code X-Forwarded-For}; but a client can send that header itself, and proxies append to it, so only
 * the entries our own proxies wrote can be believed. This walks the header from the right, past the operator's
 * trusted proxies ({@code buzzline.routes.trusted-proxies}), and takes the first address none of them is: the one
 * our outermost proxy saw. Quarkus' own forwarding support takes the leftmost entry, which the client chooses; that
 * is why it is not used here. With no trusted proxies (the default) the connection's peer is the client.
 */
final class ClientAddress {

    private final List<IpSubnetFilterRule> trusted;

    private ClientAddress(List<IpSubnetFilterRule> trusted) {
        this.trusted = trusted;
    }

    /**
     * Trusting the proxies in {@code cidrs}, each an address or a block ({@code 10.0.0.0/8}, {@code fd00::/8}).
     *
     * @throws IllegalArgumentException naming the entry that is neither
     */
    static ClientAddress trusting(List<String> cidrs) {
        List<IpSubnetFilterRule> rules = new ArrayList<>();
        for (String cidr : cidrs) {
            rules.add(rule(cidr.trim()));
        }
        return new ClientAddress(List.copyOf(rules));
    }

    /**
     * The client of a request that arrived from {@code peer} carrying the {@code X-Forwarded-For} header values
     * {@code forwardedFor} (in the order received; each may list several addresses).
     */
    String of(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String value : forwardedFor) {
            for (String hop : value.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            // An entry that is no address was still written by a trusted proxy: it is that proxy's word for its
            // client, so it is the key (the walk cannot go past it either way).
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        InetSocketAddress socket = literal(address);
        if (socket == null) {
            return false;
        }
        for (IpSubnetFilterRule rule : trusted) {
            if (rule.matches(socket)) {
                return true;
            }
        }
        return false;
    }

    /** The address {@code text} spells, without a name lookup; null when it is not an address literal. */
    private static InetSocketAddress literal(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(bare);
        if (bytes == null) {
            return null;
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(bytes), 0);
        } catch (UnknownHostException impossible) {
            // getByAddress refuses only lengths other than 4 and 16, which NetUtil never returns.
            throw new IllegalStateException(impossible);
        }
    }

    private static IpSubnetFilterRule rule(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            throw new IllegalArgumentException(
                    "buzzline.routes.trusted-proxies: '" + cidr + "' is not an address or an address/prefix block");
        }
        int width = bytes.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? width : Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 0 || prefix > width) {
            throw new IllegalArgumentException(
                    "buzzline.routes.trusted-proxies: '" + cidr + "' needs a prefix length from 0 to " + width);
        }
        return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
    }
}
