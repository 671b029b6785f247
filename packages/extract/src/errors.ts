import { KgUserError } from '@news-kg/schema';

/** Bad article input: missing, empty, binary, too large, unreachable, or not English. */
export class InputError extends KgUserError {}
