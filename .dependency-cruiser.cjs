// Boundaries `npm run boundaries` holds (run by `npm run check`): no import cycles, and a bounded
// context reached from another only through its index.ts, so a context can change its insides freely.

// Server folders that are bounded contexts; db, http, commands, cli, demo, testing and health are shared infrastructure.
const serverContexts = '(access|approvals|audit|customers|metering|tariffs|tenants|imports)';
// The customers context has no index.ts of its own: each of its parts (parties, accounts, …) is entered by its own.
const contextEntry = (root) => [`^${root}/[^/]+/index\\.ts$`, `^${root}/customers/[^/]+/index\\.ts$`];
const tests = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes two modules one: neither can be understood, tested or moved without the other. ' +
        'Type-only imports do not count: db/database.ts gathers every context’s table types by design.',
      from: { path: '^packages/[^/]+/src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'server-context-through-index',
      severity: 'error',
      comment:
        'A server context uses another only through what its index.ts exports (inside customers, its parts may reach into each other).',
      from: { path: `^packages/server/src/${serverContexts}/`, pathNot: tests },
      to: {
        path: `^packages/server/src/${serverContexts}/`,
        pathNot: ['^packages/server/src/$1/', ...contextEntry('packages/server/src')],
      },
    },
    {
      name: 'web-feature-through-index',
      severity: 'error',
      comment:
        'A web feature uses another only through what its index.ts exports (inside customers, its parts may reach into each other).',
      from: { path: '^packages/web/src/features/([^/]+)/', pathNot: tests },
      to: {
        path: '^packages/web/src/features/',
        pathNot: ['^packages/web/src/features/$1/', ...contextEntry('packages/web/src/features')],
      },
    },
  ],
  options: {
    includeOnly: '^packages/[^/]+/src/',
    exclude: { path: '(^|/)(node_modules|dist)/' },
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle or a reach into another context through types couples the code all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
