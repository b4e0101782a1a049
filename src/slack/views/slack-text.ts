/**
 * Slack's markup in message text as a reader sees it: `<@U0999|bob>` → `@bob`, `<#C1|general>` →
 * `#general`, `<!here>` → `@here`, `<https://x|label>` → `label`. Previews (quotes, rewrites)
 * show names instead of raw tokens; the result is plain text, so it still goes through
 * escapeMrkdwn and can never ping or link. The raw text (real mentions) stays in the state the
 * user copies or posts from.
 */

/** Display names by user id, when a payload told us one (e.g. the acting user's own name). */
export type Names = Readonly<Record<string, string>>;

const TOKEN = /<([@#!])?([^<>|\s]+)(?:\|([^<>]*))?>/g;
const URL_LIKE = /^(?:https?|mailto|slack):/i;

export function displaySlackText(text: string, names: Names = {}): string {
  return text.replace(TOKEN, (whole, sigil: string | undefined, id: string, label: string | undefined) => {
    const shown = label?.trim();
    if (sigil === '@') return `@${(shown || names[id] || id).replace(/^@/, '')}`;
    if (sigil === '#') return `#${(shown || id).replace(/^#/, '')}`;
    if (sigil === '!') {
      // <!subteam^S1|@team>, <!date^…|fallback>: the label is what Slack shows.
      if (shown) return shown;
      return id.startsWith('subteam^') ? '@group' : `@${id.split('^')[0]}`;
    }
    if (URL_LIKE.test(id)) return shown || id;
    return whole;
  });
}
