import { Controller, Get, Logger, ServiceUnavailableException } from '@nestjs/common';
import { ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';

import { Public } from '../../common/auth/auth.decorators';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Santé');

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  /**
   * 200 when the database answers, 503 (problem+json) otherwise. Anyone may ask, so the answer
   * says only up or down per component: the cause (a driver's message naming an internal
   * address) goes to the log.
   */
  @Public()
  @Get()
  @HealthCheck()
  @ApiServiceUnavailableResponse({ description: 'La base de données ne répond pas' })
  async check(): Promise<HealthCheckResult> {
    try {
      return upOrDown(
        await this.health.check([() => this.database.pingCheck('database', { timeout: 1500 })]),
      );
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      this.logger.warn(`Contrôle de santé en échec : ${JSON.stringify(result.error ?? result)}`);
      throw new ServiceUnavailableException(upOrDown(result));
    }
  }
}

/** The result with each component reduced to its status. */
function upOrDown(result: HealthCheckResult): HealthCheckResult {
  const strip = (components: Partial<HealthIndicatorResult> | undefined): HealthIndicatorResult | undefined =>
    components &&
    Object.fromEntries(
      Object.entries(components)
        .filter(([, component]) => component !== undefined)
        .map(([name, component]) => [name, { status: component!.status }]),
    );
  return {
    status: result.status,
    info: strip(result.info),
    error: strip(result.error),
    details: strip(result.details) ?? {},
  };
}
