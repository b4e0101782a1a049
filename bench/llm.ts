/**
 * The model engine's own overhead: review() through the model coach against a fake server that
 * answers at once, minus the bare HTTP round trip of the very same request made with plain fetch.
 * What remains is prompt rendering, language detection, the SDK, schema parsing, span repair and
 * fact checks. Also: the prompt size in tokens for a 1,000-character draft.
 */
import { availableParallelism, loadavg } from 'node:os';
import { encode } from 'gpt-tokenizer';
import { LocalEngine } from '../src/coach/local/engine.ts';
import { createModelCoach } from '../src/llm/model-engine.ts';
import { silentLogger } from '../src/log.ts';
import { startFakeOpenAI } from '../tests/fakes/openai-server.ts';
import { type Section, table } from './section.ts';

const EN = `Hi Tom, I have to be honest: I'm really frustrated. This is the third time this quarter that the Northwind dashboard went out late, and once again I found out from the client instead of from you. The release was promised for Tuesday 14 May at 10:00 and it landed on Thursday afternoon with two broken charts. I spent most of Wednesday apologising to Priya and explaining numbers I couldn't verify. You always say it's under control and it never is. I don't want excuses about the data team again. Going forward I need three things: a status update every Monday and Thursday by noon, a heads-up the moment a date is at risk, and a proper test pass on staging before anything reaches the client. If the next release on 28 May slips without warning, I will have to take this to Daniel and ask for someone else to own the account. Let me know by tomorrow whether this works for you, and what you need from me to make it happen. I'd rather fix this with you than around you. Thanks`;
const PL = `Cześć Marku, muszę to powiedzieć wprost: jestem naprawdę sfrustrowana. To już trzeci raz w tym kwartale, kiedy raport dla Orbisu wychodzi po terminie, i znowu dowiedziałam się o tym od klienta, a nie od Ciebie. Wersja miała być gotowa we wtorek 14 maja o 10:00, a dotarła w czwartek po południu z dwoma błędnymi wykresami. Większość środy spędziłam na przepraszaniu Anny i tłumaczeniu liczb, których nie mogłam sprawdzić. Zawsze mówisz, że wszystko jest pod kontrolą, a nigdy nie jest. Nie chcę znowu słyszeć wymówek o zespole danych. Od teraz potrzebuję trzech rzeczy: statusu w każdy poniedziałek i czwartek do południa, informacji od razu, gdy termin jest zagrożony, i porządnych testów przed wysłaniem czegokolwiek klientowi. Jeśli następne wydanie 28 maja się opóźni bez uprzedzenia, pójdę z tym do Daniela. Daj znać do jutra, czy to dla Ciebie działa.`;

