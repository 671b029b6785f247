import { describe, expect, it } from 'vitest';
import { entityOf, extractText, relationLines } from '../test-support/extract-text';

/** Definite descriptions ("the group", "the agency", "the party") on invented sentences. */
describe('description coreference', () => {
  it('resolves "the group" to the organisation, not to a broadcaster named since', () => {
    const lines = relationLines(
      extractText(
        'Prison Voice, a non-governmental organisation based in Lima, criticized the decree. ' +
          'Its director, Ana Ruiz, spoke to the state broadcaster TVP on Monday. ' +
          'The group also criticized the Peruvian Interior Ministry.',
      ),
    );
    expect(lines).toContain('Prison Voice CRITICIZED Peruvian Interior Ministry');
    expect(lines).not.toContain('TVP CRITICIZED Peruvian Interior Ministry');
  });

  it('resolves "the agency" to the state body named in apposition, not the government', () => {
    const doc = extractText(
      "Two guards worked for Peru's prison agency, the National Penitentiary Office (ONP), until May. " +
        'Amnesty International criticized the agency.',
    );
    const lines = relationLines(doc);
    expect(lines).toContain('Amnesty International CRITICIZED National Penitentiary Office');
    expect(lines).not.toContain('Amnesty International CRITICIZED Government of Peru');
  });

  it('resolves "the party" only to a party', () => {
    expect(
      relationLines(
        extractText(
          'Raul Soto founded the Green Dawn Party in 2019. Amnesty International criticized the party.',
        ),
      ),
    ).toContain('Amnesty International CRITICIZED Green Dawn Party');
    const doc = extractText(
      'The Andean Press Union praised Raul Soto. Amnesty International criticized the party.',
    );
    expect(relationLines(doc).some((l) => l.startsWith('Amnesty International CRITICIZED'))).toBe(
      false,
    );
  });

  it('takes the portfolio of "Immigration and Corrections Minister X" for "the corrections ministry"', () => {
    const doc = extractText(
      'The prisoners were flown to Cilacap, Immigration and Corrections Minister Budi Santoso told reporters. ' +
        'The law lets the corrections ministry hold inmates. Amnesty International criticized the ministry.',
    );
    expect(entityOf(doc, 'Immigration and Corrections Ministry')?.type).toBe('Government');
    expect(relationLines(doc)).toContain(
      'Amnesty International CRITICIZED Immigration and Corrections Ministry',
    );
  });

  it('leaves "the interior ministry" to the government when no such minister or ministry is named', () => {
    const doc = extractText(
      'Justice Minister Budi Santoso of Indonesia spoke on Monday. Amnesty International criticized the interior ministry.',
    );
    expect(entityOf(doc, 'Justice Ministry')).toBeUndefined();
  });
});

describe('an indefinite court in the lead', () => {
  it('reads "A Chilean court" as the first named national court, not an international one', () => {
    const lines = relationLines(
      extractText(
        'Chile jails two reporters. A Chilean court on Tuesday sentenced Ana Ruiz to five years. ' +
          'The Santiago Criminal Court said she had lied. Her lawyer will appeal to the Inter-American Court of Human Rights.',
      ),
    );
    expect(lines).toContain('Santiago Criminal Court SENTENCED Ana Ruiz');
  });

  it('reads "a Chilean anti-corruption court" as a court of its own when another court is named', () => {
    const lines = relationLines(
      extractText(
        'Chile jails a former minister. A Chilean anti-corruption court on Tuesday sentenced Ana Ruiz to five years. ' +
          'She will appeal to the Santiago Appeals Court.',
      ),
    );
    expect(lines.filter((l) => l.includes(' SENTENCED '))).toEqual([
      'anti-corruption court SENTENCED Ana Ruiz',
    ]);
  });
});

describe('the court of "the verdict"', () => {
  it('is the court the story is about, not the appeal court named last', () => {
    const lines = relationLines(
      extractText(
        'The Tartu District Court sentenced Ana Ruiz to nine years on Monday. The Tartu District Court said she had lied. ' +
          'Her lawyer said she would appeal to the Supreme Court. Karl Lund welcomed the verdict.',
      ),
    );
    expect(lines).toContain('Karl Lund SUPPORTED Tartu District Court');
    expect(lines).not.toContain('Karl Lund SUPPORTED Supreme Court');
  });
});

