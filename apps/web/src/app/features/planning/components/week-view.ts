// What the planning draws after its first paint in its main @defer block (the grid and its
// panels), as one module: one entry point for the bundler. Imported from their own files, each component would be an entry of its
// own, and the chunks every page shares (focus handling, ripples) would be cut in smaller ones.
export { CheckPanel } from './check-panel';
export { PlanPanel } from './plan-panel';
export { RosterDay } from './roster-day';
export { RosterGrid } from './roster-grid';
