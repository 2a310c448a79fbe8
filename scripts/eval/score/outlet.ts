// Whether a text names its own outlet (the manifest's outlet name, or its address's host, written
// in the text), and whether an output outlet is that outlet. Scripts are romanised so "Вести Севера"
// meets "Vesti Severa".
import anyAscii from 'any-ascii';

/** Lower-case words of the romanised text, single-spaced. */
const fold = (s: string) =>
  anyAscii(s.normalize('NFKD').replace(/\p{M}+/gu, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function bareHost(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^(?:www\d?|m|amp)\./, '');
  } catch {
    return null;
  }
}

/**
 * The ways a text can write its outlet: the manifest name without its notes ("(tag page)", ", CDN
 * address"), a host written in those notes ("(vol.at)"), and the host of the page's address with and
 * without a first label ("cmslocal.gleanerjm.com", "gleanerjm.com"). A leading "The" stays: "The
 * National" is a name, "national" a word.
 */
export function outletForms(outlet: string, url: string): string[] {
  const forms = new Set<string>();
  const main = outlet.replace(/\([^)]*\)/g, ' ').split(',')[0];
  forms.add(fold(main));
  for (const m of outlet.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/gi)) forms.add(fold(m[0]));
  const host = bareHost(url);
  if (host) {
    forms.add(fold(host));
    const labels = host.split('.');
    // Not down to a public suffix ("com.ar").
    if (labels.length > 2 && !/^(?:com|co|org|net|gov|ac|edu)$/.test(labels[1])) forms.add(fold(labels.slice(1).join('.')));
  }
  // One letter ("i") is no name to find in a text.
  return [...forms].filter((f) => f.replace(/ /g, '').length >= 2);
}

/** The form of the outlet that the text writes, or null when it names its outlet nowhere. */
export function namedOutletForm(text: string, forms: readonly string[]): string | null {
  const folded = ` ${fold(text)} `;
  return forms.find((f) => folded.includes(` ${f} `)) ?? null;
}

/**
 * An output outlet is the outlet when one of the two names contains the other (letters and digits
 * only), or when the manifest's notes name it as the text's origin ("Forum (Agency repost)").
 */
export function sameOutlet(output: string, forms: readonly string[], manifestOutlet = ''): boolean {
  const a = fold(output).replace(/ /g, '');
  if (a.length < 2) return false;
  if (manifestOutlet && fold(manifestOutlet).replace(/ /g, '').includes(a)) return true;
  return forms.some((f) => {
    const b = f.replace(/ /g, '');
    return a.includes(b) || b.includes(a);
  });
}
