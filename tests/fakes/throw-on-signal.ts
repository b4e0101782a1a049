/**
 * Preloaded (`node --import`) into a real `src/main.ts` process by tests: on SIGUSR2 it throws
 * outside every handler, with a message that must never reach a log line.
 */
export const FAULT_MESSAGE = 'otter-garnet-text-that-must-not-be-logged';

export class PlantedFault extends Error {
  constructor() {
    super(FAULT_MESSAGE);
    this.name = 'PlantedFault';
  }
}

process.on('SIGUSR2', () => {
  throw new PlantedFault();
});
