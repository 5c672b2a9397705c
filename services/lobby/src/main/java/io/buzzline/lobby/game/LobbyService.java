package io.buzzline.lobby.game;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.JoinGame;
import io.buzzline.commands.KickPlayer;
import io.buzzline.commands.LeaveGame;
import io.buzzline.events.GameSettings;
import io.buzzline.events.wire.JoinCode;
import io.buzzline.lobby.client.QuestionPacks;
import io.buzzline.lobby.code.JoinCodes;
import io.buzzline.lobby.identity.GuestIdentity;
import io.buzzline.lobby.identity.IdentityStore;
import io.buzzline.lobby.identity.PlayerClaim;
import io.buzzline.lobby.messaging.MatchCommands;
import io.buzzline.lobby.nickname.NicknamePolicy;
import io.buzzline.lobby.nickname.NicknameVerdict;
import io.buzzline.lobby.token.Role;
import io.buzzline.lobby.token.TokenIssuer;

/** The lobby's use cases: create, join, leave, kick. Game state itself is match's: it gets commands. */
@ApplicationScoped
public class LobbyService {

    private static final int CODE_ATTEMPTS = 20;

    private final GameRegistry registry;
    private final IdentityStore identities;
    private final NicknamePolicy nicknames;
    private final TokenIssuer tokens;
    private final MatchCommands commands;
    private final JoinCodes codes;
    private final QuestionPacks packs;
    private final QuickPlayStarter starter;
    private final Clock clock;

    public LobbyService(
            GameRegistry registry,
            IdentityStore identities,
            NicknamePolicy nicknames,
            TokenIssuer tokens,
            MatchCommands commands,
            JoinCodes codes,
            QuestionPacks packs,
            QuickPlayStarter starter,
            Clock clock) {
        this.registry = registry;
        this.identities = identities;
        this.nicknames = nicknames;
        this.tokens = tokens;
        this.commands = commands;
        this.codes = codes;
        this.packs = packs;
        this.starter = starter;
        this.clock = clock;
    }

