/** `parley heat`: feed a conversation (JSONL on stdin) through the heat detector. (Stub.) */
export async function runHeat(_args: string[]): Promise<number> {
  process.stderr.write('parley heat: not available yet\n');
  return 2;
}
