// The ODS target names of a project before ehtrig has generated them from ehtrig.config.json
// (types/remote.d.ts, Remote.DeclaredTargets): none known, so every name type-checks.
export interface DeclaredTargets {}
