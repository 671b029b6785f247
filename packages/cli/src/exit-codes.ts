/** Exit codes shared by every command, so scripts can branch on them. */
export const EXIT = {
  ok: 0,
  /** Bad input or a refused operation; the message says which. */
  userError: 1,
  /** Unknown command or option (commander's own code). */
  usage: 2,
  /** The work finished but some inputs were skipped (corpus mode). */
  partial: 3,
  /** A bug: an unexpected exception. */
  internal: 70,
} as const;
