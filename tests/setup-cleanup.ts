import { afterAll } from 'vitest';
import { removeCopies } from './helpers/project';

// Each test file deletes the project copies it built.
afterAll(removeCopies);
