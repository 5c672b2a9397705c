package io.buzzline.content.generation.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import io.buzzline.content.generation.JobProgress;
import io.buzzline.content.generation.JobStatus;
import io.buzzline.content.generation.NewJob;

/**
 * The generation queue in PostgreSQL. Claims lock one due row with {@code FOR UPDATE SKIP LOCKED}
 * so concurrent workers (threads or instances) never take the same job; every state change after
 * the claim is conditional on the lease owner, so a worker that lost its lease changes nothing.
 */
@ApplicationScoped
public class GenerationJobStore {

    private static final String CLAIMABLE = "SELECT id FROM generation_job"
            + " WHERE (status = 'PENDING' AND next_attempt_at <= now())"
            + " OR (status = 'RUNNING' AND lease_expires_at < now() AND attempts < max_attempts)"
            + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED";
    private static final String TAKE = "UPDATE generation_job SET status = 'RUNNING', lease_owner = :owner,"
            + " lease_expires_at = now() + CAST(:leaseMs AS double precision) * interval '1 millisecond',"
            + " attempts = attempts + 1, updated_at = now() WHERE id = :id";
    private static final String HEARTBEAT = "UPDATE generation_job SET generated = :generated, rejected = :rejected,"
            + " rejections = CAST(CAST(:rejections AS text) AS jsonb),"
            + " lease_expires_at = now() + CAST(:leaseMs AS double precision) * interval '1 millisecond',"
            + " updated_at = now() WHERE id = :id AND lease_owner = :owner AND status = 'RUNNING'";
    private static final String SUCCEED = "UPDATE generation_job SET status = 'SUCCEEDED', generated = :generated,"
            + " rejected = :rejected, rejections = CAST(CAST(:rejections AS text) AS jsonb), lease_owner = NULL, lease_expires_at = NULL, last_error = NULL,"
            + " finished_at = now(), updated_at = now() WHERE id = :id AND lease_owner = :owner AND status = 'RUNNING'";
    private static final String FAIL = "UPDATE generation_job SET"
            + " status = CASE WHEN :retryable AND attempts < max_attempts THEN 'PENDING' ELSE 'DEAD' END,"
            + " finished_at = CASE WHEN :retryable AND attempts < max_attempts THEN NULL ELSE now() END,"
            + " next_attempt_at = now() + CAST(:backoffMs AS double precision) * interval '1 millisecond',"
            + " generated = :generated, rejected = :rejected, rejections = CAST(CAST(:rejections AS text) AS jsonb),"
            + " last_error = :reason,"
            + " lease_owner = NULL, lease_expires_at = NULL, updated_at = now()"
            + " WHERE id = :id AND lease_owner = :owner AND status = 'RUNNING'";
    private static final String BURY =
            "UPDATE generation_job SET status = 'DEAD', finished_at = now(), updated_at = now(),"
                    + " last_error = 'lease expired on each of ' || attempts || ' attempts (worker died or hung)',"
                    + " lease_owner = NULL, lease_expires_at = NULL"
                    + " WHERE status = 'RUNNING' AND lease_expires_at < now() AND attempts >= max_attempts";

    private final ObjectMapper mapper;

    public GenerationJobStore(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @WithTransaction
    public Uni<GenerationJobEntity> enqueue(NewJob job, Instant now) {
        GenerationJobEntity entity = new GenerationJobEntity();
        entity.category = job.spec().category();
        entity.difficulty = job.spec().difficulty();
        entity.language = job.spec().language();
        entity.generator = job.generator();
        entity.requested = job.requested();
        entity.maxAttempts = job.maxAttempts();
        entity.status = JobStatus.PENDING;
        entity.nextAttemptAt = now;
        entity.createdAt = now;
        entity.updatedAt = now;
        return entity.persist().replaceWith(entity);
    }

    @WithSession
    public Uni<GenerationJobEntity> find(long id) {
        return GenerationJobEntity.findById(id);
    }

    /** Newest first; {@code beforeId} is the keyset cursor. */
    @WithSession
    public Uni<List<GenerationJobEntity>> list(Optional<JobStatus> status, Optional<Long> beforeId, int limit) {
        StringBuilder query = new StringBuilder("id < :before");
        var params = io.quarkus.panache.common.Parameters.with("before", beforeId.orElse(Long.MAX_VALUE));
        if (status.isPresent()) {
            query.append(" and status = :status");
            params = params.and("status", status.get());
        }
        return GenerationJobEntity.<GenerationJobEntity>find(query + " order by id desc", params)
                .page(0, limit)
                .list();
    }

    /** Takes the next due job for {@code owner}, or null when none is due. */
    @WithTransaction
    public Uni<GenerationJobEntity> claim(String owner, Duration lease) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIMABLE, Long.class)
                .getSingleResultOrNull()
                .chain(id -> id == null ? Uni.createFrom().nullItem() : take(session, id, owner, lease)));
    }

    private static Uni<GenerationJobEntity> take(Mutiny.Session session, long id, String owner, Duration lease) {
        return session.createNativeQuery(TAKE)
                .setParameter("owner", owner)
                .setParameter("leaseMs", lease.toMillis())
                .setParameter("id", id)
                .executeUpdate()
                .chain(() -> session.find(GenerationJobEntity.class, id))
                .call(session::refresh);
    }

    /** Records progress and extends the lease; false when the lease is no longer this owner's. */
    @WithTransaction
    public Uni<Boolean> heartbeat(long id, String owner, JobProgress progress, Duration lease) {
        return update(HEARTBEAT, id, owner, progress)
                .chain(q -> q.setParameter("leaseMs", lease.toMillis()).executeUpdate())
                .map(rows -> rows == 1);
    }

    @WithTransaction
    public Uni<Boolean> succeed(long id, String owner, JobProgress progress) {
        return update(SUCCEED, id, owner, progress)
                .chain(Mutiny.MutationQuery::executeUpdate)
                .map(rows -> rows == 1);
    }

    /** Back to pending after {@code backoff} if retryable and attempts remain, else dead. */
    @WithTransaction
    public Uni<Boolean> fail(
            long id, String owner, JobProgress progress, String reason, boolean retryable, Duration backoff) {
        return update(FAIL, id, owner, progress)
                .chain(q -> q.setParameter("reason", reason)
                        .setParameter("retryable", retryable)
                        .setParameter("backoffMs", backoff.toMillis())
                        .executeUpdate())
                .map(rows -> rows == 1);
    }

    /** Marks dead the jobs whose last allowed attempt's lease ran out; returns how many. */
    @WithTransaction
    public Uni<Integer> buryExpired() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(BURY).executeUpdate());
    }

    private Uni<Mutiny.MutationQuery> update(String sql, long id, String owner, JobProgress progress) {
        String rejections = json(progress.rejections());
        return Panache.getSession().map(session -> session.createNativeQuery(sql)
                .setParameter("id", id)
                .setParameter("owner", owner)
                .setParameter("generated", progress.generated())
                .setParameter("rejected", progress.rejected())
                .setParameter("rejections", rejections));
    }

    private String json(Map<String, Integer> counts) {
        try {
            return mapper.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode rejection counts", e);
        }
    }
}
