import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const all = (text: string): string[] => relationLines(extractText(text));

describe('accusation by reported wrongdoing', () => {
  it('accuses nobody with a passive that names no agent', () => {
    const lines = all('Canadian officials said Peruvian exiles had been threatened.');
    expect(lines.filter((l) => l.includes('ACCUSED_OF'))).toEqual([]);
  });

  it('accuses the agent of a passive and the subject of an active verb', () => {
    expect(
      all('Canadian officials said Peruvian exiles had been threatened by Chilean police.'),
    ).toContain('officials ACCUSED_OF Chilean police');
    expect(all('Canadian officials said Chilean police had threatened Peruvian exiles.')).toContain(
      'officials ACCUSED_OF Chilean police',
    );
  });

  it('accuses nobody of a denied or merely possible wrong, or of "those killed"', () => {
    const accused = (text: string): string[] => all(text).filter((l) => l.includes('ACCUSED_OF'));
    expect(
      accused('Canadian officials said Chilean police had not threatened the exiles.'),
    ).toEqual([]);
    expect(accused('The court said the Tallinn city council may not intimidate voters.')).toEqual(
      [],
    );
    expect(
      accused('"He was innocent," said Anna Tamm, whose son, Jaan Tamm, was among those killed.'),
    ).toEqual([]);
  });
});

describe('denials answer the accuser', () => {
  it('aims "denied any wrongdoing" and "pleaded not guilty" at the earlier accuser', () => {
    expect(
      all(
        'Ruritanian prosecutors charged Tomas Vell with fraud on Monday. Vell denied any wrongdoing.',
      ),
    ).toContain('Tomas Vell DENIED prosecutors');
    expect(
      all('The Chilean government charged Marta Lopez with bribery. Lopez has pleaded not guilty.'),
    ).toContain('Marta Lopez DENIED Government of Chile');
    expect(
      all(
        'The Anti-Corruption Commission charged Tomas Bako with bribery in March. Bako has ' +
          'maintained his innocence throughout, his lawyer said.',
      ),
    ).toContain('Tomas Bako DENIED Anti-Corruption Commission');
    expect(
      all(
        'The Estonian Interior Ministry accused Olga Tamm of fraud. Tamm rejected the accusation.',
      ),
    ).toContain('Olga Tamm DENIED Estonian Interior Ministry');
  });

  it('gives every denier of "a charge that A, B and C rejected" the same accuser', () => {
    const lines = all(
      'Russian police accused Karl Deane of spying for Norway, a charge that Deane, his employer and the Swedish government have consistently rejected.',
    );
    expect(lines).toContain('Karl Deane DENIED Russian police');
    expect(lines).toContain('Government of Sweden DENIED Russian police');
  });

  it('denies nobody without an accuser, or when the denial is negated', () => {
    expect(all('Marta Lopez denied any wrongdoing.')).toEqual([]);
    expect(
      all(
        'The Chilean government charged Marta Lopez with bribery. Lopez did not deny the charges.',
      ),
    ).not.toContain('Marta Lopez DENIED Government of Chile');
  });
});

describe('praise and condemnation of an act aim at its doer', () => {
  it('supports or criticises whoever made the arrest or imposed the sanctions', () => {
    expect(
      all(
        'Police in Zembla arrested Ivo Brandt on Friday. Amnesty International welcomed the arrest.',
      ),
    ).toContain('Amnesty International SUPPORTED Police');
    expect(
      all(
        'Peru imposed sanctions on Ana Ruiz on Monday. Ruiz described the sanctions as "an attack on judicial independence".',
      ),
    ).toContain('Ana Ruiz CRITICIZED Peru');
    expect(
      all(
        'The Zembla Supreme Court sentenced Ana Ruiz to nine years. Amnesty International called the ruling a travesty.',
      ),
    ).toContain('Amnesty International CRITICIZED Zembla Supreme Court');
  });

  it('reads "X thanked Y" as support', () => {
    expect(all('Karl Lund thanked the Swedish Police Authority.')).toContain(
      'Karl Lund SUPPORTED Swedish Police Authority',
    );
  });

  it('needs the act on the named patient, and a subject of its own', () => {
    const other = all(
      'Police in Zembla arrested Ivo Brandt on Friday. The Red Cross welcomed the arrest of Juan Soto.',
    );
    expect(other.filter((l) => l.includes('SUPPORTED'))).toEqual([]);
    const motion = all(
      'Police in Zembla arrested Ivo Brandt on Friday. Danish lawmakers passed a motion criticising the arrest.',
    );
    expect(motion.filter((l) => l.includes('CRITICIZED'))).toEqual([]);
  });
});

