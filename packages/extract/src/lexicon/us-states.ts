/**
 * US states and the District of Columbia with their AP-style and postal
 * abbreviations, as news datelines write them ("Aiken, S.C.", "Houston, Texas").
 * A complete generic list: nothing here is specific to any article.
 */
const STATES: [string, string[]][] = [
  ['Alabama', ['Ala.', 'AL']],
  ['Alaska', ['AK']],
  ['Arizona', ['Ariz.', 'AZ']],
  ['Arkansas', ['Ark.', 'AR']],
  ['California', ['Calif.', 'Cal.', 'CA']],
  ['Colorado', ['Colo.', 'CO']],
  ['Connecticut', ['Conn.', 'CT']],
  ['Delaware', ['Del.', 'DE']],
  ['Florida', ['Fla.', 'FL']],
  ['Georgia', ['Ga.', 'GA']],
  ['Hawaii', ['HI']],
  ['Idaho', ['ID']],
  ['Illinois', ['Ill.', 'IL']],
  ['Indiana', ['Ind.', 'IN']],
  ['Iowa', ['IA']],
  ['Kansas', ['Kan.', 'Kans.', 'KS']],
  ['Kentucky', ['Ky.', 'KY']],
  ['Louisiana', ['La.', 'LA']],
  ['Maine', ['ME']],
  ['Maryland', ['Md.', 'MD']],
  ['Massachusetts', ['Mass.', 'MA']],
  ['Michigan', ['Mich.', 'MI']],
  ['Minnesota', ['Minn.', 'MN']],
  ['Mississippi', ['Miss.', 'MS']],
  ['Missouri', ['Mo.', 'MO']],
  ['Montana', ['Mont.', 'MT']],
  ['Nebraska', ['Neb.', 'Nebr.', 'NE']],
  ['Nevada', ['Nev.', 'NV']],
  ['New Hampshire', ['N.H.', 'NH']],
  ['New Jersey', ['N.J.', 'NJ']],
  ['New Mexico', ['N.M.', 'NM']],
  ['New York', ['N.Y.', 'NY']],
  ['North Carolina', ['N.C.', 'NC']],
  ['North Dakota', ['N.D.', 'ND']],
  ['Ohio', ['OH']],
  ['Oklahoma', ['Okla.', 'OK']],
  ['Oregon', ['Ore.', 'Oreg.', 'OR']],
  ['Pennsylvania', ['Pa.', 'Penn.', 'PA']],
  ['Rhode Island', ['R.I.', 'RI']],
  ['South Carolina', ['S.C.', 'SC']],
  ['South Dakota', ['S.D.', 'SD']],
  ['Tennessee', ['Tenn.', 'TN']],
  ['Texas', ['Tex.', 'TX']],
  ['Utah', ['UT']],
  ['Vermont', ['Vt.', 'VT']],
  ['Virginia', ['Va.', 'VA']],
  ['Washington', ['Wash.', 'WA']],
  ['West Virginia', ['W.Va.', 'W.V.', 'WV']],
  ['Wisconsin', ['Wis.', 'Wisc.', 'WI']],
  ['Wyoming', ['Wyo.', 'WY']],
  ['District of Columbia', ['D.C.', 'DC']],
];

const byForm = new Map<string, string>();
for (const [name, abbreviations] of STATES) {
  byForm.set(name, name);
  // Two-letter postal codes are words in prose ("IN", "OR", "ME"); only dotted forms count alone.
  for (const a of abbreviations) if (a.includes('.')) byForm.set(a, name);
}

/** Canonical state name for a written form ("Conn." → "Connecticut"), else undefined. */
export function usStateByName(form: string): string | undefined {
  return byForm.get(form);
}

/** Postal-code forms, accepted only right after "City, " in a dateline-like pattern. */
export function usStateByPostalCode(code: string): string | undefined {
  const hit = STATES.find(
    ([, abbreviations]) => abbreviations.includes(code) && !code.includes('.'),
  );
  return hit?.[0];
}
