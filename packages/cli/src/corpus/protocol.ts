/** Messages between the pool and its workers (structured-cloned). */
export interface WorkerRequest {
  index: number;
  task: unknown;
}

export interface TaskError {
  name: string;
  message: string;
  hint?: string;
  /** True for a KgUserError: the input's fault, not a bug. */
  user?: boolean;
}

export type WorkerReply =
  { index: number; ok: true; value: unknown } | { index: number; ok: false; error: TaskError };
