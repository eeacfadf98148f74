import { readFileSync } from 'node:fs';

import { Injectable } from '@nestjs/common';
import { CommuneResponse, SERVICE_LIMITS } from '@vigie/shared';

/** One line of the dataset (data/communes.json of @etalab/decoupage-administratif). */
interface CommuneRecord {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement?: string;
  chefLieu?: string;
  commune?: string;
}

/** Search key: lower case, no accents, hyphens and apostrophes as spaces (« Lompret », « saint-andre »). */
function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();
}

/**
 * The French communes by INSEE code, from the official geographic code as Etalab publishes it
 * (@etalab/decoupage-administratif, updated with each year's code; its `index.js` reads relative
 * to the working directory, so the JSON is read directly). An associated or delegated commune —
 * Lomme, 59355, associated with Lille since 2000 — is a commune a service may serve. Municipal
 * arrondissements (Paris, Lyon, Marseille) are not. Loaded at the first question (8 MB).
 */
@Injectable()
export class CommuneCatalogue {
  private byCodeMap: Map<string, CommuneResponse> | null = null;
  private keys: { key: string; commune: CommuneResponse }[] = [];

  byCode(code: string): CommuneResponse | null {
    return this.load().get(code) ?? null;
  }

  /** Communes whose name starts with (then contains) `query`, by name; at most SERVICE_LIMITS.communeMatches. */
  search(query: string): CommuneResponse[] {
    this.load();
    const wanted = searchKey(query);
    if (!wanted) return [];
    const starts = this.keys.filter(({ key }) => key.startsWith(wanted));
    const contains = this.keys.filter(({ key }) => !key.startsWith(wanted) && key.includes(` ${wanted}`));
    return [...starts, ...contains].slice(0, SERVICE_LIMITS.communeMatches).map(({ commune }) => commune);
  }

  private load(): Map<string, CommuneResponse> {
    if (this.byCodeMap) return this.byCodeMap;
    const path = require.resolve('@etalab/decoupage-administratif/data/communes.json');
    const records = JSON.parse(readFileSync(path, 'utf8')) as CommuneRecord[];
    const map = new Map<string, CommuneResponse>();
    // A delegated commune may share its code with the commune it merged into: the current one wins.
    const current = records.filter((record) => record.type === 'commune-actuelle');
    const others = records.filter((record) => record.type !== 'commune-actuelle');
    for (const record of [...current, ...others]) {
      if (record.type === 'arrondissement-municipal' || map.has(record.code)) continue;
      const parentCode =
        record.type === 'commune-actuelle' ? null : (record.chefLieu ?? record.commune ?? null);
      map.set(record.code, {
        code: record.code,
        name: record.nom,
        departement: record.departement ?? record.code.slice(0, 2),
        parentCode,
        parentName: null,
      });
    }
    for (const commune of map.values()) {
      if (commune.parentCode) commune.parentName = map.get(commune.parentCode)?.name ?? null;
    }
    this.keys = [...map.values()]
      .map((commune) => ({ key: searchKey(commune.name), commune }))
      .sort((a, b) => a.key.localeCompare(b.key, 'fr') || a.commune.code.localeCompare(b.commune.code));
    this.byCodeMap = map;
    return map;
  }
}
