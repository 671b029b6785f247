import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string, predicate: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(` ${predicate} `));

describe('groups held in a named prison', () => {
  it('reads "inmates of/at X", "X\'s inmates" and "the X inmates"', () => {
    expect(
      lines('Fourteen inmates of Halden Prison in Oslo were beaten by guards.', 'HELD_IN'),
    ).toContain('inmates HELD_IN Halden Prison');
    expect(lines('Guards beat the prisoners at Vardo Prison on Monday.', 'HELD_IN')).toContain(
      'prisoners HELD_IN Vardo Prison',
    );
    expect(lines("Vardo Prison's detainees sued Norway in March.", 'HELD_IN')).toContain(
      'detainees HELD_IN Vardo Prison',
    );
    expect(lines('The Vardo Prison inmates sued Norway in March.', 'HELD_IN')).toContain(
      'inmates HELD_IN Vardo Prison',
    );
    expect(
      lines("Vardo Prison is overcrowded. The prison's 300 inmates sued Norway.", 'HELD_IN'),
    ).toContain('inmates HELD_IN Vardo Prison');
  });

  it('does not hold people named next to a prison that are not in custody', () => {
    expect(lines('Guards at Vardo Prison beat the inmates on Monday.', 'HELD_IN')).toEqual([]);
    expect(lines('Inmates in Chile protested against Vardo Prison.', 'HELD_IN')).toEqual([]);
  });
});

describe('a counted object after a verb that takes "at"', () => {
  it('reads "detained at least 40 protesters" as an arrest, not "police detained at …"', () => {
    expect(lines('Police detained at least 40 protesters on Monday.', 'ARRESTED')).toEqual([
      'Police ARRESTED protesters',
    ]);
  });
});

describe('a death in a prison', () => {
  it('holds whoever died in custody at a prison there, and no one who died elsewhere', () => {
    expect(lines('Tomas Vell died in custody at Vardo Prison on Saturday.', 'HELD_IN')).toEqual([
      'Tomas Vell HELD_IN Vardo Prison',
    ]);
    expect(lines('Tomas Vell died in a hospital in Tallinn.', 'HELD_IN')).toEqual([]);
  });
});

describe('courts, prisons and organisations placed by their names', () => {
  it('places a court whose name begins with a place the article names', () => {
    expect(
      lines(
        'Jorge Paz was arrested in Cusco. The Cusco Superior Court sentenced him in May.',
        'LOCATED_IN',
      ),
    ).toContain('Cusco Superior Court LOCATED_IN Cusco');
    expect(
      lines('Ana Ruiz lives in Tarija. The Tarija Court of Appeal heard her case.', 'LOCATED_IN'),
    ).toContain('Tarija Court of Appeal LOCATED_IN Tarija');
  });

  it('does not place a court by a name the article never uses on its own', () => {
    expect(lines('The Cusco Superior Court sentenced Jorge Paz in May.', 'LOCATED_IN')).toEqual([]);
  });

  it('reads "X, a PLACE-based group"', () => {
    expect(
      lines(
        'The Haki Legal Foundation, a Mombasa-based rights group, criticised the police.',
        'LOCATED_IN',
      ),
    ).toContain('Haki Legal Foundation LOCATED_IN Mombasa');
  });
});

describe('orders by courts and judges', () => {
  it('reads "ordered X to V" and "ordered that X be V" as an order against X', () => {
    const all = relationLines(
      extractText(
        'The Andean Court of Justice ordered Bolivia to pay 5,000 dollars to the miners.',
      ),
    );
    expect(all).toContain('Andean Court of Justice ISSUED_ORDER_AGAINST Bolivia');
    expect(all.filter((l) => l.includes(' PAID '))).toEqual([]);
    expect(
      lines(
        'Judge Rita Moss ordered that Tomas Berg be held without bail.',
        'ISSUED_ORDER_AGAINST',
      ),
    ).toContain('Rita Moss ISSUED_ORDER_AGAINST Tomas Berg');
  });

  it('keeps the order asserted after "said … and ordered"', () => {
    expect(
      relationLines(
        extractText(
          'Justice Mary Wanjiku said the request was "politically motivated" and ordered the Tanzanian government to release Peter Odhiambo.',
        ),
      ),
    ).toContain('Mary Wanjiku ISSUED_ORDER_AGAINST Government of Tanzania');
  });

  it('reads "blocked the extradition of X" as an order against X, not an extradition', () => {
    const all = relationLines(
      extractText('Judge Anna Berg blocked the extradition of Peter Odhiambo to Uganda.'),
    );
    expect(all).toContain('Anna Berg ISSUED_ORDER_AGAINST Peter Odhiambo');
    expect(all.filter((l) => l.includes('EXTRADITED'))).toEqual([]);
    expect(
      lines(
        'The Supreme Court halted the transfer of the inmates to Vardo Prison.',
        'TRANSFERRED_TO',
      ),
    ).toEqual([]);
  });

  it('needs a court or judge, and an ordered act is not asserted', () => {
    const all = relationLines(
      extractText('President Juan Ruiz ordered the army to arrest Peter Odhiambo.'),
    );
    expect(all.filter((l) => /ISSUED_ORDER_AGAINST|ARRESTED/.test(l))).toEqual([]);
    expect(
      lines('The government halted the deportation of Peter Odhiambo.', 'ISSUED_ORDER_AGAINST'),
    ).toEqual([]);
  });
});

