package io.buzzline.content.history;

/**
 * What one game did with one question: shown how often, how many answers (a buzzer question may get
 * several), how many right, whether the host skipped it, and the answers' summed response times.
 */
public record QuestionPlays(int asked, int answered, int correct, int skipped, long responseMillis) {

    static final QuestionPlays NONE = new QuestionPlays(0, 0, 0, 0, 0);

    QuestionPlays shown() {
        return new QuestionPlays(asked + 1, answered, correct, skipped, responseMillis);
    }

    QuestionPlays answer(boolean right, long millis) {
        return new QuestionPlays(asked, answered + 1, correct + (right ? 1 : 0), skipped, responseMillis + millis);
    }

    QuestionPlays skip() {
        return new QuestionPlays(asked, answered, correct, skipped + 1, responseMillis);
    }
}
