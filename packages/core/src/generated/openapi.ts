/**
 * Generated from openapi/function-tasks.yaml by openapi-typescript. Do not edit by hand:
 * change the spec and run `pnpm generate`. CI fails when this file differs from a fresh generation.
 */

export interface paths {
    "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the application (application group).
                 * @example app_group_name
                 */
                appGroupIdentity: components["parameters"]["appGroupIdentity"];
                /**
                 * @description The name of the feature (algorithm function), for example `ctr`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the instance.
                 * @example test_model_2
                 */
                instanceName: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /**
         * Queries the training tasks of a function instance.
         * @description Queries the training tasks. The results are sorted in descending order by start time (newest first).
         *     RAM action `opensearch:DescribeFunction` on `acs:opensearch:{regionId}:{accountId}:apps/{AppGroupId}`.
         *     Signed requests carry `x-acs-action: ListFunctionTasks` and `x-acs-version: 2017-12-25`.
         */
        get: operations["ListFunctionTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: int64
         * @description The time when the task ended, UNIX epoch milliseconds; 0 means the task has not ended.
         */
        EndTime: number;
        /** @description The error body, in either casing (`RequestId||requestId`, `Code||code`, `Message||message`). */
        ErrorBody: components["schemas"]["ErrorCamelBody"] | components["schemas"]["ErrorPascalBody"];
        /** @description The v4 error body with camelCase keys. */
        ErrorCamelBody: {
            /** @description The error code, for example `App.NotFound`. */
            code: string;
            /** @description The HTTP status code. */
            httpCode?: number;
            /** @description A human-readable message. */
            message: string;
            /** @description The ID of the request. */
            requestId: string;
        };
        /** @description The error body with PascalCase keys. */
        ErrorPascalBody: {
            /** @description The error code, for example `App.NotFound`. */
            Code: string;
            /** @description The HTTP status code. */
            HttpCode?: number;
            /** @description A human-readable message. */
            Message: string;
            /** @description The ID of the request. */
            RequestId: string;
        };
        /**
         * @description A JSON document encoded as a string, with model evaluation results and training errors,
         *     for example `{"recall":91,"errors":[]}`.
         * @example {"recall":91,"errors":[]}
         */
        ExtendInfo: string;
        /** @description One training task, camelCase keys. */
        FunctionTaskCamel: {
            endTime: components["schemas"]["EndTime"];
            extendInfo?: components["schemas"]["ExtendInfo"];
            /** @description The name of the feature. */
            functionName: string;
            generation?: components["schemas"]["Generation"];
            progress: components["schemas"]["Progress"];
            /**
             * @description The ID of the task.
             * @example trigger__2021-03-05T12:18:41
             */
            runId: string;
            /**
             * Format: int64
             * @description The time when the task started, UNIX epoch milliseconds.
             */
            startTime: number;
            status: components["schemas"]["TaskStatus"];
        };
        /** @description One training task, PascalCase keys. */
        FunctionTaskPascal: {
            EndTime: components["schemas"]["EndTime"];
            ExtendInfo?: components["schemas"]["ExtendInfo"];
            /** @description The name of the feature. */
            FunctionName: string;
            Generation?: components["schemas"]["Generation"];
            Progress: components["schemas"]["Progress"];
            /** @description The ID of the task. */
            RunId: string;
            /**
             * Format: int64
             * @description The time when the task started, UNIX epoch milliseconds.
             */
            StartTime: number;
            Status: components["schemas"]["TaskStatus"];
        };
        /**
         * @description The iteration number, a number encoded as a string (for example "3").
         * @example 3
         */
        Generation: string;
        /** @description The documented "Sample success response" shape (camelCase keys). */
        ListFunctionTasksCamelBody: {
            /** @description The error code ("" on success). */
            code?: string;
            /** @description The HTTP status code. */
            httpCode?: number;
            /** @description The time consumed by the request, in milliseconds. */
            latency?: number;
            /** @description The returned message ("" on success). */
            message?: string;
            /** @description The ID of the request. */
            requestId: string;
            /** @description The tasks of this page, newest first. */
            result: components["schemas"]["FunctionTaskCamel"][];
            /**
             * @description The status of the request ("OK" in the documented sample).
             * @example OK
             */
            status?: string;
            /** @description The total number of records that meet the requirements. */
            totalCount: number;
        };
        /** @description The PascalCase shape of the response-elements table and the SDK metadata. */
        ListFunctionTasksPascalBody: {
            /** @description The error code. */
            Code?: string;
            /** @description The HTTP status code. */
            HttpCode?: number;
            /** @description The time consumed by the request, in milliseconds. */
            Latency?: number;
            /** @description The returned message. */
            Message?: string;
            /** @description The ID of the request. */
            RequestId: string;
            /** @description The tasks of this page, newest first. */
            Result: components["schemas"]["FunctionTaskPascal"][];
            /** @description The status of the request ("200" in the documented example). */
            Status?: string;
            /** @description The total number of records that meet the requirements. */
            TotalCount: number;
        };
        /** @description The success body, in either of the two casings the service is documented with. */
        ListFunctionTasksResponse: components["schemas"]["ListFunctionTasksCamelBody"] | components["schemas"]["ListFunctionTasksPascalBody"];
        /** @description The progress of the task in percent; 90 means 90% complete. */
        Progress: number;
        /**
         * @description The status of a task.
         * @enum {string}
         */
        TaskStatus: "success" | "failed" | "running";
    };
    responses: {
        /**
         * @description A rejected request: `InvalidParameter`, `SignatureDoesNotMatch`, `InvalidTimeStamp.Expired`,
         *     `SignatureNonceUsed`, `Throttling` / `Throttling.User` (retry with backoff; may carry `x-acs-retry-after`).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The caller lacks the RAM permission (`Forbidden.RAM`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Unknown application group (`App.NotFound`), instance (`Instance.NotExist`) or AccessKey (`InvalidAccessKeyId.NotFound`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description A server-side failure (`InternalError`), to be retried. Gateways may also answer a non-JSON page here. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The name of the application (application group).
         * @example app_group_name
         */
        appGroupIdentity: string;
        /**
         * @description Returns tasks that ended before the specified time. The time is a UNIX timestamp in milliseconds.
         *     A task that has not ended (endTime 0) has not ended before any time.
         * @example 1582646399000
         */
        endTime: number;
        /**
         * @description The name of the feature (algorithm function), for example `ctr`.
         * @example ctr
         */
        functionName: string;
        /**
         * @description The name of the instance.
         * @example test_model_2
         */
        instanceName: string;
        /**
         * @description The page number. Default value 1.
         * @example 1
         */
        pageNumber: number;
        /**
         * @description The number of entries to return on each page. Default value 1 (one task per page unless asked).
         *     The service documents no maximum; the fntasks emulator enforces 100 and answers InvalidParameter above it.
         * @example 10
         */
        pageSize: number;
        /**
         * @description Returns tasks that started after the specified time. The time is a UNIX timestamp in milliseconds.
         *     (The API page's own example, 1582214400, is in seconds although its text says milliseconds.)
         * @example 1582214400000
         */
        startTime: number;
        /**
         * @description The status of the task.
         * @example success
         */
        status: components["schemas"]["TaskStatus"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListFunctionTasks: {
        parameters: {
            query?: {
                /**
                 * @description Returns tasks that ended before the specified time. The time is a UNIX timestamp in milliseconds.
                 *     A task that has not ended (endTime 0) has not ended before any time.
                 * @example 1582646399000
                 */
                endTime?: components["parameters"]["endTime"];
                /**
                 * @description The page number. Default value 1.
                 * @example 1
                 */
                pageNumber?: components["parameters"]["pageNumber"];
                /**
                 * @description The number of entries to return on each page. Default value 1 (one task per page unless asked).
                 *     The service documents no maximum; the fntasks emulator enforces 100 and answers InvalidParameter above it.
                 * @example 10
                 */
                pageSize?: components["parameters"]["pageSize"];
                /**
                 * @description Returns tasks that started after the specified time. The time is a UNIX timestamp in milliseconds.
                 *     (The API page's own example, 1582214400, is in seconds although its text says milliseconds.)
                 * @example 1582214400000
                 */
                startTime?: components["parameters"]["startTime"];
                /**
                 * @description The status of the task.
                 * @example success
                 */
                status?: components["parameters"]["status"];
            };
            header?: never;
            path: {
                /**
                 * @description The name of the application (application group).
                 * @example app_group_name
                 */
                appGroupIdentity: components["parameters"]["appGroupIdentity"];
                /**
                 * @description The name of the feature (algorithm function), for example `ctr`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the instance.
                 * @example test_model_2
                 */
                instanceName: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "5XX": components["responses"]["ServerError"];
            /** @description A page of tasks, in the documented camelCase shape or in the PascalCase shape of the SDK metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFunctionTasksResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
