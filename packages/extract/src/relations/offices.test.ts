import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from '../test-support/extract-text';

const lines = (text: string, predicate: string): string[] =>
  relationLines(extractText(text)).filter((l) => l.includes(` ${predicate} `));

describe('judges whose court is not named with them', () => {
  it('seats "Mrs Justice X" and "Presiding judge X" on the article’s main court', () => {
    const text =
      'The High Court in Cardiff ruled on Monday that the detention was unlawful. ' +
      'Mrs Justice Ann Holt said the men had been confined. ' +
      'The Court of Appeal may hear an appeal. The High Court sat for three days.';
    expect(lines(text, 'JUDGE_OF')).toEqual(['Ann Holt JUDGE_OF High Court']);
    expect(
      lines(
        'The Tartu District Court jailed two men. Presiding judge Mart Kask read out the verdict.',
        'JUDGE_OF',
      ),
    ).toEqual(['Mart Kask JUDGE_OF Tartu District Court']);
    expect(
      lines(
        'The Tartu District Court heard the case. Mart Kask, the presiding judge, said the law was clear.',
        'JUDGE_OF',
      ),
    ).toEqual(['Mart Kask JUDGE_OF Tartu District Court']);
  });

  it('keeps a judge named with another court on that court, and skips former judges', () => {
    expect(
      lines(
        'The Tartu District Court jailed two men. Judge Mart Kask of the Narva Court of Appeal ' +
          'disagreed. The Tartu District Court sat again. The Tartu District Court closed.',
        'JUDGE_OF',
      ),
    ).toEqual(['Mart Kask JUDGE_OF Narva Court of Appeal']);
    expect(
      lines(
        'The Tartu District Court heard the case. Mart Kask, a former judge, said the law was clear.',
        'JUDGE_OF',
      ),
    ).toEqual([]);
  });
});

describe('party members', () => {
  it('reads "a senator/lawmaker from PARTY" and "a PARTY member"', () => {
    expect(
      lines('Lea Tamm, a senator from the Green Party, welcomed the result.', 'MEMBER_OF'),
    ).toEqual(['Lea Tamm MEMBER_OF Green Party']);
    expect(
      lines(
        'Lea Tamm, a lawmaker from the main opposition Green Party, said the law was unfair.',
        'MEMBER_OF',
      ),
    ).toEqual(['Lea Tamm MEMBER_OF Green Party']);
    expect(lines('Lea Tamm, a Green Party member, welcomed the result.', 'MEMBER_OF')).toEqual([
      'Lea Tamm MEMBER_OF Green Party',
    ]);
    expect(
      lines("The Green Party won. Lea Tamm, the party's president, was pleased.", 'PRESIDENT_OF'),
    ).toEqual(['Lea Tamm PRESIDENT_OF Green Party']);
    expect(lines('Lea Tamm, who chairs the Green Party, was pleased.', 'LEADS')).toEqual([
      'Lea Tamm LEADS Green Party',
    ]);
  });

  it('does not make a senator from a state a party member', () => {
    expect(lines('Lea Tamm, a senator from Ohio, said so.', 'MEMBER_OF')).toEqual([]);
    expect(lines('Lea Tamm, a lawyer from the Green Party, said so.', 'MEMBER_OF')).toEqual([]);
  });
});

describe('a described body before a staff noun', () => {
  it('reads "X, a ministry spokeswoman" and "X, a court official" as offices in that body', () => {
    const all = (text: string): string[] => relationLines(extractText(text));
    expect(
      all(
        'The Norwegian Interior Ministry defended the plan. Lisa Dahl, a ministry spokeswoman, said the plan was legal.',
      ),
    ).toContain('Lisa Dahl OFFICIAL_OF Norwegian Interior Ministry');
    expect(
      all(
        'The Oslo District Court ruled against Ivo Brandt. Anders Lie, a court official, said the hearing was closed.',
      ),
    ).toContain('Anders Lie OFFICIAL_OF Oslo District Court');
  });

  it('needs a body the description refers to', () => {
    const all = (text: string): string[] => relationLines(extractText(text));
    expect(all('Lisa Dahl, a ministry spokeswoman, said the plan was legal.')).toEqual([]);
  });
});

