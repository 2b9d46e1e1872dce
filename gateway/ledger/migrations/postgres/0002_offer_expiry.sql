-- When a job's offer can no longer be matched (unix milliseconds, an upper bound on the
-- signed offer's validUntil), recorded with its reservation: a reconciler refunds a job
-- with no deal only after it, whatever the gateway's settings are by then. NULL in rows
-- from before: the reconciler falls back to created_at and its own offer life.
ALTER TABLE jobs ADD COLUMN expires_at BIGINT;
