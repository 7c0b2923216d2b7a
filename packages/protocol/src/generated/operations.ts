/**
 * Generated from openapi/function-tasks.yaml by packages/protocol/scripts/generate-operations.mjs. Do not edit by
 * hand: change the spec and run `pnpm generate`. The lint step fails when this file differs from a fresh
 * generation.
 */

/** Every operation of the spec, keyed by operationId (its signed `x-acs-action`). */
export const OPERATION_TABLE = {
  CreateFunctionInstance: {
    "method": "POST",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": false,
    "body": {
      "casing": "camel",
      "schema": "CreateFunctionInstanceRequest",
      "required": [
        "instanceName",
        "modelType"
      ],
      "fields": [
        {
          "name": "instanceName",
          "type": "string",
          "pattern": "^[A-Za-z][A-Za-z0-9_]{0,29}$"
        },
        {
          "name": "modelType",
          "type": "string",
          "enum": [
            "tf_checkpoint",
            "pop",
            "offline_inference",
            "near_realtime",
            "text"
          ]
        },
        {
          "name": "functionType",
          "type": "string",
          "enum": [
            "PAAS",
            "SAAS"
          ]
        },
        {
          "name": "description",
          "type": "string"
        },
        {
          "name": "cron",
          "type": "string",
          "format": "cron"
        },
        {
          "name": "createParameters",
          "type": "array"
        },
        {
          "name": "usageParameters",
          "type": "array"
        }
      ]
    },
    "success": {
      "status": 200,
      "schemas": [
        "EnvelopeOnlyCamelBody",
        "EnvelopeOnlyPascalBody"
      ]
    }
  },
  CreateFunctionResource: {
    "method": "POST",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/resources",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": false,
    "body": {
      "casing": "pascal",
      "schema": "CreateFunctionResourceRequest",
      "required": [
        "ResourceName",
        "ResourceType",
        "Data"
      ],
      "fields": [
        {
          "name": "ResourceName",
          "type": "string",
          "minLength": 1
        },
        {
          "name": "ResourceType",
          "type": "string",
          "enum": [
            "feature_generator",
            "raw_file"
          ]
        },
        {
          "name": "Description",
          "type": "string"
        },
        {
          "name": "Data",
          "type": "object"
        }
      ]
    },
    "success": {
      "status": 200,
      "schemas": [
        "EnvelopeOnlyCamelBody",
        "EnvelopeOnlyPascalBody"
      ]
    }
  },
  CreateFunctionTask: {
    "method": "POST",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "instanceName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": false,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "EnvelopeOnlyCamelBody",
        "EnvelopeOnlyPascalBody"
      ]
    }
  },
  DeleteFunctionInstance: {
    "method": "DELETE",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "instanceName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "EnvelopeOnlyCamelBody",
        "EnvelopeOnlyPascalBody"
      ]
    }
  },
  DeleteFunctionResource: {
    "method": "DELETE",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/resources/{resourceName}",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "resourceName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "EnvelopeOnlyCamelBody",
        "EnvelopeOnlyPascalBody"
      ]
    }
  },
  DeleteFunctionTask: {
    "method": "DELETE",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks/{generation}",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "instanceName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "generation",
        "type": "string",
        "pattern": "^[0-9]+$"
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "EnvelopeOnlyCamelBody",
        "EnvelopeOnlyPascalBody"
      ]
    }
  },
  GetFunctionCurrentVersion: {
    "method": "GET",
    "path": "/v4/openapi/functions/{functionName}/current-version",
    "pathParams": [
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [
      {
        "name": "modelType",
        "required": true,
        "type": "string",
        "enum": [
          "tf_checkpoint",
          "pop",
          "offline_inference",
          "near_realtime",
          "text"
        ]
      },
      {
        "name": "functionType",
        "required": false,
        "type": "string",
        "enum": [
          "PAAS",
          "SAAS"
        ],
        "default": "PAAS"
      },
      {
        "name": "domain",
        "required": false,
        "type": "string",
        "enum": [
          "education",
          "ecommerce",
          "community"
        ]
      },
      {
        "name": "category",
        "required": false,
        "type": "string",
        "minLength": 1
      }
    ],
    "paged": false,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "GetFunctionCurrentVersionCamelBody",
        "GetFunctionCurrentVersionPascalBody"
      ]
    }
  },
  GetFunctionDefaultInstance: {
    "method": "GET",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/default-instance",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "GetFunctionDefaultInstanceCamelBody",
        "GetFunctionDefaultInstancePascalBody"
      ]
    }
  },
  GetFunctionInstance: {
    "method": "GET",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "instanceName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [
      {
        "name": "output",
        "required": false,
        "type": "string",
        "enum": [
          "simple",
          "normal",
          "detail"
        ],
        "default": "normal"
      }
    ],
    "paged": false,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "GetFunctionInstanceCamelBody",
        "GetFunctionInstancePascalBody"
      ]
    }
  },
  GetFunctionResource: {
    "method": "GET",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/resources/{resourceName}",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "resourceName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [
      {
        "name": "output",
        "required": false,
        "type": "string",
        "enum": [
          "simple",
          "normal",
          "detail"
        ],
        "default": "normal"
      }
    ],
    "paged": false,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "GetFunctionResourceCamelBody",
        "GetFunctionResourcePascalBody"
      ]
    }
  },
  GetFunctionTask: {
    "method": "GET",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks/{generation}",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "instanceName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "generation",
        "type": "string",
        "pattern": "^[0-9]+$"
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "GetFunctionTaskCamelBody",
        "GetFunctionTaskPascalBody"
      ]
    }
  },
  GetFunctionVersion: {
    "method": "GET",
    "path": "/v4/openapi/functions/{functionName}/versions/{versionId}",
    "pathParams": [
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "versionId",
        "type": "string",
        "pattern": "^[0-9]+$"
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "GetFunctionVersionCamelBody",
        "GetFunctionVersionPascalBody"
      ]
    }
  },
  ListAppGroups: {
    "method": "GET",
    "path": "/v4/openapi/app-groups",
    "pathParams": [],
    "query": [
      {
        "name": "name",
        "required": false,
        "type": "string",
        "minLength": 1
      },
      {
        "name": "instanceId",
        "required": false,
        "type": "string",
        "minLength": 1
      },
      {
        "name": "type",
        "required": false,
        "type": "string",
        "enum": [
          "standard",
          "enhanced"
        ]
      },
      {
        "name": "sortBy",
        "required": false,
        "type": "integer",
        "format": "int32",
        "minimum": 0,
        "maximum": 1,
        "default": 0
      },
      {
        "name": "pageNumber",
        "required": false,
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "default": 1
      },
      {
        "name": "pageSize",
        "required": false,
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "default": 10
      },
      {
        "name": "resourceGroupId",
        "required": false,
        "type": "string",
        "minLength": 1
      },
      {
        "name": "tags",
        "required": false,
        "type": "string",
        "minLength": 2
      }
    ],
    "paged": true,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "ListAppGroupsCamelBody",
        "ListAppGroupsPascalBody"
      ]
    }
  },
  ListFunctionInstances: {
    "method": "GET",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [
      {
        "name": "functionType",
        "required": false,
        "type": "string",
        "enum": [
          "PAAS",
          "SAAS"
        ]
      },
      {
        "name": "modelType",
        "required": false,
        "type": "string",
        "enum": [
          "tf_checkpoint",
          "pop",
          "offline_inference",
          "near_realtime",
          "text"
        ]
      },
      {
        "name": "output",
        "required": false,
        "type": "string",
        "enum": [
          "simple",
          "normal",
          "detail"
        ],
        "default": "normal"
      },
      {
        "name": "source",
        "required": false,
        "type": "string",
        "enum": [
          "user",
          "builtin",
          "all"
        ],
        "default": "user"
      },
      {
        "name": "pageNumber",
        "required": false,
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "default": 1
      },
      {
        "name": "pageSize",
        "required": false,
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "default": 10
      }
    ],
    "paged": true,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "ListFunctionInstancesCamelBody",
        "ListFunctionInstancesPascalBody"
      ]
    }
  },
  ListFunctionResources: {
    "method": "GET",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/resources",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [
      {
        "name": "output",
        "required": false,
        "type": "string",
        "enum": [
          "simple",
          "normal",
          "detail"
        ],
        "default": "normal"
      },
      {
        "name": "resourceType",
        "required": false,
        "type": "string",
        "enum": [
          "feature_generator",
          "raw_file"
        ]
      },
      {
        "name": "pageNumber",
        "required": false,
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "default": 1
      },
      {
        "name": "pageSize",
        "required": false,
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "default": 10
      }
    ],
    "paged": true,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "ListFunctionResourcesCamelBody",
        "ListFunctionResourcesPascalBody"
      ]
    }
  },
  ListFunctionTasks: {
    "method": "GET",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}/tasks",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "instanceName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [
      {
        "name": "status",
        "required": false,
        "type": "string",
        "enum": [
          "success",
          "failed",
          "running"
        ]
      },
      {
        "name": "startTime",
        "required": false,
        "type": "integer",
        "format": "int64",
        "minimum": 0
      },
      {
        "name": "endTime",
        "required": false,
        "type": "integer",
        "format": "int64",
        "minimum": 0
      },
      {
        "name": "pageNumber",
        "required": false,
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "default": 1
      },
      {
        "name": "pageSize",
        "required": false,
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "default": 1
      }
    ],
    "paged": true,
    "safeToRepeat": true,
    "body": null,
    "success": {
      "status": 200,
      "schemas": [
        "ListFunctionTasksCamelBody",
        "ListFunctionTasksPascalBody"
      ]
    }
  },
  UpdateFunctionDefaultInstance: {
    "method": "PUT",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/default-instance",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": true,
    "body": {
      "casing": "camel",
      "schema": "UpdateFunctionDefaultInstanceRequest",
      "required": [],
      "fields": [
        {
          "name": "instanceName",
          "type": "string",
          "pattern": "^([A-Za-z][A-Za-z0-9_]{0,29})?$"
        }
      ]
    },
    "success": {
      "status": 200,
      "schemas": [
        "EnvelopeOnlyCamelBody",
        "EnvelopeOnlyPascalBody"
      ]
    }
  },
  UpdateFunctionInstance: {
    "method": "PUT",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/instances/{instanceName}",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "instanceName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": true,
    "body": {
      "casing": "camel",
      "schema": "UpdateFunctionInstanceRequest",
      "required": [],
      "fields": [
        {
          "name": "cron",
          "type": "string",
          "format": "cron"
        },
        {
          "name": "description",
          "type": "string"
        },
        {
          "name": "createParameters",
          "type": "array"
        },
        {
          "name": "usageParameters",
          "type": "array"
        }
      ]
    },
    "success": {
      "status": 200,
      "schemas": [
        "EnvelopeOnlyCamelBody",
        "EnvelopeOnlyPascalBody"
      ]
    }
  },
  UpdateFunctionResource: {
    "method": "PUT",
    "path": "/v4/openapi/app-groups/{appGroupIdentity}/functions/{functionName}/resources/{resourceName}",
    "pathParams": [
      {
        "name": "appGroupIdentity",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "functionName",
        "type": "string",
        "minLength": 1
      },
      {
        "name": "resourceName",
        "type": "string",
        "minLength": 1
      }
    ],
    "query": [],
    "paged": false,
    "safeToRepeat": true,
    "body": {
      "casing": "pascal",
      "schema": "UpdateFunctionResourceRequest",
      "required": [],
      "fields": [
        {
          "name": "Description",
          "type": "string"
        },
        {
          "name": "Data",
          "type": "object"
        }
      ]
    },
    "success": {
      "status": 200,
      "schemas": [
        "EnvelopeOnlyCamelBody",
        "EnvelopeOnlyPascalBody"
      ]
    }
  },
} as const;
