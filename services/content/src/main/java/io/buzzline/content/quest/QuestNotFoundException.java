package io.buzzline.content.quest;

/** No quest has this id. */
public class QuestNotFoundException extends RuntimeException {

    public QuestNotFoundException(String id) {
        super("no quest with id " + id);
    }
}