describe('offices stated through the owner of a role', () => {
  it('reads "the charity\'s chief executive, X" and "X, the website\'s editor-in-chief"', () => {
    const text =
      'Hope Bridge, a charity, sued the ministry on Monday. ' +
      "The charity's chief executive, Ana Ruiz, said the camp was unsafe. " +
      "Zeta Daily, an independent news website, was closed. Ivo Brandt, the website's editor-in-chief, said so.";
    const out = lines(text, 'LEADS');
    expect(out).toContain('Ana Ruiz LEADS Hope Bridge');
    expect(out).toContain('Ivo Brandt LEADS Zeta Daily');
  });

  it('takes the longest role ("chief executive", "secretary-general"), not its last word', () => {
    const text =
      'The Civic Renewal Party criticised the ruling on Monday. ' +
      "The party's secretary-general, Ana Ruiz, wrote to the court. " +
      "The Lima Builders Company paid the bribes. The company's former chief executive, Ivo Brandt, admitted it.";
    const all = relationLines(extractText(text));
    expect(all).toContain('Ana Ruiz LEADS Civic Renewal Party');
    expect(all).toContain('Ivo Brandt LEADS Lima Builders Company');
    expect(all.filter((l) => l.includes(' WORKS_FOR ') || l.includes(' MINISTER_OF '))).toEqual([]);
  });

  it('resolves "the company\'s" only to a body called a company, never to the latest organisation', () => {
    const text =
      'Radio Norte reported the raid on Monday. ' +
      "The company's chief executive, Ivo Brandt, declined to comment on the case.";
    expect(lines(text, 'LEADS')).toEqual([]);
  });
});

describe('a minister with no country in the title', () => {
  it('takes the country of a ministry named before with the same portfolio', () => {
    const text =
      'SANTIAGO (Reuters) - Chile expelled 300 Peruvians on Monday. ' +
      "Peru's Ministry of Foreign Affairs summoned the Chilean ambassador on Friday. " +
      'Foreign Minister Ana Ruiz accused Chilean authorities of mass expulsions.';
    expect(lines(text, 'MINISTER_OF')).toEqual(['Ana Ruiz MINISTER_OF Peru']);
  });
});

describe('nationality and office from appositions', () => {
  it('reads "X, a former Syrian intelligence officer," and "Thai student activist X"', () => {
    const text =
      'Omar al-Haddad, a former Syrian intelligence officer, was convicted on Monday. ' +
      'Police arrested Thai student activist Mali Chaiyo.';
    const out = lines(text, 'CITIZEN_OF');
    expect(out).toContain('Omar al-Haddad CITIZEN_OF Syria');
    expect(out).toContain('Mali Chaiyo CITIZEN_OF Thailand');
  });

  it('reads "leader of the opposition X" and "a lawyer with Y Lawyers for Human Rights"', () => {
    const text =
      'Ana Ruiz, leader of the opposition Civic Renewal Party, called the sentence unjust. ' +
      'Ivo Brandt, a lawyer with Chilean Lawyers for Human Rights, said she would appeal.';
    const all = relationLines(extractText(text));
    expect(all).toContain('Ana Ruiz LEADS Civic Renewal Party');
    expect(all).toContain('Ivo Brandt WORKS_FOR Chilean Lawyers for Human Rights');
  });
});

describe('an office whose portfolio follows the role', () => {
  it('reads "Estonia\'s Minister for the Interior, X" and "… Minister of Justice, X"', () => {
    expect(
      lines(
        "Estonia's Minister for the Interior, Lauri Tamm, said the arrests were lawful.",
        'MINISTER_OF',
      ),
    ).toEqual(['Lauri Tamm MINISTER_OF Estonia']);
    expect(
      lines(
        "Estonia's Minister of Justice, Lauri Tamm, said the arrests were lawful.",
        'MINISTER_OF',
      ),
    ).toEqual(['Lauri Tamm MINISTER_OF Estonia']);
  });
});

