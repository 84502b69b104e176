-- Live changes: every statement that writes one of the tables a window
-- shows tells the listeners on channel liaison_changes which table it was
-- (Store.Watch LISTENs there), so that other officers' windows reload
-- within two seconds. Statement-level triggers: an import of a thousand
-- rows sends one notice per statement, and PostgreSQL folds identical
-- notices of one transaction into one, delivered at its commit (none
-- when it rolls back).

CREATE FUNCTION liaison_notify_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_notify('liaison_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER missions_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON missions
    FOR EACH STATEMENT EXECUTE FUNCTION liaison_notify_change();
CREATE TRIGGER people_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people
    FOR EACH STATEMENT EXECUTE FUNCTION liaison_notify_change();
CREATE TRIGGER person_photos_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person_photos
    FOR EACH STATEMENT EXECUTE FUNCTION liaison_notify_change();
CREATE TRIGGER events_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION liaison_notify_change();
CREATE TRIGGER invitations_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON invitations
    FOR EACH STATEMENT EXECUTE FUNCTION liaison_notify_change();
