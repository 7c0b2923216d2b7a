/** Before the suite: forget the requests a previous run recorded (request-recorder.ts). */
import { rmSync } from 'node:fs';
import { REQUESTS_DIR } from './request-recorder.js';

export default function setup(): void {
  rmSync(REQUESTS_DIR, { recursive: true, force: true });
}
