package io.buzzline.content.question;

/** One reason a field of a question is unacceptable. */
public record FieldViolation(String field, String reason) {}
