package io.buzzline.content.question;

/** No question has this id. */
public class QuestionNotFoundException extends RuntimeException {

    public QuestionNotFoundException(String id) {
        super("no question with id " + id);
    }
}
