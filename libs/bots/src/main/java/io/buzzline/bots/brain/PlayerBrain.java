package io.buzzline.bots.brain;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import io.buzzline.bots.protocol.ClientFrame;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.PlayerLeft;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundEnded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;

/**
 * A bot player: answers CLASSIC questions after its reaction time (right with its accuracy when it
 * knows the key), buzzes in BUZZER questions and answers when the buzzer is awarded to it, buzzes
 * again when the buzzer reopens unless it is the one locked out.
 */
public final class PlayerBrain implements Brain {

    /** Refusals that mean "try the same frame again a little later" (match's stream was not reachable). */
    private static final Duration RETRY_AFTER = Duration.ofMillis(500);

    private final String playerId;
    private final BotTraits traits;
    private final AnswerKeys keys;
    private final Random random;

    private RoundMode mode = RoundMode.CLASSIC;
    private QuestionShown open;
    private boolean lockedOut;
    private boolean mayAnswer;
    private boolean ended;

    public PlayerBrain(String playerId, BotTraits traits, AnswerKeys keys, Random random) {
        this.playerId = playerId;
        this.traits = traits;
        this.keys = keys;
        this.random = random;
    }

    @Override
    public List<Planned> onEvent(EventEnvelope envelope) {
        return switch (envelope.event()) {
            case RoundStarted started -> {
                mode = started.mode();
                yield List.of();
            }
            case QuestionShown shown -> {
                open = shown;
                lockedOut = false;
                mayAnswer = mode == RoundMode.CLASSIC;
                yield mayAnswer ? List.of(answer(traits.reaction(random))) : maybeBuzz();
            }
            case BuzzerAwarded awarded -> {
                mayAnswer = isOpen(awarded.questionId()) && awarded.playerId().equals(playerId);
                yield mayAnswer ? List.of(answer(traits.reaction(random).dividedBy(2))) : List.of();
            }
            case BuzzerReopened reopened -> {
                mayAnswer = false;
                if (reopened.lockedOutPlayerId().equals(playerId)) {
                    lockedOut = true;
                }
                yield isOpen(reopened.questionId()) && !lockedOut ? maybeBuzz() : List.of();
            }
            case AnswerRevealed revealed -> {
                keys.learn(revealed.questionId(), revealed.correctAnswer());
                open = null;
                yield List.of();
            }
            case GameEnded gameEnded -> {
                ended = true;
                open = null;
                yield List.of();
            }
            case GameCreated created -> List.of();
            case PlayerJoined joined -> List.of();
            case PlayerLeft left -> List.of();
            case BuzzPressed pressed -> List.of();
            case AnswerSubmitted submitted -> List.of();
            case ScoreUpdated score -> List.of();
            case RoundEnded roundEnded -> List.of();
            case QuestionsLoaded loaded -> List.of();
        };
    }

    @Override
    public boolean wants(ClientFrame frame) {
        return switch (frame) {
            case ClientFrame.Buzz buzz -> isOpen(buzz.questionId()) && !lockedOut && mode == RoundMode.BUZZER;
            case ClientFrame.Answer answer -> isOpen(answer.questionId()) && mayAnswer;
            case ClientFrame.Hello hello -> false;
            case ClientFrame.Start start -> false;
            case ClientFrame.Next next -> false;
            case ClientFrame.Skip skip -> false;
            case ClientFrame.End end -> false;
            case ClientFrame.Ping ping -> false;
        };
    }

    @Override
    public List<Planned> onRefused(ClientFrame frame, String code) {
        if ("UNAVAILABLE".equals(code) && wants(frame)) {
            return List.of(new Planned(frame, RETRY_AFTER));
        }
        if (frame instanceof ClientFrame.Answer && !"UNAVAILABLE".equals(code)) {
            // ALREADY_ANSWERED, NOT_YOUR_TURN, AFTER_DEADLINE...: this question is done for this bot.
            mayAnswer = false;
        }
        return List.of();
    }

    @Override
    public boolean finished() {
        return ended;
    }

    private boolean isOpen(String questionId) {
        return open != null && open.questionId().equals(questionId);
    }

    private List<Planned> maybeBuzz() {
        return random.nextDouble() < traits.buzzProbability()
                ? List.of(new Planned(new ClientFrame.Buzz(open.questionId()), traits.reaction(random)))
                : List.of();
    }

    private Planned answer(Duration delay) {
        return new Planned(new ClientFrame.Answer(open.questionId(), choose(open)), delay);
    }

    /** The key with probability {@code accuracy} when known, otherwise (or when unknown) another choice. */
    String choose(QuestionShown question) {
        List<String> choices = question.choices();
        var key = keys.keyOf(question.questionId()).filter(choices::contains);
        if (key.isEmpty()) {
            return choices.get(random.nextInt(choices.size()));
        }
        if (random.nextDouble() < traits.accuracy() || choices.size() == 1) {
            return key.get();
        }
        List<String> wrong =
                choices.stream().filter(choice -> !choice.equals(key.get())).toList();
        return wrong.get(random.nextInt(wrong.size()));
    }
}
