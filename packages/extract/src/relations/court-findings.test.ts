import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string, predicate: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(` ${predicate} `));

describe('a court that finds a wrong rules against the wrongdoer', () => {
  it('reads "ruled/found/held that X had acted unlawfully / breached / violated / failed to"', () => {
    expect(
      lines(
        'The Supreme Court of Estonia ruled on Monday that the Interior Ministry had acted unlawfully.',
        'RULED_AGAINST',
      ),
    ).toEqual(['Supreme Court of Estonia RULED_AGAINST Interior Ministry']);
    expect(
      lines(
        'The Constitutional Court held that Bolivia violated the treaty by detaining Ravi Anand.',
        'RULED_AGAINST',
      ),
    ).toEqual(['Constitutional Court RULED_AGAINST Bolivia']);
    expect(
      lines(
        'Judge Ilse Marten found the Interior Ministry had failed to protect the refugees.',
        'RULED_AGAINST',
      ),
    ).toEqual(['Ilse Marten RULED_AGAINST Interior Ministry']);
    expect(
      lines(
        'The Tallinn District Court found that the rights of the inmates had been breached by Estonia.',
        'RULED_AGAINST',
      ),
    ).toEqual(['Tallinn District Court RULED_AGAINST Estonia']);
  });

  it('does not rule against a party cleared, favoured, or accused by someone else', () => {
    expect(
      lines(
        'The Supreme Court of Estonia ruled that the Interior Ministry had not acted unlawfully.',
        'RULED_AGAINST',
      ),
    ).toEqual([]);
    expect(
      lines(
        'The Supreme Court of Estonia ruled in favour of the Interior Ministry.',
        'RULED_AGAINST',
      ),
    ).toEqual([]);
    expect(
      lines('Lena Berg said that the Interior Ministry had acted unlawfully.', 'RULED_AGAINST'),
    ).toEqual([]);
    expect(
      lines(
        'The Supreme Court of Estonia ruled that the Interior Ministry had detained Ravi Anand.',
        'RULED_AGAINST',
      ),
    ).toEqual([]);
  });
});

describe('"found X guilty / eligible / in breach"', () => {
  it('reads the court’s finding about a named party', () => {
    const lines = (text: string): string[] =>
      relationLines(extractText(text)).filter((l) => / (RULED_AGAINST|SENTENCED) /.test(l));
    expect(
      lines("In May, the Durban Magistrate's Court found Olaf Berg eligible for extradition."),
    ).toEqual(["Durban Magistrate's Court RULED_AGAINST Olaf Berg"]);
    expect(lines('The Tartu District Court found Olaf Berg guilty of fraud.')).toEqual([
      'Tartu District Court RULED_AGAINST Olaf Berg',
      'Tartu District Court SENTENCED Olaf Berg',
    ]);
    expect(
      lines('The European Court of Human Rights found Estonia in breach of the convention.'),
    ).toEqual(['European Court of Human Rights RULED_AGAINST Estonia']);
  });

  it('needs a court, and a finding against the party', () => {
    const lines = (text: string): string[] =>
      relationLines(extractText(text)).filter((l) => / (RULED_AGAINST|SENTENCED) /.test(l));
    expect(lines('Lena Berg found Olaf Berg responsible for the loss.')).toEqual([]);
    expect(lines('The Tartu District Court found Olaf Berg not guilty.')).toEqual([]);
    expect(lines('The Tartu District Court found Olaf Berg at home.')).toEqual([]);
  });
});

describe('convictions', () => {
  it('reads "convicted X" and "found X, 27, guilty" as a ruling against X and a sentence', () => {
    for (const text of [
      'The Regional Court in Tamale convicted Ama Owusu of fraud on Monday.',
      'The Regional Court in Tamale found Ama Owusu, 27, guilty of fraud on Monday.',
    ]) {
      const out = relationLines(extractText(text));
      expect(out).toContain('Regional Court RULED_AGAINST Ama Owusu');
      expect(out).toContain('Regional Court SENTENCED Ama Owusu');
    }
  });
});

describe('a court named only as where an appeal goes', () => {
  it('is not the court of the magistrate who tried the case, nor the one that gave the verdict', () => {
    const out = relationLines(
      extractText(
        'Magistrate Ruth Tembo found Chanda Mulenga guilty on Tuesday. His lawyer said he would ' +
          'appeal to the High Court. The Anti-Corruption Commission welcomed the verdict.',
      ),
    );
    expect(out.filter((l) => l.includes('High Court'))).toEqual([]);
  });
});

