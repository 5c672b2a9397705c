-- The AI question-generation queue. Workers claim rows with FOR UPDATE SKIP LOCKED and hold them
-- under a lease; all times come from the database clock so instances never disagree.
CREATE TABLE generation_job (
    id               bigserial PRIMARY KEY,
    category         text        NOT NULL,
    difficulty       integer     NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
    language         text        NOT NULL,
    generator        text        NOT NULL,
    requested        integer     NOT NULL CHECK (requested > 0),
    generated        integer     NOT NULL DEFAULT 0,
    rejected         integer     NOT NULL DEFAULT 0,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'DEAD')),
    attempts         integer     NOT NULL DEFAULT 0,
    max_attempts     integer     NOT NULL CHECK (max_attempts > 0),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    lease_owner      text,
    lease_expires_at timestamptz,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz
);

-- What the claim query scans: due pending jobs, and running jobs whose lease ran out.
CREATE INDEX generation_job_due ON generation_job (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX generation_job_leased ON generation_job (lease_expires_at) WHERE status = 'RUNNING';
CREATE INDEX generation_job_created ON generation_job (created_at DESC, id DESC);
