package io.buzzline.content.generation;

/** A job to enqueue. */
public record NewJob(GenerationSpec spec, String generator, int requested, int maxAttempts) {}
