/**
 * Names of a prosecution service: "Tallinn Prosecutor's Office", "Public Prosecution", "Supreme
 * People's Procuracy", "Attorney General's Office", "Public Ministry", "Fiscalía General",
 * "Department of Justice" (which prosecutes in the United States and the Philippines).
 */
const PROSECUTION =
  /\b(prosecut\w*|procura\w*|attorney[- ]general\w*|public ministry|ministério público|ministerio público|fiscal[ií]a|department of justice|justice department)\b/i;

const JUDICIARY = /\bjudiciary$/i;

export function isProsecutionService(name: string): boolean {
  return PROSECUTION.test(name);
}

/**
 * A country's judiciary as a whole ("the Iranian judiciary", "Moldova's judiciary"): the
 * state's own body, like its government, and not a court that gives verdicts.
 */
export function isJudiciary(name: string): boolean {
  return JUDICIARY.test(name);
}
