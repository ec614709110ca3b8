/** Turns an Ajv validation error into a field name and a sentence a person can act on. */
export interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export function describeIssue(issue: AjvIssue, context: string): { field: string; message: string } {
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const p = issue.params;
  switch (issue.keyword) {
    case 'required':
      return { field: join(path, String(p.missingProperty)), message: 'This field is required.' };
    case 'additionalProperties':
      return { field: join(path, String(p.additionalProperty)), message: 'This field is not allowed here.' };
    case 'minLength':
      return {
        field: path || context,
        message: p.limit === 1 ? 'This cannot be empty.' : `Use at least ${p.limit} characters.`,
      };
    case 'maxLength':
      return { field: path || context, message: `Use at most ${p.limit} characters.` };
    case 'format':
      return {
        field: path || context,
        message: p.format === 'email' ? 'Enter a valid email address.' : `Must be a valid ${p.format}.`,
      };
    case 'type':
      return { field: path || context, message: `Must be a ${p.type}.` };
    case 'minimum':
      return { field: path || context, message: `Use ${p.limit} or more.` };
    case 'maximum':
      return { field: path || context, message: `Use ${p.limit} or less.` };
    case 'const':
    case 'enum':
    case 'anyOf':
      return { field: path || context, message: 'This value is not one of the allowed choices.' };
    case 'pattern':
      return { field: path || context, message: 'This value is not in the expected format.' };
    default:
      return { field: path || context, message: issue.message ?? 'This value is not valid.' };
  }
}

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);
