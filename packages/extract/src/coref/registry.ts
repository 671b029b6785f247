import { entityId, type EntityType } from '@news-kg/schema';
import type { CountryInfo } from '../lexicon/countries';
import { governmentAliases, governmentName } from '../lexicon/countries';
import type { EntityRec, MentionRec } from '../model';

/** Canonical entity records of one article, keyed by their stable id. */
export class EntityRegistry {
  readonly entities = new Map<string, EntityRec>();
  private order = 0;
  private readonly ids = new Map<string, string>();

  ensure(type: EntityType, name: string, extra: { country?: CountryInfo } = {}): EntityRec {
    const cacheKey = `${type}\u0000${name}`;
    let key = this.ids.get(cacheKey);
    if (key === undefined) {
      key = entityId(type, name);
      this.ids.set(cacheKey, key);
    }
    let rec = this.entities.get(key);
    if (!rec) {
      rec = {
        key,
        type,
        name,
        aliases: new Set(),
        mentions: [],
        attributes: {},
        order: this.order++,
        ...extra,
      };
      this.entities.set(key, rec);
    }
    return rec;
  }

  country(info: CountryInfo): EntityRec {
    return this.ensure('Country', info.name, { country: info });
  }

  government(info: CountryInfo): EntityRec {
    const rec = this.ensure('Government', governmentName(info), { country: info });
    for (const alias of governmentAliases(info)) rec.aliases.add(alias);
    return rec;
  }

  attach(rec: EntityRec, mention: MentionRec, surface?: string): void {
    mention.key = rec.key;
    rec.mentions.push(mention);
    if (surface && surface !== rec.name && mention.kind !== 'pronoun') rec.aliases.add(surface);
  }

  get(key: string | undefined): EntityRec | undefined {
    return key ? this.entities.get(key) : undefined;
  }
}
