// Worker module for corpus extraction (started by runPool through ts-worker.mjs).
import type { KgDocument } from '@news-kg/schema';
import { extractOne } from './extract-task';
import { serveTasks } from './serve';

serveTasks<{ spec: string }, KgDocument>((task) => extractOne(task.spec));
