// Types for what tests read from eslint.config.js: the layer table of src/.
export declare const LAYERS: readonly string[];
export declare const PURE: readonly string[];
declare const config: unknown;
export default config;