describe('hyphenated modifiers', () => {
  it('reads "the student-led X" as a modifier, not a clause, and keeps the subject outside it', () => {
    const text =
      'Ana Ruiz, a co-founder of the student-led Civic Youth Movement, was led from the courtroom in handcuffs and taken to the Vardo Prison.';
    const all = relationLines(extractText(text));
    expect(all).toContain('Ana Ruiz MEMBER_OF Civic Youth Movement');
    expect(all).toContain('Ana Ruiz TRANSFERRED_TO Vardo Prison');
    expect(all.filter((l) => l.includes(' LEADS '))).toEqual([]);
  });

  it('finds the subject across "the Paris-based X (ACR),"', () => {
    const text =
      'The court sentenced Ana Ruiz on Monday. Ruiz, 41, a researcher at the Paris-based Institute for Social Studies (ISS), was arrested by agents of the Chilean Intelligence Directorate in June.';
    expect(relationLines(extractText(text))).toContain(
      'Chilean Intelligence Directorate ARRESTED Ana Ruiz',
    );
  });
});

describe('bodies named only by a generic word or by the UN', () => {
  it('reads "Government spokesman X" as the government of the story', () => {
    const text =
      'BUDAPEST - The Hungarian government criticised the ruling on Monday. Government spokesman Laszlo Farkas said the law would stay.';
    expect(lines(text, 'OFFICIAL_OF')).toEqual(['Laszlo Farkas OFFICIAL_OF Government of Hungary']);
  });

  it('types a UN office as an organisation and keeps "for Human Rights" in its name', () => {
    const doc = extractText(
      'Ana Ruiz, a spokeswoman for the Office of the UN High Commissioner for Human Rights, said so.',
    );
    expect(doc.entities.map((e) => `${e.type} ${e.name}`)).toContain(
      'Organization Office of the UN High Commissioner for Human Rights',
    );
  });

  it('seats "Judge X of an accountability court" on that court, not on the one named court', () => {
    const text =
      'The Lahore High Court will hear an appeal. Judge Ali Raza of an accountability court in Lahore announced the verdict.';
    expect(lines(text, 'JUDGE_OF')).toEqual(['Ali Raza JUDGE_OF accountability court']);
    expect(lines(text, 'LOCATED_IN')).toContain('accountability court LOCATED_IN Lahore');
  });

  it('reads "a Senior Advocate of Nigeria" as no person', () => {
    const doc = extractText(
      "Okoro's lawyer, Chidi Nwosu, a Senior Advocate of Nigeria, told the court so.",
    );
    const people = doc.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toContain('Chidi Nwosu');
    expect(people.filter((n) => /Advocate/.test(n))).toEqual([]);
  });
});

