-- Sessions of a user end when an administrator disables the user or resets the password: the counter moves on, and
-- every request of a session started under an older value (on any application instance) is refused and the session
-- invalidated (security.internal.SessionRevocationFilter).
ALTER TABLE app_user ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;
