import { ARMOURY_LOG_RETENTION_SOURCE } from '../armoury/armoury.rules';
import { ProcessingEntryResponse } from './processing-register.response';

/**
 * The record of processing activities (RGPD art. 30) of the service, written from the durations
 * Vigie runs with: what the commune's DPO starts the impact assessment (AIPD, RGPD art. 35) from.
 * One rule, called by the API (`GET /api/processing-register`); the web prints what it answers.
 */

/** The durations in force (the configuration's `RETENTION_*` and `FOOTAGE_RETENTION_DAYS`). */
export interface RegisterSettings {
  incidentYears: number;
  footageImageDays: number;
  footageRegisterYears: number;
  candidateMonths: number;
  auditMonths: number;
  armouryLogYears: number;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count > 1 ? many : one}`;
const years = (count: number): string => plural(count, 'an', 'ans');
const months = (count: number): string => `${count} mois`;
const days = (count: number): string => plural(count, 'jour', 'jours');

/** Every processing Vigie carries out, in the order of the service's day. */
export function processingRegister(settings: RegisterSettings): ProcessingEntryResponse[] {
  return [
    {
      key: 'ROSTER',
      name: 'Planning du service',
      purpose:
        'Organiser le service : créneaux, cycles de travail, affectations des agents, absences, publication du planning et contrôle des garanties du temps de travail.',
      legalBasis:
        'RGPD art. 6-1 c) et e) : obligation légale de l’employeur (décret n° 2000-815 du 25 août 2000, temps de travail) et mission d’intérêt public de gestion du personnel communal.',
      dataSubjects: ['Agents du service (policiers municipaux, ASVP, administratifs)'],
      dataCategories: [
        'Identité professionnelle : nom, prénom, matricule, grade, brigade',
        'Qualifications et leurs dates de validité (port d’arme, opérateur vidéo…)',
        'Affectations aux créneaux, heures planifiées',
        'Absences : nature, dates, réponse du chef de service (pas de motif médical)',
      ],
      recipients: [
        'Chef de service et chefs de brigade',
        'Service des ressources humaines (lecture)',
        'Chaque agent pour son propre planning',
      ],
      retention: [
        {
          what: 'Planning et absences',
          duration: 'Aucune suppression automatique configurée : durée à fixer par la commune.',
          source: null,
        },
      ],
      notes: null,
    },
    {
      key: 'MAIN_COURANTE',
      name: 'Main courante',
      purpose:
        'Enregistrer les interventions des agents et les faits constatés, en assurer le suivi et la transmission à l’autorité judiciaire ; statistiques d’activité.',
      legalBasis:
        'Loi n° 78-17 du 6 janvier 1978, titre III (directive (UE) 2016/680) ; arrêté du 14 avril 2009 autorisant les traitements des communes ayant pour objet la recherche et la constatation des infractions pénales (CNIL, délibération n° 2008-305).',
      dataSubjects: ['Personnes mises en cause, victimes, témoins, requérants', 'Agents présents et auteurs'],
      dataCategories: [
        'Date, lieu (adresse, position), catégorie des faits',
        'Récit des faits, compléments, suites données (NATINF)',
        'Agents présents, auteur de chaque écrit, historique des statuts',
      ],
      recipients: [
        'Agents du service selon leur rôle',
        'Officiers et agents de police judiciaire de la police et de la gendarmerie nationales',
        'Procureur de la République',
      ],
      retention: [
        {
          what: 'Entrées, compléments et changements de statut',
          duration: `${years(settings.incidentYears)} à compter de l’enregistrement de chaque entrée, puis contenu effacé ; le numéro, les dates et l’empreinte restent pour la vérification du registre.`,
          source: 'Arrêté du 14 avril 2009 (trois ans à compter de l’enregistrement)',
        },
      ],
      notes:
        'Données relatives à des infractions : registre chaîné par empreintes SHA-256, consultations journalisées, effacement à l’échéance.',
    },
    {
      key: 'VIDEO_REGISTER',
      name: 'Vidéoprotection : registre des réquisitions d’images',
      purpose:
        'Tracer les demandes d’images, leurs extractions, leurs remises à la police nationale, à la gendarmerie, au procureur ou à une juridiction, les refus et les destructions.',
      legalBasis:
        'Code de la sécurité intérieure, art. L251-2, L252-5 et R252-11 (registre) ; autorisation préfectorale du système.',
      dataSubjects: ['Personnes filmées (par les images demandées)', 'Demandeurs, opérateurs désignés'],
      dataCategories: [
        'Caméra, plage horaire, motif, entrée de main courante liée',
        'Autorité requérante, opérateur ayant extrait, destinataire et date de remise',
      ],
      recipients: [
        'Chef de service et chefs de brigade',
        'Police nationale, gendarmerie, procureur de la République, juridictions (sur réquisition)',
      ],
      retention: [
        {
          what: 'Images (enregistreurs)',
          duration: `${days(settings.footageImageDays)}, puis écrasées (hors extraction remise à l’autorité judiciaire).`,
          source: 'CSI art. L252-5 (un mois au plus)',
        },
        {
          what: 'Registre des réquisitions',
          duration: `${years(settings.footageRegisterYears)} après l’écrasement des images, puis supprimé.`,
          source:
            'CSI art. R252-11 (registre, sans durée fixée) ; durée des registres d’extraction voisins (CSI art. R241-5 : trois ans)',
        },
      ],
      notes: 'Surveillance systématique de la voie publique : analyse d’impact (AIPD) obligatoire.',
    },
    {
      key: 'RECRUITMENT',
      name: 'Recrutement',
      purpose:
        'Suivre les candidatures et les étapes de chaque recrutement (jury, nomination, agréments, serment, formation) jusqu’à l’entrée en fonction, et prévoir l’effectif.',
      legalBasis:
        'RGPD art. 6-1 b) et e) : mesures précontractuelles à la demande du candidat, mission d’intérêt public (code général de la fonction publique).',
      dataSubjects: ['Candidats'],
      dataCategories: [
        'Nom, voie de recrutement, grade visé',
        'Dates des étapes, notes, motif d’un refus ou d’un désistement',
      ],
      recipients: ['Service des ressources humaines', 'Chef de service'],
      retention: [
        {
          what: 'Candidats refusés ou désistés',
          duration: `${months(settings.candidateMonths)} après la décision, puis supprimés.`,
          source: 'Durée fixée par la commune (configuration)',
        },
        {
          what: 'Candidats nommés',
          duration: 'Versés au dossier de l’agent à la nomination.',
          source: null,
        },
      ],
      notes: null,
    },
    {
      key: 'ACCESS_JOURNAL',
      name: 'Journal des accès',
      purpose:
        'Tracer qui a consulté ou modifié une fiche d’agent, une entrée de main courante, un dossier de candidat ou une réquisition d’images, pour la sécurité des données.',
      legalBasis: 'RGPD art. 6-1 c) et art. 32 (sécurité du traitement).',
      dataSubjects: ['Utilisateurs de Vigie'],
      dataCategories: ['Identifiant de l’utilisateur, date et heure, action, objet consulté ou modifié'],
      recipients: ['Chef de service', 'Délégué à la protection des données de la commune (sur demande)'],
      retention: [
        {
          what: 'Événements du journal',
          duration: `${months(settings.auditMonths)}, puis supprimés.`,
          source: 'Durée fixée par la commune (configuration)',
        },
      ],
      notes: null,
    },
    {
      key: 'ARMOURY',
      name: 'Armurerie : registre d’inventaire et état journalier des armes',
      purpose:
        'Tenir l’inventaire des armes de la commune et tracer chaque jour leurs remises aux agents de service et leurs réintégrations, avec les munitions, pour le contrôle du préfet.',
      legalBasis:
        'RGPD art. 6-1 c) : obligation légale (code de la sécurité intérieure, art. R. 511-30 et suivants : registre d’inventaire et état journalier, contrôlés par le préfet).',
      dataSubjects: ['Agents de police municipale autorisés au port d’arme'],
      dataCategories: [
        'Arme (catégorie, modèle, numéro de série) et son statut',
        'Agent auquel l’arme est remise, créneau, munitions remises et réintégrées, heures',
        'Auteur de chaque remise, réintégration et correction, motif des corrections',
      ],
      recipients: [
        'Chef de service et chefs de brigade',
        'Chaque agent pour ses propres remises',
        'Préfet (contrôle du registre et de l’état journalier)',
      ],
      retention: [
        {
          what: 'État journalier (remises, réintégrations, corrections)',
          duration: `${years(settings.armouryLogYears)} après la remise, l’arme une fois réintégrée, puis supprimé.`,
          source: ARMOURY_LOG_RETENTION_SOURCE,
        },
        {
          what: 'Registre d’inventaire',
          duration: 'Tant que la commune détient l’arme.',
          source: null,
        },
      ],
      notes: null,
    },
    {
      key: 'TIME_ACCOUNTS',
      name: 'Comptes de temps',
      purpose:
        'Établir les heures dues, planifiées et réalisées de chaque agent, ses heures supplémentaires et ses congés, pour la paie.',
      legalBasis:
        'RGPD art. 6-1 b) et c) : exécution de la relation de travail et obligation légale (décret n° 2000-815, décret n° 2002-60 sur les heures supplémentaires).',
      dataSubjects: ['Agents du service'],
      dataCategories: [
        'Heures par jour et par nature (jour, nuit, dimanche, jour férié), congés et récupérations',
      ],
      recipients: [
        'Chef de service, chefs de brigade',
        'Service des ressources humaines et de la paie',
        'L’agent pour lui-même',
      ],
      retention: [
        {
          what: 'Heures et soldes',
          duration: 'Aucune suppression automatique configurée : durée à fixer par la commune.',
          source: null,
        },
      ],
      notes: null,
    },
  ];
}
