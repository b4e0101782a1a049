/** A benchmark or evaluation section: each file under bench/ contributes one to the report. */
export interface Section {
  title: string;
  /** Markdown body: tables, ratios against peers, notes. */
  markdown: string;
}

/** Markdown table from a header row and data rows. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Render sections into a report file body with the command and machine that produced it. */
export function report(title: string, command: string, sections: Section[]): string {
  const os = `${process.platform} ${process.arch}, Node ${process.version}`;
  return [
    `# ${title}`,
    '',
    `Produced by \`${command}\` on ${new Date().toISOString().slice(0, 10)} (${os}). Figures are from one run on a noisy shared machine: read the ratios against the peers measured in the same run, not the absolute numbers.`,
    '',
    ...sections.flatMap((s) => [`## ${s.title}`, '', s.markdown.trim(), '']),
  ].join('\n');
}
