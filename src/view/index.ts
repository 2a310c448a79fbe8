// The view layer: pure, browser-safe projections of the core's results for every surface (terminal
// and HTML reports, the HTTP API, the web UI). It imports only core types and decides nothing.
export * from './format.js';
export * from './story-view.js';
export * from './article-view.js';
export * from './highlights.js';
export * from './charts.js';
export * from './coverage.js';
export * from './comparison.js';
export * from './dating.js';
export * from './entity-view.js';
export * from './upload-view.js';
