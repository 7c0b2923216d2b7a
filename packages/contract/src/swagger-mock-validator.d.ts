/** `@pactflow/swagger-mock-validator` ships no types: its one import (src/spec/validator.ts) types it there. */
declare module '@pactflow/swagger-mock-validator';
