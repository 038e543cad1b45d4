-- CAC Review schema, version 11: where a committee meeting is held, for the meeting packet's
-- cover and the briefing. Unknown stays NULL.

ALTER TABLE meeting ADD COLUMN place TEXT;
