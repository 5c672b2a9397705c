package io.buzzline.scoring.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Finished games, by game id. */
@ApplicationScoped
public class GameResultRepository implements PanacheRepositoryBase<GameResultEntity, String> {}
