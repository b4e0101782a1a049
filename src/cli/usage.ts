/** Usage text for `parley help` and each command's --help. */
import { CONTEXTS, MAX_DRAFT_CHARS } from '../coach/schemas.ts';

const contexts = CONTEXTS.join(', ');
const limit = MAX_DRAFT_CHARS.toLocaleString('en-US');

const REVIEW = `Usage: parley review [options] "<draft>"
       <command> | parley review [options]
       parley review --jsonl [options] < drafts.jsonl

Review a draft before you send it: how risky it reads, the phrases that may hurt and why,
rewrites that use a named technique, and next moves. The draft can also come on stdin.

Options
  --context <who>    Who it is for: ${contexts}
  --technique <id>   Only suggest rewrites that use this technique (see "parley techniques")
  --json             Print the review as one JSON document
  --jsonl            Review many drafts: one JSON object per line on stdin,
                     {"text": "…", "context": "client"} (context optional),
                     one review per line on stdout, in the same order
  -h, --help         Show this help

Drafts can be up to ${limit} characters.`;

const PREP = `Usage: parley prep [options] "<situation>"
       <command> | parley prep [options]

Plan a difficult conversation: your goal, their interests, common ground, what you could give
and must hold, an opening line, questions to ask, options, and what to do if it heats up.

Options
  --context <who>    Who the other side is: ${contexts}
  --json             Print the plan as one JSON document
  -h, --help         Show this help`;

const TECHNIQUES = `Usage: parley techniques [--json] [<id>]

List the coaching techniques Parley uses, or show one in full.

Options
  --json             Print as JSON
  -h, --help         Show this help`;

const MAIN = `Parley: a coach for difficult conversations.

Usage
  parley review [options] "<draft>"     Review a draft before you send it
  parley prep [options] "<situation>"   Plan a difficult conversation
  parley techniques [<id>]              List the techniques, or show one in full
  parley heat [options] < thread.jsonl  Check how heated a conversation is getting
  parley help [<command>]               Show help for a command
  parley --version                      Print the version

Examples
  parley review "You ALWAYS miss deadlines and I'm sick of covering for you."
  parley review --context client --technique contrasting "Per my last email, the invoice is overdue."
  pbpaste | parley review --json
  parley review --jsonl < drafts.jsonl > reviews.jsonl
  parley prep "A client wants a 30% discount on a fixed-price project"
  parley techniques contrasting

Exit codes: 0 ok, 2 bad input, 1 unexpected error.
The offline coach answers by default; set OPENAI_API_KEY (or PARLEY_ENGINE=openai) to use a model.`;

export const USAGE: Record<string, string> = {
  parley: MAIN,
  review: REVIEW,
  prep: PREP,
  techniques: TECHNIQUES,
};

export function usage(command = 'parley'): string {
  return `${USAGE[command] ?? MAIN}\n`;
}
