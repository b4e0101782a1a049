import type { Section } from './section.ts';

export async function run(): Promise<Section> {
  return { title: 'Pending', markdown: 'Not measured yet.' };
}
