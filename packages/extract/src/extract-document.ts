import { basename, extname } from 'node:path';
import { slugify, type EntityType, type KgDocument } from '@news-kg/schema';
import { cleanPlainText, joinSegments } from './clean/boilerplate';
import { evaluationRelations } from './claims/evaluations';
import { speechFrames, stanceOf, type SpeechFrame } from './claims/modality';
import { addQuotationFrames } from './claims/quotes';
import { appealRelations } from './claims/appeals';
import { selfDenials } from './claims/self-denials';
import {
  allegationSources,
  quotedJudgements,
  resolveSpeechActs,
  speechActs,
  type AllegationSource,
  type SpeechActCue,
} from './claims/speech-acts';
import {
  receivedSentences,
  resolveReceivedSentences,
  type ReceivedSentence,
} from './relations/received-sentences';
import { isAppealDestination, resolveMentions } from './coref/resolve';
import { buildDocument, type DocumentMeta } from './document/build-document';
import { InputError } from './errors';
import { htmlToText } from './input/html-to-text';
import { detectLanguage } from './input/language';
import type { RawArticle } from './input/types';
import { recognizeSentence } from './mentions/recognize';
import type { AcronymDefinition } from './mentions/acronyms';
import type { EntityRec, MentionRec, RelationCandidate } from './model';
import { fixTags } from './nlp/tagger-fixes';
import type { Sentence } from './nlp/types';
import { analyseText } from './nlp/wink';
import { addLongerNameAliases } from './coref/longer-names';
import { chargeRelations } from './relations/charges';
import { courtDecisionRelations } from './relations/court-decisions';
import { heldAfterTransfer } from './relations/held-after-transfer';
import { extraditionRequests } from './relations/extradition-requests';
import { wantedRelations } from './relations/wanted';
import { amongRelations } from './relations/among';
import { describedAsRelations } from './relations/described-as';
import { addInitialSurnames } from './coref/initial-surnames';
import { supporterRelations } from './relations/supporters';
import { isKindOfPeople, pastTense } from './relations/kinds-of-people';
import { appositionRelations } from './relations/appositions';
import { copulaRelations } from './relations/copulas';
import { divisionRelations } from './relations/divisions';
import { kinshipRelations } from './relations/kinship';
import { frameRelations } from './relations/frames';
import { implicitRelations } from './relations/implicit';
import { SentenceView } from './relations/sentence-view';
import { verbRelations } from './relations/svo';
import type { RawRelation } from './relations/types';
import { dateNear, findDates } from './time/dates';

/** Two letters in a row: the least a body text must have to hold a word. */
const WORD = /\p{L}{2,}/u;

/**
 * The extraction pipeline over one article: clean → sentences → mentions →
 * coreference → relations → claims → document. Pure and deterministic.
 */
