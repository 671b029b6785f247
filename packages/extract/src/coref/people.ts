/** Full names of people seen in the article, for surname and partial-name matching. */
export class PersonNames {
  private readonly full: string[] = [];

  add(name: string): void {
    if (name.split(' ').length >= 2 && !this.full.includes(name)) this.full.push(name);
  }

  /**
   * The full name a partial name stands for: "Trump" → "Donald Trump",
   * "Lula da Silva" → "Luiz Inacio Lula da Silva". Several candidates → the one
   * `recent` ranks first; none → undefined (never guess between strangers).
   */
  resolve(name: string, recent: (candidate: string) => number): string | undefined {
    const words = name.split(' ');
    const candidates = this.full.filter((f) => {
      if (f === name) return true;
      const fw = f.split(' ');
      if (words.length >= fw.length) return false;
      // suffix match ("Trump", "Lula da Silva") or a single non-particle word ("Lula")
      const suffix = fw.slice(fw.length - words.length).join(' ') === name;
      const single =
        words.length === 1 && fw.includes(name) && name.length > 2 && /^\p{Lu}/u.test(name);
      return suffix || single;
    });
    if (candidates.includes(name)) return name;
    if (!candidates.length) return undefined;
    return [...candidates].sort((a, b) => recent(b) - recent(a) || b.length - a.length)[0];
  }
}
