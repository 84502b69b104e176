-- An invitation for two: the guest with a spouse or a companion. 0 for
-- an invitation for one, which every invitation so far was.

ALTER TABLE invitations ADD COLUMN for_two INTEGER NOT NULL DEFAULT 0 CHECK (for_two IN (0, 1));
