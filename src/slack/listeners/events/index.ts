/** Events API events (other than messages): event type → handler. */
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.ts';
import { handleAppHomeOpened } from './app-home-opened.ts';

export function registerEvents(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', (args) => handleAppHomeOpened(args, deps));
}
