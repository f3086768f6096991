import { InputFile } from "grammy";
import type { HandoffRepository } from "../../handoff/repository.js";
import type { KnowledgeHolder } from "../../knowledge/index.js";
import { examplesInEveryLanguage } from "../../nlu/dataset.js";
import type { QuestionStats } from "../../stats/questions.js";
import type { BotContext } from "../context.js";
import { LeanComposer } from "../lean-composer.js";
import { escapeHtml, type Translate } from "../texts.js";

export interface AdminDependencies {
  readonly adminIds: ReadonlySet<number>;
  readonly knowledge: KnowledgeHolder;
  readonly requests: Pick<HandoffRepository, "list">;
  readonly questions: QuestionStats;
  readonly now?: () => number;
  /** More /stats lines from other concerns (review queue, claim times, feedback). */
  readonly statsSections?: ReadonlyArray<(t: Translate, since: number) => Promise<string[]>>;
  /** The same period as a picture (PNG), sent after the text, which stays for screen readers. */
  readonly statsChart?: (t: Translate, since: number, days: number) => Promise<Uint8Array>;
}

const DEFAULT_DAYS = 30;
/** Under Telegram's 4,096 characters. */
const MAX_REPLY = 4000;

/**
 * Whole lines up to the limit, then "…": a cut inside a line could split an HTML tag,
 * which Telegram refuses.
 */
function fitLines(lines: readonly string[]): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > MAX_REPLY - 2) {
      kept.push("…");
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join("\n");
}
const DAY = 24 * 60 * 60 * 1000;

function tally(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([value, n]) => `• ${escapeHtml(value)}: ${n}`);
}

/**
 * Admin commands, for ADMIN_IDS in private chat only. Anyone else falls through to the
 * ordinary handling, which reveals nothing about them.
 */
export function adminFeature(deps: AdminDependencies) {
  const { knowledge, requests, questions } = deps;
  const now = deps.now ?? Date.now;
  const composer = new LeanComposer<BotContext>();
  const admin = composer.chatType("private").filter((ctx) => deps.adminIds.has(ctx.from.id));

  admin.command("reload", async (ctx) => {
    const result = await knowledge.reload();
    if (!result.ok) {
      const errors = result.errors.map(escapeHtml);
      await ctx.reply(fitLines([ctx.t("admin-reload-failed"), ...errors]), {
        parse_mode: "HTML",
      });
      return;
    }
    const { catalogue, directory } = result.knowledge;
    const examples = catalogue.intents.reduce(
      (n, i) => n + examplesInEveryLanguage(i.examples).length,
      0,
    );
    const lines = [
      ctx.t("admin-reload-ok", {
        intents: catalogue.intents.length,
        examples,
        services: catalogue.services.length,
        spaces: directory.spaces.length,
      }),
    ];
    if (result.warnings.length > 0)
      lines.push(ctx.t("admin-reload-warnings"), ...result.warnings.map(escapeHtml));
    await ctx.reply(fitLines(lines), { parse_mode: "HTML" });
  });

  admin.command("stats", async (ctx) => {
    const asked = Number.parseInt(ctx.match.trim(), 10);
    const days = Number.isFinite(asked) && asked > 0 ? Math.min(asked, 3650) : DEFAULT_DAYS;
    const since = now() - days * DAY;
    const inPeriod = await requests.list({ createdSince: since });
    const spaceName = (id: string | null) =>
      id === null ? "—" : (knowledge.current.directory.spaces.find((s) => s.id === id)?.name ?? id);
    const q = await questions.since(since);
    const rate = q.total === 0 ? "0" : ((100 * q.fallback) / q.total).toFixed(1);
    const asks = Object.entries(q.intents)
      .sort((a, b) => b[1] - a[1])
      .map(([intent, n]) => `• ${escapeHtml(intent)}: ${n}`);
    const sections = await Promise.all((deps.statsSections ?? []).map((s) => s(ctx.t, since)));
    const text = fitLines([
      ctx.t("admin-stats-title", { days }),
      ctx.t("admin-stats-questions", { total: q.total, fallback: q.fallback, rate }),
      ctx.t("admin-stats-asked"),
      ...asks,
      "",
      ctx.t("admin-stats-requests", { total: inPeriod.length }),
      ctx.t("admin-stats-by-need"),
      ...tally(inPeriod.map((r) => r.intent)),
      ctx.t("admin-stats-by-municipio"),
      ...tally(inPeriod.map((r) => (r.municipio === null ? "—" : `Municipio ${r.municipio}`))),
      ctx.t("admin-stats-by-space"),
      ...tally(inPeriod.map((r) => spaceName(r.spaceId))),
      ctx.t("admin-stats-by-status"),
      ...tally(inPeriod.map((r) => r.status)),
      ...sections.flatMap((lines) => ["", ...lines]),
    ]);
    await ctx.reply(text, { parse_mode: "HTML" });
    if (deps.statsChart) {
      const png = await deps.statsChart(ctx.t, since, days);
      await ctx.replyWithPhoto(new InputFile(png, "stats.png"), {
        caption: ctx.t("admin-stats-chart", { days }),
      });
    }
  });

  admin.command("catalogo", async (ctx) => {
    const { catalogue } = knowledge.current;
    const outOfScope = examplesInEveryLanguage(catalogue.outOfScope.examples).length;
    const lines = catalogue.intents.map((intent) =>
      ctx.t("admin-catalogue-line", {
        id: intent.id,
        label: escapeHtml(intent.label.it),
        it: intent.examples.it.length,
        en: intent.examples.en.length,
        other:
          examplesInEveryLanguage(intent.examples).length -
          intent.examples.it.length -
          intent.examples.en.length,
      }),
    );
    await ctx.reply(
      fitLines([
        ctx.t("admin-catalogue-title", { intents: catalogue.intents.length, outOfScope }),
        ...lines,
      ]),
      {
        parse_mode: "HTML",
      },
    );
  });
  return composer;
}
