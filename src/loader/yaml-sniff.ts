/**
 * Whether a text is YAML, for guessing the format of standard input. The yaml package loads here,
 * only for text that is neither NDJSON nor valid JSON.
 */
export async function isYamlText(text: string): Promise<boolean> {
  const { hasYamlSyntax } = await import('./yaml-document.js');
  return hasYamlSyntax(text);
}
