/** « ne peut pas être dans le futur » → « Ne peut pas être dans le futur. » (the API's field messages under a field). */
export function sentence(message: string): string {
  const text = message.trim();
  if (!text) return text;
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}
