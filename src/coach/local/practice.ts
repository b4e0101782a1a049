/** Practice runs: the counterpart's next move, and feedback at the end. (Stub.) */
import type { PracticeInput } from '../coach.ts';
import type { PracticeFeedback, PracticeReply } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';

export function practiceTurn(_input: PracticeInput, _techniques: TechniqueLibrary): PracticeReply {
  return { engine: 'local', language: 'en', move: 'push', stance: 'same', text: '', aside: null };
}

export function debriefPractice(_input: PracticeInput, _techniques: TechniqueLibrary): PracticeFeedback {
  return { engine: 'local', language: 'en', summary: '', strengths: [], slips: [], nextTime: [] };
}
