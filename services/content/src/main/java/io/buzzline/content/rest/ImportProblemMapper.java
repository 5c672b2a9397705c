package io.buzzline.content.rest;

import jakarta.ws.rs.ext.Provider;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

import io.buzzline.content.importexport.ImportFormatException;

/** 400 when an import file cannot be read as a whole. */
@Provider
public final class ImportProblemMapper extends ExceptionMapperBase<ImportFormatException> {

    @Override
    protected HttpProblem toProblem(ImportFormatException e) {
        return Problems.of(400, "Unreadable import", e.getMessage());
    }
}
