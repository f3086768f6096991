/**
 * The word forms of a Hunspell dictionary (.aff + .dic): each stem with its suffixes and
 * prefixes applied once (not combined: the prefixed and suffixed forms of a stem). This is
 * enough to know that "sento", "torno" or "parla" are ordinary words, which is all the
 * resolver asks of a dictionary; compounds and twofold suffixes are not generated.
 */

interface AffixRule {
  readonly strip: string;
  readonly add: string;
  readonly condition: RegExp;
}

interface AffixGroup {
  readonly prefix: boolean;
  readonly cross: boolean;
  readonly rules: AffixRule[];
}

function parseAffixes(aff: string): Map<string, AffixGroup> {
  const groups = new Map<string, AffixGroup>();
  for (const line of aff.split("\n")) {
    const parts = line.trim().split(/\s+/);
    const [type, flag = "", a = "", b = "", c = ""] = parts;
    if (type !== "SFX" && type !== "PFX") continue;
    const group = groups.get(flag);
    if (!group) {
      // Header: "SFX A Y 81".
      groups.set(flag, { prefix: type === "PFX", cross: a === "Y", rules: [] });
      continue;
    }
    const strip = a === "0" ? "" : a;
    const add = (b.split("/")[0] ?? "").replace(/^0$/, "");
    const condition = c === "" || c === "." ? "" : c;
    const anchored = group.prefix ? `^${condition}` : `${condition}$`;
    group.rules.push({ strip, add, condition: new RegExp(anchored, "u") });
  }
  return groups;
}

function applySuffix(stem: string, rule: AffixRule): string | null {
  if (!rule.condition.test(stem) || !stem.endsWith(rule.strip)) return null;
  return stem.slice(0, stem.length - rule.strip.length) + rule.add;
}

function applyPrefix(stem: string, rule: AffixRule): string | null {
  if (!rule.condition.test(stem) || !stem.startsWith(rule.strip)) return null;
  return rule.add + stem.slice(rule.strip.length);
}

/**
 * Every form of the dictionary's lower-case stems, passed to `visit` (it may repeat).
 * Capitalised stems are proper names ("Roma", "Sesto"): they are not ordinary words.
 */
export function forEachWordForm(aff: string, dic: string, visit: (form: string) => void): void {
  const groups = parseAffixes(aff);
  const lines = dic.split("\n");
  // The first line of a .dic is the stem count.
  for (const line of lines.slice(1)) {
    const entry = line.trim();
    if (entry === "" || entry.startsWith("/")) continue;
    const slash = entry.indexOf("/");
    const stem = slash < 0 ? entry : entry.slice(0, slash);
    const flags = slash < 0 ? "" : (entry.slice(slash + 1).split(/\s/)[0] ?? "");
    if (stem === "" || stem !== stem.toLowerCase()) continue;
    visit(stem);
    const prefixes: AffixGroup[] = [];
    const suffixes: AffixGroup[] = [];
    for (const flag of flags) {
      const group = groups.get(flag);
      if (group) (group.prefix ? prefixes : suffixes).push(group);
    }
    for (const group of suffixes) {
      for (const rule of group.rules) {
        const form = applySuffix(stem, rule);
        if (form !== null) visit(form);
      }
    }
    for (const group of prefixes) {
      for (const rule of group.rules) {
        const form = applyPrefix(stem, rule);
        if (form !== null) visit(form);
      }
    }
  }
}
