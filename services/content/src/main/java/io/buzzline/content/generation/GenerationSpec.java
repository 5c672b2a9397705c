package io.buzzline.content.generation;

/** What a job asks a generator for: questions of one category, difficulty and language. */
public record GenerationSpec(String category, int difficulty, String language) {}
