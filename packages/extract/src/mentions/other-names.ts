import type { MentionRec } from '../model';
import type { Token } from '../nlp/types';

/**
 * "X, known as Y", "X, also known as Y", "X, alias Y", "X, nicknamed Y": Y is
 * another name of X, so its mention takes X's type and name and coreference
 * files it under X.
 */
export function renameOtherNames(out: MentionRec[], toks: readonly Token[]): void {
  for (const m of out) {
    if (m.kind !== 'name' && m.kind !== 'acronym') continue;
    let k = m.from - 1;
    // 'alias "El Lobo"': the other name may be quoted
    if (/^["“‘']$/.test(toks[k]?.text ?? '')) k--;
    if (toks[k]?.lower === 'the') k--;
    if (toks[k]?.lower === 'as' && toks[k - 1]?.lower === 'known') k -= 2;
    else if (/^(alias|aka|nicknamed|dubbed)$/.test(toks[k]?.lower ?? '')) k -= 1;
    else continue;
    if (/^(also|better|commonly|popularly|widely|locally)$/.test(toks[k]?.lower ?? '')) k--;
    if (toks[k]?.text !== ',') continue;
    const named = out.find(
      (x) => x.to === k && (x.kind === 'name' || x.kind === 'title-name') && x !== m,
    );
    if (!named) continue;
    m.type = named.type;
    m.name = named.name;
    m.rule = 'also-known-as';
    delete m.weak;
  }
}
