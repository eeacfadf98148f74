export type ProcessingKey =
  | 'ROSTER'
  | 'MAIN_COURANTE'
  | 'VIDEO_REGISTER'
  | 'RECRUITMENT'
  | 'ACCESS_JOURNAL'
  | 'ARMOURY'
  | 'TIME_ACCOUNTS';

export class RetentionLineResponse {
  /** What is kept (« Images », « Registre des réquisitions »…). */
  what!: string;
  /** For how long, as configured, and what happens then. */
  duration!: string;
  /** The text behind it; null when the commune sets it itself. */
  source!: string | null;
}

/** One processing of the record (RGPD art. 30-1), in French. */
export class ProcessingEntryResponse {
  key!: ProcessingKey;
  name!: string;
  purpose!: string;
  legalBasis!: string;
  dataSubjects!: string[];
  dataCategories!: string[];
  recipients!: string[];
  retention!: RetentionLineResponse[];
  /** What the DPO should know when writing the impact assessment (AIPD); null when nothing. */
  notes!: string | null;
}

export class ProcessingRegisterResponse {
  /** The controller: the commune, through its mayor. */
  controller!: string;
  /** When the record was generated from the running configuration (ISO instant). */
  generatedAt!: string;
  processings!: ProcessingEntryResponse[];
}
