import { DataSource } from 'typeorm';

import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock';
import { AppConfig, ConfigError } from '../../config/app-config';
import { AgentsRepository } from '../../modules/agents/agents.repository';
import { PasswordService } from '../../modules/auth/password.service';
import { RecruitmentRepository } from '../../modules/recruitment/recruitment.repository';
import { RecruitmentService } from '../../modules/recruitment/recruitment.service';
import { demoAccountsPresent, seedDemo } from './demo-seed';

/**
 * After the migrations: in production, refuse demo accounts still holding the demo password;
 * elsewhere, seed the demo data parts not written yet (embedded database or VIGIE_DEMO=1).
 * Returns the names of the parts written.
 */
export async function prepareData(dataSource: DataSource, config: AppConfig): Promise<string[]> {
  if (config.production) {
    const present = await demoAccountsPresent(dataSource);
    if (present.length > 0) {
      throw new ConfigError(
        `Comptes de démonstration actifs en production (${present.join(', ')}) : ` +
          'désactivez-les ou changez leur mot de passe avant de démarrer.',
      );
    }
    return [];
  }
  if (!config.demo) return [];
  const clock = new Clock();
  return seedDemo(dataSource, {
    passwords: new PasswordService(),
    today: clock.today(),
    now: clock.now(),
    recruitments: new RecruitmentService(
      dataSource,
      new AuditService(dataSource),
      clock,
      config,
      new AgentsRepository(dataSource),
      new RecruitmentRepository(dataSource),
    ),
    ruleSet: config.ruleSet,
  });
}
