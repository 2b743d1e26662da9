-- Observatoire schema version 8: the trash (« Corbeille »). A deleted record is kept here whole
-- (its columns, links and stamp, as JSON in `content`, with what its deletion took along: a
-- project's funding lines) until the adviser restores it or empties the trash.
CREATE TABLE trash_entry (
    id {{ID}},
    entity TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    deleted_by TEXT NOT NULL,
    content TEXT NOT NULL
);

CREATE INDEX trash_entry_deleted_at ON trash_entry (deleted_at);
