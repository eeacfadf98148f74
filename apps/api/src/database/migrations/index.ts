import { Foundation1795628399553 } from './1795628399553-Foundation';
import { StaffingAndRecruitment1795630209871 } from './1795630209871-StaffingAndRecruitment';
import { Planning1795633065776 } from './1795633065776-Planning';
import { IncidentLog1795633960657 } from './1795633960657-IncidentLog';
import { Video1795637300891 } from './1795637300891-Video';
import { IncidentSearchStatistics1795641000000 } from './1795641000000-IncidentSearchStatistics';
import { Retention1795650000000 } from './1795650000000-Retention';
import { TruncateGuards1796019000000 } from './1796019000000-TruncateGuards';
import { IncidentSearchPlurals1796019100000 } from './1796019100000-IncidentSearchPlurals';
import { ShiftTypeStartUnique1796019300000 } from './1796019300000-ShiftTypeStartUnique';
import { WorkCycles1796019471000 } from './1796019471000-WorkCycles';
import { ShiftTypePatterns1796472362248 } from './1796472362248-ShiftTypePatterns';
import { BackupRuns1796500000000 } from './1796500000000-BackupRuns';
import { IncidentErasure1796500001000 } from './1796500001000-IncidentErasure';
import { FirearmDecisions1796500002000 } from './1796500002000-FirearmDecisions';
import { BreaksAndDerogations1796510548762 } from './1796510548762-BreaksAndDerogations';
import { WeaponTraining1796530000000 } from './1796530000000-WeaponTraining';
import { ContinuingTraining1796530001000 } from './1796530001000-ContinuingTraining';
import { Armoury1796530002000 } from './1796530002000-Armoury';
import { WorkedTime1796533933017 } from './1796533933017-WorkedTime';
import { BreakContract1796540000000 } from './1796540000000-BreakContract';
import { IdempotencyKeys1796550000000 } from './1796550000000-IdempotencyKeys';
import { WeaponIssueCorrections1796580000000 } from './1796580000000-WeaponIssueCorrections';
import { SharedNodeState1796600000000 } from './1796600000000-SharedNodeState';
import { IncidentPhotos1796700000000 } from './1796700000000-IncidentPhotos';
import { TimeCountingAndOpening1796710000000 } from './1796710000000-TimeCountingAndOpening';
import { ServicesAsTenants1796800000000 } from './1796800000000-ServicesAsTenants';
import { AgentSecondments1796900000000 } from './1796900000000-AgentSecondments';
import { ServiceTerritory1797000000000 } from './1797000000000-ServiceTerritory';
import { ServiceCalendarAndCameraPlan1797100000000 } from './1797100000000-ServiceCalendarAndCameraPlan';
import { SignedInCheck1797200000000 } from './1797200000000-SignedInCheck';
import { ServiceSearch1797300000000 } from './1797300000000-ServiceSearch';
import { ServiceLeadingIndexes1797400000000 } from './1797400000000-ServiceLeadingIndexes';
import { DefinerSearchPath1797500000000 } from './1797500000000-DefinerSearchPath';
import { SearchInDateOrder1797600000000 } from './1797600000000-SearchInDateOrder';
import { FilterIndexesInPageOrder1797700000000 } from './1797700000000-FilterIndexesInPageOrder';
import { HourlyEntryCounts1797800000000 } from './1797800000000-HourlyEntryCounts';

/** Every migration, in order. A committed migration is never edited: add a new one. */
export const MIGRATIONS = [
  Foundation1795628399553,
  StaffingAndRecruitment1795630209871,
  Planning1795633065776,
  IncidentLog1795633960657,
  Video1795637300891,
  IncidentSearchStatistics1795641000000,
  Retention1795650000000,
  TruncateGuards1796019000000,
  IncidentSearchPlurals1796019100000,
  ShiftTypeStartUnique1796019300000,
  WorkCycles1796019471000,
  ShiftTypePatterns1796472362248,
  BackupRuns1796500000000,
  IncidentErasure1796500001000,
  FirearmDecisions1796500002000,
  BreaksAndDerogations1796510548762,
  WeaponTraining1796530000000,
  ContinuingTraining1796530001000,
  Armoury1796530002000,
  WorkedTime1796533933017,
  BreakContract1796540000000,
  IdempotencyKeys1796550000000,
  WeaponIssueCorrections1796580000000,
  SharedNodeState1796600000000,
  IncidentPhotos1796700000000,
  TimeCountingAndOpening1796710000000,
  ServicesAsTenants1796800000000,
  AgentSecondments1796900000000,
  ServiceTerritory1797000000000,
  ServiceCalendarAndCameraPlan1797100000000,
  SignedInCheck1797200000000,
  ServiceSearch1797300000000,
  ServiceLeadingIndexes1797400000000,
  DefinerSearchPath1797500000000,
  SearchInDateOrder1797600000000,
  FilterIndexesInPageOrder1797700000000,
  HourlyEntryCounts1797800000000,
];
