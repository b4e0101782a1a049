/**
 * What the sender of a message asks the reader to do, and the reader's commitment to it, from
 * packs/<lang>/readings.yml (validated with zod at load): "Please send a corrected invoice" →
 * "I'll send the corrected invoice today." Only sentences the acts label a request are read, and
 * only the pack's verbs are committed to, so a reply never promises a discount it was asked for.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { LabeledSentence } from '../acts/label.ts';
import { readYaml } from '../acts/load.ts';
import { PACKS_DIR } from '../packs.ts';
import type { PlanLanguage } from '../situation.ts';
import { findFigures, plWhen } from './figures.ts';

const Line = z.string().min(1);

export const ReadingsFile = z
  .object({
    request: z
      .object({
        patterns: z.array(Line).min(1),
        verbs: z.record(z.string(), Line),
        gerunds: z.array(Line).default([]),
        swap: z.record(z.string(), z.string()),
        commit: Line,
        commitGerund: Line.optional(),
        when: z.object({ date: Line, none: Line }).strict(),
      })
      .strict(),
    requested: z.object({ intent: Line, ack: Line, not: Line, want: Line, ask: Line }).strict(),
    examples: z.array(z.object({ message: Line, commit: Line.nullable() }).strict()).min(1),
  })
  .strict();
export type ReadingsFile = z.infer<typeof ReadingsFile>;

interface CompiledReadings extends ReadingsFile {
  compiled: RegExp[];
}

const CACHE = new Map<string, CompiledReadings>();

export function loadReadings(
  language: PlanLanguage,
  dir: string = join(PACKS_DIR, language),
): CompiledReadings {
  const file = join(dir, 'readings.yml');
  const cached = CACHE.get(file);
  if (cached) return cached;
  const data = readYaml(file, ReadingsFile);
  const compiled = {
    ...data,
    compiled: data.request.patterns.map((p) => new RegExp(`(?<![\\p{L}])${p}`, 'iu')),
  };
  CACHE.set(file, compiled);
  return compiled;
}

export interface SenderRequest {
  /** What they asked for, said from the reader's side: "the corrected invoice". */
  object: string;
  /** The reader's commitment, a whole sentence. */
  commit: string;
}

function swapWords(text: string, swap: Record<string, string>): string {
  return text
    .split(/\s+/)
    .map((word) => {
      const key = word.toLowerCase();
      return Object.hasOwn(swap, key) ? swap[key]! : word;
    })
    .filter((word) => word.length > 0)
    .join(' ');
}

/** "by Friday" / "do piątku" / "w piątek": the sender's own date, else the pack's "today". */
function whenPhrase(message: string, language: PlanLanguage, pack: ReadingsFile): string {
  const date = findFigures(message).date;
  if (!date) return pack.request.when.none;
  if (language !== 'pl') return pack.request.when.date.replace('{date}', date);
  const until = new RegExp(`(?<![\\p{L}])do\\s+${date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');
  return until.test(message) ? `do ${date}` : plWhen(date);
}

/** "przesłanie" → "przesłaniem": the instrumental after "zajmę się". */
function instrumental(gerund: string): string {
  const lower = gerund.toLowerCase();
  if (lower.endsWith('ę')) return `${lower.slice(0, -1)}ą`; // "korektę" → "korektą"
  return `${lower}m`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first request the reader can commit to, or null when there is none (or only a concession). */
export function findRequest(
  message: string,
  sentences: readonly LabeledSentence[],
  language: PlanLanguage,
): SenderRequest | null {
  const pack = loadReadings(language);
  const when = whenPhrase(message, language, pack);
  for (const sentence of sentences) {
    if (!sentence.acts.includes('request')) continue;
    for (const pattern of pack.compiled) {
      const m = pattern.exec(sentence.text)?.groups;
      if (!m?.object) continue;
      const object = swapWords(m.object.trim(), pack.request.swap);
      if (!object) continue;
      if (m.gerund && pack.request.commitGerund && pack.request.gerunds.includes(m.gerund.toLowerCase())) {
        const commit = pack.request.commitGerund
          .replace('{gerund}', instrumental(m.gerund))
          .replace('{object}', object)
          .replace('{when}', when);
        return { object: `${m.gerund.toLowerCase()} ${object}`, commit };
      }
      const verb = m.verb ? pack.request.verbs[m.verb.toLowerCase()] : undefined;
      if (!verb) continue;
      const commit = capitalise(
        pack.request.commit.replace('{verb}', verb).replace('{object}', object).replace('{when}', when),
      );
      return { object, commit };
    }
  }
  return null;
}
