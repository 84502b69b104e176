-- An event's partners: who support it besides the host (a ministry, an
-- international organisation's office), printed on its invitation list
-- after "With the support of". Free text, as the officer writes it.

ALTER TABLE events ADD COLUMN partners TEXT NOT NULL DEFAULT '';
