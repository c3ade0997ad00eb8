/**
 * The pipeline's one direction of flow, enforced by `npm run lint` (docs/architecture.md):
 * credentials -> scan -> inventory -> rules -> findings -> report -> diff -> render -> publish -> cleanup.
 * A folder may import its own modules and those of lower layers only, and no module may be part
 * of an import cycle. Type-only imports count: a type is as much a dependency as a value.
 */

/** Lowest first; folders on one line are peers (they may import each other, without cycles). */
const LAYERS = [
  ['version\\.ts', 'usage-error\\.ts', 'shared/', 'policy/', 'aws/'],
  ['inventory/', 'findings/', 'prices/'],
  ['credentials/', 'config/'],
  ['scan/'],
  ['rules/'],
  ['report/'],
  ['diff/'],
  ['render/'],
  ['publish/'],
  ['cleanup/'],
];
/** Entry points and their wiring (the Action, the CLI, run-scan, settings...) may import anything. */
const ENTRY = '^src/(action/|cli/|(?!version\\.ts$|usage-error\\.ts$)[^/]+\\.ts$)';

const pathOf = (parts) => `^src/(${parts.join('|')})`;

const layerRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `layer-${index}-imports-upward`,
  comment: `${layer.join(', ')} may not import a later stage (${LAYERS.slice(index + 1)
    .flat()
    .join(', ')}) nor an entry point.`,
  severity: 'error',
  from: { path: pathOf(layer) },
  to: { path: [pathOf(LAYERS.slice(index + 1).flat()), ENTRY], pathNot: pathOf(layer) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be read, tested or layered one at a time.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'rules-without-config-loading',
      comment: 'Rules read the resolved configuration, never the YAML, ajv and fs loader.',
      severity: 'error',
      from: { path: '^src/rules/' },
      to: { path: '^src/config/load\\.ts$' },
    },
    {
      name: 'no-tests-in-src',
      comment: 'Production code never imports test support or benchmarks.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
