import { hostname } from 'node:os';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';

import { Clock } from '../clock';
import { JobRun } from './job-run.entity';

/** This process, as the job log names it. */
export const NODE_NAME = `${hostname()}:${process.pid}`;

/** How long the job log keeps its rows. */
const KEEP_DAYS = 30;

/**
 * Scheduled jobs run once across the API processes: each node's scheduler fires, the first to
 * insert the occurrence's row does the work, the others see the row and skip. A node that dies
 * mid-run leaves its row: the next occurrence catches up (every job here is idempotent).
 */
@Injectable()
export class JobRuns {
  private readonly logger = new Logger('Tâches');

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The night's occurrence: the service's date. */
  nightly(): string {
    return this.clock.today();
  }

  /**
   * The occurrence of a job run every `periodMs`: the period's instant nearest to now, so two
   * nodes whose clocks differ by less than half a period name the same occurrence.
   */
  every(periodMs: number): string {
    return new Date(Math.round(this.clock.now().getTime() / periodMs) * periodMs).toISOString();
  }

  /** Runs `work` if this node is the first to claim (`name`, `slot`); false when another did. */
  async once(name: string, slot: string, work: () => Promise<unknown>): Promise<boolean> {
    const repository = this.dataSource.getRepository(JobRun);
    const claimed = await repository
      .createQueryBuilder()
      .insert()
      .values({ name, slot, node: NODE_NAME, startedAt: this.clock.now(), finishedAt: null, error: null })
      .orIgnore()
      .returning(['name'])
      .execute();
    if ((claimed.raw as unknown[]).length === 0) {
      this.logger.debug(`${name} ${slot} : déjà pris par un autre nœud`);
      return false;
    }
    let error: string | null = null;
    try {
      await work();
    } catch (failure) {
      error = (failure as Error).message.slice(0, 500);
      throw failure;
    } finally {
      await repository.update({ name, slot }, { finishedAt: this.clock.now(), error }).catch(() => undefined);
    }
    return true;
  }

  /**
   * `once` for a scheduler's tick: a failure is logged as `failure : message`, not thrown — the
   * database may be away for a moment, and the next occurrence catches up.
   */
  async tick(
    name: string,
    slot: string,
    work: () => Promise<unknown>,
    logger: Logger,
    failure: string,
  ): Promise<void> {
    try {
      await this.once(name, slot, work);
    } catch (error) {
      logger.error(`${failure} : ${(error as Error).message}`);
    }
  }

  /** Forgets the occurrences older than the log keeps. */
  async purge(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - KEEP_DAYS * 86_400_000);
    const { affected } = await this.dataSource.getRepository(JobRun).delete({ startedAt: LessThan(cutoff) });
    return affected ?? 0;
  }
}
