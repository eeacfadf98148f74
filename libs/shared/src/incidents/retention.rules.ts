/**
 * A main courante entry is kept 3 years from its recording, and no longer. Source: arrêté du 14
 * avril 2009 (JO du 5 juin 2009) on the police municipale's processing of offences (CNIL RU-009,
 * délibération n° 2008-305): « trois ans à compter de leur enregistrement » (article not checked).
 */
export const INCIDENT_RETENTION_YEARS = 3;

/** What an erased entry shows in the place of its summary, in lists and on its page. */
export const ERASED_ENTRY_LABEL = 'effacée (durée de conservation)';