/** A model answer that survives every check (flags quoted from the draft, rewrites keep its facts). */
function answer(draft: string) {
  return {
    language: 'en',
    risk: { level: 'heated', score: 0.8 },
    flags: [
      { text: draft.slice(0, 20), start: 0, kind: 'blame', why: 'w', suggestion: null },
      { text: draft.slice(400, 430), start: 400, kind: 'absolute', why: 'w', suggestion: null },
    ],
    rewrites: [
      { technique: 'contrasting', text: draft, why: 'w' },
      { technique: 'shared-purpose', text: draft, why: 'w' },
    ],
    cues: ['Talk to Tom directly.'],
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

export async function run(): Promise<Section> {
  const draft = EN.slice(0, 1000);
  const fake = await startFakeOpenAI({ json: answer(draft) });
  try {
    const settings = {
      apiKey: 'sk-bench',
      baseURL: fake.url,
      model: 'bench-model',
      timeoutMs: 10_000,
      userLimit: 1_000_000,
      userWindowMs: 60_000,
    };
    const coach = createModelCoach({
      config: { kind: 'openai', openai: settings },
      settings,
      local: new LocalEngine(),
      logger: silentLogger,
      cacheSize: 0, // every call must reach the server
    });

    const first = await coach.review(draft);
    if (first.engine !== 'openai' || first.rewrites.length !== 2)
      throw new Error('bench: the model path did not answer');
    const body = JSON.stringify(fake.requests[0]!.body);
    const bare = async () => {
      const res = await fetch(`${fake.url}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
        body,
      });
      await res.json();
    };

    const rounds = 400;
    const engine: number[] = [];
    const http: number[] = [];
    const engineCpu: number[] = [];
    const httpCpu: number[] = [];
    /** Wall and CPU milliseconds of one call (CPU time is what this process spent, fake server included). */
    const measure = async (f: () => Promise<unknown>): Promise<[number, number]> => {
      const cpu = process.cpuUsage();
      const t = performance.now();
      await f();
      const used = process.cpuUsage(cpu);
      return [performance.now() - t, (used.user + used.system) / 1000];
    };
    for (let i = 0; i < rounds + 50; i++) {
      const [e, ec] = await measure(() => coach.review(draft));
      const [h, hc] = await measure(bare);
      if (i >= 50) {
        engine.push(e);
        http.push(h);
        engineCpu.push(ec);
        httpCpu.push(hc);
      }
    }
    for (const list of [engine, http, engineCpu, httpCpu]) list.sort((a, b) => a - b);
    const overhead = percentile(engine, 50) - percentile(http, 50);
    const cpuOverhead = percentile(engineCpu, 50) - percentile(httpCpu, 50);

    const tokens = (text: string) =>
      coach
        .messages('review', {
          draftLanguage: 'en',
          replyLanguage: 'en',
          context: 'report',
          technique: 'any',
          goal: '',
          draft: text,
        })
        .reduce((sum, m) => sum + encode(String(m.content)).length, 0);
    const enTokens = tokens(EN.slice(0, 1000));
    const plTokens = tokens(PL.slice(0, 1000));
    const draftTokens = encode(EN.slice(0, 1000)).length;

    const ms = (v: number) => v.toFixed(2);
    return {
      title: 'Model engine overhead',
      markdown: [
        `review() through the model coach against a local fake server that answers at once, versus the same request body sent with plain \`fetch\` (${rounds} interleaved rounds after 50 warm-up; cache off). The overhead is the difference of the medians. CPU time is this process's (the fake server runs in it too, equally for both paths); it is less sensitive than wall time to other work on a shared machine.`,
        '',
        table(
          ['measure', 'p50', 'p90', 'target'],
          [
            ['review() end to end, wall (ms)', ms(percentile(engine, 50)), ms(percentile(engine, 90)), ''],
            ['bare HTTP round trip, wall (ms)', ms(percentile(http, 50)), ms(percentile(http, 90)), ''],
            ['**engine overhead, wall (ms)**', `**${ms(overhead)}**`, '', '≤ 5'],
            [
              'review() end to end, CPU (ms)',
              ms(percentile(engineCpu, 50)),
              ms(percentile(engineCpu, 90)),
              '',
            ],
            ['bare HTTP round trip, CPU (ms)', ms(percentile(httpCpu, 50)), ms(percentile(httpCpu, 90)), ''],
            ['engine overhead, CPU (ms)', ms(cpuOverhead), '', ''],
          ],
        ),
        '',
        `Load average at the end of the run: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores. Under load every await costs scheduling time, so the wall-clock overhead grows with it; the CPU overhead is the engine's own work (detecting the language, rendering the prompt, the SDK encoding the request and parsing the answer, zod, span repair, fact checks).`,
        '',
        'Prompt size for one review (system + user message, `gpt-tokenizer`), 1,000-character draft:',
        '',
        table(
          ['draft', 'draft tokens', 'prompt tokens', 'target'],
          [
            ['English', draftTokens, `**${enTokens}**`, '≤ 2,000'],
            ['Polish', encode(PL.slice(0, 1000)).length, `**${plTokens}**`, '≤ 2,000'],
          ],
        ),
        '',
        'The review prompt carries every technique as a one-line card (summary and when to use it) and the full "how to apply" of the three core rewrite techniques; phrasing lists and examples stay in the files for the offline engine.',
      ].join('\n'),
    };
  } finally {
    await fake.close();
  }
}
