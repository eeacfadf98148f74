import { Inject, Injectable } from '@nestjs/common';
import { processingRegister, ProcessingRegisterResponse } from '@vigie/shared';

import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

/** The record of processing (RGPD art. 30), from the durations this Vigie runs with. */
@Injectable()
export class ProcessingRegisterService {
  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(): ProcessingRegisterResponse {
    const { retention, footageRetentionDays } = this.config;
    return {
      controller: 'Commune de Lomme — le maire, responsable du traitement ; service de police municipale',
      generatedAt: this.clock.now().toISOString(),
      processings: processingRegister({
        incidentYears: retention.incidentYears,
        footageImageDays: footageRetentionDays,
        footageRegisterYears: retention.footageRegisterYears,
        candidateMonths: retention.candidateMonths,
        auditMonths: retention.auditMonths,
        armouryLogYears: retention.armouryLogYears,
      }),
    };
  }
}
