package io.buzzline.content.question;

/** CDI event: a question of this language and category was created, edited or changed status. */
public record QuestionChanged(String language, String category) {}
