import { startsUpper } from '../nlp/letters';

/** Full names of people seen in the article, for surname and partial-name matching. */
export class PersonNames {
  private readonly full: string[] = [];
  /** Words of each full name, split once (same order as `full`). */
  private readonly words: string[][] = [];
  private readonly known = new Set<string>();

  add(name: string): void {
    if (this.known.has(name)) return;
    const words = name.split(' ');
    if (words.length < 2) return;
    this.known.add(name);
    this.full.push(name);
    this.words.push(words);
  }

  /**
   * The full name a partial name stands for: "Trump" → "Donald Trump",
   * "Lula da Silva" → "Luiz Inacio Lula da Silva". Several candidates → the one named
   * first: news calls the story's principal by surname and a relative who shares it
   * by full or first name ("Khan … his wife, Samina Khan … Khan, who led …").
   * None → undefined (never guess between strangers).
   */
  resolve(name: string): string | undefined {
    const words = name.split(' ');
    const n = words.length;
    if (this.known.has(name)) {
      // "Mounira Ben Salah … Ben Salah said": a two-word surname named after the full name is
      // hers, though "Ben Salah" alone also looks like a full name
      const own = this.full.indexOf(name);
      for (let i = 0; i < own; i++) {
        const fw = this.words[i]!;
        if (fw.length > n && fw.slice(fw.length - n).join(' ') === name) return this.full[i];
      }
      return name;
    }
    const singleOk = n === 1 && name.length > 2 && startsUpper(name);
    const candidates: string[] = [];
    for (let i = 0; i < this.full.length; i++) {
      const fw = this.words[i]!;
      if (n >= fw.length) continue;
      // suffix match ("Trump", "Lula da Silva") or a single non-particle word ("Lula")
      let suffix = true;
      for (let j = 0, off = fw.length - n; j < n; j++) {
        // ("Al-Haddad" opening a sentence is "al-Haddad" of "Omar al-Haddad")
        if (fw[off + j] !== words[j] && fw[off + j]!.toLowerCase() !== words[j]!.toLowerCase()) {
          suffix = false;
          break;
        }
      }
      if (suffix || (singleOk && fw.includes(name))) candidates.push(this.full[i]!);
    }
    // `full` is in order of first mention, so the first candidate was named first
    return candidates[0];
  }
}
