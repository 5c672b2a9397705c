package io.buzzline.content.question;

/** The bank already holds a question with the same wording in the same language. */
public class DuplicateQuestionException extends RuntimeException {

    private final String existingId;

    public DuplicateQuestionException(String existingId) {
        super("duplicate of question " + existingId);
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
