import { monthNumber } from '../clean/metadata';
import { WEEKDAYS } from '../lexicon/calendar';
import type { Token } from '../nlp/types';
import { startsUpper } from '../nlp/letters';

export interface DateExpression {
  from: number;
  to: number;
  date: string;
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/**
 * Date expressions of a sentence resolved against the publication date:
 * "on Friday" (the most recent Friday, the day itself if it is one), "last
 * Saturday" (strictly before), "yesterday", "today", "on March 15", "since
 * February" / "in February" (first of the month, the year before if later
 * than publication), "March 15, 2025".
 */
export function findDates(tokens: readonly Token[], publishedAt: string | null): DateExpression[] {
  const out: DateExpression[] = [];
  const pub = publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const wd = (WEEKDAYS as readonly string[]).indexOf(t.lower);
    if (wd >= 0 && pub && publishedAt) {
      const prev = tokens[k - 1]?.lower;
      let diff = (pub.getUTCDay() - wd + 7) % 7;
      if (prev === 'last' && diff === 0) diff = 7;
      if (prev === 'next') diff = -((wd - pub.getUTCDay() + 7) % 7 || 7);
      out.push({
        from: prev === 'last' || prev === 'on' || prev === 'next' || prev === 'this' ? k - 1 : k,
        to: k + 1,
        date: addDays(publishedAt, -diff),
      });
      continue;
    }
    if ((t.lower === 'yesterday' || t.lower === 'today') && publishedAt) {
      out.push({
        from: k,
        to: k + 1,
        date: t.lower === 'today' ? publishedAt : addDays(publishedAt, -1),
      });
      continue;
    }
    const month = startsUpper(t.text) ? monthNumber(t.text) : null;
    if (month && t.text.length >= 3 && !(t.lower === 'may' && tokens[k + 1]?.pos !== 'NUM')) {
      const day =
        tokens[k + 1]?.pos === 'NUM' && /^\d{1,2}$/.test(tokens[k + 1]!.text)
          ? Number(tokens[k + 1]!.text)
          : null;
      let yearAt = day ? k + 2 : k + 1;
      if (tokens[yearAt]?.text === ',') yearAt++;
      const year = /^\d{4}$/.test(tokens[yearAt]?.text ?? '') ? Number(tokens[yearAt]!.text) : null;
      let y = year ?? pub?.getUTCFullYear() ?? null;
      if (y === null) continue;
      if (
        !year &&
        pub &&
        (month - 1 > pub.getUTCMonth() ||
          (month - 1 === pub.getUTCMonth() && (day ?? 1) > pub.getUTCDate()))
      )
        y -= 1;
      const d = new Date(Date.UTC(y, month - 1, day ?? 1));
      if (d.getUTCMonth() !== month - 1) continue;
      const prev = tokens[k - 1]?.lower;
      out.push({
        from: prev === 'since' || prev === 'in' || prev === 'on' ? k - 1 : k,
        to: year ? yearAt + 1 : day ? k + 2 : k + 1,
        date: toIso(d),
      });
    }
  }
  return out;
}

/** The date expression nearest to the trigger token, within eight tokens. */
export function dateNear(dates: readonly DateExpression[], trigger: number): string | null {
  let best: DateExpression | undefined;
  let bestDistance = 9;
  for (const d of dates) {
    const distance = trigger < d.from ? d.from - trigger : trigger >= d.to ? trigger - d.to + 1 : 0;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best?.date ?? null;
}
