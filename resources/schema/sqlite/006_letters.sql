-- CAC Review schema, version 6: letter templates. Each edit of a template is a new version;
-- earlier versions are kept. The shipped templates are stored at first use.

CREATE TABLE letter_template (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    version    INTEGER NOT NULL CHECK (version >= 1),
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    UNIQUE (name, version)
);
