package io.buzzline.content.question.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many questions match a filter. */
@Schema(name = "QuestionCount")
public record CountView(long count) {}