describe('transfers of people in custody', () => {
  it('reads nominal transfers, also over a participle phrase on the group', () => {
    expect(
      lines('The relocation of the inmates to Vardo Prison began on Monday.', 'TRANSFERRED_TO'),
    ).toContain('inmates TRANSFERRED_TO Vardo Prison');
    expect(
      lines(
        'President Ana Ruiz ordered the transfer of 200 prisoners convicted of drug trafficking to Vardo Prison.',
        'TRANSFERRED_TO',
      ),
    ).toContain('prisoners TRANSFERRED_TO Vardo Prison');
  });

  it('reads "taken/ferried/flown to" for prisoners and people, "flown to" for deportees', () => {
    expect(lines('Police took Peter Odhiambo to Kamiti Prison.', 'TRANSFERRED_TO')).toContain(
      'Peter Odhiambo TRANSFERRED_TO Kamiti Prison',
    );
    expect(
      lines(
        'The prisoners, who were taken overnight from jails in Lima, Arequipa and Cusco, were flown under heavy guard to Tacna.',
        'TRANSFERRED_TO',
      ),
    ).toContain('prisoners TRANSFERRED_TO Tacna');
    expect(lines('The deportees were flown to Tacna on Monday.', 'DEPORTED_TO')).toContain(
      'deportees DEPORTED_TO Tacna',
    );
  });

  it('does not move places or countries', () => {
    expect(lines('Tanzania took Kenya to court over the border.', 'TRANSFERRED_TO')).toEqual([]);
  });
});

describe('subjects after a relative clause', () => {
  it('gives the verb after "X, who … Y …," to X', () => {
    const all = relationLines(
      extractText('Peter Odhiambo, who met Ana Ruiz in Lima, criticised Peru.'),
    );
    expect(all).toContain('Peter Odhiambo CRITICIZED Peru');
    expect(all).not.toContain('Ana Ruiz CRITICIZED Peru');
  });
});

describe('denied and alleged membership and leadership', () => {
  it('reads "X denied being a member of Y" as a membership X denies', () => {
    expect(
      relationLines(
        extractText(
          'Peter Odhiambo is wanted in Kenya. He has always denied being a member of the Black Cobra gang.',
        ),
      ),
    ).toContain('Peter Odhiambo MEMBER_OF Black Cobra [denied by Peter Odhiambo]');
    expect(
      relationLines(extractText('Peter Odhiambo has denied leading the Black Cobra gang.')),
    ).toContain('Peter Odhiambo LEADS Black Cobra [denied by Peter Odhiambo]');
    expect(
      relationLines(extractText('Peter Odhiambo denies belonging to the Black Cobra gang.')),
    ).toContain('Peter Odhiambo MEMBER_OF Black Cobra [denied by Peter Odhiambo]');
  });

  it('reads a gerund after "accused of" as an allegation, after "convicted of" as a fact', () => {
    expect(
      relationLines(
        extractText('Police accused Peter Odhiambo of being a member of the Black Cobra gang.'),
      ),
    ).toContain('Peter Odhiambo MEMBER_OF Black Cobra [alleged by Police]');
    expect(
      relationLines(extractText('Peter Odhiambo is accused of running the Black Cobra gang.')),
    ).toContain('Peter Odhiambo LEADS Black Cobra [alleged]');
    expect(
      relationLines(extractText('Peter Odhiambo was convicted of running the Black Cobra gang.')),
    ).toContain('Peter Odhiambo LEADS Black Cobra');
  });
});

