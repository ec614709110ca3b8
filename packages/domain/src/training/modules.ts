/**
 * A module the service adds gets a key made from its name ("Infant feeding" → `infant_feeding`),
 * so admins never type one. Null when the name has too few letters or digits to make a key.
 */
export function trainingModuleKeyFor(name: string): string | null {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return /^[a-z][a-z0-9_]{1,39}$/.test(key) ? key : null;
}
