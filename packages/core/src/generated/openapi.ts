/**
 * Generated from openapi/function-tasks.yaml by openapi-typescript. Do not edit by hand:
 * change the spec and run `pnpm generate`. CI fails when this file differs from a fresh generation.
 */

export interface paths {
    "/v4/openapi/app-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the application groups of the account.
         * @description Lists the application groups (apps) of the account, a page at a time, filtered by name, instance, type,
         *     resource group or tags. RAM action `opensearch:ListAppGroup`. Signed requests carry
         *     `x-acs-action: ListAppGroups` and `x-acs-version: 2017-12-25`. Unlike the function family, the official
         *     SDK's model (`@alicloud/opensearch20171225` 5.2.0) reads this answer in camelCase. **Assumption:** no API
         *     page sample was available; the fields, types and enums here are those of the SDK model, and the PascalCase
         *     body is the same fields with capitalised keys (what a PascalCase gateway would answer).
         */
        get: operations["ListAppGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/default-instance": {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
            };
            cookie?: never;
        };
        /**
         * Queries the name of a function's default instance.
         * @description Queries which instance is the function's default. The route is the singular `default-instance` (the
         *     page's sample request says `default-instances`, a typo). The name is `result.instanceName` /
         *     `Result.InstanceName`; the stray top-level `InstanceName` and `FunctionName` of the PascalCase shape are
         *     not it. No default set is the error `DefaultInstance.NotExist` (assumed 404). RAM action
         *     `opensearch:DescribeFunction`. Signed requests carry `x-acs-action: GetFunctionDefaultInstance` and
         *     `x-acs-version: 2017-12-25`.
         */
        get: operations["GetFunctionDefaultInstance"];
        /**
         * Sets or cancels the default instance of a function.
         * @description Makes the named instance the function's default; an empty `instanceName` (`""`, or none: the page marks
         *     the field optional) cancels the default. The answer is the envelope only. Safe to repeat: a repeat sets
         *     the same default again. An instance the function does not have is refused with `DefaultInstance.SetFail`
         *     (the page's code; its status, 400, is assumed). The request body is **camelCase**, exactly what the SDK
         *     sends. The page shows a PascalCase answer only. RAM action `opensearch:WriteFunction`. Signed requests
         *     carry `x-acs-action: UpdateFunctionDefaultInstance` and `x-acs-version: 2017-12-25`.
         */
        put: operations["UpdateFunctionDefaultInstance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances": {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
            };
            cookie?: never;
        };
        /**
         * Lists the instances of a function.
         * @description Lists the instances of one function (feature) of an application group, a page at a time. The items carry
         *     no `task` (only GetFunctionInstance does). RAM action `opensearch:DescribeFunction`. Signed requests carry
         *     `x-acs-action: ListFunctionInstances` and `x-acs-version: 2017-12-25`.
         */
        get: operations["ListFunctionInstances"];
        put?: never;
        /**
         * Creates an instance of a function.
         * @description Creates an instance of one function (feature) of an application group: its name, model type, function
         *     type, description, periodic training schedule (`cron`) and parameters. The answer is the envelope only
         *     (the SDK model reads nothing else; no page shows a success sample). Not safe to repeat: a repeat of a
         *     create that did happen is refused with `Instance.Duplicated` (assumed 400; no page gives the code), so a
         *     client does not resend it blindly. Other refusals: `InvalidParameter` (400) naming a bad body field (a
         *     name outside the pattern, a model type outside the enum, a cron that does not parse), `App.NotFound`
         *     (404). The SDK model's example error is `Version.NotExist` ("version not exist."): no version of the
         *     function serves the model type (assumed 404). The request body is **camelCase**, exactly what the SDK
         *     sends; the English page's body example has a trailing comma (not valid JSON), so the example here is the
         *     same body as valid JSON. RAM action `opensearch:WriteFunction`. Signed requests carry
         *     `x-acs-action: CreateFunctionInstance` and `x-acs-version: 2017-12-25`.
         */
        post: operations["CreateFunctionInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}": {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the instance (1–30 letters, digits or `_`, starting with a letter; case-sensitive).
                 * @example test_model_2
                 */
                instanceName: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /**
         * Queries one function instance, with the state of its training.
         * @description Queries one instance. Beside the instance fields it carries `task`: the DAG status of the training,
         *     `lastRunTime` (the time the most recent run took, in milliseconds, not a point in time) and, in the page's
         *     camelCase sample only (the SDK does not model it), `progress`. RAM action `opensearch:DescribeFunction`.
         *     Signed requests carry `x-acs-action: GetFunctionInstance` and `x-acs-version: 2017-12-25`.
         */
        get: operations["GetFunctionInstance"];
        /**
         * Updates the schedule, description or parameters of a function instance.
         * @description Updates an instance. Only the fields given change (the page's example "only update createParameters and
         *     cron" sends just those two); a given `createParameters` or `usageParameters` replaces that whole list
         *     (assumed: no page says whether lists merge). A `cron` of `""` turns periodic training off. The answer is
         *     the envelope only. Safe to repeat: a repeat sets the same values again. An unknown instance is
         *     `Instance.NotExist` (assumed 404); a bad field is `InvalidParameter` (400) naming it. The request body is
         *     **camelCase**, exactly what the SDK sends. The page shows a PascalCase answer only, with its string
         *     values double-quoted inside the strings (`"Code": "\"Instance.NotExist\""`), a quirk of the page: the
         *     answer is assumed to carry plain strings. RAM action `opensearch:WriteFunction`. Signed requests carry
         *     `x-acs-action: UpdateFunctionInstance` and `x-acs-version: 2017-12-25`.
         */
        put: operations["UpdateFunctionInstance"];
        post?: never;
        /**
         * Deletes a function instance.
         * @description Deletes an instance, with its runs. The answer is the envelope only. Safe to repeat: a repeat after a
         *     delete that did happen answers `Instance.NotExist` (assumed 404), which a client reads as "already
         *     deleted". **Assumptions** (no page says): while a run of the instance is running the delete is refused
         *     with `Instance.IsRunning` (400); deleting the default instance is allowed and cancels the default (the
         *     function then has no default: `DefaultInstance.NotExist`). The page shows a PascalCase answer only, with
         *     its string values double-quoted inside the strings (`"Status": "\"OK\""`), a quirk of the page: the
         *     answer is assumed to carry plain strings. RAM action `opensearch:WriteFunction` on the function instance.
         *     Signed requests carry `x-acs-action: DeleteFunctionInstance` and `x-acs-version: 2017-12-25`.
         */
        delete: operations["DeleteFunctionInstance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the instance (1–30 letters, digits or `_`, starting with a letter; case-sensitive).
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
        /**
         * Starts a new training task (run) of a function instance.
         * @description Starts the next run of the instance. The request has no body (its `x-acs-content-sha256` is the hash of
         *     the empty string) and the answer is the envelope only: it names neither the run nor its generation, so a
         *     caller that needs the new run lists the tasks afterwards and looks for a generation greater than the
         *     newest one before the call. While a run is in progress the service refuses with `Task.IsRunning`
         *     (assumed 400). The page's sample path says `…/task` (singular, a typo). RAM action
         *     `opensearch:WriteFunction`. Signed requests carry `x-acs-action: CreateFunctionTask` and
         *     `x-acs-version: 2017-12-25`.
         */
        post: operations["CreateFunctionTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks/{generation}": {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The generation (iteration number) of the run, as ListFunctionTasks reports it.
                 * @example 3
                 */
                generation: components["parameters"]["generation"];
                /**
                 * @description The name of the instance (1–30 letters, digits or `_`, starting with a letter; case-sensitive).
                 * @example test_model_2
                 */
                instanceName: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /**
         * Queries one training task (run) of a function instance by its generation.
         * @description Queries one run. The result is a task with the same eight fields as a ListFunctionTasks item. An unknown
         *     generation is `Task.NotExist` (assumed 404). RAM action `opensearch:DescribeFunction`. Signed requests
         *     carry `x-acs-action: GetFunctionTask` and `x-acs-version: 2017-12-25`.
         */
        get: operations["GetFunctionTask"];
        put?: never;
        post?: never;
        /**
         * Deletes one finished training task (run) of a function instance.
         * @description Deletes one run. The answer is the envelope only. A run still in progress cannot be deleted
         *     (`Task.UnableDelete`, assumed 400); an unknown generation is `Task.NotExist` (assumed 404). RAM action
         *     `opensearch:WriteFunction`. Signed requests carry `x-acs-action: DeleteFunctionTask` and
         *     `x-acs-version: 2017-12-25`.
         */
        delete: operations["DeleteFunctionTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/resources": {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
            };
            cookie?: never;
        };
        /**
         * Lists the resources of a function.
         * @description Lists the resources of one function (feature) of an application group, a page at a time, optionally of
         *     one type: `feature_generator` resources (a list of feature generators) and `raw_file` resources (a file's
         *     content). `referencedInstances` names the instances that use a resource. **Assumptions:** the page shows
         *     the PascalCase table only; the camelCase shape is the same fields with camelCase keys, as for the other
         *     operations. No page says what each `output` level leaves out: every level is accepted and the fntasks
         *     emulator answers every field. RAM action `opensearch:DescribeFunction`. Signed requests carry
         *     `x-acs-action: ListFunctionResources` and `x-acs-version: 2017-12-25`.
         */
        get: operations["ListFunctionResources"];
        put?: never;
        /**
         * Creates a resource of a function.
         * @description Creates a resource of one function (feature): a `feature_generator` resource (`Data.Generators`) or a
         *     `raw_file` resource (`Data.Content`). **The request body is PascalCase** (`ResourceName`, `ResourceType`,
         *     `Description`, `Data`), unlike the instances' camelCase bodies: the official SDK's model maps these fields
         *     to PascalCase names and sends exactly this. The answer is the envelope only. Not safe to repeat: a repeat
         *     of a create that did happen is refused with `Resource.Duplicated` (assumed 400; no page gives the code).
         *     `InvalidParameter` (400) names a bad body field, and **assumed**: the `Data` of a `raw_file` resource must
         *     have `Content`, that of a `feature_generator` resource `Generators`. RAM action `opensearch:WriteFunction`.
         *     Signed requests carry `x-acs-action: CreateFunctionResource` and `x-acs-version: 2017-12-25`.
         */
        post: operations["CreateFunctionResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/resources/{resourceName}": {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the resource.
                 * @example fg_json
                 */
                resourceName: components["parameters"]["resourceName"];
            };
            cookie?: never;
        };
        /**
         * Queries one resource of a function.
         * @description Queries one resource: its type, description, data, times and the instances that use it. An unknown
         *     resource is `Resource.NotExist` (the SDK model's code; assumed 404). **Assumption:** no page sample was
         *     read; both casings carry the SDK model's fields. RAM action `opensearch:DescribeFunction`. Signed requests
         *     carry `x-acs-action: GetFunctionResource` and `x-acs-version: 2017-12-25`.
         */
        get: operations["GetFunctionResource"];
        /**
         * Updates the data or description of a resource.
         * @description Updates a resource: only the fields given change (assumed, like UpdateFunctionInstance); a given `Data`
         *     replaces the resource's data, and its type stays. **The request body is PascalCase** (`Data`,
         *     `Description`), exactly what the official SDK sends. The answer is the envelope only. Safe to repeat: a
         *     repeat sets the same values again. An unknown resource is `Resource.NotExist` (assumed 404);
         *     `InvalidParameter` (400) names a bad field. RAM action `opensearch:WriteFunction`. Signed requests carry
         *     `x-acs-action: UpdateFunctionResource` and `x-acs-version: 2017-12-25`.
         */
        put: operations["UpdateFunctionResource"];
        post?: never;
        /**
         * Deletes a resource of a function.
         * @description Deletes a resource. The answer is the envelope only. Safe to repeat: a repeat after a delete that did
         *     happen answers `Resource.NotExist` (assumed 404), which a client reads as "already deleted".
         *     **Assumptions** (no page says): a resource that an instance uses (`referencedInstances` not empty) is
         *     refused with `Resource.InUse` (400); an instance uses a resource when one of its `createParameters` or
         *     `usageParameters` values equals the resource's name. RAM action `opensearch:WriteFunction`. Signed
         *     requests carry `x-acs-action: DeleteFunctionResource` and `x-acs-version: 2017-12-25`.
         */
        delete: operations["DeleteFunctionResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/openapi/functions/{functionName}/current-version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
            };
            cookie?: never;
        };
        /**
         * Queries the current version of a function for a model type.
         * @description Queries the version of a function (feature) that new instances of a model type are created from: its id,
         *     name and configuration (the parameters an instance is created and used with, and its dependencies). The
         *     path has no application group: versions belong to the function. **Assumption:** the page's samples were
         *     not read; the answer here is the SDK model's, the same `Version` as GetFunctionVersion's, in both
         *     casings. No version for the model type (and function type, domain, category) is `Version.NotExist`
         *     (assumed 404). RAM action `opensearch:DescribeFunction` on all resources. Signed requests carry
         *     `x-acs-action: GetFunctionCurrentVersion` and `x-acs-version: 2017-12-25`.
         */
        get: operations["GetFunctionCurrentVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/openapi/functions/{functionName}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The id of the version, a number (for example `101`).
                 * @example 101
                 */
                versionId: components["parameters"]["versionId"];
            };
            cookie?: never;
        };
        /**
         * Queries one version of a function by its id.
         * @description Queries one version of a function (feature): its name, model type and configuration. The path has no
         *     application group, and the route is the plural `versions` (the page's sample request says
         *     `…/functions/ctr/version/101`, a typo). The page's camelCase sample adds `formItemProps` and
         *     `componentProps` to each creation parameter (JSON documents encoded as strings, for a console form); its
         *     PascalCase sample and the SDK model have neither. `required` is `"true"` or `"false"`, a string. An
         *     unknown version is `Version.NotExist` (the page's code; assumed 404). RAM action
         *     `opensearch:DescribeFunction`. Signed requests carry `x-acs-action: GetFunctionVersion` and
         *     `x-acs-version: 2017-12-25`.
         */
        get: operations["GetFunctionVersion"];
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
        /** @description One application group, camelCase keys as the SDK model reads them. */
        AppGroupCamel: {
            /** @description The billing method: `POSTPAY` or `PREPAY`. */
            chargeType?: string;
            /** @description The billing basis: 1 computing resources, 2 QPS. */
            chargingWay?: number;
            /** @description The commodity code. */
            commodityCode?: string;
            /** @description When the group was created (a UNIX timestamp, seconds in the SDK example). */
            created?: number;
            /** @description The online version. */
            currentVersion?: string;
            /** @description The description. */
            description?: string;
            /** @description The industry of an industry-algorithm edition. */
            domain?: string;
            /** @description The engine (`ha3` or `vector`). */
            engineType?: string;
            /** @description When a subscription expires. */
            expireOn?: string;
            /** @description 1 while a quota change awaits review, else 0. */
            hasPendingQuotaReviewTask?: number;
            /** @description The ID of the application group. */
            id: string;
            /** @description The ID of the instance. */
            instanceId?: string;
            /** @description 1 when locked because the subscription expired, else 0. */
            lockedByExpiration?: number;
            /** @description The lock state (`Unlock`, `LockByExpiration`, `ManualLock`). */
            lockMode?: string;
            /** @description The name of the application group. */
            name: string;
            /** @description 1 once the group is in service, else 0. */
            produced?: number;
            /** @description The project ID. */
            projectId?: string;
            /** @description The quota of the group. */
            quota?: {
                /** @description Computing resources in LCUs. */
                computeResource?: number;
                /** @description Storage in GB. */
                docSize?: number;
                /** @description The specification, e.g. `opensearch.share.common`. */
                spec?: string;
            };
            /** @description The status (`producing`, `review_pending`, `config_pending`, `normal`, `frozen`). */
            status?: string;
            /** @description When the online version was last switched. */
            switchedTime?: number;
            /** @description The tags of the group. */
            tags?: {
                /** @description The tag key. */
                key?: string;
                /** @description The tag value. */
                value?: string;
            }[];
            /** @description The edition: `standard` or `enhanced` (other values are passed through). */
            type?: string;
            /** @description When the group was last modified. */
            updated?: number;
        };
        /** @description One application group, PascalCase keys (an assumption). */
        AppGroupPascal: {
            /** @description The billing method: `POSTPAY` or `PREPAY`. */
            ChargeType?: string;
            /** @description The billing basis: 1 computing resources, 2 QPS. */
            ChargingWay?: number;
            /** @description The commodity code. */
            CommodityCode?: string;
            /** @description When the group was created (a UNIX timestamp, seconds in the SDK example). */
            Created?: number;
            /** @description The online version. */
            CurrentVersion?: string;
            /** @description The description. */
            Description?: string;
            /** @description The industry of an industry-algorithm edition. */
            Domain?: string;
            /** @description The engine (`ha3` or `vector`). */
            EngineType?: string;
            /** @description When a subscription expires. */
            ExpireOn?: string;
            /** @description 1 while a quota change awaits review, else 0. */
            HasPendingQuotaReviewTask?: number;
            /** @description The ID of the application group. */
            Id: string;
            /** @description The ID of the instance. */
            InstanceId?: string;
            /** @description 1 when locked because the subscription expired, else 0. */
            LockedByExpiration?: number;
            /** @description The lock state (`Unlock`, `LockByExpiration`, `ManualLock`). */
            LockMode?: string;
            /** @description The name of the application group. */
            Name: string;
            /** @description 1 once the group is in service, else 0. */
            Produced?: number;
            /** @description The project ID. */
            ProjectId?: string;
            /** @description The quota of the group. */
            Quota?: {
                /** @description Computing resources in LCUs. */
                ComputeResource?: number;
                /** @description Storage in GB. */
                DocSize?: number;
                /** @description The specification, e.g. `opensearch.share.common`. */
                Spec?: string;
            };
            /** @description The status (`producing`, `review_pending`, `config_pending`, `normal`, `frozen`). */
            Status?: string;
            /** @description When the online version was last switched. */
            SwitchedTime?: number;
            /** @description The tags of the group. */
            Tags?: {
                /** @description The tag key. */
                Key?: string;
                /** @description The tag value. */
                Value?: string;
            }[];
            /** @description The edition: `standard` or `enhanced` (other values are passed through). */
            Type?: string;
            /** @description When the group was last modified. */
            Updated?: number;
        };
        /**
         * @description The body of CreateFunctionInstance, **camelCase** keys as the official SDK sends them (its model maps each
         *     field to the same camelCase name). `functionType` defaults to `PAAS` (training is needed before use).
         */
        CreateFunctionInstanceRequest: {
            /** @description The parameters the instance is created with. */
            createParameters?: components["schemas"]["InstanceParameterCamel"][];
            cron?: components["schemas"]["Cron"];
            /** @description The description of the instance. */
            description?: string;
            functionType?: components["schemas"]["FunctionType"];
            instanceName: components["schemas"]["InstanceName"];
            modelType: components["schemas"]["ModelType"];
            /** @description The parameters the instance is used with. */
            usageParameters?: components["schemas"]["InstanceParameterCamel"][];
        };
        /**
         * @description The body of CreateFunctionResource, **PascalCase** keys as the official SDK sends them (its model maps each
         *     field to the PascalCase name), unlike the instances' camelCase bodies.
         */
        CreateFunctionResourceRequest: {
            Data: components["schemas"]["ResourceDataPascal"];
            /** @description The description of the resource. */
            Description?: string;
            ResourceName: components["schemas"]["ResourceName"];
            ResourceType: components["schemas"]["ResourceType"];
        };
        /**
         * Format: int64
         * @description When the instance was created, UNIX epoch milliseconds.
         */
        CreateTime: number;
        /**
         * Format: cron
         * @description The periodic training schedule, five fields `Minutes Hours DayofMonth Month DayofWeek` (`?` allowed,
         *     0 = Sunday), for example `0 3 ? * 0,1,3,5`; `""` means no periodic training. `format: cron` marks it
         *     for the checks of clients and the emulator (one implementation: `checkCron` of `@fntasks/protocol`).
         */
        Cron: string;
        /**
         * @description The state of an instance's training (DAG).
         * @enum {string}
         */
        DagStatus: "success" | "failed" | "untrained" | "pending" | "running";
        /**
         * Format: int64
         * @description The time when the task ended, UNIX epoch milliseconds; 0 means the task has not ended.
         */
        EndTime: number;
        /**
         * @description The envelope fields of every camelCase success body (a mixin for `allOf`). `code` and `message` are `""`
         *     on success in the pages' camelCase samples; under the success-or-error rule a 2xx whose `code` is not
         *     `""`, `"200"` or `"OK"` is an error, so a success body's `code` is one of those three.
         */
        EnvelopeCamel: {
            /**
             * @description The success code (`""` on success; `"200"` and `"OK"` are success too).
             * @enum {string}
             */
            code?: "" | "200" | "OK";
            httpCode?: components["schemas"]["HttpStatus"];
            /** @description The time consumed by the request, in milliseconds. */
            latency?: number;
            /** @description The returned message (`""` on success). */
            message?: string;
            /** @description The ID of the request. */
            requestId: string;
            /**
             * @description The status of the request (`OK` in the camelCase samples).
             * @example OK
             */
            status?: string;
        };
        /** @description The envelope-only success body of every write operation, in either casing. */
        EnvelopeOnlyBody: components["schemas"]["EnvelopeOnlyCamelBody"] | components["schemas"]["EnvelopeOnlyPascalBody"];
        /** @description The camelCase envelope; `result`, when present, is an empty object (as in the pages' samples). */
        EnvelopeOnlyCamelBody: components["schemas"]["EnvelopeCamel"] & {
            /** @description Always empty. */
            result?: Record<string, never>;
        };
        /** @description The PascalCase envelope, nothing else (the SDK models no `Result` here). */
        EnvelopeOnlyPascalBody: components["schemas"]["EnvelopePascal"];
        /**
         * @description The envelope fields of every PascalCase success body (a mixin for `allOf`), as the SDK models them.
         *     `Status` is `"OK"` or `"200"`, `Code` `""` or `"200"` on success (`"OK"` is success too); any other `Code` on
         *     a 2xx is an error, so a success body's `Code` is one of those three.
         */
        EnvelopePascal: {
            /**
             * @description The success code (`""` or `"200"` on success; `"OK"` is success too).
             * @enum {string}
             */
            Code?: "" | "200" | "OK";
            HttpCode?: components["schemas"]["HttpStatus"];
            /** @description The time consumed by the request, in milliseconds. */
            Latency?: number;
            /** @description The returned message. */
            Message?: string;
            /** @description The ID of the request. */
            RequestId: string;
            /** @description The status of the request (`200` in the ListFunctionTasks example, `OK` elsewhere). */
            Status?: string;
        };
        /** @description The error body, in either casing (`RequestId||requestId`, `Code||code`, `Message||message`). */
        ErrorBody: components["schemas"]["ErrorCamelBody"] | components["schemas"]["ErrorPascalBody"];
        /** @description The v4 error body with camelCase keys. */
        ErrorCamelBody: {
            /** @description The error code, for example `App.NotFound`. */
            code: string;
            httpCode?: components["schemas"]["HttpStatus"];
            /** @description A human-readable message. */
            message: string;
            /** @description The ID of the request. */
            requestId: string;
        };
        /** @description The error body with PascalCase keys. */
        ErrorPascalBody: {
            /** @description The error code, for example `App.NotFound`. */
            Code: string;
            HttpCode?: components["schemas"]["HttpStatus"];
            /** @description A human-readable message. */
            Message: string;
            /** @description The ID of the request. */
            RequestId: string;
        };
        /**
         * @description A task's JSON document encoded as a string, with model evaluation results and training errors,
         *     for example `{"recall":91,"errors":[]}`. Inside it, `errors` is an array.
         * @example {"recall":91,"errors":[]}
         */
        ExtendInfo: string;
        /** @description One input feature, camelCase keys. */
        FeatureCamel: {
            /** @description The name of the feature, for example `system_item_id`. */
            name?: string;
            /** @description The type of the feature, for example `item`. */
            type?: string;
        };
        /** @description One feature generator, camelCase keys. */
        FeatureGeneratorCamel: {
            /** @description The type of the generator, for example `id` or `combo`. */
            generator?: string;
            /** @description What the generator reads. */
            input?: {
                /** @description The input features. */
                features?: components["schemas"]["FeatureCamel"][];
            };
            /** @description The name of the output feature. */
            output?: string;
        };
        /** @description One feature generator, PascalCase keys. */
        FeatureGeneratorPascal: {
            /** @description The type of the generator, for example `id` or `combo`. */
            Generator?: string;
            /** @description What the generator reads. */
            Input?: {
                /** @description The input features. */
                Features?: components["schemas"]["FeaturePascal"][];
            };
            /** @description The name of the output feature. */
            Output?: string;
        };
        /** @description One input feature, PascalCase keys. */
        FeaturePascal: {
            /** @description The name of the feature, for example `system_item_id`. */
            Name?: string;
            /** @description The type of the feature, for example `item`. */
            Type?: string;
        };
        /** @description The fields of an instance, camelCase keys (a mixin for `allOf`; the list's items). */
        FunctionInstanceCamel: {
            /** @description Where the instance belongs. */
            belongs?: {
                /** @description The category, for example `general`. */
                category?: string;
                /** @description The industry domain (`education`, `ecommerce`, `community`; empty means general). */
                domain?: string;
                /** @description The language. */
                language?: string;
            };
            /** @description The parameters the instance was created with. */
            createParameters?: components["schemas"]["InstanceParameterCamel"][];
            createTime?: components["schemas"]["CreateTime"];
            cron?: components["schemas"]["Cron"];
            /** @description The description of the instance. */
            description?: string;
            extendInfo?: components["schemas"]["InstanceExtendInfo"];
            /** @description The name of the function (feature). */
            functionName: string;
            functionType?: components["schemas"]["FunctionType"];
            /** @description The name of the instance. */
            instanceName: string;
            modelType?: components["schemas"]["ModelType"];
            source?: components["schemas"]["InstanceSource"];
            status?: components["schemas"]["InstanceStatus"];
            /** @description The parameters the instance is used with. */
            usageParameters?: components["schemas"]["InstanceParameterCamel"][];
            /** @description The version of the function the instance was created from. */
            versionId?: number;
        };
        /** @description An instance as GetFunctionInstance answers it (camelCase), with the state of its training. */
        FunctionInstanceDetailCamel: components["schemas"]["FunctionInstanceCamel"] & {
            /** @description The state of the instance's training. */
            task?: {
                dagStatus: components["schemas"]["DagStatus"];
                lastRunTime?: components["schemas"]["LastRunTime"];
                progress?: components["schemas"]["Progress"];
            };
        };
        /** @description An instance as GetFunctionInstance answers it (PascalCase), with the state of its training. */
        FunctionInstanceDetailPascal: components["schemas"]["FunctionInstancePascal"] & {
            /** @description The state of the instance's training (`Progress` appears only in the camelCase sample; the SDK does not read it). */
            Task?: {
                DagStatus: components["schemas"]["DagStatus"];
                LastRunTime?: components["schemas"]["LastRunTime"];
                Progress?: components["schemas"]["Progress"];
            };
        };
        /** @description The fields of an instance, PascalCase keys as the SDK models them (a mixin for `allOf`; the list's items). */
        FunctionInstancePascal: {
            /** @description Where the instance belongs. */
            Belongs?: {
                /** @description The category, for example `general`. */
                Category?: string;
                /** @description The industry domain (`education`, `ecommerce`, `community`; empty means general). */
                Domain?: string;
                /** @description The language. */
                Language?: string;
            };
            /** @description The parameters the instance was created with. */
            CreateParameters?: components["schemas"]["InstanceParameterPascal"][];
            CreateTime?: components["schemas"]["CreateTime"];
            Cron?: components["schemas"]["Cron"];
            /** @description The description of the instance. */
            Description?: string;
            ExtendInfo?: components["schemas"]["InstanceExtendInfo"];
            /** @description The name of the function (feature). */
            FunctionName: string;
            FunctionType?: components["schemas"]["FunctionType"];
            /** @description The name of the instance. */
            InstanceName: string;
            ModelType?: components["schemas"]["ModelType"];
            Source?: components["schemas"]["InstanceSource"];
            Status?: components["schemas"]["InstanceStatus"];
            /** @description The parameters the instance is used with. */
            UsageParameters?: components["schemas"]["InstanceParameterPascal"][];
            /** @description The version of the function the instance was created from. */
            VersionId?: number;
        };
        /** @description One resource of a function, camelCase keys. */
        FunctionResourceCamel: {
            createTime?: components["schemas"]["ResourceTime"];
            data?: components["schemas"]["ResourceDataCamel"];
            /** @description The description of the resource. */
            description?: string;
            /** @description The name of the function (feature). */
            functionName?: string;
            modifyTime?: components["schemas"]["ResourceTime"];
            /** @description The names of the instances that use the resource. */
            referencedInstances?: string[];
            resourceName: components["schemas"]["ResourceName"];
            resourceType: components["schemas"]["ResourceType"];
        };
        /** @description One resource of a function, PascalCase keys as the SDK models them. */
        FunctionResourcePascal: {
            CreateTime?: components["schemas"]["ResourceTime"];
            Data?: components["schemas"]["ResourceDataPascal"];
            /** @description The description of the resource. */
            Description?: string;
            /** @description The name of the function (feature). */
            FunctionName?: string;
            ModifyTime?: components["schemas"]["ResourceTime"];
            /** @description The names of the instances that use the resource. */
            ReferencedInstances?: string[];
            ResourceName: components["schemas"]["ResourceName"];
            ResourceType: components["schemas"]["ResourceType"];
        };
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
            startTime: components["schemas"]["StartTime"];
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
            StartTime: components["schemas"]["StartTime"];
            Status: components["schemas"]["TaskStatus"];
        };
        /**
         * @description The type of a function.
         * @enum {string}
         */
        FunctionType: "PAAS" | "SAAS";
        /** @description One version of a function, camelCase keys. */
        FunctionVersionCamel: {
            /** @description The name of the function (feature). */
            functionName: string;
            functionType?: components["schemas"]["FunctionType"];
            modelType?: components["schemas"]["ModelType"];
            /** @description What an instance of this version takes. */
            versionConfig?: {
                /** @description The parameters an instance is created with. */
                createParameters?: components["schemas"]["VersionParameterCamel"][];
                /** @description The dependencies of an instance. */
                depends?: components["schemas"]["VersionDependCamel"][];
                /** @description The parameters an instance is used with online. */
                usageParameters?: components["schemas"]["VersionParameterCamel"][];
            };
            versionId: components["schemas"]["VersionId"];
            /** @description The name of the version, for example `v1`. */
            versionName?: string;
        };
        /** @description One version of a function, PascalCase keys as the SDK models them. */
        FunctionVersionPascal: {
            /** @description The name of the function (feature). */
            FunctionName: string;
            FunctionType?: components["schemas"]["FunctionType"];
            ModelType?: components["schemas"]["ModelType"];
            /** @description What an instance of this version takes. */
            VersionConfig?: {
                /** @description The parameters an instance is created with. */
                CreateParameters?: components["schemas"]["VersionParameterPascal"][];
                /** @description The dependencies of an instance. */
                Depends?: components["schemas"]["VersionDependPascal"][];
                /** @description The parameters an instance is used with online. */
                UsageParameters?: components["schemas"]["VersionParameterPascal"][];
            };
            VersionId: components["schemas"]["VersionId"];
            /** @description The name of the version, for example `v1`. */
            VersionName?: string;
        };
        /**
         * @description The iteration number, a number encoded as a string (for example "3").
         * @example 3
         */
        Generation: string;
        /** @description The success body of GetFunctionCurrentVersion, in either casing. */
        GetFunctionCurrentVersionBody: components["schemas"]["GetFunctionCurrentVersionCamelBody"] | components["schemas"]["GetFunctionCurrentVersionPascalBody"];
        /** @description The camelCase shape (assumed, like GetFunctionVersion's page sample). */
        GetFunctionCurrentVersionCamelBody: components["schemas"]["EnvelopeCamel"] & {
            result: components["schemas"]["FunctionVersionCamel"];
        };
        /** @description The PascalCase shape of the SDK model. */
        GetFunctionCurrentVersionPascalBody: components["schemas"]["EnvelopePascal"] & {
            Result: components["schemas"]["FunctionVersionPascal"];
        };
        /** @description The success body of GetFunctionDefaultInstance, in either casing. */
        GetFunctionDefaultInstanceBody: components["schemas"]["GetFunctionDefaultInstanceCamelBody"] | components["schemas"]["GetFunctionDefaultInstancePascalBody"];
        /** @description The page's camelCase "Sample success responses" shape. */
        GetFunctionDefaultInstanceCamelBody: components["schemas"]["EnvelopeCamel"] & {
            /** @description The default instance. */
            result: {
                /** @description The name of the default instance. */
                instanceName: string;
            };
        };
        /**
         * @description The PascalCase shape of the page and the SDK model, including two stray top-level fields whose sample
         *     values belong to no function instance (`sh-bp1oi31w1jn4ctdyv`, `cdn_waf`). Read `Result.InstanceName`.
         */
        GetFunctionDefaultInstancePascalBody: components["schemas"]["EnvelopePascal"] & {
            /** @description Stray; modelled by the SDK, unrelated to the function asked about. Do not read. */
            FunctionName?: string;
            /** @description Stray; modelled by the SDK, unrelated to the default instance. Do not read. */
            InstanceName?: string;
            /** @description The default instance. */
            Result: {
                /** @description The name of the default instance. */
                InstanceName: string;
            };
        };
        /** @description The success body of GetFunctionInstance, in either casing. */
        GetFunctionInstanceBody: components["schemas"]["GetFunctionInstanceCamelBody"] | components["schemas"]["GetFunctionInstancePascalBody"];
        /** @description The page's camelCase sample shape. */
        GetFunctionInstanceCamelBody: components["schemas"]["EnvelopeCamel"] & {
            result: components["schemas"]["FunctionInstanceDetailCamel"];
        };
        /** @description The PascalCase shape of the SDK model. */
        GetFunctionInstancePascalBody: components["schemas"]["EnvelopePascal"] & {
            Result: components["schemas"]["FunctionInstanceDetailPascal"];
        };
        /** @description The success body of GetFunctionResource, in either casing. */
        GetFunctionResourceBody: components["schemas"]["GetFunctionResourceCamelBody"] | components["schemas"]["GetFunctionResourcePascalBody"];
        /** @description The camelCase shape (assumed). */
        GetFunctionResourceCamelBody: components["schemas"]["EnvelopeCamel"] & {
            result: components["schemas"]["FunctionResourceCamel"];
        };
        /** @description The PascalCase shape of the SDK model. */
        GetFunctionResourcePascalBody: components["schemas"]["EnvelopePascal"] & {
            Result: components["schemas"]["FunctionResourcePascal"];
        };
        /** @description The success body of GetFunctionTask, in either casing. */
        GetFunctionTaskBody: components["schemas"]["GetFunctionTaskCamelBody"] | components["schemas"]["GetFunctionTaskPascalBody"];
        /** @description The page's camelCase sample shape. */
        GetFunctionTaskCamelBody: components["schemas"]["EnvelopeCamel"] & {
            result: components["schemas"]["FunctionTaskCamel"];
        };
        /** @description The page's PascalCase sample shape, as the SDK reads it. */
        GetFunctionTaskPascalBody: components["schemas"]["EnvelopePascal"] & {
            Result: components["schemas"]["FunctionTaskPascal"];
        };
        /** @description The success body of GetFunctionVersion, in either casing. */
        GetFunctionVersionBody: components["schemas"]["GetFunctionVersionCamelBody"] | components["schemas"]["GetFunctionVersionPascalBody"];
        /** @description The page's camelCase sample shape. */
        GetFunctionVersionCamelBody: components["schemas"]["EnvelopeCamel"] & {
            result: components["schemas"]["FunctionVersionCamel"];
        };
        /** @description The page's PascalCase sample shape and the SDK model. */
        GetFunctionVersionPascalBody: components["schemas"]["EnvelopePascal"] & {
            Result: components["schemas"]["FunctionVersionPascal"];
        };
        /**
         * @description The HTTP status code the body claims. The real HTTP status decides; a body whose number disagrees with it
         *     is not to be trusted over the status line.
         */
        HttpStatus: number;
        /**
         * @description An instance's JSON document encoded as a string, for example `{"dataReport":{},"errors":{}}`. Inside it,
         *     `errors` is an object (a task's is an array). The GetFunctionInstance page's sample spells it `error`.
         * @example {"dataReport":{},"errors":{}}
         */
        InstanceExtendInfo: string;
        /**
         * @description The name of an instance, 1–30 letters, digits or `_`, starting with a letter; case-sensitive.
         * @example ctr_test
         */
        InstanceName: string;
        /** @description One named parameter of an instance. */
        InstanceParameterCamel: {
            /** @description The name of the parameter. */
            name: string;
            /** @description Its value. */
            value: string;
        };
        /** @description One named parameter of an instance, PascalCase keys. */
        InstanceParameterPascal: {
            /** @description The name of the parameter. */
            Name: string;
            /** @description Its value. */
            Value: string;
        };
        /**
         * @description Who created an instance.
         * @enum {string}
         */
        InstanceSource: "user" | "builtin";
        /**
         * @description Whether an instance can serve.
         * @enum {string}
         */
        InstanceStatus: "available" | "unavailable";
        /**
         * Format: int64
         * @description The time the most recent run took, in milliseconds (a duration, not a point in time).
         */
        LastRunTime: number;
        /** @description The success body of ListAppGroups, in either casing (camelCase is what the SDK reads). */
        ListAppGroupsBody: components["schemas"]["ListAppGroupsCamelBody"] | components["schemas"]["ListAppGroupsPascalBody"];
        /** @description The SDK model's shape (camelCase keys). */
        ListAppGroupsCamelBody: components["schemas"]["EnvelopeCamel"] & {
            /** @description The application groups of this page. */
            result: components["schemas"]["AppGroupCamel"][];
            totalCount: components["schemas"]["TotalCount"];
        };
        /** @description The same fields with PascalCase keys (an assumption; see the operation). */
        ListAppGroupsPascalBody: components["schemas"]["EnvelopePascal"] & {
            /** @description The application groups of this page. */
            Result: components["schemas"]["AppGroupPascal"][];
            TotalCount: components["schemas"]["TotalCount"];
        };
        /** @description The success body of ListFunctionInstances, in either casing. */
        ListFunctionInstancesBody: components["schemas"]["ListFunctionInstancesCamelBody"] | components["schemas"]["ListFunctionInstancesPascalBody"];
        /** @description The page's "正常返回结果" shape (camelCase keys). */
        ListFunctionInstancesCamelBody: components["schemas"]["EnvelopeCamel"] & {
            /** @description The instances of this page. */
            result: components["schemas"]["FunctionInstanceCamel"][];
            totalCount: components["schemas"]["TotalCount"];
        };
        /** @description The PascalCase shape of the page's table and the SDK model. */
        ListFunctionInstancesPascalBody: components["schemas"]["EnvelopePascal"] & {
            /** @description The instances of this page. */
            Result: components["schemas"]["FunctionInstancePascal"][];
            TotalCount: components["schemas"]["TotalCount"];
        };
        /** @description The success body of ListFunctionResources, in either casing. */
        ListFunctionResourcesBody: components["schemas"]["ListFunctionResourcesCamelBody"] | components["schemas"]["ListFunctionResourcesPascalBody"];
        /** @description The camelCase shape (assumed). */
        ListFunctionResourcesCamelBody: components["schemas"]["EnvelopeCamel"] & {
            /** @description The resources of this page. */
            result: components["schemas"]["FunctionResourceCamel"][];
            totalCount: components["schemas"]["TotalCount"];
        };
        /** @description The PascalCase shape of the page's table and the SDK model. */
        ListFunctionResourcesPascalBody: components["schemas"]["EnvelopePascal"] & {
            /** @description The resources of this page. */
            Result: components["schemas"]["FunctionResourcePascal"][];
            TotalCount: components["schemas"]["TotalCount"];
        };
        /** @description The success body, in either of the two casings the service is documented with. */
        ListFunctionTasksBody: components["schemas"]["ListFunctionTasksCamelBody"] | components["schemas"]["ListFunctionTasksPascalBody"];
        /** @description The documented "Sample success response" shape (camelCase keys). */
        ListFunctionTasksCamelBody: components["schemas"]["EnvelopeCamel"] & {
            /** @description The tasks of this page, newest first. */
            result: components["schemas"]["FunctionTaskCamel"][];
            totalCount: components["schemas"]["TotalCount"];
        };
        /** @description The PascalCase shape of the response-elements table and the SDK metadata. */
        ListFunctionTasksPascalBody: components["schemas"]["EnvelopePascal"] & {
            /** @description The tasks of this page, newest first. */
            Result: components["schemas"]["FunctionTaskPascal"][];
            TotalCount: components["schemas"]["TotalCount"];
        };
        /**
         * @description The model type of an instance (`near_realtime` serves real-time hot search and personalised hints).
         * @enum {string}
         */
        ModelType: "tf_checkpoint" | "pop" | "offline_inference" | "near_realtime" | "text";
        /**
         * @description A console component's properties, a JSON document encoded as a string (in the page's camelCase sample
         *     only; the SDK does not model it), for example `{"component": "Input", "attributes": {"defaultValue": "value1"}}`.
         */
        ParameterComponentProps: string;
        /**
         * @description A console form item's properties, a JSON document encoded as a string (in the page's camelCase sample
         *     only; the SDK does not model it), for example `{"required": true, "pattern?": "/^[a-zA-Z][a-zA-Z0-9_]{0,29}$/"}`.
         */
        ParameterFormItemProps: string;
        /**
         * @description Whether the parameter must be given, a boolean encoded as a string (`"true"`).
         * @enum {string}
         */
        ParameterRequired: "true" | "false";
        /** @description The progress of the task in percent; 90 means 90% complete. */
        Progress: number;
        /**
         * @description A resource's data, camelCase keys: `content` for a `raw_file` resource, `generators` for a
         *     `feature_generator` resource.
         */
        ResourceDataCamel: {
            /** @description The content of a raw file. */
            content?: string;
            /** @description The feature generators. */
            generators?: components["schemas"]["FeatureGeneratorCamel"][];
        };
        /**
         * @description A resource's data, PascalCase keys: `Content` for a `raw_file` resource, `Generators` for a
         *     `feature_generator` resource.
         */
        ResourceDataPascal: {
            /** @description The content of a raw file. */
            Content?: string;
            /** @description The feature generators. */
            Generators?: components["schemas"]["FeatureGeneratorPascal"][];
        };
        /** @description The name of a resource (for example `fg_json`). */
        ResourceName: string;
        /**
         * Format: int64
         * @description A point in time, UNIX epoch milliseconds.
         */
        ResourceTime: number;
        /**
         * @description The type of a resource.
         * @enum {string}
         */
        ResourceType: "feature_generator" | "raw_file";
        /**
         * Format: int64
         * @description The time when the task started, UNIX epoch milliseconds.
         */
        StartTime: number;
        /**
         * @description The status of a task.
         * @enum {string}
         */
        TaskStatus: "success" | "failed" | "running";
        /** @description The total number of records that meet the requirements. */
        TotalCount: number;
        /**
         * @description The body of UpdateFunctionDefaultInstance, **camelCase** as the official SDK sends it. An empty
         *     `instanceName` (or none) cancels the default.
         */
        UpdateFunctionDefaultInstanceRequest: {
            /** @description The instance to make the default; `""` cancels the default. */
            instanceName?: string;
        };
        /**
         * @description The body of UpdateFunctionInstance, **camelCase** keys as the official SDK sends them. Every field is
         *     optional; only those given change, and a given list replaces the instance's list (assumed).
         */
        UpdateFunctionInstanceRequest: {
            /** @description The new creation parameters (the whole list). */
            createParameters?: components["schemas"]["InstanceParameterCamel"][];
            cron?: components["schemas"]["Cron"];
            /** @description The new description. */
            description?: string;
            /** @description The new usage parameters (the whole list). */
            usageParameters?: components["schemas"]["InstanceParameterCamel"][];
        };
        /**
         * @description The body of UpdateFunctionResource, **PascalCase** keys as the official SDK sends them. Both fields are
         *     optional; only those given change.
         */
        UpdateFunctionResourceRequest: {
            Data?: components["schemas"]["ResourceDataPascal"];
            /** @description The new description. */
            Description?: string;
        };
        /** @description One dependency of a version, camelCase keys. */
        VersionDependCamel: {
            /** @description The condition. */
            condition?: string;
            /** @description What it depends on. */
            dependency?: string;
            /** @description The description. */
            description?: string;
        };
        /** @description One dependency of a version, PascalCase keys. */
        VersionDependPascal: {
            /** @description The condition. */
            Condition?: string;
            /** @description What it depends on. */
            Dependency?: string;
            /** @description The description. */
            Description?: string;
        };
        /** @description The id of a version (a number, `101` in the pages). */
        VersionId: number;
        /** @description One parameter a version takes, camelCase keys (`formItemProps`/`componentProps` as in the page's sample). */
        VersionParameterCamel: {
            componentProps?: components["schemas"]["ParameterComponentProps"];
            formItemProps?: components["schemas"]["ParameterFormItemProps"];
            /** @description The name of the parameter. */
            name: string;
            required?: components["schemas"]["ParameterRequired"];
        };
        /** @description One parameter a version takes, PascalCase keys (the SDK models `Name` and `Required` only). */
        VersionParameterPascal: {
            ComponentProps?: components["schemas"]["ParameterComponentProps"];
            FormItemProps?: components["schemas"]["ParameterFormItemProps"];
            /** @description The name of the parameter. */
            Name: string;
            Required?: components["schemas"]["ParameterRequired"];
        };
    };
    responses: {
        /**
         * @description A rejected request: `InvalidParameter`, `SignatureDoesNotMatch`, `InvalidTimeStamp.Expired`,
         *     `SignatureNonceUsed`, `Throttling` / `Throttling.User` (retry with backoff; may carry `x-acs-retry-after`);
         *     and, with an assumed status of 400 (the pages give none), `Task.IsRunning` (CreateFunctionTask while a run
         *     is in progress), `Task.UnableDelete` (DeleteFunctionTask of a running run), `Instance.Duplicated`
         *     (CreateFunctionInstance with a name the function already has; the code is assumed too),
         *     `Instance.IsRunning` (DeleteFunctionInstance while a run is running; the code is assumed too) and
         *     `DefaultInstance.SetFail` (UpdateFunctionDefaultInstance naming an instance the function does not have;
         *     the page's code), `Resource.Duplicated` (CreateFunctionResource with a taken name; the code is assumed
         *     too) and `Resource.InUse` (DeleteFunctionResource of a resource an instance uses; the code is assumed too).
         *     `InvalidParameter` names the body field it refuses. Also assumed (no reference
         *     gives the service's code): `InvalidAction.Mismatch` when the signed `x-acs-action` is not the operationId
         *     of the method and path (a request signed for another operation), and `IncompleteSignature` when an
         *     ACS3-HMAC-SHA256 request does not sign `x-acs-action`.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description Success, answered with the envelope only (no result, no generation): every write operation. A camelCase
         *     answer may carry an empty `result` object, as the task pages' camelCase samples do. Under the success-or-error rule, a 2xx whose
         *     `code` is not `""`, `"200"` or `"OK"` is the error it names.
         */
        EnvelopeOnly: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EnvelopeOnlyBody"];
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
        /**
         * @description Unknown application group (`App.NotFound`) or AccessKey (`InvalidAccessKeyId.NotFound`); and, with an
         *     assumed status of 404 (the pages give none), an unknown instance (`Instance.NotExist`), an unknown
         *     generation (`Task.NotExist`), a function with no default instance (`DefaultInstance.NotExist`) or an
         *     unknown version (`Version.NotExist`, the page's code) or resource (`Resource.NotExist`, the SDK model's
         *     code).
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description Any other status. A gateway in front of the service answers some failures (a 502 above all) with an HTML
         *     page, not the JSON error body: a client reads it as a malformed answer and decides by the HTTP status.
         *     Any other status that does carry a JSON body carries the error body.
         */
        OtherError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/html": string;
            };
        };
        /** @description A server-side failure (`InternalError`), to be retried. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The service is briefly unavailable (`ServiceUnavailable`), to be retried. */
        ServiceUnavailable: {
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
         * @description Only the application group of this instance ID (exact match).
         * @example ops-cn-xxxx
         */
        appInstanceId: string;
        /**
         * @description Only the application group of this name (the SDK model's `name`).
         * @example my_app
         */
        appName: string;
        /**
         * @description The number of application groups on each page. Default value 10. The service documents no maximum; the
         *     fntasks emulator enforces 100 and answers InvalidParameter above it.
         * @example 10
         */
        appPageSize: number;
        /**
         * @description The order, newest first by `0` creation time (the default) or `1` modification time.
         * @example 0
         */
        appSortBy: number;
        /**
         * @description Only application groups carrying every one of these tags: a JSON array of `{"key","value"}` encoded as a
         *     string (the SDK sends this "shrink" form).
         * @example [{"key":"team","value":"search"}]
         */
        appTags: string;
        /**
         * @description Only application groups of this edition (`standard` or `enhanced`, the SDK model's values).
         * @example standard
         */
        appType: "standard" | "enhanced";
        /**
         * @description The category (for example `general`, `question`, `it`); none by default.
         * @example general
         */
        category: string;
        /**
         * @description The industry (`education`, `ecommerce`, `community`); none means the general edition.
         * @example ecommerce
         */
        domain: "education" | "ecommerce" | "community";
        /**
         * @description Returns tasks that ended before the specified time. The time is a UNIX timestamp in milliseconds.
         *     A task that has not ended (endTime 0) has not ended before any time.
         * @example 1582646399000
         */
        endTime: number;
        /**
         * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
         *     `suggest`, `analyzer`, `termweight`.
         * @example ctr
         */
        functionName: string;
        /**
         * @description Only instances of this function type.
         * @example PAAS
         */
        functionType: components["schemas"]["FunctionType"];
        /**
         * @description The generation (iteration number) of the run, as ListFunctionTasks reports it.
         * @example 3
         */
        generation: components["schemas"]["Generation"];
        /**
         * @description The name of the instance (1–30 letters, digits or `_`, starting with a letter; case-sensitive).
         * @example test_model_2
         */
        instanceName: string;
        /**
         * @description The number of instances to return on each page. Default value 10. The service documents no maximum;
         *     the fntasks emulator enforces 100 and answers InvalidParameter above it.
         * @example 10
         */
        instancePageSize: number;
        /**
         * @description Only instances of this model type.
         * @example tf_checkpoint
         */
        modelType: components["schemas"]["ModelType"];
        /**
         * @description How much of each instance (or resource) to return. Default value `normal`. For resources no page says
         *     what each level leaves out (assumed: nothing).
         * @example detail
         */
        output: "simple" | "normal" | "detail";
        /**
         * @description The page number. Default value 1.
         * @example 1
         */
        pageNumber: number;
        /**
         * @description The number of tasks to return on each page. Default value 1 (one task per page unless asked).
         *     The service documents no maximum; the fntasks emulator enforces 100 and answers InvalidParameter above it.
         * @example 10
         */
        pageSize: number;
        /**
         * @description Only application groups of this resource group.
         * @example rg-aek2
         */
        resourceGroupId: string;
        /**
         * @description The name of the resource.
         * @example fg_json
         */
        resourceName: string;
        /**
         * @description The number of resources on each page. Default value 10. The service documents no maximum; the fntasks
         *     emulator enforces 100 and answers InvalidParameter above it.
         * @example 10
         */
        resourcePageSize: number;
        /**
         * @description Only resources of this type.
         * @example feature_generator
         */
        resourceType: components["schemas"]["ResourceType"];
        /**
         * @description Which instances to list: those the user created (`user`, the default), the built-in ones (`builtin`),
         *     or both (`all`).
         * @example all
         */
        source: "user" | "builtin" | "all";
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
        /**
         * @description The function type. Default value `PAAS`.
         * @example PAAS
         */
        versionFunctionType: "PAAS" | "SAAS";
        /**
         * @description The id of the version, a number (for example `101`).
         * @example 101
         */
        versionId: string;
        /**
         * @description The model type whose current version is asked for (required).
         * @example tf_checkpoint
         */
        versionModelType: components["schemas"]["ModelType"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListAppGroups: {
        parameters: {
            query?: {
                /**
                 * @description Only the application group of this instance ID (exact match).
                 * @example ops-cn-xxxx
                 */
                instanceId?: components["parameters"]["appInstanceId"];
                /**
                 * @description Only the application group of this name (the SDK model's `name`).
                 * @example my_app
                 */
                name?: components["parameters"]["appName"];
                /**
                 * @description The page number. Default value 1.
                 * @example 1
                 */
                pageNumber?: components["parameters"]["pageNumber"];
                /**
                 * @description The number of application groups on each page. Default value 10. The service documents no maximum; the
                 *     fntasks emulator enforces 100 and answers InvalidParameter above it.
                 * @example 10
                 */
                pageSize?: components["parameters"]["appPageSize"];
                /**
                 * @description Only application groups of this resource group.
                 * @example rg-aek2
                 */
                resourceGroupId?: components["parameters"]["resourceGroupId"];
                /**
                 * @description The order, newest first by `0` creation time (the default) or `1` modification time.
                 * @example 0
                 */
                sortBy?: components["parameters"]["appSortBy"];
                /**
                 * @description Only application groups carrying every one of these tags: a JSON array of `{"key","value"}` encoded as a
                 *     string (the SDK sends this "shrink" form).
                 * @example [{"key":"team","value":"search"}]
                 */
                tags?: components["parameters"]["appTags"];
                /**
                 * @description Only application groups of this edition (`standard` or `enhanced`, the SDK model's values).
                 * @example standard
                 */
                type?: components["parameters"]["appType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of application groups, camelCase as the SDK reads it, or PascalCase. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAppGroupsBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    GetFunctionDefaultInstance: {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default instance's name, in the documented camelCase or PascalCase shape. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFunctionDefaultInstanceBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    UpdateFunctionDefaultInstance: {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
            };
            cookie?: never;
        };
        /** @description The new default, camelCase keys (the official SDK sends exactly this); `""` cancels the default. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFunctionDefaultInstanceRequest"];
            };
        };
        responses: {
            200: components["responses"]["EnvelopeOnly"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    ListFunctionInstances: {
        parameters: {
            query?: {
                /**
                 * @description Only instances of this function type.
                 * @example PAAS
                 */
                functionType?: components["parameters"]["functionType"];
                /**
                 * @description Only instances of this model type.
                 * @example tf_checkpoint
                 */
                modelType?: components["parameters"]["modelType"];
                /**
                 * @description How much of each instance (or resource) to return. Default value `normal`. For resources no page says
                 *     what each level leaves out (assumed: nothing).
                 * @example detail
                 */
                output?: components["parameters"]["output"];
                /**
                 * @description The page number. Default value 1.
                 * @example 1
                 */
                pageNumber?: components["parameters"]["pageNumber"];
                /**
                 * @description The number of instances to return on each page. Default value 10. The service documents no maximum;
                 *     the fntasks emulator enforces 100 and answers InvalidParameter above it.
                 * @example 10
                 */
                pageSize?: components["parameters"]["instancePageSize"];
                /**
                 * @description Which instances to list: those the user created (`user`, the default), the built-in ones (`builtin`),
                 *     or both (`all`).
                 * @example all
                 */
                source?: components["parameters"]["source"];
            };
            header?: never;
            path: {
                /**
                 * @description The name of the application (application group).
                 * @example app_group_name
                 */
                appGroupIdentity: components["parameters"]["appGroupIdentity"];
                /**
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of instances, in the documented camelCase shape or in the PascalCase shape of the SDK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFunctionInstancesBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    CreateFunctionInstance: {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
            };
            cookie?: never;
        };
        /** @description The new instance, camelCase keys (the official SDK sends exactly these; the service reads camelCase here). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFunctionInstanceRequest"];
            };
        };
        responses: {
            200: components["responses"]["EnvelopeOnly"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    GetFunctionInstance: {
        parameters: {
            query?: {
                /**
                 * @description How much of each instance (or resource) to return. Default value `normal`. For resources no page says
                 *     what each level leaves out (assumed: nothing).
                 * @example detail
                 */
                output?: components["parameters"]["output"];
            };
            header?: never;
            path: {
                /**
                 * @description The name of the application (application group).
                 * @example app_group_name
                 */
                appGroupIdentity: components["parameters"]["appGroupIdentity"];
                /**
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the instance (1–30 letters, digits or `_`, starting with a letter; case-sensitive).
                 * @example test_model_2
                 */
                instanceName: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance, in the documented camelCase shape or in the PascalCase shape of the SDK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFunctionInstanceBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    UpdateFunctionInstance: {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the instance (1–30 letters, digits or `_`, starting with a letter; case-sensitive).
                 * @example test_model_2
                 */
                instanceName: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        /** @description The fields to change, camelCase keys (the official SDK sends exactly these); the others stay as they are. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFunctionInstanceRequest"];
            };
        };
        responses: {
            200: components["responses"]["EnvelopeOnly"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    DeleteFunctionInstance: {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the instance (1–30 letters, digits or `_`, starting with a letter; case-sensitive).
                 * @example test_model_2
                 */
                instanceName: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EnvelopeOnly"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
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
                 * @description The number of tasks to return on each page. Default value 1 (one task per page unless asked).
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the instance (1–30 letters, digits or `_`, starting with a letter; case-sensitive).
                 * @example test_model_2
                 */
                instanceName: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks, in the documented camelCase shape or in the PascalCase shape of the SDK metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFunctionTasksBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    CreateFunctionTask: {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the instance (1–30 letters, digits or `_`, starting with a letter; case-sensitive).
                 * @example test_model_2
                 */
                instanceName: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EnvelopeOnly"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    GetFunctionTask: {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The generation (iteration number) of the run, as ListFunctionTasks reports it.
                 * @example 3
                 */
                generation: components["parameters"]["generation"];
                /**
                 * @description The name of the instance (1–30 letters, digits or `_`, starting with a letter; case-sensitive).
                 * @example test_model_2
                 */
                instanceName: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task, in the documented camelCase shape or in the PascalCase shape of the SDK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFunctionTaskBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    DeleteFunctionTask: {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The generation (iteration number) of the run, as ListFunctionTasks reports it.
                 * @example 3
                 */
                generation: components["parameters"]["generation"];
                /**
                 * @description The name of the instance (1–30 letters, digits or `_`, starting with a letter; case-sensitive).
                 * @example test_model_2
                 */
                instanceName: components["parameters"]["instanceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EnvelopeOnly"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    ListFunctionResources: {
        parameters: {
            query?: {
                /**
                 * @description How much of each instance (or resource) to return. Default value `normal`. For resources no page says
                 *     what each level leaves out (assumed: nothing).
                 * @example detail
                 */
                output?: components["parameters"]["output"];
                /**
                 * @description The page number. Default value 1.
                 * @example 1
                 */
                pageNumber?: components["parameters"]["pageNumber"];
                /**
                 * @description The number of resources on each page. Default value 10. The service documents no maximum; the fntasks
                 *     emulator enforces 100 and answers InvalidParameter above it.
                 * @example 10
                 */
                pageSize?: components["parameters"]["resourcePageSize"];
                /**
                 * @description Only resources of this type.
                 * @example feature_generator
                 */
                resourceType?: components["parameters"]["resourceType"];
            };
            header?: never;
            path: {
                /**
                 * @description The name of the application (application group).
                 * @example app_group_name
                 */
                appGroupIdentity: components["parameters"]["appGroupIdentity"];
                /**
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of resources, in camelCase or in the PascalCase of the page's table and the SDK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFunctionResourcesBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    CreateFunctionResource: {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
            };
            cookie?: never;
        };
        /** @description The new resource, **PascalCase** keys (the official SDK sends exactly these; the service reads PascalCase here). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFunctionResourceRequest"];
            };
        };
        responses: {
            200: components["responses"]["EnvelopeOnly"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    GetFunctionResource: {
        parameters: {
            query?: {
                /**
                 * @description How much of each instance (or resource) to return. Default value `normal`. For resources no page says
                 *     what each level leaves out (assumed: nothing).
                 * @example detail
                 */
                output?: components["parameters"]["output"];
            };
            header?: never;
            path: {
                /**
                 * @description The name of the application (application group).
                 * @example app_group_name
                 */
                appGroupIdentity: components["parameters"]["appGroupIdentity"];
                /**
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the resource.
                 * @example fg_json
                 */
                resourceName: components["parameters"]["resourceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource, in camelCase or in the PascalCase of the SDK model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFunctionResourceBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    UpdateFunctionResource: {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the resource.
                 * @example fg_json
                 */
                resourceName: components["parameters"]["resourceName"];
            };
            cookie?: never;
        };
        /** @description The fields to change, **PascalCase** keys (the official SDK sends exactly these). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFunctionResourceRequest"];
            };
        };
        responses: {
            200: components["responses"]["EnvelopeOnly"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    DeleteFunctionResource: {
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
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The name of the resource.
                 * @example fg_json
                 */
                resourceName: components["parameters"]["resourceName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EnvelopeOnly"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    GetFunctionCurrentVersion: {
        parameters: {
            query: {
                /**
                 * @description The category (for example `general`, `question`, `it`); none by default.
                 * @example general
                 */
                category?: components["parameters"]["category"];
                /**
                 * @description The industry (`education`, `ecommerce`, `community`); none means the general edition.
                 * @example ecommerce
                 */
                domain?: components["parameters"]["domain"];
                /**
                 * @description The function type. Default value `PAAS`.
                 * @example PAAS
                 */
                functionType?: components["parameters"]["versionFunctionType"];
                /**
                 * @description The model type whose current version is asked for (required).
                 * @example tf_checkpoint
                 */
                modelType: components["parameters"]["versionModelType"];
            };
            header?: never;
            path: {
                /**
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current version, in camelCase or in the PascalCase of the SDK model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFunctionCurrentVersionBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
    GetFunctionVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the feature (algorithm function). Documented names: `ctr`, `pop`, `category`, `hot`, `hint`,
                 *     `suggest`, `analyzer`, `termweight`.
                 * @example ctr
                 */
                functionName: components["parameters"]["functionName"];
                /**
                 * @description The id of the version, a number (for example `101`).
                 * @example 101
                 */
                versionId: components["parameters"]["versionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version, in the page's camelCase shape or in the PascalCase shape of the SDK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFunctionVersionBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            default: components["responses"]["OtherError"];
        };
    };
}