describe('orders with a participle', () => {
  it('reads "ordered X held at Y" as an order against X', () => {
    const out = relationLines(
      extractText('Magistrate Ruth Tembo ordered Tomas Rek held at Kessling Remand Prison.'),
    );
    expect(out).toContain('Ruth Tembo ISSUED_ORDER_AGAINST Tomas Rek');
    expect(out).toContain('Tomas Rek HELD_IN Kessling Remand Prison');
  });
});

describe('decisions against a party', () => {
  it('reads a cleared removal and a rejected plea as a ruling against the party', () => {
    const out = relationLines(
      extractText(
        'The Federal High Court in Ostburg approved the extradition to the United States of ' +
          'Tunde Bako on Tuesday. The Supreme Court rejected an appeal by Ana Ruiz against her ' +
          "deportation. The Constitutional Court threw out Carl Weber's petition on Monday.",
      ),
    );
    expect(out).toContain('Federal High Court RULED_AGAINST Tunde Bako');
    expect(out).toContain('Supreme Court RULED_AGAINST Ana Ruiz');
    expect(out).toContain('Constitutional Court RULED_AGAINST Carl Weber');
  });

  it('leaves pleas turned down by anyone but a court, and refusals not made, alone', () => {
    const out = relationLines(
      extractText(
        "The Unity Party rejected Ana Ruiz's request on Monday. The Supreme Court did not " +
          'reject the appeal by Tomas Bako, his lawyer said.',
      ),
    );
    expect(out.filter((l) => / RULED_AGAINST /.test(l))).toEqual([]);
  });
});

describe('a court that strikes down a law', () => {
  it('reads "ruled that the act was unconstitutional", "declared … void", "annulled"', () => {
    const out = relationLines(
      extractText(
        'The Constitutional Court of Moldova ruled on Tuesday that the Public Gatherings Act was ' +
          'unconstitutional. The court declared the Foreign Funding Act void. The Supreme Court ' +
          'found the Press Act unconstitutional. The Constitutional Court annulled the Media Law.',
      ),
    );
    expect(out).toContain('Constitutional Court of Moldova RULED_AGAINST Public Gatherings Act');
    expect(out).toContain('Constitutional Court of Moldova RULED_AGAINST Foreign Funding Act');
    expect(out).toContain('Supreme Court RULED_AGAINST Press Act');
    expect(out).toContain('Constitutional Court of Moldova RULED_AGAINST Media Law');
  });

  it('leaves a law the court upheld, or a party that calls a law void, alone', () => {
    const out = relationLines(
      extractText(
        'The Constitutional Court ruled that the Public Gatherings Act was constitutional. ' +
          'The Unity Party declared the Press Act void.',
      ),
    );
    expect(out.filter((l) => l.includes(' RULED_AGAINST '))).toEqual([]);
  });
});

describe('a court that jails', () => {
  it('sentences the person; police who jail do not', () => {
    const lines = relationLines(
      extractText(
        'The High Court jailed Ana Ruiz for ten years on Monday. Police jailed Tom Lee in Kampala.',
      ),
    );
    expect(lines).toContain('High Court SENTENCED Ana Ruiz');
    expect(lines.filter((l) => l.includes('SENTENCED Tom Lee'))).toEqual([]);
  });
});

describe('a court that rules on a law or part of it', () => {
  it('reads "upheld the X Act" as support and "struck down sections of the X Act" against it', () => {
    expect(
      lines('The Constitutional Court upheld the Foreign Agents Act on Monday.', 'SUPPORTED'),
    ).toEqual(['Constitutional Court SUPPORTED Foreign Agents Act']);
    expect(
      lines('The Supreme Court struck down key sections of the Public Order Act.', 'RULED_AGAINST'),
    ).toEqual(['Supreme Court RULED_AGAINST Public Order Act']);
  });

  it('reads no relation of its own from upholding a sentence', () => {
    expect(
      relationLines(
        extractText(
          'The Tallinn Court of Appeal upheld the sentence of the Harju County Court on Monday.',
        ),
      ).filter((l) => !l.includes(' LOCATED_IN ')),
    ).toEqual([]);
  });
});

describe('an unnamed judge of a named court', () => {
  it('acts for the court ("A judge at the X Court ordered …", "On Friday, a magistrate at …")', () => {
    expect(
      lines(
        'A judge at the Tallinn City Court ordered Tomas Vell held in custody.',
        'ISSUED_ORDER_AGAINST',
      ),
    ).toEqual(['Tallinn City Court ISSUED_ORDER_AGAINST Tomas Vell']);
    expect(
      lines(
        'On Friday, an investigating magistrate at the Tartu Military Tribunal formally charged Samuel Ndive.',
        'CHARGED',
      ),
    ).toEqual(['Tartu Military Tribunal CHARGED Samuel Ndive']);
  });
});
