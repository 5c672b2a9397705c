package io.buzzline.scoring.rest;

import io.buzzline.problems.ProblemException;

/** A request scoring refuses, with its HTTP status and a stable problem type (see the README). */
public class ScoringProblem extends ProblemException {

    public ScoringProblem(int status, String type, String detail) {
        super(status, type, detail);
    }

    public static ScoringProblem notFound(String type, String detail) {
        return new ScoringProblem(404, type, detail);
    }

    public static ScoringProblem invalid(String detail) {
        return new ScoringProblem(400, "invalid-request", detail);
    }
}
