-- The bot's state when several instances share one database. Times are milliseconds since
-- the epoch (bigint), as in the embedded files, so both backends compare the same numbers.

-- Per-chat state (conversations, chat profiles): one row per key, a whole JSON value each.
CREATE TABLE chat_state (
  kind       text   NOT NULL,
  key        text   NOT NULL,
  value      jsonb  NOT NULL,
  updated_at bigint NOT NULL,
  PRIMARY KEY (kind, key)
);
CREATE INDEX chat_state_age ON chat_state (kind, updated_at);

-- Handoff requests: the whole request as JSON, plus the columns the bot looks it up by.
-- The outbox is the pending rows themselves; claimed_until is an instance's lease on one.
CREATE TABLE handoff_requests (
  reference       text   PRIMARY KEY,
  citizen_chat_id bigint NOT NULL,
  status          text   NOT NULL,
  created_at      bigint NOT NULL,
  closed_at       bigint,
  notify_state    text   NOT NULL,
  next_attempt_at bigint NOT NULL,
  claimed_until   bigint NOT NULL DEFAULT 0,
  op_chat_id      bigint NOT NULL,
  op_message_id   bigint,
  op_thread_id    bigint,
  data            jsonb  NOT NULL
);
CREATE INDEX handoff_requests_citizen ON handoff_requests (citizen_chat_id);
CREATE INDEX handoff_requests_created ON handoff_requests (created_at);
CREATE INDEX handoff_requests_due ON handoff_requests (next_attempt_at)
  WHERE notify_state = 'pending';
CREATE INDEX handoff_requests_message ON handoff_requests (op_chat_id, op_message_id);
CREATE INDEX handoff_requests_thread ON handoff_requests (op_chat_id, op_thread_id);
CREATE INDEX handoff_requests_expiring ON handoff_requests (closed_at)
  WHERE status IN ('closed', 'withdrawn');

-- Anonymous counts of the needs asked, per day.
CREATE TABLE daily_questions (
  day      text    PRIMARY KEY,
  total    integer NOT NULL,
  fallback integer NOT NULL,
  intents  jsonb   NOT NULL
);

-- Updates already handled: Telegram may deliver one again, or to another instance.
CREATE TABLE processed_updates (
  update_id    bigint PRIMARY KEY,
  processed_at bigint NOT NULL
);
CREATE INDEX processed_updates_age ON processed_updates (processed_at);
