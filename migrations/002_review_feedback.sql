-- State added after 001: the anonymous "was it useful?" counts and the review queue of
-- misunderstood messages. Neither holds a chat or user id.

-- Anonymous answers per day; each instance adds its own in one statement.
CREATE TABLE daily_feedback (
  day  text    PRIMARY KEY,
  up   integer NOT NULL,
  down integer NOT NULL
);

-- Misunderstood messages, redacted before they are stored, kept REVIEW_RETENTION_DAYS.
-- queued keeps the order first queued; the same words (ignoring case) are one row.
CREATE TABLE review_queue (
  id       text    PRIMARY KEY,
  queued   bigserial NOT NULL,
  at       bigint  NOT NULL,
  kind     text    NOT NULL,
  language text    NOT NULL,
  text     text    NOT NULL,
  times    integer NOT NULL
);
CREATE UNIQUE INDEX review_queue_words ON review_queue (lower(text));
CREATE INDEX review_queue_at ON review_queue (at);
