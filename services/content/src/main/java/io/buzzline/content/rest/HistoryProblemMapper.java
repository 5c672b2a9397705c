package io.buzzline.content.rest;

import jakarta.ws.rs.ext.Provider;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

import io.buzzline.content.history.GameNotArchivedException;

/** 404 for a game that is not in the archive. */
@Provider
public final class HistoryProblemMapper extends ExceptionMapperBase<GameNotArchivedException> {

    @Override
    protected HttpProblem toProblem(GameNotArchivedException e) {
        return Problems.of(404, "Not Found", e.getMessage());
    }
}