export function extractDocument(raw: RawArticle): KgDocument {
  const overrides = raw.overrides ?? {};
  let plain = raw.content;
  let htmlMeta: ReturnType<typeof htmlToText> | undefined;
  if (raw.format === 'html') {
    htmlMeta = htmlToText(raw.content);
    plain = htmlMeta.text;
  }
  const cleaned = cleanPlainText(plain, overrides.title ?? htmlMeta?.title ?? null);
  const segments = cleaned.segments.filter(
    (s, i) =>
      !(
        s.section === 'body' &&
        cleaned.segments.some((t, j) => j < i && t.section === 'title' && t.text === s.text)
      ),
  );
  const body = segments
    .filter((s) => s.section === 'body')
    .map((s) => s.text)
    .join('\n');
  if (!WORD.test(body)) {
    throw new InputError(`${raw.origin}: no usable article text found`, {
      hint: 'the input has no sentences of body text',
    });
  }
  const language = detectLanguage(body);
  if (language !== 'eng') {
    throw new InputError(`${raw.origin}: the article is not in English (detected "${language}")`, {
      hint: 'only English articles are supported',
    });
  }

  const { text, spans } = joinSegments(segments);
  const sentences = analyseText(text, spans);
  for (const s of sentences) fixTags(s);

  const meta: DocumentMeta = {
    id: documentIdFor(raw, cleaned.title, overrides.date ?? htmlMeta?.date ?? cleaned.date),
    title: overrides.title ?? cleaned.title ?? htmlMeta?.title ?? null,
    url: overrides.url ?? htmlMeta?.url ?? (/^https?:\/\//.test(raw.origin) ? raw.origin : null),
    publishedAt: overrides.date ?? htmlMeta?.date ?? cleaned.date,
    source: overrides.source ?? htmlMeta?.siteName ?? raw.origin,
  };

  // Mentions and coreference.
  const mentions: MentionRec[][] = [];
  const acronyms: AcronymDefinition[][] = [];
  for (const s of sentences) {
    const found = recognizeSentence(s, text);
    mentions.push(found.mentions);
    acronyms.push(found.acronyms);
  }
  addInitialSurnames(sentences, mentions);
  const { registry, facts } = resolveMentions(sentences, mentions, acronyms, text);
  addLongerNameAliases(sentences, mentions, registry, text);
  const typeOf = (key: string): EntityType | undefined => registry.get(key)?.type;
  const keyOf = (m: MentionRec | undefined): string | undefined => m?.key;
  const placeOf = (m: MentionRec | undefined): string | undefined =>
    m?.key ? m.key : m?.country ? registry.country(m.country).key : undefined;

  // "his lawyer said he would appeal to the High Court": a court named only as where an appeal
  // may go is not the court that tried the case
  const appealOnly = (e: EntityRec): boolean =>
    e.mentions.every(
      (m) => m.kind !== 'name' || isAppealDestination(sentences[m.sent]!.tokens, m.from),
    );
  const courts = [...registry.entities.values()].filter(
    (e) => e.type === 'Court' && !appealOnly(e),
  );
  const appositionContext = {
    officeCountryOf: (person: string): string | undefined => {
      const country = facts.personCountry.get(person);
      return country ? registry.country(country).key : undefined;
    },
    ...(courts.length === 1 ? { onlyCourt: courts[0]!.key } : {}),
    ...(facts.homeCountry ? { homeCountry: registry.country(facts.homeCountry).key } : {}),
  };
  const organizationOf = (sent: number, from: number, to: number): string | undefined => {
    const s = sentences[sent]!;
    const name = text
      .slice(s.tokens[from]!.start, s.tokens[to - 1]!.end)
      .replace(/["“”‘’']/g, '')
      .trim();
    if (!name) return undefined;
    const rec = registry.ensure('Organization', name);
    const mention: MentionRec = {
      sent,
      from,
      to,
      type: 'Organization',
      name,
      kind: 'description',
      rule: 'object-organization',
      confidence: 0.6,
    };
    if (!rec.mentions.some((m) => m.sent === sent && m.from === from))
      registry.attach(rec, mention);
    return rec.key;
  };
  const familyNames = (name: string): string[] => name.split(/\s+/).at(-1)!.split('-');
  const namesake = (person: string): string | undefined => {
    const own = registry.get(person);
    if (!own) return undefined;
    const mine = new Set(familyNames(own.name));
    const others = [...registry.entities.values()].filter(
      (e) =>
        e.type === 'Person' &&
        e.key !== person &&
        e.name.includes(' ') &&
        familyNames(e.name).some((w) => mine.has(w)),
    );
    return others.length === 1 ? others[0]!.key : undefined;
  };
  // "Among those detained …": the group named last before the phrase, up to two sentences back;
  // for those detained, first a group the story has detained, up to four sentences back ("police
  // arrested 23 people … More than 400 officers … Among those detained was X")
  const latestGroup = (sent: number, from: number, detained: boolean): string | undefined => {
    const groupsBefore = (si: number): MentionRec[] =>
      (mentions[si] ?? []).filter(
        (m) => m.key && typeOf(m.key) === 'Group' && (si < sent || m.from < from),
      );
    for (let si = sent; detained && si >= Math.max(0, sent - 4); si--) {
      const found = groupsBefore(si)
        .filter((m) => registry.get(m.key!)?.attributes.family === 'detained')
        .at(-1);
      if (found) return found.key;
    }
    for (let si = sent; si >= Math.max(0, sent - 2); si--) {
      const found = groupsBefore(si).at(-1);
      if (found) return found.key;
    }
    return undefined;
  };
  // Relations, then their stance and date.
  const candidates: RelationCandidate[] = [];
  const rawAll: { view: SentenceView; rel: RawRelation }[] = [];
  let lastClaim: { speaker: string; sent: number } | undefined;
  const rejected: { rejecter: string; claimant: string; sent: number }[] = [];
  const views: SentenceView[] = [];
  const speechCues: SpeechActCue[] = [];
  const allegationsFrom: AllegationSource[] = [];
  const sentenceCues: ReceivedSentence[] = [];
  const datesOf = new Map<number, ReturnType<typeof findDates>>();
  const framesBySentence = new Map<number, ReturnType<typeof speechFrames>['frames']>();
  // speech frames first: a quotation may name its speaker only in a later sentence
  const framesOf: SpeechFrame[][] = [];
  const rejectionsOf: RawRelation[][] = [];
  for (const s of sentences) {
    const view = new SentenceView(s, mentions[s.index] ?? [], typeOf);
    views.push(view);
    const { frames, rejections } = speechFrames(view, keyOf, lastClaim?.speaker);
    framesOf.push(frames);
    rejectionsOf.push(rejections);
    for (const r of rejections)
      if (r.rule === 'rejected-previous-claim' && lastClaim)
        rejected.push({ rejecter: r.subject, claimant: r.object, sent: lastClaim.sent });
    const claim = frames.find((f) => f.modality === 'claimed');
    if (claim?.speaker) lastClaim = { speaker: claim.speaker, sent: s.index };
  }
  addQuotationFrames(
    views,
    framesOf,
    (i) => i > 0 && text.slice(sentences[i - 1]!.end, sentences[i]!.start).includes('\n'),
  );
  for (const [i, view] of views.entries()) {
    const s = view.sentence;
    const frames = framesOf[i]!;
    const rejections = rejectionsOf[i]!;
    framesBySentence.set(s.index, frames);
    const found = [
      ...appositionRelations(view, keyOf, appositionContext),
      ...verbRelations(view, keyOf, placeOf, organizationOf),
      ...copulaRelations(view, keyOf),
      ...frameRelations(view, keyOf),
      ...divisionRelations(view, keyOf),
      ...kinshipRelations(view, keyOf, namesake),
      ...rejections,
    ];
    found.push(...evaluationRelations(view, frames, keyOf));
    found.push(...appealRelations(view, keyOf));
    found.push(...courtDecisionRelations(view, keyOf));
    found.push(...chargeRelations(view, keyOf));
    found.push(...wantedRelations(view, keyOf));
    found.push(...extraditionRequests(view, keyOf));
    found.push(...amongRelations(view, keyOf, latestGroup));
    found.push(...describedAsRelations(view, keyOf));
    found.push(...supporterRelations(view, keyOf, (group) => facts.groupOwner.get(group)));
    const acts = speechActs(view, keyOf);
    found.push(...acts.relations);
    speechCues.push(
      ...acts.cues,
      ...quotedJudgements(view, frames),
      ...selfDenials(view, frames, keyOf),
    );
    allegationsFrom.push(...allegationSources(view, keyOf));
    sentenceCues.push(...receivedSentences(view, keyOf));
    for (const rel of found) rawAll.push({ view, rel });
  }
  // "Judge X of an accountability court": a sentence naming a court it does not name
  const unnamedCourtIn = (sent: number): boolean =>
    (mentions[sent] ?? []).some(
      (m) => m.kind === 'description' && m.type === 'Court' && /^an?$/.test(m.det ?? ''),
    );
  const surfaceOf = (m: MentionRec): string => {
    const toks = sentences[m.sent]!.tokens;
    return text.slice(toks[m.from]!.start, toks[m.to - 1]!.end);
  };
  for (const rel of implicitRelations(registry, facts, { surfaceOf, unnamedCourtIn, appealOnly })) {
    const s = sentences[rel.sent]!;
    rawAll.push({ view: views[s.index]!, rel });
  }
  const sectionWeight = (s: Sentence): number =>
    s.section === 'caption' ? 0.7 : s.section === 'title' ? 0.85 : s.section === 'credit' ? 0.3 : 1;
  // ("a charity that supports refugees": a kind of people is the target of no relation)
  const kindOfPeople = (key: string): boolean =>
    isKindOfPeople(registry.get(key), facts.groupOwner.has(key));
  for (const { view, rel } of rawAll) {
    const s = view.sentence;
    if (s.section === 'credit') continue; // credits name sources, not facts of the story
    if (kindOfPeople(rel.object) && !pastTense(s.tokens[rel.trigger])) continue;
    let dates = datesOf.get(s.index);
    if (rel.event && !dates) {
      dates = findDates(s.tokens, meta.publishedAt);
      datesOf.set(s.index, dates);
    }
    for (const stance of stanceOf(view, rel, framesBySentence.get(s.index) ?? [])) {
      candidates.push({
        subject: rel.subject,
        predicate: rel.predicate,
        object: rel.object,
        modality: stance.modality,
        attributedTo: stance.attributedTo,
        date: rel.event && dates ? dateNear(dates, rel.trigger) : null,
        sent: rel.sent,
        from: rel.from,
        to: rel.to,
        rule: rel.rule,
        confidence: rel.confidence * sectionWeight(s),
        ...(rel.qualifiers ? { qualifiers: rel.qualifiers } : {}),
      });
    }
  }
  // Denials, praise and condemnation answer an earlier act of the article.
  candidates.push(...resolveSpeechActs(speechCues, candidates, typeOf, allegationsFrom));
  // Sentences told from the convict's side were passed by the court that sentenced before.
  candidates.push(...resolveReceivedSentences(sentenceCues, candidates, typeOf));
  // What a rejected earlier claim said is now also denied by whoever rejects it.
  for (const r of rejected) {
    for (const c of candidates.filter(
      (x) => x.sent === r.sent && x.modality === 'claimed' && x.attributedTo === r.claimant,
    )) {
      candidates.push({
        ...c,
        modality: 'denied',
        attributedTo: r.rejecter,
        rule: 'rejected-previous-claim',
      });
    }
  }
  // "X and Y … They were taken to …": each coordinated person takes the relation
  const membersOf = (key: string | null): (string | null)[] =>
    (key && registry.get(key)?.attributes.members?.split(' ')) || [key];
  const expanded = candidates.flatMap((c) =>
    membersOf(c.subject).flatMap((subject) =>
      membersOf(c.object).flatMap((object) =>
        membersOf(c.attributedTo).map((attributedTo) => ({
          ...c,
          subject: subject!,
          object: object!,
          attributedTo,
        })),
      ),
    ),
  );
  expanded.push(...heldAfterTransfer(expanded, typeOf));
  // A government that does nothing else in the story is only a name for its state: tying the
  // two says nothing the reader needs
  const acting = new Set(
    expanded
      .filter((c) => c.predicate !== 'GOVERNMENT_OF')
      .flatMap((c) => [c.subject, c.object, c.attributedTo]),
  );
  const kept = expanded.filter((c) => c.predicate !== 'GOVERNMENT_OF' || acting.has(c.subject));
  return buildDocument(meta, text, sentences, registry.entities.values(), kept);
}

/** overrides.id, else a slug of the file name, else of the title plus the date. */
function documentIdFor(raw: RawArticle, title: string | null, date: string | null): string {
  if (raw.overrides?.id) return raw.overrides.id;
  const isFile = raw.origin !== 'stdin' && !/^https?:\/\//.test(raw.origin);
  if (isFile) {
    const slug = slugify(basename(raw.origin, extname(raw.origin)));
    if (slug) return slug;
  }
  const base = slugify(title ?? 'article') || 'article';
  return date && !base.includes(date) ? `${date}-${base}` : base;
}
