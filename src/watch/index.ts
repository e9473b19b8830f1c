/** Live sources: follow news feeds and GDELT by themselves (see watcher.ts, sources.ts). */
export { Watcher, type WatchEvent, type WatcherOptions, MAX_BACKOFF_SECONDS } from './watcher.ts';
export { loadSources, parseSources, parseDuration, DEFAULT_SOURCES_FILE, SOURCE_TYPES, type Source, type SourcesFile, type SourceType } from './sources.ts';
export { DEFAULT_LIMITS, USER_AGENT, type FetchLimits } from './_http.ts';
export { normalizeUrl } from './_feed-source.ts';
