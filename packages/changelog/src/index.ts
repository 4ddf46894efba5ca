export * from './types.js';
export { renderNotes, renderChangelogSection, RELEASE_BODY_MAX_LENGTH } from './render.js';
export { DEFAULT_COMMIT_TYPES } from './preset.js';
export {
  prependToChangelog,
  hasChangelogSection,
  DEFAULT_CHANGELOG_HEADER,
  type ChangelogUpdate,
} from './changelog-file.js';
export { notesDelimiter, DELIMITER_PREFIX } from './delimiter.js';
export {
  sanitizeInline,
  sanitizeBlock,
  ZERO_WIDTH_SPACE,
  type SanitizeOptions,
} from './sanitize.js';
