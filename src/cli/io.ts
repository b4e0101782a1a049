/**
 * The CLI's streams, passed in so commands can run against real stdio or test doubles, and the
 * colour decision: Node's own styleText check (TTY, NO_COLOR, FORCE_COLOR) probed once per stream.
 */
import { styleText } from 'node:util';

export type Input = NodeJS.ReadableStream & { isTTY?: boolean };

export interface Output {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdin: Input;
  stdout: Output;
  stderr: Output;
}

export type Style = Parameters<typeof styleText>[0];
/** Apply a style, or return the text unchanged when colour is off. */
export type Paint = (style: Style, text: string) => string;

export const plain: Paint = (_style, text) => text;

/** Whether Node would colour this stream: a TTY without NO_COLOR, or FORCE_COLOR set. */
export function colorEnabled(stream: Output): boolean {
  try {
    return styleText('red', 'x', { stream: stream as NodeJS.WritableStream }) !== 'x';
  } catch {
    // Not a real stream (a test double): no colour.
    return false;
  }
}

export function painter(enabled: boolean): Paint {
  return enabled ? (style, text) => styleText(style, text, { validateStream: false }) : plain;
}

/** Everything on stdin as one string. */
export async function readAll(stream: Input): Promise<string> {
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

/** Write and wait for the stream to drain when its buffer is full, so big outputs stream politely. */
export async function write(stream: Output, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}
