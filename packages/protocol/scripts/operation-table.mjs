// The operation table built from a parsed spec: for each operation its operationId (the signed x-acs-action),
// method, path template, path and query parameters with their schema constraints, whether it pages, whether it is
// safe to repeat (x-fntasks-safe-to-repeat), its request body (the casing the service reads it in, from the
// requestBody's x-fntasks-body-casing, and its top-level fields with their constraints) and the names of its
// success body schemas. Throws, naming the operation, on a spec the table cannot describe.

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
// Only the constraints a client or a server checks a parameter against; descriptions and examples stay in the spec.
const CONSTRAINTS = [
  'type',
  'format',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'default',
];

// The constraints a body field is checked against (top-level fields only; nested objects are read by hand).
const BODY_FIELD_CONSTRAINTS = ['type', 'enum', 'pattern', 'minLength', 'maxLength', 'format'];
const BODY_FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'array', 'object'];
const BODY_CASINGS = ['camel', 'pascal'];

function derefIn(spec, node, seen = new Set()) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
  if (seen.has(node.$ref)) throw new Error(`circular $ref ${node.$ref}`);
  seen.add(node.$ref);
  const path = node.$ref.replace(/^#\//, '').split('/');
  let target = spec;
  for (const part of path) target = target?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (target === undefined) throw new Error(`unresolved $ref ${node.$ref}`);
  return derefIn(spec, target, seen);
}

/** The operation table of a parsed OpenAPI document, keyed by operationId. */
export function buildOperationTable(spec) {
  const deref = (node) => derefIn(spec, node);

  function schemaName(ref) {
    return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : null;
  }

  /** The constraints of a parameter's schema, following $ref (and a one-member allOf). */
  function constraints(schema) {
    const resolved = deref(schema);
    const out = {};
    for (const key of CONSTRAINTS) if (resolved?.[key] !== undefined) out[key] = resolved[key];
    return out;
  }

  function parameter(raw) {
    const p = deref(raw);
    return { name: p.name, in: p.in, required: p.required === true, ...constraints(p.schema) };
  }

  /** The success bodies: the 2xx answer's schema, as the names of its `oneOf` members (or its own name). */
  function successSchemas(operation) {
    const code = Object.keys(operation.responses ?? {}).find((c) => /^2\d\d$/.test(c));
    if (!code) throw new Error(`${operation.operationId}: no 2xx response`);
    const response = deref(operation.responses[code]);
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return { status: Number(code), schemas: [] };
    const named = deref(schema);
    const members = Array.isArray(named.oneOf)
      ? named.oneOf.map((m) => schemaName(m.$ref))
      : [schemaName(schema.$ref)];
    return { status: Number(code), schemas: members.filter(Boolean) };
  }

  /** A schema with $refs followed and `allOf` members merged: its properties in order, `required` united. */
  function flatten(schema) {
    const resolved = deref(schema);
    const out = { ...resolved, properties: {}, required: [] };
    delete out.allOf;
    for (const member of resolved.allOf ?? []) {
      const part = flatten(member);
      for (const [key, value] of Object.entries(part)) {
        if (key === 'properties') Object.assign(out.properties, value);
        else if (key === 'required') out.required.push(...value);
        else if (out[key] === undefined) out[key] = value;
      }
    }
    Object.assign(out.properties, resolved.properties ?? {});
    out.required.push(...(resolved.required ?? []));
    out.required = [...new Set(out.required)];
    return out;
  }

  /** One top-level body field: its wire name and the constraints its value is checked against. */
  function bodyField(name, schema, where) {
    const resolved = flatten(schema);
    const field = { name };
    for (const key of BODY_FIELD_CONSTRAINTS) if (resolved[key] !== undefined) field[key] = resolved[key];
    if (!BODY_FIELD_TYPES.includes(field.type)) {
      throw new Error(`${where}: body field ${name} needs a type (one of ${BODY_FIELD_TYPES.join(', ')})`);
    }
    return field;
  }

  /**
   * The request body: `null` without one, else the casing the service reads it in (the requestBody's required
   * `x-fntasks-body-casing`), its schema's name, the required wire names and the top-level fields in spec order.
   */
  function requestBody(operation, method, id) {
    if (!operation.requestBody) return null;
    if (method === 'get' || method === 'delete')
      throw new Error(`${id}: a ${method.toUpperCase()} has no body`);
    const body = deref(operation.requestBody);
    const casing = body['x-fntasks-body-casing'];
    if (!BODY_CASINGS.includes(casing)) {
      throw new Error(
        `${id}: the requestBody needs x-fntasks-body-casing: ${BODY_CASINGS.join(' or ')} (the casing the service reads)`,
      );
    }
    const ref = body.content?.['application/json']?.schema?.$ref;
    const schema =
      typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? schemaName(ref) : null;
    if (!schema) throw new Error(`${id}: the application/json request body must be a $ref to a named schema`);
    const flat = flatten({ $ref: ref });
    const fields = Object.entries(flat.properties).map(([name, field]) => bodyField(name, field, id));
    for (const name of flat.required) {
      if (!fields.some((f) => f.name === name))
        throw new Error(`${id}: required body field ${name} is not declared`);
    }
    return { casing, schema, required: flat.required, fields };
  }

  const table = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    const shared = (item.parameters ?? []).map(parameter);
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const id = operation.operationId;
      if (!/^[A-Z][A-Za-z]+$/.test(id ?? ''))
        throw new Error(`${method.toUpperCase()} ${path}: operationId ${id}`);
      const safe = operation['x-fntasks-safe-to-repeat'];
      if (typeof safe !== 'boolean') {
        throw new Error(
          `${id}: x-fntasks-safe-to-repeat must be true or false (whether a repeat may change state)`,
        );
      }
      const own = (operation.parameters ?? []).map(parameter);
      const params = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
        const declared = params.find((p) => p.in === 'path' && p.name === name);
        if (!declared) throw new Error(`${id}: path parameter {${name}} is not declared`);
        const { in: _in, required: _required, ...rest } = declared;
        return rest;
      });
      const query = params.filter((p) => p.in === 'query').map(({ in: _in, ...rest }) => rest);
      const names = new Set(query.map((q) => q.name));
      const body = requestBody(operation, method, id);
      // Public parameters are flat and camelCase, so a name is a path parameter, a query parameter or a body
      // field (a PascalCase field by its camelCase name), never two.
      for (const field of body?.fields ?? []) {
        const publicName = field.name.charAt(0).toLowerCase() + field.name.slice(1);
        if (params.some((p) => p.name === publicName)) {
          throw new Error(`${id}: body field ${field.name} is also a parameter`);
        }
      }
      table[id] = {
        method: method.toUpperCase(),
        path,
        pathParams,
        query,
        paged: names.has('pageNumber') && names.has('pageSize'),
        safeToRepeat: safe,
        body,
        success: successSchemas(operation),
      };
    }
  }

  return table;
}
