package io.buzzline.content.rest;

import jakarta.ws.rs.ext.Provider;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

import io.buzzline.content.quest.InvalidQuestException;
import io.buzzline.content.quest.QuestNotFoundException;

/** problem+json for the quests' exceptions. */
final class QuestProblemMappers {

    private QuestProblemMappers() {}

    /** 404 for an unknown quest id. */
    @Provider
    public static final class NotFound extends ExceptionMapperBase<QuestNotFoundException> {
        @Override
        protected HttpProblem toProblem(QuestNotFoundException e) {
            return Problems.of(404, "Not Found", e.getMessage());
        }
    }

    /** 400 with one violation per broken rule. */
    @Provider
    public static final class Invalid extends ExceptionMapperBase<InvalidQuestException> {
        @Override
        protected HttpProblem toProblem(InvalidQuestException e) {
            return Problems.invalid(e.violations(), "quest");
        }
    }
}