describe('a speaker named with an acronym and an apposition', () => {
  it('finds "X (ACR), the CITY-based watchdog," as the subject', () => {
    expect(
      all(
        'The Ankara High Criminal Court sentenced Ana Ruiz to prison. Reporters Without Borders (RSF), the Paris-based watchdog, called the verdict "a travesty of justice."',
      ),
    ).toContain('Reporters Without Borders CRITICIZED Ankara High Criminal Court');
    expect(all('The Lima Rights Group (LRG), a Lima-based charity, criticised Peru.')).toContain(
      'Lima Rights Group CRITICIZED Peru',
    );
  });

  it('never makes the place of "X-based" the speaker', () => {
    const lines = all(
      'The Zembla Supreme Court sentenced Ana Ruiz to nine years. The Human Rights League, a Lima-based group, condemned the verdict.',
    );
    expect(lines).toContain('Human Rights League CRITICIZED Zembla Supreme Court');
    expect(lines.filter((l) => l.startsWith('Lima '))).toEqual([]);
  });
});

describe('evaluations of an act', () => {
  it('reads "called the sentence disproportionate" as criticism and "historic" as support', () => {
    const text =
      'The Zembla Supreme Court sentenced Ana Ruiz to nine years. ' +
      'Karl Lund called the sentence "grossly disproportionate". ' +
      'Maria Soto called the verdict historic.';
    const lines = all(text);
    expect(lines).toContain('Karl Lund CRITICIZED Zembla Supreme Court');
    expect(lines).toContain('Maria Soto SUPPORTED Zembla Supreme Court');
    expect(lines).not.toContain('Maria Soto CRITICIZED Zembla Supreme Court');
  });

  it('takes the speaker outside a relative clause, also after an acronym', () => {
    const lines = all(
      'The Zembla Supreme Court sentenced Ana Ruiz to nine years. ' +
        'The Civic Renewal Party (CRP), which Ruiz founded and still leads, called the ruling "a vendetta".',
    );
    expect(lines).toContain('Civic Renewal Party CRITICIZED Zembla Supreme Court');
    expect(lines).toContain('Ana Ruiz LEADS Civic Renewal Party');
    expect(lines).not.toContain('Ana Ruiz CRITICIZED Zembla Supreme Court');
  });
});

describe('a denial of "the accusation"', () => {
  it('answers the latest accuser, also when a spokesman rejects it for the accused', () => {
    const lines = all(
      'The Civic Renewal Party accused Ana Ruiz of lying on Monday. ' +
        'Karl Lund, the prosecutor who led the investigation, rejected the accusation.',
    );
    expect(lines).toContain('Karl Lund DENIED Civic Renewal Party');
  });

  it('answers "denied that …" with whoever accused or criticised those it names', () => {
    expect(
      all(
        'Human Rights Watch accused the Prison Service of ignoring warnings. ' +
          'The Prison Service denied that it had ignored the warnings.',
      ),
    ).toContain('Prison Service DENIED Human Rights Watch');
    const judged = all(
      'Police arrested opposition leader Jon Mbeki on Monday. ' +
        'Amnesty International said the arrest was politically motivated. ' +
        'Interior Minister Paul Okello denied that the arrest was politically motivated.',
    );
    expect(judged).toContain('Paul Okello DENIED Amnesty International');
    // denying a judgement is not making it
    expect(judged).not.toContain('Paul Okello CRITICIZED Police');
  });

  it('never makes a law the accuser', () => {
    const lines = all(
      'The Prison Security Law allows transfers without a court order. ' +
        'The ministry rejected the abuse allegations as baseless.',
    );
    expect(lines.filter((l) => l.includes(' DENIED '))).toEqual([]);
  });
});

