import type { EntityRec } from '../model';
import type { Token } from '../nlp/types';

/** A number in a group's name: "300 Unity Party activists", "dozens of protesters". */
const COUNTED =
  /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several|many)\b/i;

/**
 * "a charity that supports refugees", "accused of detaining activists": a bare plural never
 * counted, pointed at or named by whose it is names a kind of people, not a group the story
 * follows. People acting for a body ("prosecutors", "UN officials") are that body, and groups
 * named by an owner ("supporters of X") are particular people.
 */
export function isKindOfPeople(e: EntityRec | undefined, owned: boolean): boolean {
  return (
    e?.type === 'Group' &&
    !owned &&
    !/ of /.test(e.name) &&
    ![...e.aliases].some((a) => COUNTED.test(a)) &&
    e.mentions.every((m) => {
      const [det, family = ''] = (m.det ?? '').split('|');
      return m.kind !== 'pronoun' && det === 'indefinite' && !family.startsWith('agent:');
    })
  );
}

/**
 * Whether a verb is in a past form ("hired", "has handed"), not present or -ing: the target of a
 * past event is some particular people ("Acme hired gunmen"), that of a habit a kind of them.
 */
export function pastTense(t: Token | undefined): boolean {
  return !!t && t.pos === 'VERB' && t.lower !== t.lemma && !/(ing|s)$/.test(t.lower);
}