describe('a surname shared by two people', () => {
  it('is the person named first, not a relative named later', () => {
    const lines = relationLines(
      extractText(
        'A court sentenced Tariq Aziz to 14 years on Tuesday. It also sentenced his wife, Samina Aziz, to seven years. ' +
          'Aziz, who led the Pakistan Justice Party to power in 2019, denied the charges.',
      ),
    );
    expect(lines).toContain('Tariq Aziz LEADS Pakistan Justice Party');
    expect(lines).not.toContain('Samina Aziz LEADS Pakistan Justice Party');
  });
});

describe('descriptions that point away from the named antecedent', () => {
  it('does not take "the new facility" for the prison named before', () => {
    const out = relationLines(
      extractText(
        'Ana Ruiz was held at Kessling prison until May. She was moved to a new prison in ' +
          'Tarsk. She was flown to the new facility by helicopter.',
      ),
    );
    expect(out.filter((l) => l.includes('TRANSFERRED_TO Kessling'))).toEqual([]);
  });
});

describe('other names given with "alias" or "known as"', () => {
  it('files a quoted other name and its later mentions under the person', () => {
    const doc = extractText(
      'Police arrested Ana Ruiz, known as "La Jefa", on Monday. La Jefa denied the charges.',
    );
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual([
      'Ana Ruiz',
    ]);
  });
});

describe('a sub-national government', () => {
  it('does not take "the state government" for the national government', () => {
    const doc = extractText(
      'Brazil ordered an inquiry into the raid. Human Rights Watch urged the state government to ' +
        'suspend the officers involved.',
    );
    expect(doc.entities.filter((e) => e.type === 'Government').map((e) => e.name)).toEqual([]);
  });
});

describe('roles stated in an apposition', () => {
  it('lets "the prosecutor" and "the governor" later refer to the person so described', () => {
    const out = relationLines(
      extractText(
        'The chief prosecutor, Ana Ruiz, charged Tomas Rek. The prosecutor criticised the Red ' +
          'Hand gang. Police arrested the governor of North Tarsk, Abdul Kasimo. The governor ' +
          'belongs to the Civic Renewal Party.',
      ),
    );
    expect(out).toContain('Ana Ruiz CRITICIZED Red Hand');
    expect(out).toContain('Abdul Kasimo MEMBER_OF Civic Renewal Party');
  });
});

describe("the story's home country", () => {
  it('follows a dateline in a capital for an office with no country named', () => {
    const out = relationLines(
      extractText(
        'NAIROBI, March 3 (Reuters) - Uganda demanded the extradition of Ana Okello. Uganda said ' +
          'so again. Interior Minister Daniel Koros signed the order.',
      ),
    );
    expect(out).toContain('Daniel Koros MINISTER_OF Kenya');
  });
});

describe('a capital that stands for a body seated there', () => {
  it('reads "Brussels" acting as the EU, and "in Brussels" as the city', () => {
    const doc = extractText(
      'Tomas Rek accused Brussels of meddling in Moldova. The summit was held in Brussels.',
    );
    expect(relationLines(doc)).toContain('Tomas Rek ACCUSED_OF European Union');
    expect(doc.entities.map((e) => `${e.type} ${e.name}`)).toContain('Place Brussels');
    expect(doc.entities.some((e) => e.name === 'Government of Belgium')).toBe(false);
  });
});

/** "the businessman", "the activist": a person described by the same noun before. */
describe('person descriptions', () => {
  it('resolves "the businessman" to the person described as one', () => {
    const lines = relationLines(
      extractText(
        'Police arrested Tomas Lindqvist, a Swedish businessman whom Danish prosecutors accuse of fraud. ' +
          'The businessman was taken to Vestre Prison.',
      ),
    );
    expect(lines).toContain('Danish prosecutors ACCUSED_OF Tomas Lindqvist');
    expect(lines).toContain('Tomas Lindqvist TRANSFERRED_TO Vestre Prison');
  });

  it('resolves a noun used as a title before the name ("activist X")', () => {
    const lines = relationLines(
      extractText(
        'Police detained opposition activist Sara Holm and the lawyer Erik Dahl on Monday. ' +
          'The activist was taken to Kumla Prison.',
      ),
    );
    expect(lines).toContain('Sara Holm TRANSFERRED_TO Kumla Prison');
    expect(lines).not.toContain('Erik Dahl TRANSFERRED_TO Kumla Prison');
  });

  it('leaves "a businessman" and "his lawyer" alone', () => {
    const lines = relationLines(
      extractText(
        'Tomas Lindqvist, a businessman, was arrested in May. A businessman was taken to Kumla Prison. ' +
          'His lawyer was taken to Vestre Prison.',
      ),
    );
    expect(lines.some((l) => l.includes('Kumla Prison') && l.startsWith('Tomas'))).toBe(false);
    expect(lines.some((l) => l.includes('Vestre Prison') && l.startsWith('Tomas'))).toBe(false);
  });
});