describe('what a judge reports the court found', () => {
  it('is no accusation, while anyone else saying it accuses', () => {
    const lines = all(
      'The Supreme Court sentenced Ana Ruiz. Justice Rosa Medina, who presided over the panel, said the court had found that Ruiz laundered about 9 million dollars. Karl Lund said Ruiz had laundered the money.',
    );
    expect(lines).toContain('Karl Lund ACCUSED_OF Ana Ruiz');
    expect(lines).not.toContain('Rosa Medina ACCUSED_OF Ana Ruiz');
  });
});

describe('judgements stated in reported speech', () => {
  it('reads "said the ruling was politically motivated" as criticism, not when negated', () => {
    const lines = (text: string): string[] => relationLines(extractText(text));
    expect(
      lines(
        'The Supreme Court upheld the sentence. The Civic Party said the ruling was politically motivated.',
      ),
    ).toContain('Civic Party CRITICIZED Supreme Court');
    expect(
      lines('The Supreme Court upheld the sentence. Ana Kowal said the verdict was not political.'),
    ).toEqual([]);
  });
});

describe('acts judged in a relative clause or a reported clause', () => {
  it('reads "…, a verdict that X called arbitrary" and "…, a verdict X denounced"', () => {
    expect(
      relationLines(
        extractText(
          'The High Court sentenced Ana Ruiz to ten years, a verdict that the Kenyan foreign ministry called arbitrary.',
        ),
      ),
    ).toContain('Kenyan foreign ministry CRITICIZED High Court');
    expect(
      relationLines(
        extractText(
          'The High Court sentenced Ana Ruiz to ten years, a verdict the Green Party immediately denounced.',
        ),
      ),
    ).toContain('Green Party CRITICIZED High Court');
  });

  it('reads "said the arrest was politically motivated" as criticism of who arrested', () => {
    expect(
      relationLines(
        extractText(
          'The Anti-Corruption Commission arrested Ibrahim Waziri on Monday. ' +
            "The People's Renewal Congress, on whose platform Waziri was elected, said the arrest was politically motivated.",
        ),
      ),
    ).toContain("People's Renewal Congress CRITICIZED Anti-Corruption Commission");
  });

  it('reads "the verdict raised serious concerns", and not a denied judgement', () => {
    const lines = (text: string): string[] => relationLines(extractText(text));
    expect(
      lines(
        'The High Court sentenced Ana Ruiz to ten years. Amnesty International said the verdict raised serious concerns.',
      ),
    ).toContain('Amnesty International CRITICIZED High Court');
    expect(
      lines(
        'The High Court sentenced Ana Ruiz to ten years. Amnesty International did not say the verdict was unfair.',
      ).some((l) => l.includes('CRITICIZED')),
    ).toBe(false);
  });

  it('does not read a modifier noun as the head of the relative ("the detention order, which …")', () => {
    expect(
      relationLines(
        extractText(
          'Police detained Ana Ruiz. Her lawyer Juan Soto said he would appeal the detention order, which he called disproportionate.',
        ),
      ).some((l) => l.includes('CRITICIZED Police')),
    ).toBe(false);
  });
});

describe('wrongdoing stated in reported speech', () => {
  it('accuses a party of it, and criticises a court', () => {
    const out = all(
      'Ana Ruiz said the Interior Ministry had violated the law. Tomas Bako said the Kessling ' +
        'District Court had ignored the evidence.',
    );
    expect(out).toContain('Ana Ruiz ACCUSED_OF Interior Ministry');
    expect(out).toContain('Tomas Bako CRITICIZED Kessling District Court');
    expect(out).not.toContain('Tomas Bako ACCUSED_OF Kessling District Court');
  });
});

describe('speech acts coordinated with an earlier verb', () => {
  it('takes the subject of the first verb, not the object before "and"', () => {
    const lines = all(
      'The High Court sentenced Ana Ruiz to ten years. Its critic, Grace Mwale, accused the ' +
        'government of using the police to "hunt down" opposition figures and called the verdict "selective justice".',
    );
    expect(lines).toContain('Grace Mwale CRITICIZED High Court');
    expect(lines.some((l) => l.startsWith('figures'))).toBe(false);
  });
});

