import { z } from 'zod';

/** `/:id` of a report or an answer: the envelope's UUID. */
export const idParamsSchema = z.strictObject({ id: z.uuid() });