describe('relative "whom" after an apposition', () => {
  it('gives the outer verb to the described person, and the inner verb its own subject', () => {
    const lines = relationLines(
      extractText(
        'Danish prosecutors charged Tomas Lindqvist with fraud. ' +
          'Anna Berg, a lawyer whom Lindqvist hired after his arrest, criticized Amnesty International.',
      ),
    );
    expect(lines).toContain('Tomas Lindqvist HIRED Anna Berg');
    expect(lines).toContain('Anna Berg CRITICIZED Amnesty International');
    expect(lines).not.toContain('Tomas Lindqvist CRITICIZED Amnesty International');
  });
});

describe('an indefinite court in the lede', () => {
  it('takes "a special tribunal" for the one tribunal the article names', () => {
    const lines = relationLines(
      extractText(
        'LUSAKA — A special tribunal on Monday sentenced Joseph Mwale to ten years. ' +
          'The Economic Crimes Tribunal found that Mwale stole money. ' +
          'The Supreme Court may hear an appeal.',
      ),
    );
    expect(lines).toContain('Economic Crimes Tribunal SENTENCED Joseph Mwale');
  });

  it('does not take "an anti-corruption court" for another court the article names', () => {
    const lines = relationLines(
      extractText(
        'LUSAKA — An anti-corruption court on Monday sentenced Joseph Mwale to ten years. ' +
          'The Lusaka High Court may hear an appeal.',
      ),
    );
    expect(lines.filter((l) => l.includes(' SENTENCED '))).toEqual([
      'anti-corruption court SENTENCED Joseph Mwale',
    ]);
  });
});

describe('"X-based" bodies', () => {
  it('resolves "the London-based rights group" and locates the body there', () => {
    const lines = relationLines(
      extractText(
        'Amnesty International criticised the ruling. ' +
          'The London-based rights group also criticised the Chilean government.',
      ),
    );
    expect(lines).toContain('Amnesty International CRITICIZED Government of Chile');
    expect(lines).toContain('Amnesty International LOCATED_IN London');
  });

  it('locates a commission the apposition calls a rights group, typed as an organisation', () => {
    const doc = extractText(
      'The Andean Commission of Jurists, a Quito-based human rights group, criticised the ruling.',
    );
    expect(doc.entities.find((e) => e.name === 'Andean Commission of Jurists')?.type).toBe(
      'Organization',
    );
    expect(relationLines(doc)).toContain('Andean Commission of Jurists LOCATED_IN Quito');
  });

  it('reads a name after "X-based" as a body, not a person', () => {
    const doc = extractText('He owns the Cordoba-based Inmobiliaria Sierra Alta.');
    expect(doc.entities.find((e) => e.name === 'Inmobiliaria Sierra Alta')?.type).toBe(
      'Organization',
    );
    expect(relationLines(doc)).toContain('Inmobiliaria Sierra Alta LOCATED_IN Cordoba');
  });

  it('takes "the Strasbourg court" for the European Court of Human Rights the article names', () => {
    const doc = extractText(
      'The European Court of Human Rights ruled against Greece. ' +
        'Judgments of the Strasbourg court are binding.',
    );
    expect(doc.entities.filter((e) => e.type === 'Court').map((e) => e.name)).toEqual([
      'European Court of Human Rights',
    ]);
  });
});

describe('descriptions of office holders', () => {
  it('resolves "the former deputy minister" to the person introduced with that title', () => {
    const lines = relationLines(
      extractText(
        'WARSAW — Police arrested former deputy minister Marek Lis. ' +
          'The former deputy minister was taken to Kumla Prison.',
      ),
    );
    expect(lines).toContain('Marek Lis TRANSFERRED_TO Kumla Prison');
  });

  it('does not take "the prosecutor" for a chief prosecutor', () => {
    const lines = relationLines(
      extractText(
        'Chief Prosecutor Helena Rautio charged the men. The prosecutor was taken to Kumla Prison.',
      ),
    );
    expect(lines).not.toContain('Helena Rautio TRANSFERRED_TO Kumla Prison');
  });
});

