export { createApp, type AppOptions, CONTENT_SECURITY_POLICY } from './app.js';
export { ensureWebBuild, isLoopback, runServe, type RunningServer, type ServeCommandOptions, type ServerOptions, startServer, webBuildDir } from './serve.js';
export { openApiDocument } from './openapi.js';
