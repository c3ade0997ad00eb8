/** `/^arn:.*$/i` -> RegExp; throws on an invalid pattern. */
export function regexFromSlashes(text: string): RegExp {
  const match = /^\/(.*)\/([a-z]*)$/s.exec(text);
  if (!match) throw new Error(`'${text}' is not written as /pattern/flags`);
  return new RegExp(match[1] as string, match[2]);
}