describe('participle clauses after the main clause', () => {
  it('gives "…, accusing/criticising Y" the main clause subject', () => {
    expect(
      relationLines(
        extractText('Minister Ana Ruiz went further, accusing Amnesty International of bias.'),
      ),
    ).toContain('Ana Ruiz ACCUSED_OF Amnesty International');
    expect(
      relationLines(
        extractText('Ana Ruiz spoke in Lima on Monday, criticising the Supreme Court.'),
      ),
    ).toContain('Ana Ruiz CRITICIZED Supreme Court');
  });

  it('does not put the participle inside what the subject said', () => {
    const all = relationLines(
      extractText('Ana Ruiz said Peru would appeal, accusing Chile of bias.'),
    );
    expect(all).toContain('Ana Ruiz ACCUSED_OF Chile');
    expect(all.filter((l) => l.startsWith('Peru ACCUSED_OF'))).toEqual([]);
  });
});

describe('institutions acting through their agents', () => {
  it('reads "officers/agents of X arrested Y" as X arresting Y, also after "(ACR)"', () => {
    expect(
      lines('Agents of the Federal Police arrested Peter Odhiambo in Lima.', 'ARRESTED'),
    ).toContain('Federal Police ARRESTED Peter Odhiambo');
    expect(
      lines(
        'In March, officers of the National Drugs Agency (NDA) arrested Peter Odhiambo.',
        'ARRESTED',
      ),
    ).toContain('National Drugs Agency ARRESTED Peter Odhiambo');
  });

  it('reads "arrested by plainclothes officers of X" as X arresting, past the modifiers', () => {
    for (const by of ['plainclothes officers', 'two senior officers', 'agents'])
      expect(
        lines(
          `Lina Odhiambo was arrested on Monday by ${by} of the Public Security Directorate.`,
          'ARRESTED',
        ),
      ).toContain('Public Security Directorate ARRESTED Lina Odhiambo');
  });

  it('reads "ACR officers" and "X\'s agents" as the institution', () => {
    expect(
      lines(
        'The Directorate of Criminal Investigations (DCI) is in Nairobi. DCI officers arrested Peter Odhiambo on Monday.',
        'ARRESTED',
      ),
    ).toContain('Directorate of Criminal Investigations ARRESTED Peter Odhiambo');
    expect(
      lines("The Federal Police's agents arrested Peter Odhiambo in Lima.", 'ARRESTED'),
    ).toContain('Federal Police ARRESTED Peter Odhiambo');
  });

  it('keeps the subject of a clause after a name with its acronym', () => {
    expect(
      lines('The Andean Rights Alliance (ARA) criticised Peru on Monday.', 'CRITICIZED'),
    ).toContain('Andean Rights Alliance CRITICIZED Peru');
  });

  it('does not turn a meeting with agents into one with their institution', () => {
    expect(
      lines('Officers of the Federal Police met Peter Odhiambo in Lima.', 'MET_WITH').filter((l) =>
        l.startsWith('Federal Police'),
      ),
    ).toEqual([]);
  });
});

describe('nationality from a demonym', () => {
  it('reads the nationality of "X, a Paraguayan rancher,"', () => {
    expect(
      lines(
        'Police arrested Rolando Benitez, a Paraguayan rancher, in Buenos Aires.',
        'CITIZEN_OF',
      ),
    ).toEqual(['Rolando Benitez CITIZEN_OF Paraguay']);
  });

  it('reads both nationalities of "X, a French-Iranian sociologist,"', () => {
    const citizen = lines('Leila Morel, a French-Iranian sociologist, was jailed.', 'CITIZEN_OF');
    expect(citizen).toContain('Leila Morel CITIZEN_OF France');
    expect(citizen).toContain('Leila Morel CITIZEN_OF Iran');
  });

  it('reads "X is an Estonian national" and "X, a 52-year-old Estonian national,"', () => {
    expect(
      lines(
        'The lead applicant, Arvo Kask, is an Estonian national serving a long sentence.',
        'CITIZEN_OF',
      ),
    ).toContain('Arvo Kask CITIZEN_OF Estonia');
    expect(
      lines('Peru arrested Arvo Kask, a 52-year-old Estonian national, on Monday.', 'CITIZEN_OF'),
    ).toContain('Arvo Kask CITIZEN_OF Estonia');
    expect(lines('Arvo Kask, who is a Latvian citizen, lives in Peru.', 'CITIZEN_OF')).toContain(
      'Arvo Kask CITIZEN_OF Latvia',
    );
  });

  it('reads "Ugandan opposition leader X" but not a demonym on a thing', () => {
    expect(
      lines('Ugandan opposition leader Arvo Kask was arrested in Kenya.', 'CITIZEN_OF'),
    ).toContain('Arvo Kask CITIZEN_OF Uganda');
    expect(lines('Mexican restaurant owner Arvo Kask was robbed in Texas.', 'CITIZEN_OF')).toEqual(
      [],
    );
  });

  it("does not read negated or other people's nationality", () => {
    expect(lines('Arvo Kask is not an Estonian national.', 'CITIZEN_OF')).toEqual([]);
    expect(lines('Arvo Kask married an Estonian national in Peru.', 'CITIZEN_OF')).toEqual([]);
  });
});

