// Identifiers for the "take a break" features (channel reminders, personal breaks), kept apart
// from ids.ts so the two features evolve without touching each other's file.

/** Reminder buttons (posted in a heated thread). Their values carry no text, only "reminder". */
export const ACTION_REMINDER_BREAK = 'reminder_break';
export const ACTION_REMINDER_COACH = 'reminder_coach';
export const ACTION_REMINDER_NOT_HELPFUL = 'reminder_not_helpful';
export const BLOCK_REMINDER_ACTIONS = 'reminder_actions';

/** "Cancel" next to a pending break; value is the scheduled_message_id. */
export const ACTION_BREAK_CANCEL = 'break_cancel';
export const BLOCK_BREAK_LIST = 'break_list';

/** `/coach watch …` and `/coach break …`. */
export const SUBCOMMAND_WATCH = 'watch';
export const SUBCOMMAND_BREAK = 'break';

/** Store counters (per channel for reminders, per user for breaks). */
export const COUNTER_REMINDERS_SENT = 'reminder.sent';
export const COUNTER_NOT_HELPFUL = 'reminder.not_helpful';
/** Per `channel:reminder ts:user`, so one person counts once per reminder. */
export const COUNTER_NOT_HELPFUL_VOTE = 'reminder.not_helpful.vote';
export const COUNTER_BREAKS = 'break.scheduled';

/** The break the reminder button offers, in seconds. */
export const REMINDER_BREAK_SECONDS = 600;
/** Each "Not helpful" raises the channel's threshold by this much (capped by the detector). */
export const NOT_HELPFUL_STEP = 0.05;