    /**
     * Creates a game; the same idempotency key within 24 h returns the game it created before (with a
     * fresh host token) instead of a second game.
     */
    public CreatedGame create(NewGame request, Optional<String> idempotencyKey) {
        String gameId = "g_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (idempotencyKey.isPresent()) {
            Optional<String> earlier = registry.rememberIdempotencyKey(idempotencyKey.get(), gameId);
            if (earlier.isPresent()) {
                LobbyGame game = registry.find(earlier.get())
                        .orElseThrow(() -> new LobbyProblem(
                                409,
                                "idempotency-key-in-use",
                                "A create with this Idempotency-Key is still in progress; retry shortly."));
                return new CreatedGame(game, game.hostId(), hostToken(game));
            }
        }
        String code = null;
        try {
            if (request.packChosenByHost()) {
                packs.requireUsable(
                        request.settings().questionPackId(), request.settings().totalQuestions());
            }
            GameSettings settings = request.packChosenByHost()
                    ? request.settings()
                    : request.settings()
                            .withQuestionPackId(packs.create(
                                    request.settings().totalQuestions(),
                                    request.categories(),
                                    request.settings().language()));
            code = claimCode(gameId);
            String hostId = "h_" + gameId.substring(2);
            LobbyGame game = new LobbyGame(
                    gameId,
                    code,
                    hostId,
                    GameStatus.OPEN,
                    request.publicGame(),
                    settings.language(),
                    request.categories(),
                    settings.maxPlayers(),
                    request.lateJoin(),
                    clock.instant(),
                    0);
            commands.send(gameId + ":create", gameId, new CreateGame(hostId, settings));
            registry.create(game, request.autoStart());
            return new CreatedGame(game, hostId, hostToken(game));
        } catch (RuntimeException e) {
            // Nothing was created: leave no code held and let the same key be retried.
            if (code != null) {
                registry.releaseCode(code);
            }
            idempotencyKey.ifPresent(registry::forgetIdempotencyKey);
            throw e;
        }
    }

    /** The live game a code as typed by a player belongs to. */
    public String gameIdForTypedCode(String typedCode) {
        String code = JoinCode.normalize(typedCode)
                .orElseThrow(() -> new LobbyProblem(
                        400, "invalid-join-code", "A join code is 6 characters from " + JoinCode.ALPHABET + "."));
        return registry.gameIdForCode(code).orElseThrow(() -> LobbyProblem.of(JoinRefusal.NO_SUCH_GAME));
    }

    public JoinedGame join(String gameId, String rawNickname, Optional<PlayerClaim> claimed) {
        GuestIdentity identity;
        NicknameVerdict.Accepted accepted;
        if (claimed.isPresent()) {
            identity = verified(claimed.get());
            // A returning member keeps the nickname they have in this game, whatever they typed now.
            accepted = accepted(registry.nicknameOf(gameId, identity.playerId()).orElse(rawNickname));
        } else {
            // A new identity cannot be a member yet; checking first creates none for a refused nickname.
            accepted = accepted(rawNickname);
            identity = identities.create();
        }
        JoinOutcome outcome = registry.join(gameId, identity.playerId(), accepted.uniquenessKey(), accepted.nickname());
        return switch (outcome) {
            case JoinOutcome.Refused refused -> throw LobbyProblem.of(refused.reason());
            case JoinOutcome.Joined joined -> {
                sendJoin(gameId, identity.playerId(), joined.nickname(), accepted.uniquenessKey());
                if (joined.autoStart()) {
                    starter.afterJoin(gameId, joined.players(), joined.maxPlayers());
                }
                yield joinedGame(gameId, identity, claimed.isEmpty(), joined.nickname(), false);
            }
            case JoinOutcome.Rejoined rejoined -> joinedGame(gameId, identity, false, rejoined.nickname(), true);
        };
    }

    /**
     * Refuses what a join to a game the player is not yet in would refuse (a credential that does not match,
     * 401; a nickname the rules refuse, 422), before anything is created for it: quick play asks before it
     * creates a public game to join.
     */
    public void checkNewMember(String nickname, Optional<PlayerClaim> claimed) {
        claimed.ifPresent(this::verified);
        accepted(nickname);
    }

    private NicknameVerdict.Accepted accepted(String nickname) {
        return switch (nicknames.check(nickname)) {
            case NicknameVerdict.Accepted a -> a;
            case NicknameVerdict.Rejected r ->
                throw new LobbyProblem(422, "nickname-rejected", r.message() + " (" + r.reason() + ")");
        };
    }

    /** A player leaves; their nickname becomes free again. */
    public void leave(String gameId, String playerId) {
        removeMember(gameId, playerId, false);
        commands.send(gameId + ":leave:" + playerId + ":" + UUID.randomUUID(), gameId, new LeaveGame(playerId));
    }

    /** The host removes a player, who may not rejoin this game. */
    public void kick(String gameId, String hostId, String playerId) {
        removeMember(gameId, playerId, true);
        commands.send(gameId + ":kick:" + playerId, gameId, new KickPlayer(hostId, playerId));
    }

    /**
     * A spectator's pass to the live game a typed code belongs to: a token for its public events only. No
     * nickname and no membership: watching takes no seat and tells the players nothing.
     */
    public SpectatorPass spectate(String typedCode) {
        String gameId = gameIdForTypedCode(typedCode);
        find(gameId).orElseThrow(() -> LobbyProblem.of(JoinRefusal.NO_SUCH_GAME));
        String spectatorId =
                "s_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return new SpectatorPass(gameId, spectatorId, tokens.issue(gameId, spectatorId, Role.SPECTATOR, "Spectator"));
    }

    public Optional<LobbyGame> find(String gameId) {
        return registry.find(gameId);
    }

    public List<LobbyGame> publicGames(Optional<String> language, Optional<String> category, int limit) {
        return registry.publicGames(Math.max(limit * 4, 50)).stream()
                .filter(game -> language.map(game.language()::equalsIgnoreCase).orElse(true))
                .filter(game -> category.map(game.categories()::contains).orElse(true))
                .limit(limit)
                .toList();
    }

    public long presence(String gameId) {
        registry.find(gameId).orElseThrow(() -> LobbyProblem.of(JoinRefusal.NO_SUCH_GAME));
        return registry.presence(gameId);
    }

    private void sendJoin(String gameId, String playerId, String nickname, String nicknameKey) {
        try {
            commands.send(gameId + ":join:" + playerId, gameId, new JoinGame(playerId, nickname, null));
        } catch (RuntimeException e) {
            // Match never heard of this member, so the lobby must not keep them either.
            registry.remove(gameId, playerId, nicknameKey, false);
            throw e;
        }
    }

    private void removeMember(String gameId, String playerId, boolean ban) {
        String nickname = registry.nicknameOf(gameId, playerId)
                .orElseThrow(() -> new LobbyProblem(404, "player-not-found", "This player is not in this game."));
        NicknameVerdict verdict = nicknames.check(nickname);
        String key = verdict instanceof NicknameVerdict.Accepted a ? a.uniquenessKey() : nickname;
        registry.remove(gameId, playerId, key, ban);
    }

    private GuestIdentity verified(PlayerClaim claimed) {
        return switch (claimed) {
            case PlayerClaim.Guest guest -> {
                if (!identities.verify(guest.playerId(), guest.credential())) {
                    throw new LobbyProblem(401, "invalid-credential", "This player id and credential do not match.");
                }
                yield new GuestIdentity(guest.playerId(), guest.credential());
            }
            // Its signature, issuer, audience and expiry were verified with the request.
            case PlayerClaim.Account account -> new GuestIdentity(account.playerId(), null);
        };
    }

    private JoinedGame joinedGame(
            String gameId, GuestIdentity identity, boolean newIdentity, String nickname, boolean rejoined) {
        GuestIdentity shown = newIdentity ? identity : new GuestIdentity(identity.playerId(), null);
        return new JoinedGame(
                gameId, shown, nickname, rejoined, tokens.issue(gameId, identity.playerId(), Role.PLAYER, nickname));
    }

    private TokenIssuer.IssuedToken hostToken(LobbyGame game) {
        return tokens.issue(game.gameId(), game.hostId(), Role.HOST, "Host");
    }

    private String claimCode(String gameId) {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String code = codes.next();
            if (registry.claimCode(code, gameId)) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code after " + CODE_ATTEMPTS + " attempts");
    }
}
