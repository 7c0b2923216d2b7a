/**
 * The spec validator, `@pactflow/swagger-mock-validator` 14.5.0, behind one module that the build inlines into
 * `dist/spec/validator.js` (scripts/bundle-validator.mjs). Why inlined: its install script runs patch-package,
 * which fails whenever npm hoists ajv, so depending on it would break `npm install @fntasks/contract` for every
 * team. Its own dist already carries the patched ajv. The types are ours (its package names a types file it does
 * not ship), so the published declarations name no module a consumer lacks.
 */
import { SwaggerMockValidatorFactory as bundledFactory } from '@pactflow/swagger-mock-validator';

/** One finding: `error` fails the check, `warning` does not. */
export interface ValidationResult {
  code: string;
  message: string;
  type: 'error' | 'warning';
  source: string;
  mockDetails?: {
    interactionDescription?: string | null;
    interactionState?: string | null;
    location: string;
    value: unknown;
  };
  specDetails?: { location: string; pathMethod?: string | null; pathName?: string | null; value: unknown };
}

/** The outcome of validating one mock (pact) against one spec. */
export interface ValidationOutcome {
  success: boolean;
  failureReason?: string;
  errors: ValidationResult[];
  warnings: ValidationResult[];
}

/** The options the CLI takes, by their long names; booleans are the strings 'true' / 'false'. */
export interface ValidateOptions {
  specPathOrUrl: string;
  mockPathOrUrl: string;
  providerName?: string;
  additionalPropertiesInResponse?: 'true' | 'false';
  requiredPropertiesInResponse?: 'true' | 'false';
}

/** What the validator's factory offers. */
export interface ValidatorFactory {
  /** A validator; `auth` is for specs or pacts behind basic auth (unused here). */
  create(auth?: string): { validate(options: ValidateOptions): Promise<ValidationOutcome> };
}

/** The validator's factory, typed. */
export const SwaggerMockValidatorFactory: ValidatorFactory = bundledFactory;
