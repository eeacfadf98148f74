import { Readable } from 'node:stream';

import { Injectable } from '@nestjs/common';
import { overtimeTotal, TIME_BASIS_LABELS } from '@vigie/shared';

import { frenchExcelCsv } from '../../common/http/csv';
import { TimeAccountsService } from './time-accounts.service';

/** French Excel reads `12,5`: two decimals, decimal comma. */
function hours(value: number): string {
  return value.toFixed(2).replace('.', ',');
}

/**
 * The month's payroll CSV for the commune's human resources: its figures are the accounts' own
 * (the same computation), so the export equals the counters on screen.
 */
@Injectable()
export class PayrollExport {
  constructor(private readonly accounts: TimeAccountsService) {}

  async csv(month: string): Promise<Readable> {
    const lines = await this.accounts.payroll(month);
    const csv = frenchExcelCsv([
      'Matricule',
      'Nom',
      'Prénom',
      'HS jour',
      'HS nuit',
      'HS dimanche',
      'HS jour férié',
      'HS total payées',
      'Heures en repos compensateur',
      'Heures de nuit travaillées',
      'Heures de dimanche travaillées',
      'Heures de jour férié travaillées',
      // 25 h full time, pro rata of a part-timer's ratio (décret 2002-60 art. 6, décret 82-624 art. 3).
      'Plafond mensuel dépassé',
      'Décompte',
      'Solde d’ouverture (h)',
      'Solde à date (h)',
    ]);
    for (const { agent, account, worked } of lines) {
      const figures = account.overtimeMonths.find((entry) => entry.month === month);
      const paid = figures?.paid ?? { day: 0, night: 0, sunday: 0, holiday: 0 };
      csv.write([
        agent.matricule,
        agent.lastName,
        agent.firstName,
        hours(paid.day),
        hours(paid.night),
        hours(paid.sunday),
        hours(paid.holiday),
        hours(overtimeTotal(paid)),
        hours(figures?.rested ?? 0),
        hours(worked.night),
        hours(worked.sunday),
        hours(worked.holiday),
        figures?.overCeiling ? 'Oui' : 'Non',
        TIME_BASIS_LABELS[account.countedBy.basis],
        hours(account.opening?.hours ?? 0),
        hours(account.balanceToDate),
      ]);
    }
    csv.end();
    return csv;
  }
}
