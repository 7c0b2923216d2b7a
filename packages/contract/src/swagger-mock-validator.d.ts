/** Types for `@pactflow/swagger-mock-validator` 14.5.0, whose package names a types file it does not ship. */
declare module '@pactflow/swagger-mock-validator' {
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

  export const SwaggerMockValidatorFactory: {
    create(auth?: string): { validate(options: ValidateOptions): Promise<ValidationOutcome> };
  };
}