describe('presupposed detention', () => {
  it('keeps "from his cell in X" asserted inside reported speech', () => {
    expect(
      relationLines(
        extractText(
          'The Andean Drug Agency (ADA) said that Peter Odhiambo ran the gang from his cell in Kamiti Prison.',
        ),
      ),
    ).toContain('Peter Odhiambo HELD_IN Kamiti Prison');
  });
});

describe('heads of organisations in appositions', () => {
  it('reads "X, coordinator of Y", "X, the group\'s director" and "Its director, X"', () => {
    expect(
      lines('Rosa Lim, coordinator of the Andean Rights Foundation, criticised the law.', 'LEADS'),
    ).toContain('Rosa Lim LEADS Andean Rights Foundation');
    expect(
      lines(
        'Andean Watch, a group that monitors prisons, criticised the law. "It is cruel," said Rosa Lim, the group\'s director.',
        'LEADS',
      ),
    ).toContain('Rosa Lim LEADS Andean Watch');
    expect(
      lines(
        'The Andean Rights Foundation criticised the law. Its director, Rosa Lim, said it was cruel.',
        'LEADS',
      ),
    ).toContain('Rosa Lim LEADS Andean Rights Foundation');
  });

  it('does not make a spokesman the head', () => {
    const all = relationLines(
      extractText(
        'The Andean Rights Foundation criticised the law on Monday. Its spokesman, Juan Diaz, said it was cruel.',
      ),
    );
    expect(all).toContain('Juan Diaz OFFICIAL_OF Andean Rights Foundation');
    expect(all.filter((l) => l.includes(' LEADS '))).toEqual([]);
  });
});

describe('convictions', () => {
  it('reads a conviction by a court as its sentence, also with a pronoun subject', () => {
    expect(
      lines(
        'Arvo Kask is serving a long sentence. He was convicted in 2020 by the Tallinn Court of Appeal, which found that he had run a heroin ring.',
        'SENTENCED',
      ),
    ).toContain('Tallinn Court of Appeal SENTENCED Arvo Kask');
    expect(
      lines('The Tartu District Court convicted Arvo Kask of fraud in May.', 'SENTENCED'),
    ).toContain('Tartu District Court SENTENCED Arvo Kask');
  });

  it('needs a court or a person as the one who convicts', () => {
    expect(lines('Estonia convicted Arvo Kask of fraud in May.', 'SENTENCED')).toEqual([]);
  });
});

describe('moved out of custody', () => {
  it('reads "moved out of / released from / escaped from X Prison" as having been held there', () => {
    expect(lines('Peter Odhiambo was released from Kamiti Prison on Monday.', 'HELD_IN')).toContain(
      'Peter Odhiambo HELD_IN Kamiti Prison',
    );
    expect(lines('Peter Odhiambo escaped from Kamiti Prison in 2019.', 'HELD_IN')).toContain(
      'Peter Odhiambo HELD_IN Kamiti Prison',
    );
    expect(lines('Police moved the inmates out of Vardo Prison on Monday.', 'HELD_IN')).toContain(
      'inmates HELD_IN Vardo Prison',
    );
  });

  it('reads "remained in custody at X Prison" and "languished in X Prison", not "remained in" a town', () => {
    expect(lines('Peter Odhiambo remained in custody at Kamiti Prison.', 'HELD_IN')).toContain(
      'Peter Odhiambo HELD_IN Kamiti Prison',
    );
    expect(
      lines('Peter Odhiambo has languished in Kamiti Prison since 2019.', 'HELD_IN'),
    ).toContain('Peter Odhiambo HELD_IN Kamiti Prison');
    expect(lines('Peter Odhiambo remained in Nairobi for a week.', 'HELD_IN')).toEqual([]);
  });

  it('reads "taken from jails in A and B"', () => {
    const held = lines('The prisoners were taken from jails in Lima and Cusco.', 'HELD_IN');
    expect(held).toContain('prisoners HELD_IN Lima');
    expect(held).toContain('prisoners HELD_IN Cusco');
  });

  it('does not hold people in a country they left or in a place named by a generic plural', () => {
    expect(lines('Peter Odhiambo fled from Uganda in 2019.', 'HELD_IN')).toEqual([]);
    expect(lines('The deportees were flown from Texas to Peru.', 'HELD_IN')).toEqual([]);
    expect(lines('Two men broke out of Vardo Prison in 2019.', 'HELD_IN')).toEqual([]);
  });
});

