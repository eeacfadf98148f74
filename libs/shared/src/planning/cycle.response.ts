export class CycleResponse {
  id!: string;
  name!: string;
  /** Day 1 of the cycle. */
  startDate!: string;
  /** One entry per day: `null` for rest, else a shift type id. */
  days!: (string | null)[];
  brigade!: string | null;
  agentIds!: string[];
  /** The pattern's average hours a week. */
  hoursPerWeek!: number;
  version!: number;
}

export class CyclePageResponse {
  items!: CycleResponse[];
  nextCursor!: string | null;
}

/** Why a day was not placed: a roster rule (`DAILY_REST`, `ABSENCE`…) or the roll-out's own. */
export class CycleSkipViolationResponse {
  rule!: string;
  message!: string;
}

export class CycleSkipResponse {
  date!: string;
  agentId!: string;
  agentName!: string;
  shiftTypeId!: string;
  violations!: CycleSkipViolationResponse[];
}

export class CycleRolloutResponse {
  /** Assignments this roll-out wrote. */
  created!: number;
  /** Days where the agent was already on the cycle's shift (a second roll-out writes nothing). */
  alreadyPresent!: number;
  /** Shifts it had to create (days that had none of the type). */
  shiftsCreated!: number;
  skipped!: CycleSkipResponse[];
}

/** A copied week's report: the same as a cycle's roll-out. */
export class CopyWeekResponse extends CycleRolloutResponse {}