describe('charges, sentences and cases judged', () => {
  it('aims at whoever charged, sentenced or prosecuted', () => {
    expect(
      all(
        'Tanzanian prosecutors charged Jon Mbeki with treason on Tuesday. His lawyer, Rose Mushi, called the charge "absurd".',
      ),
    ).toContain('Rose Mushi CRITICIZED Tanzanian prosecutors');
    expect(
      all(
        'The Anti-Corruption Commission charged Jon Mbeki with fraud. Amnesty International condemned the charges.',
      ),
    ).toContain('Amnesty International CRITICIZED Anti-Corruption Commission');
    expect(
      all(
        'The High Court sentenced Ana Ruiz to ten years. The European Union condemned the sentence.',
      ),
    ).toContain('European Union CRITICIZED High Court');
  });
});

describe('criticism of a court act a judge did', () => {
  it('is aimed at the court the judge sits on', () => {
    expect(
      all(
        'High Court Judge Tamara Mvula sentenced Ana Banda to ten years. ' +
          'Her lawyer, Wezi Tembo, called the verdict "a travesty".',
      ),
    ).toContain('Wezi Tembo CRITICIZED High Court');
  });
});

describe('wrongdoing a speaker reports of a gang or a crowd', () => {
  it('accuses no crowd of people, and names the administration, not the person in its name', () => {
    const lines = all('Defence lawyer Ana Ruiz argued that the judges had ignored the Peace Law.');
    expect(lines.filter((l) => l.includes('ACCUSED_OF'))).toEqual([]);
    expect(
      all(
        'US President Donald Trump signed the order. ' +
          'Senator Ana Ruiz said the Trump administration had ignored the court order.',
      ),
    ).toContain('Ana Ruiz ACCUSED_OF Government of the United States');
  });
});

describe('an accuser named after the denial', () => {
  it('answers "X denied steering …" with "the allegations were first raised by Y"', () => {
    const lines = all(
      "Ruritania's interior minister, Kofi Mensah, on Wednesday denied steering a prison food " +
        'contract to his brother-in-law. The allegations were first raised in Parliament last ' +
        'week by opposition lawmaker Abena Owusu, who said the firm had won the contract.',
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'Abena Owusu ACCUSED_OF Kofi Mensah',
        'Kofi Mensah DENIED Abena Owusu',
      ]),
    );
    // no source, no accuser
    expect(
      all('Kofi Mensah denied steering the contract.').filter((l) => l.includes('DENIED')),
    ).toEqual([]);
  });
});

describe('denials of claims, complaints and suggestions', () => {
  it('answers "rejected the claims" and "dismissed the complaints" with the accuser', () => {
    expect(
      all(
        'Amnesty International accused the Interior Ministry of torturing detainees. The ministry rejected the claims.',
      ),
    ).toContain('Interior Ministry DENIED Amnesty International');
    expect(
      all(
        'Amnesty International accused the Interior Ministry of torturing detainees. The ministry dismissed the complaints as baseless.',
      ),
    ).toContain('Interior Ministry DENIED Amnesty International');
  });

  it('answers "rejected claims that …" with whoever claimed it of those the clause names', () => {
    expect(
      all(
        'Amnesty International said detainees at Vardo prison were tortured by guards. The Interior Ministry rejected claims that detainees had been tortured.',
      ),
    ).toContain('Interior Ministry DENIED Amnesty International');
  });
});

describe('the speaker of "X, one of his lawyers, said"', () => {
  it('is X, not the group X belongs to; alone, "one of his lawyers" is the group', () => {
    const base = 'Police arrested Tomas Novak in Prague on Monday.';
    expect(
      relationLines(
        extractText(`${base} Anna Kessel, one of his lawyers, said the arrest was political.`),
      ),
    ).toContain('Anna Kessel CRITICIZED Police');
    expect(
      relationLines(extractText(`${base} One of his lawyers said the arrest was political.`)),
    ).toContain('lawyers CRITICIZED Police');
  });
});
