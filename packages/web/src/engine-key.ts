/**
 * Where the engine, run in the page instead of a worker (the single file's fallback when the
 * browser refuses a worker), leaves its operations: a key of the global registry, so the page's
 * code and the engine's, built apart, name the same place.
 */
export const ENGINE_KEY = Symbol.for('kehoach.engine')
