/**
 * How the planner's solver did beside the greedy start it improves on: coverage of the places
 * asked, and the spread of hours, nights and weekends between agents (lower is fairer).
 */
export function solverVersusGreedy(solver, greedy) {
  return {
    coverage_solver: solver.filledPlaces / solver.requiredPlaces,
    coverage_greedy: greedy.filledPlaces / greedy.requiredPlaces,
    hours_spread_solver: solver.hoursSpread,
    hours_spread_greedy: greedy.hoursSpread,
    nights_spread_solver: solver.nightsSpread,
    nights_spread_greedy: greedy.nightsSpread,
    weekends_spread_solver: solver.weekendsSpread,
    weekends_spread_greedy: greedy.weekendsSpread,
  };
}
