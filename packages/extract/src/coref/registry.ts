import { entityId, type EntityType } from '@news-kg/schema';
import type { CountryInfo } from '../lexicon/countries';
import { governmentAliases, governmentName } from '../lexicon/countries';
import { detached } from '../detached';
import type { EntityRec, MentionRec } from '../model';

/**
 * `entityId` (slug + type) memoised across articles: the same names recur from one article
 * to the next. Cleared when it grows large, so memory stays bounded.
 */
const ID_CACHE = new Map<EntityType, Map<string, string>>();
let idCacheSize = 0;
const ID_CACHE_LIMIT = 50_000;

/** Canonical entity records of one article, keyed by their stable id. */
export class EntityRegistry {
  readonly entities = new Map<string, EntityRec>();
  private order = 0;

  ensure(type: EntityType, name: string, extra: { country?: CountryInfo } = {}): EntityRec {
    // one map per type, so no joined "type + name" key is built for each lookup
    let byName = ID_CACHE.get(type);
    let key = byName?.get(name);
    if (key === undefined) {
      key = entityId(type, name);
      if (idCacheSize >= ID_CACHE_LIMIT) {
        ID_CACHE.clear();
        idCacheSize = 0;
        byName = undefined;
      }
      if (!byName) ID_CACHE.set(type, (byName = new Map()));
      byName.set(detached(name), key);
      idCacheSize++;
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
    if (!surface || surface === rec.name || mention.kind === 'pronoun') return;
    // a dateline's "WARSAW" is the body's "Warsaw": the text's own casing names it
    if (rec.name === rec.name.toUpperCase() && surface.toUpperCase() === rec.name) {
      rec.aliases.add(rec.name);
      rec.aliases.delete(surface);
      rec.name = surface;
    } else rec.aliases.add(surface);
  }

  get(key: string | undefined): EntityRec | undefined {
    return key ? this.entities.get(key) : undefined;
  }
}