describe('laws approved and signed', () => {
  it('reads "which X approved and which Y signed" for both relatives', () => {
    const signed = lines(
      'President Juan Diaz invoked the Prison Security Law. The Prison Security Law, which the National Assembly approved in July and which the president signed on August 1, lets the ministry hold inmates.',
      'SIGNED',
    );
    expect(signed).toContain('National Assembly SIGNED Prison Security Law');
    expect(signed).toContain('Juan Diaz SIGNED Prison Security Law');
  });

  it('only a law is approved as a law', () => {
    expect(
      lines('The court approved the extradition of Peter Odhiambo to Kenya.', 'SIGNED'),
    ).toEqual([]);
  });
});

describe('time in custody and transport to a prison', () => {
  it('reads "spent N days in <prison>" but not "spent two years in <city>"', () => {
    expect(lines('Luis Gomez spent 94 days at the Vardo Prison in 2021.', 'HELD_IN')).toEqual([
      'Luis Gomez HELD_IN Vardo Prison',
    ]);
    expect(lines('Sara Lind spent two years in Paris before the trial.', 'HELD_IN')).toEqual([]);
  });

  it('reads "remanded at", "drove X to" and the subject outside a "whose" clause', () => {
    expect(
      lines(
        'Pedro Lema, whose lawyers failed to file a bail application in time, was remanded at the Vardo Prison.',
        'HELD_IN',
      ),
    ).toEqual(['Pedro Lema HELD_IN Vardo Prison']);
    expect(lines('Police officers drove Ana Ruiz to Santa Rosa prison.', 'TRANSFERRED_TO')).toEqual(
      ['Ana Ruiz TRANSFERRED_TO Santa Rosa prison'],
    );
  });
});

describe('a place phrase after a named prison', () => {
  it('places the prison instead of holding the person in the city as well', () => {
    const out = relationLines(
      extractText('Ana Ruiz has been held since March in Vardo prison in northern Tehran.'),
    );
    expect(out).toContain('Ana Ruiz HELD_IN Vardo prison');
    expect(out).toContain('Vardo prison LOCATED_IN Tehran');
    expect(out).not.toContain('Ana Ruiz HELD_IN Tehran');
  });

  it('still holds people in the place of an unnamed jail', () => {
    expect(lines('The men were held in a jail in Lima.', 'HELD_IN')).toContain('men HELD_IN Lima');
  });
});

describe('"where" after a prison and its town', () => {
  it('holds the person in the prison, not in the town that locates it', () => {
    const out = relationLines(
      extractText(
        'The verdict was read inside Tarsk jail in the garrison city of Velmora, where Ali Renko ' +
          'has been held since his arrest.',
      ),
    );
    expect(out).toContain('Ali Renko HELD_IN Tarsk jail');
    expect(out.filter((l) => l.includes('HELD_IN Velmora'))).toEqual([]);
  });
});

describe('held after a transfer', () => {
  it('holds a person taken to a prison there', () => {
    const out = relationLines(
      extractText('After the verdict, police drove Tomas Bako to Kessling Central Prison.'),
    );
    expect(out).toContain('Tomas Bako TRANSFERRED_TO Kessling Central Prison');
    expect(out).toContain('Tomas Bako HELD_IN Kessling Central Prison');
  });

  it('does not hold anyone in a town they were moved to, nor a group by a planned transfer', () => {
    const out = relationLines(
      extractText(
        'Tomas Bako was flown to Kessling on Monday. The ministry announced the transfer of ' +
          '300 prisoners to Ostburg Prison.',
      ),
    );
    expect(out.filter((l) => / HELD_IN /.test(l))).toEqual([]);
  });
});

describe('a prison that houses its inmates', () => {
  it('holds them: "X Prison, which already houses several members of Y"', () => {
    const lines = relationLines(
      extractText(
        'Inmates were moved to Tartu Prison, which already houses several convicted members of the Vuk clan.',
      ),
    );
    expect(lines).toContain('members of Vuk clan HELD_IN Tartu Prison');
  });
});