describe('acts owned by someone', () => {
  it('reads "welcomed the Home Secretary’s decision" as support for her, not for a court', () => {
    const lines = relationLines(
      extractText(
        'The High Court ruled against Home Secretary Rachel Dunmore. ' +
          "Sarah Linford welcomed the Home Secretary's decision to appeal.",
      ),
    );
    expect(lines).not.toContain('Sarah Linford SUPPORTED High Court');
  });
});

describe('"the capital"', () => {
  it('is the capital of the country the article is about, or of the country its demonym names', () => {
    const out = relationLines(
      extractText(
        'Chilean authorities on Tuesday transferred 23 inmates from a prison in Antofagasta. ' +
          'The inmates were flown to the capital aboard an air force plane.',
      ),
    );
    expect(out).toContain('inmates TRANSFERRED_TO Santiago');
    expect(out).not.toContain('inmates TRANSFERRED_TO Antofagasta');
  });

  it('is not the national capital when it is a provincial one', () => {
    const out = relationLines(
      extractText(
        'A court in Pakistan sentenced Ali Khan on Monday. He was tried in Quetta, the ' +
          'provincial capital.',
      ),
    );
    expect(out).not.toContain('Quetta LOCATED_IN Islamabad');
  });
});

describe('short names of detention facilities', () => {
  it('reads "Baisu" after "Baisu Correctional Institution" as the prison', () => {
    const doc = extractText(
      'The men were transferred on Wednesday to Baisu Correctional Institution. Tomas Karo was ' +
        'among the eleven men moved to Baisu, officials said.',
    );
    expect(doc.entities.map((e) => `${e.type} ${e.name}`)).not.toContain('Place Baisu');
  });
});

describe('"the act" and "the law"', () => {
  it('are the statute named last of that kind, not the Constitution named since', () => {
    const out = relationLines(
      extractText(
        'The Constitutional Court struck down the Public Order Act on Tuesday, saying it ' +
          'violated the Constitution. Amnesty International, which had criticised the act when ' +
          'it was passed, welcomed the ruling. Police had used the law to ban rallies.',
      ),
    );
    expect(out).toContain('Amnesty International CRITICIZED Public Order Act');
    expect(out).toContain('Police INVOKED Public Order Act');
    expect(out.some((l) => / Constitution$/.test(l) && !l.includes('RULED'))).toBe(false);
  });
});

describe('an indefinite court of a kind no named court is', () => {
  it('is a court of its own, placed where the text puts it', () => {
    const lines = relationLines(
      extractText(
        'The Peshawar High Court heard a petition on Monday. In a separate case, a military ' +
          'court in Multan sentenced Imran Qadir to ten years.',
      ),
    );
    expect(lines).toContain('military court SENTENCED Imran Qadir');
    expect(lines).toContain('military court LOCATED_IN Multan');
    expect(lines.some((l) => l.startsWith('Peshawar High Court SENTENCED'))).toBe(false);
  });
});

describe('a prison the article locates but does not name', () => {
  it('is an entity of its own, named with its town in both orders, and lies in the town', () => {
    const doc = extractText(
      'Police arrested Maria Salah on Monday. She was later taken to the central prison in Manouba.',
    );
    const prison = doc.entities.find((e) => e.type === 'Prison');
    expect(prison?.name).toBe('central prison in Manouba');
    expect(prison?.aliases).toContain('Manouba central prison');
    expect(relationLines(doc)).toEqual(
      expect.arrayContaining([
        'Maria Salah TRANSFERRED_TO central prison in Manouba',
        'central prison in Manouba LOCATED_IN Manouba',
      ]),
    );
    expect(relationLines(doc)).not.toContain('Maria Salah HELD_IN Manouba');
  });

  it('is the prison named for that town before, and no new one for a whole country', () => {
    const named = extractText(
      'Ana Ruiz was taken to Manouba Prison. Her family visited the prison in Manouba on Friday.',
    );
    expect(named.entities.filter((e) => e.type === 'Prison').map((e) => e.name)).toEqual([
      'Manouba Prison',
    ]);
    const country = extractText('The deportees were sent to a jail in El Salvador.');
    expect(country.entities.filter((e) => e.type === 'Prison')).toEqual([]);
  });
});

describe('"the company" after a company named by its company word', () => {
  it('is "Bluewave Holdings", so its chairman leads it', () => {
    for (const text of [
      "Police raided Bluewave Holdings on Monday. The company's chairman, Heng Sovan, is a senator.",
      "Police raided Bluewave Holdings on Monday. Heng Sovan, the company's chairman, denied wrongdoing.",
    ])
      expect(relationLines(extractText(text))).toContain('Heng Sovan LEADS Bluewave Holdings');
  });
});
