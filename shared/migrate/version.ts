/**
 * The schema version this code writes and understands. Stored in control `workshop.schemaVersion` and in
 * board/plan `meta.schemaVersion`; the server migrates older documents when a room loads and refuses
 * newer ones (see migrateDoc).
 */
export const CURRENT_SCHEMA_VERSION = 1;
