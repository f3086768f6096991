import { expect, it } from "vitest";
import { periodic } from "../../src/runtime/periodic.js";

it("stopping waits for the run in progress, so nothing writes after the storage closes", async () => {
  const events: string[] = [];
  let finish: () => void = () => {};
  const task = periodic(async () => {
    events.push("started");
    await new Promise<void>((resolve) => {
      finish = resolve;
    });
    events.push("finished");
  }, 60_000);
  task.start({ now: true });
  const stopped = task.stop().then(() => events.push("stopped"));
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(events).toEqual(["started"]);
  finish();
  await stopped;
  expect(events).toEqual(["started", "finished", "stopped"]);
});

it("a run that fails does not stop the next one, and never overlaps it", async () => {
  let runs = 0;
  let active = 0;
  let overlapped = false;
  const task = periodic(async () => {
    runs++;
    active++;
    overlapped ||= active > 1;
    await new Promise((resolve) => setTimeout(resolve, 15));
    active--;
    throw new Error("disk full");
  }, 5);
  task.start({ now: true });
  await new Promise((resolve) => setTimeout(resolve, 80));
  await task.stop();
  expect(runs).toBeGreaterThan(1);
  expect(overlapped).toBe(false);
});
