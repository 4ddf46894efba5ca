// @flowship/config: pure functions from the text of configuration files to one model.

export type { ConfigOverrides, FlowshipConfig, PackageConfig } from './types.js';
export {
  CONFIG_FILES,
  additionalConfigFiles,
  resolveConfig,
  resolveConfigFile,
} from './resolve.js';
export { formatTag, isSemver, tagMatcher } from './tag-format.js';
export { installYamlParser, needsYaml, type YamlParse } from './parse-text.js';