describe('a lawyer and the client they represent', () => {
  it('reads "X\'s lawyer, Y", "Her lawyer, Y", "Y, X\'s attorney," and "Y, a lawyer for the defendants"', () => {
    const text =
      "Rafael Ortega was jailed on Monday. Ortega's lawyer, Diego Campos, said the defense would appeal. " +
      "Ana Ruiz was arrested on Tuesday. Her lawyer, Karl Lund, said so. Ivo Brandt, Ruiz's attorney, agreed. " +
      'Lena Vogt, a lawyer for the defendants, said the trial was unfair.';
    const out = lines(text, 'RELATED_TO');
    expect(out).toContain('Diego Campos RELATED_TO Rafael Ortega');
    expect(out).toContain('Karl Lund RELATED_TO Ana Ruiz');
    expect(out).toContain('Ivo Brandt RELATED_TO Ana Ruiz');
    expect(out).toContain('Lena Vogt RELATED_TO defendants');
    // ("his lawyer" says nothing of who retained the lawyer: counsel may be appointed)
    expect(lines(text, 'HIRED')).toEqual([]);
    const verbs = extractText(text)
      .relations.filter((r) => r.predicate === 'RELATED_TO')
      .map((r) => r.qualifiers?.verb);
    expect(new Set(verbs)).toEqual(new Set(['represent']));
  });

  it('keeps a lawyer working for an organisation an employee', () => {
    const text = 'Somchai Deng, a lawyer with the Bangkok Legal Aid Centre, said she would appeal.';
    expect(lines(text, 'HIRED')).toEqual([]);
    expect(lines(text, 'WORKS_FOR')).toEqual(['Somchai Deng WORKS_FOR Bangkok Legal Aid Centre']);
  });

  it('reads "Al-Haddad" opening a sentence as "al-Haddad"', () => {
    const doc = extractText(
      'Omar al-Haddad was convicted on Monday. Al-Haddad, who had lived in Germany since 2015, will appeal.',
    );
    expect(doc.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual([
      'Omar al-Haddad',
    ]);
  });
});

describe('coordinated designations and overseeing', () => {
  it('designates both of "X and Y as terrorist organizations"', () => {
    const text =
      "Chile's government designated Los Lobos and Los Chonos as terrorist organizations in 2024.";
    expect(lines(text, 'DESIGNATED_AS')).toEqual([
      'Government of Chile DESIGNATED_AS Los Lobos',
      'Government of Chile DESIGNATED_AS Los Chonos',
    ]);
  });

  it('reads "X, who oversees the National Police," as leading it', () => {
    expect(lines('Ana Ruiz, who oversees the National Police, said so.', 'LEADS')).toEqual([
      'Ana Ruiz LEADS National Police',
    ]);
  });
});

describe('appositions with an age, a place modifier or a possessed body', () => {
  it('reads "X, 41, a researcher at the Paris-based Y (ACR)," as working for Y', () => {
    const text =
      'The court sentenced Nadia Rahimi. Rahimi, 41, a researcher at the Paris-based Institute for Social Studies (ISS), was arrested.';
    expect(lines(text, 'WORKS_FOR')).toEqual([
      'Nadia Rahimi WORKS_FOR Institute for Social Studies',
    ]);
  });

  it('reads "a colonel in Syria\'s Intelligence Directorate" as an office in the directorate', () => {
    const out = lines(
      "Omar Haddad, 58, a former colonel in Syria's General Intelligence Directorate, oversaw interrogations.",
      'OFFICIAL_OF',
    );
    expect(out.some((l) => l.includes('General Intelligence Directorate'))).toBe(true);
    expect(out).not.toContain('Omar Haddad OFFICIAL_OF Syria');
  });

  it('seats a judge who presides over a court, actively or in a reduced relative', () => {
    expect(
      lines(
        'The Supreme Court heard the case. Branch 15 of the Revolutionary Court, presided over by Judge Ali Karimi, sentenced her.',
        'JUDGE_OF',
      ),
    ).toEqual(['Ali Karimi JUDGE_OF Revolutionary Court']);
    expect(lines('Judge Ana Ruiz presided over the Lima Criminal Court.', 'JUDGE_OF')).toEqual([
      'Ana Ruiz JUDGE_OF Lima Criminal Court',
    ]);
  });

  it('keeps "Law 1957 of 2019" whole', () => {
    const doc = extractText('The judge cited Law 1957 of 2019 in her ruling.');
    expect(doc.entities.map((e) => `${e.type} ${e.name}`)).toContain('Law Law 1957 of 2019');
  });
});

describe('a legislator in an article that names one legislature', () => {
  it('reads "Senator X" as a member of the senate the article names', () => {
    const out = relationLines(
      extractText(
        'The Senate opened an inquiry on Monday. Senator Ana Villamor criticised the raids.',
      ),
    );
    expect(out).toContain('Ana Villamor MEMBER_OF Senate');
  });

  it('does not guess between two legislatures', () => {
    const out = relationLines(
      extractText(
        'The National Assembly and the Regional Assembly met on Monday. Senator Ana Villamor ' +
          'criticised the raids.',
      ),
    );
    expect(out.filter((l) => l.includes('MEMBER_OF'))).toEqual([]);
  });
});

describe('offices stated in lower case or in a relative clause', () => {
  it('reads "former Zambian health minister X" as a minister of Zambia', () => {
    expect(
      relationLines(extractText('Police arrested former Zambian health minister Chanda Mulenga.')),
    ).toContain('Chanda Mulenga MINISTER_OF Zambia');
  });

  it('reads a demonym before any other role as nationality, not office', () => {
    const out = relationLines(extractText('The Kenyan opposition leader Otieno Wafula spoke.'));
    expect(out).toContain('Otieno Wafula CITIZEN_OF Kenya');
    expect(out.filter((l) => l.includes('LEADS'))).toEqual([]);
  });

  it('reads "the X party, of which Y is a member / the leader,"', () => {
    expect(
      relationLines(
        extractText(
          'The Civic Renewal party, of which Chanda Mulenga is a member, called it a witch-hunt.',
        ),
      ),
    ).toContain('Chanda Mulenga MEMBER_OF Civic Renewal');
    expect(
      relationLines(
        extractText('The Civic Union, of which Ana Kowal is the leader, criticised it.'),
      ),
    ).toContain('Ana Kowal LEADS Civic Union');
  });
});

describe('a party leader named after the party and its noun', () => {
  it('reads "Ennahda party leader X" as leading the party', () => {
    expect(
      relationLines(extractText('Police detained Renewal party leader Tarek Bouzid on Monday.')),
    ).toContain('Tarek Bouzid LEADS Renewal');
  });
});

describe("a person's party named in apposition", () => {
  it('reads "X\'s party, the Y Party," as X a member of Y', () => {
    expect(
      relationLines(
        extractText(
          "Edgar Mansa was charged. Mansa's party, the Kapam Unity Party, suspended him.",
        ),
      ),
    ).toContain('Edgar Mansa MEMBER_OF Kapam Unity Party');
  });
});

describe('state offices stated without a capitalised title', () => {
  it('reads "former finance minister X" as an office in the article’s country', () => {
    expect(
      lines('LUSAKA — Police arrested former finance minister Joseph Mwale.', 'MINISTER_OF'),
    ).toEqual(['Joseph Mwale MINISTER_OF Zambia']);
  });

  it('reads "X, Zambia’s former finance minister," and "X, a former finance minister,"', () => {
    expect(
      lines(
        "Police arrested Joseph Mwale, Zambia's former finance minister, on Monday.",
        'MINISTER_OF',
      ),
    ).toEqual(['Joseph Mwale MINISTER_OF Zambia']);
    expect(
      lines(
        'LUSAKA — Police arrested Joseph Mwale, a former finance minister, on Monday.',
        'MINISTER_OF',
      ),
    ).toEqual(['Joseph Mwale MINISTER_OF Zambia']);
  });

  it('gives no country when the article has none', () => {
    expect(
      lines('Police arrested Joseph Mwale, a former finance minister, on Monday.', 'MINISTER_OF'),
    ).toEqual([]);
  });
});

describe('membership through "his party, the X"', () => {
  it('reads the owner of "his party" as a member of the party named after it', () => {
    expect(
      lines(
        'Joseph Mwale was jailed on Monday. Officials of his party, the United Progress Party ' +
          '(UPP), say he is staying in Johannesburg.',
        'MEMBER_OF',
      ),
    ).toEqual(['Joseph Mwale MEMBER_OF United Progress Party']);
    expect(
      lines(
        'Joseph Mwale was jailed on Monday. His party, the United Progress Party, called it political.',
        'MEMBER_OF',
      ),
    ).toEqual(['Joseph Mwale MEMBER_OF United Progress Party']);
  });

  it('reads "staying in" a place as living there, as told', () => {
    expect(
      relationLines(
        extractText('Joseph Mwale fled. His party says he is staying in Johannesburg.'),
      ).some((l) => l.startsWith('Joseph Mwale LIVES_IN Johannesburg')),
    ).toBe(true);
    expect(lines('Joseph Mwale stayed in power for ten years.', 'LIVES_IN')).toEqual([]);
  });
});

describe('membership stated with "be"', () => {
  it('reads "had never been part of X" (tagged as a verb) as a denied membership', () => {
    expect(
      relationLines(
        extractText(
          'Police arrested Joseph Mwale. Mwale said he had never been part of the Red Hand gang.',
        ),
      ),
    ).toContain('Joseph Mwale MEMBER_OF Red Hand [denied by Joseph Mwale]');
  });

  it('reads "a senior figure in X" as membership', () => {
    expect(
      lines(
        'Police arrested Joseph Mwale. Mwale was a senior figure in the Red Hand gang.',
        'MEMBER_OF',
      ),
    ).toEqual(['Joseph Mwale MEMBER_OF Red Hand']);
  });
});

describe('lawyers in apposition with a possessive pronoun', () => {
  it('reads "Y, his lawyer," as Y representing the client, and "the prosecutors" as the named ones', () => {
    const all = relationLines(
      extractText(
        'Danish prosecutors charged Tomas Lindqvist with fraud. ' +
          'Anna Berg, his lawyer, criticized the prosecutors.',
      ),
    );
    expect(all).toContain('Anna Berg RELATED_TO Tomas Lindqvist');
    expect(all).toContain('Anna Berg CRITICIZED Danish prosecutors');
  });
});

describe('offices in appositions with kind nouns and participles', () => {
  it('reads "director of the pro-European group X" and "owner of the Gdansk-based firm X"', () => {
    expect(
      lines(
        'Nino Beridze, director of the pro-European group Open Caucasus Initiative, was jailed.',
        'LEADS',
      ),
    ).toEqual(['Nino Beridze LEADS Open Caucasus Initiative']);
    expect(
      lines(
        'Police arrested Pawel Nowak, the owner of the Gdansk-based construction firm Baltrax Budowa.',
        'LEADS',
      ),
    ).toEqual(['Pawel Nowak LEADS Baltrax Budowa']);
  });

  it('reads "X, led/headed by Y," and "X, arrested by police," as passives on X', () => {
    expect(lines('The Zafiros cartel, led by Aurelio Montano, denies it.', 'LEADS')).toEqual([
      'Aurelio Montano LEADS Zafiros',
    ]);
    expect(
      relationLines(extractText('Ana Ruiz, arrested by police in May, denies the charges.')),
    ).toContain('police ARRESTED Ana Ruiz');
  });

  it('reads "Its executive secretary, X" as an official of the party', () => {
    expect(
      lines(
        'The Georgian Path party won. Its executive secretary, Mamuka Beridze, spoke.',
        'OFFICIAL_OF',
      ),
    ).toEqual(['Mamuka Beridze OFFICIAL_OF Georgian Path']);
  });
});

describe('staff titles of bodies named in lower case', () => {
  it('reads "foreign ministry spokesman X" as an official of the article’s foreign ministry', () => {
    expect(
      lines(
        'PARIS — France condemned the verdict, and foreign ministry spokesman Etienne Moreau said it was arbitrary.',
        'OFFICIAL_OF',
      ),
    ).toEqual(['Etienne Moreau OFFICIAL_OF French foreign ministry']);
  });

  it('prefers a foreign ministry the article named, of whatever country', () => {
    expect(
      lines(
        "TEHRAN — A court jailed Leila Moreau. France's foreign ministry condemned the verdict, " +
          'and foreign ministry spokesman Etienne Moreau called it arbitrary.',
        'OFFICIAL_OF',
      ),
    ).toEqual(['Etienne Moreau OFFICIAL_OF French foreign ministry']);
  });

  it('reads "who owns and runs X" as leading X, without a vaguer relation beside it', () => {
    const all = relationLines(
      extractText('Javier Ortega, who owns and runs Autolux Premium, was jailed.'),
    );
    expect(all).toContain('Javier Ortega LEADS Autolux Premium');
    expect(all.some((l) => l.includes('RELATED_TO'))).toBe(false);
  });
});

describe('jobs and staff named in appositions', () => {
  it('reads "X, the chief accountant at Y" as working for Y, and "a student at Y" as a member', () => {
    expect(
      lines('Lucia Ferrer, the chief accountant at Autolux Premium, was arrested.', 'WORKS_FOR'),
    ).toEqual(['Lucia Ferrer WORKS_FOR Autolux Premium']);
    expect(
      lines(
        "Amir Baloch, a 23-year-old postgraduate student at Islamabad's Quaid-i-Azam University, vanished.",
        'MEMBER_OF',
      ),
    ).toEqual(['Amir Baloch MEMBER_OF Quaid-i-Azam University']);
  });

  it('reads "X, the Guardia Civil officer" as an official of the body', () => {
    expect(
      lines(
        'Colonel Raul Benavides, the Guardia Civil officer who led the raid, spoke.',
        'OFFICIAL_OF',
      ),
    ).toEqual(['Raul Benavides OFFICIAL_OF Guardia Civil']);
  });

  it('gives no job to a suspect or a prisoner', () => {
    expect(
      relationLines(extractText('Ana Ruiz, a suspect at Acme Holdings, was arrested.')).some((l) =>
        l.includes('WORKS_FOR'),
      ),
    ).toBe(false);
  });
});

describe('a town before a person noun, and a participle on an apposition', () => {
  it('reads "X, the Madrid lawyer retained by Y," as Y hiring X, who lives in Madrid', () => {
    const all = relationLines(
      extractText(
        'Ignacio Bermejo, the Madrid lawyer retained by Javier Ortega, said he would appeal.',
      ),
    );
    expect(all).toContain('Javier Ortega HIRED Ignacio Bermejo');
    expect(all).toContain('Ignacio Bermejo LIVES_IN Madrid');
  });
});

describe('a lawyer named with a modifier or without a comma', () => {
  it('reads "His Estonian lawyer, X", "his Tallinn-based lawyer, X", "His lead counsel, X"', () => {
    const text =
      'Ivan Petrov was arrested in Riga. His Estonian lawyer, Mart Kask, said he would appeal. ' +
      'Lena Ots was detained. Her Tallinn-based lawyer, Tiit Saar, said she was innocent. ' +
      'Juhan Mets was charged. His lead counsel, Peeter Kull, spoke.';
    const out = lines(text, 'RELATED_TO');
    expect(out).toContain('Mart Kask RELATED_TO Ivan Petrov');
    expect(out).toContain('Tiit Saar RELATED_TO Lena Ots');
    expect(out).toContain('Peeter Kull RELATED_TO Juhan Mets');
  });

  it('reads "his lawyer X said" and "Ruiz\'s lawyer X" as title and name', () => {
    const text =
      'Ivan Petrov has denied wrongdoing, his lawyer Mart Kask said. ' +
      "Ana Ruiz's lawyer Ivo Brandt agreed.";
    const out = lines(text, 'RELATED_TO');
    expect(out).toContain('Mart Kask RELATED_TO Ivan Petrov');
    expect(out).toContain('Ivo Brandt RELATED_TO Ana Ruiz');
  });
});

describe('counsel', () => {
  it('reads "His counsel, X," as a lawyer representing the client', () => {
    expect(
      relationLines(extractText('Tobenna Eze was charged. His counsel, Olumide Bakare, spoke.')),
    ).toContain('Olumide Bakare RELATED_TO Tobenna Eze');
  });
});

describe('more jobs and offices in appositions', () => {
  it('reads "X, a history teacher in the French city of Lyon," as living in Lyon', () => {
    expect(
      lines('Julien Morel, a history teacher in the French city of Lyon, spoke.', 'LIVES_IN'),
    ).toEqual(['Julien Morel LIVES_IN Lyon']);
  });

  it('reads "X, Ferrer’s former transport minister," as a minister of Ferrer’s country', () => {
    expect(
      lines(
        "LIMA — Police arrested Augusto Ferrer. Marco Lujan, Ferrer's former transport minister, was jailed.",
        'MINISTER_OF',
      ),
    ).toEqual(['Marco Lujan MINISTER_OF Peru']);
  });
});

describe("a body's secretaries", () => {
  it('reads "X, the party\'s national publicity secretary" as an official of the party', () => {
    const out = relationLines(
      extractText(
        "The People's Renewal Party condemned the arrests on Monday. Nnamdi Obi, the party's " +
          'national publicity secretary, called them political.',
      ),
    );
    expect(out).toContain("Nnamdi Obi OFFICIAL_OF People's Renewal Party");
    expect(out.some((l) => l.startsWith('Nnamdi Obi CITIZEN_OF'))).toBe(false);
  });
});

describe('a president of a body', () => {
  it('gives "union president X" no state office', () => {
    const out = relationLines(
      extractText(
        'TUNIS (Reuters) - A Tunisian court kept the journalist Mounira Salah in detention. "We ' +
          'warned for months," said union president Hector Valdes. President Kais Amri did not ' +
          'comment.',
      ),
    );
    expect(out).not.toContain('Hector Valdes PRESIDENT_OF Tunisia');
    expect(out).toContain('Kais Amri PRESIDENT_OF Tunisia');
  });
});

describe('heads of a part of a body', () => {
  it('reads "the group\'s regional director" and "the party\'s youth leader" as officials', () => {
    const out = relationLines(
      extractText(
        "Amnesty International welcomed the ruling. The group's regional director, Thandiwe " +
          "Mokoena, urged restraint. The Unity Party met on Monday. Bwalya Mumba, the party's " +
          'youth leader, was arrested. Its leader, Jan Olsen, spoke.',
      ),
    );
    expect(out).toContain('Thandiwe Mokoena OFFICIAL_OF Amnesty International');
    expect(out).not.toContain('Thandiwe Mokoena LEADS Amnesty International');
    expect(out).toContain('Bwalya Mumba OFFICIAL_OF Unity Party');
    expect(out).toContain('Jan Olsen LEADS Unity Party');
  });
});

describe('a prosecutor with no office named', () => {
  it('is an official of the one prosecution service the article names, a chief one its head', () => {
    expect(
      lines(
        "The Tallinn Prosecutor's Office charged Tomas Vell. Prosecutor Jaan Kask said the evidence was strong.",
        'OFFICIAL_OF',
      ),
    ).toEqual(["Jaan Kask OFFICIAL_OF Tallinn Prosecutor's Office"]);
    expect(
      lines(
        "The Tallinn Prosecutor's Office charged Tomas Vell. Chief Prosecutor Jaan Kask said so.",
        'LEADS',
      ),
    ).toEqual(["Jaan Kask LEADS Tallinn Prosecutor's Office"]);
    expect(
      lines(
        "The Tallinn Prosecutor's Office charged Tomas Vell. Defence lawyer Jaan Kask said the evidence was weak.",
        'OFFICIAL_OF',
      ),
    ).toEqual([]);
  });
});

describe('a role that covers a region', () => {
  it('reads "X, the group\'s Central Asia researcher," as working for the group', () => {
    expect(
      lines(
        "Amnesty International condemned the arrests. Marat Ibraimov, the group's Central Asia researcher, said they were unlawful.",
        'WORKS_FOR',
      ),
    ).toEqual(['Marat Ibraimov WORKS_FOR Amnesty International']);
  });
});

describe('the head of a unit of a body', () => {
  it('is an official of the body, not its leader', () => {
    const base = "The Attorney General's Office (FGR) approved the request.";
    expect(
      relationLines(
        extractText(
          `${base} "It is good," said Luis Mora, the head of the FGR's international affairs unit.`,
        ),
      ),
    ).toContain("Luis Mora OFFICIAL_OF Attorney General's Office");
    expect(
      relationLines(extractText(`${base} "It is good," said Luis Mora, the head of the FGR.`)),
    ).toContain("Luis Mora LEADS Attorney General's Office");
  });
});
