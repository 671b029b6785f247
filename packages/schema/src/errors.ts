/**
 * Base class for errors caused by the user's input or environment (a bad file,
 * an unreachable server). The CLI prints `message` (and `hint`) on one line and
 * exits with `exitCode`, without a stack trace; any other error is a bug.
 */
export class KgUserError extends Error {
  constructor(
    message: string,
    readonly options: { hint?: string; exitCode?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
  }

  get hint(): string | undefined {
    return this.options.hint;
  }

  get exitCode(): number {
    return this.options.exitCode ?? 1;
  }
}
