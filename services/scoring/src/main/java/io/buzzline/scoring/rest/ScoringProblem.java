package io.buzzline.scoring.rest;

/** A request scoring refuses, with its HTTP status and a stable problem type (see the README). */
public class ScoringProblem extends RuntimeException {

    private final int status;
    private final String type;

    public ScoringProblem(int status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    public static ScoringProblem notFound(String type, String detail) {
        return new ScoringProblem(404, type, detail);
    }

    public static ScoringProblem invalid(String detail) {
        return new ScoringProblem(400, "invalid-parameter", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }
}
